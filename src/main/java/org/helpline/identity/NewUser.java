package org.helpline.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpline.identity.internal.HashablePassword;
import org.helpline.shared.Role;

/**
 * A user to create. Tenant users name their tenant; staff name no tenant; partner agents name
 * their partner. A blank role of a form (which binds as null) is no role.
 */
public record NewUser(
        @NotBlank @Email @Size(max = 254) String login,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(min = 8) @HashablePassword String password,
        UUID tenantId,
        UUID partnerId,
        @NotEmpty Set<Role> roles,
        @Size(max = 10) String language) {

    public NewUser {
        if (roles != null && roles.stream().anyMatch(Objects::isNull)) {
            roles = roles.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        }
    }
}
