package org.helpline.identity.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.helpline.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The e-mail domains a tenant's provider may own: DNS names with at least two labels, never a
 * domain of the staff (its provider, or any staff or partner account's address), and each owned
 * by one tenant only (409).
 */
@Component
class SsoDomains {

    static final int MAX_DOMAINS = 20;

    private static final Pattern DNS_NAME =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

    private final TenantSsoRows rows;
    private final StaffSsoProperties staff;

    SsoDomains(TenantSsoRows rows, StaffSsoProperties staff) {
        this.rows = rows;
        this.staff = staff;
    }

    /** The domains lower-cased, without duplicates, each checked. */
    List<String> checked(UUID tenantId, List<String> given) {
        var domains = new LinkedHashSet<String>();
        for (var raw : given) {
            var domain = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
            if (domain.startsWith("@")) {
                domain = domain.substring(1);
            }
            if (!DNS_NAME.matcher(domain).matches()) {
                throw new InvalidInputException("domains", "'" + raw + "' is not a domain name such as example.com");
            }
            if (staff.domains().contains(domain) || rows.staffUseDomain(domain)) {
                throw new InvalidInputException("domains", domain + " is a domain of the support staff");
            }
            var owner = rows.tenantOwning(domain);
            if (owner.isPresent() && !owner.get().equals(tenantId)) {
                throw new SsoDomainTakenException(domain);
            }
            domains.add(domain);
        }
        if (domains.isEmpty() || domains.size() > MAX_DOMAINS) {
            throw new InvalidInputException("domains", "must name 1 to " + MAX_DOMAINS + " domains");
        }
        return List.copyOf(domains);
    }
}
