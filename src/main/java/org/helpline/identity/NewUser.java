package org.helpline.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.helpline.shared.Role;

/**
 * A user to create. Tenant users name their tenant; staff name no tenant; partner agents name
 * their partner.
 */
public record NewUser(
        @NotBlank @Email @Size(max = 254) String login,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(min = 8, max = 200) String password,
        UUID tenantId,
        UUID partnerId,
        @NotEmpty Set<Role> roles,
        @Size(max = 10) String language) {}
