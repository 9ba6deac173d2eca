package org.helpline.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.helpline.shared.Role;

/** Whom a tenant's admin invites, with which roles; the language of the mail and of their pages. */
public record Invitation(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String displayName,
        @NotEmpty Set<Role> roles,
        @Size(max = 10) String language) {}
