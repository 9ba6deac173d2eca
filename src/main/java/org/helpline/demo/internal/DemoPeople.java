package org.helpline.demo.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.helpline.demo.internal.DemoCast.Cast;
import org.helpline.identity.UserAccount;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.tenancy.TenantManagement;

/**
 * The people of the {@link Cast} as the history needs them: each as the signed-in user their
 * sign-in would make, and each tenant as a {@link Desk}. Contoso files most requests, Fabrikam
 * fewer, Northwind the fewest; Northwind's admins ask for a call most often. Contoso's share about
 * equals the other two's once their calls are counted, so the history's two lanes (Contoso; Fabrikam
 * and Northwind) take about as long as each other.
 */
final class DemoPeople {

    private static final double[] SHARES = {0.52, 0.3, 0.18};
    private static final double[] PHONE_SHARES = {0.22, 0.22, 0.45};

    private final TenantManagement tenants;
    private final RequestManagement requests;

    DemoPeople(TenantManagement tenants, RequestManagement requests) {
        this.tenants = tenants;
        this.requests = requests;
    }

    /** The desks of the cast's tenants, in the order of {@link Cast#tenantAdmins()}. */
    List<Desk> desks(Cast cast) {
        var staff = principals(cast.agents());
        var desks = new ArrayList<Desk>();
        for (int i = 0; i < cast.tenantAdmins().size(); i++) {
            var admin = principal(cast.tenantAdmins().get(i));
            var profile = tenants.profile(admin.tenantId().orElseThrow());
            var theirs = staff.stream()
                    .filter(agent -> agent.organisationId().equals(profile.organisationId()))
                    .filter(agent -> agent.partnerId().isEmpty())
                    .toList();
            var partnerAgent = profile.partner() == null
                    ? null
                    : staff.stream()
                            .filter(agent -> agent.partnerId()
                                    .filter(profile.partner().id()::equals)
                                    .isPresent())
                            .findFirst()
                            .orElse(null);
            desks.add(new Desk(
                    admin,
                    profile,
                    Phrasebook.in(profile.language().toLanguageTag()),
                    theirs,
                    partnerAgent,
                    profile.phones().get(0).e164(),
                    allowed(admin),
                    SHARES[i % SHARES.length],
                    PHONE_SHARES[i % PHONE_SHARES.length]));
        }
        return desks;
    }

    private Map<RequestCategory, List<Severity>> allowed(HelplineUser admin) {
        var allowed = new EnumMap<RequestCategory, List<Severity>>(RequestCategory.class);
        for (var category : requests.categories(admin)) {
            allowed.put(
                    category,
                    requests.allowedSeverities(admin, category).stream()
                            .sorted()
                            .toList());
        }
        return allowed;
    }

    List<HelplineUser> principals(List<UserAccount> accounts) {
        return accounts.stream().map(this::principal).toList();
    }

    /** The user as signing in would make them, from their account and their tenant or organisation. */
    private HelplineUser principal(UserAccount account) {
        ZoneId zone;
        Locale locale;
        if (account.tenantId() != null) {
            var profile = tenants.profile(account.tenantId());
            zone = profile.zone();
            locale = profile.language();
        } else {
            var organisation = tenants.organisation(account.organisationId());
            zone = organisation.zone();
            locale = organisation.defaultLanguage();
        }
        var principal = new HelplineUser.Account(
                account.id(),
                account.login(),
                account.name(),
                account.roles(),
                account.tenantId(),
                account.organisationId(),
                account.partnerId(),
                account.language() == null ? null : Locale.forLanguageTag(account.language()),
                locale,
                account.timeZone() == null ? zone : ZoneId.of(account.timeZone()));
        return new HelplineUser(principal, null, true, false);
    }
}
