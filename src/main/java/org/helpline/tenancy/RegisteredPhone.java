package org.helpline.tenancy;

import java.util.UUID;

/** A phone number in a tenant's profile, in E.164; callers from it need no verification code. */
public record RegisteredPhone(UUID id, String e164, String label) {}
