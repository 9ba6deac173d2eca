package org.helpline.phone.internal;

import java.util.UUID;

/** A registered address a code may be sent to, shown only masked ({@code a***n@contoso.example}). */
public record Destination(UUID id, VerificationChannel channel, String masked) {}
