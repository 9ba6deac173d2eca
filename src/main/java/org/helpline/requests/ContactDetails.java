package org.helpline.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * How to reach the customer about a request: {@code name} is the person to ask for, and
 * {@code phone} is read in the tenant's country; severity A needs a named contact, a phone and
 * people available around the clock. Missing {@code preferredMethod} means e-mail and a
 * missing {@code language} the tenant's language.
 */
public record ContactDetails(
        @Size(max = 120) String name,
        @Size(max = 40) String phone,
        @NotBlank @Size(max = 254) String email,
        ContactMethod preferredMethod,
        @Size(max = 10) String language,
        Boolean available24x7) {}
