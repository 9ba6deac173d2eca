package org.helpline.scim.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.helpline.shared.HelplineUser;
import org.helpline.tenancy.TenantProfile;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A SCIM call of a tenant's directory: its principal is the user "SCIM" of the tenant, with no
 * role, so the audit trail names the directory as the actor and nothing else lets it in.
 */
final class DirectoryPrincipal extends AbstractAuthenticationToken {

    static final String LOGIN = "SCIM";
    static final String AUTHORITY = "SCIM_DIRECTORY";

    private final transient HelplineUser directory;

    DirectoryPrincipal(TenantProfile tenant) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        var account = new HelplineUser.Account(
                UUID.nameUUIDFromBytes(("scim:" + tenant.id()).getBytes(StandardCharsets.UTF_8)),
                LOGIN,
                LOGIN,
                Set.of(),
                tenant.id(),
                tenant.organisationId(),
                null,
                null,
                tenant.language(),
                tenant.zone());
        this.directory = new HelplineUser(account, null, true, false);
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return directory;
    }

    /** The tenant the calling directory belongs to. */
    static UUID tenantOf(HelplineUser caller) {
        return caller.tenantId().orElseThrow(() -> new ScimException(401, null, "Not a tenant's directory."));
    }
}
