package org.helpline.tenancy;

import java.util.UUID;

/** A reseller of a support organisation; tenants that bought through it see its contacts first. */
public record Partner(
        UUID id, String organisationId, String name, String phoneE164, String email, String website, long version) {}
