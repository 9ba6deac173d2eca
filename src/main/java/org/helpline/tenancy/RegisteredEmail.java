package org.helpline.tenancy;

import java.util.UUID;

/** A lower-cased e-mail address in a tenant's profile, where verification codes may be sent. */
public record RegisteredEmail(UUID id, String email, String label) {}
