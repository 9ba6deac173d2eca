package org.helpline.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.junit.jupiter.api.Test;

/** Each role is offered the pages it may open, staff in a rail of sections, customers in a bar. */
class NavigationTests {

    @Test
    void anAgentWorksRequestsAndCallsInTheRail() {
        var navigation = Navigation.of(staff(Role.AGENT), "/workspace");

        assertThat(navigation.rail()).isTrue();
        assertThat(headings(navigation)).containsExactly("nav.section.work", "nav.section.help");
        assertThat(paths(navigation))
                .containsExactly(
                        "/workspace",
                        "/workspace/queue",
                        "/workspace/calls",
                        "/workspace/canned-replies",
                        "/kb",
                        "/health",
                        "/features",
                        "/phone");
    }

    @Test
    void anOrganisationAdminIsOfferedAdministrationButNoQueue() {
        var navigation = Navigation.of(staff(Role.ORG_ADMIN), "/admin/tenants");

        assertThat(headings(navigation))
                .containsExactly("nav.section.insight", "nav.section.admin", "nav.section.help");
        assertThat(paths(navigation))
                .doesNotContain("/workspace", "/workspace/queue", "/workspace/calls")
                .contains(
                        "/dashboard",
                        "/admin/tenants",
                        "/admin/users",
                        "/admin/sla",
                        "/admin/automation",
                        "/admin/phone",
                        "/kb/manage",
                        "/admin/audit");
    }

    @Test
    void aSupervisorSeesTheDashboardAndAPartnerAgentNoCalls() {
        assertThat(paths(Navigation.of(staff(Role.SUPERVISOR), "/")))
                .contains("/workspace/queue", "/workspace/calls", "/dashboard")
                .doesNotContain("/admin/users");
        var partner = user(Set.of(Role.PARTNER_AGENT), null, UUID.randomUUID());
        assertThat(Navigation.of(partner, "/").rail()).isTrue();
        assertThat(paths(Navigation.of(partner, "/")))
                .contains("/workspace", "/workspace/queue")
                .doesNotContain("/workspace/calls", "/dashboard");
    }

    @Test
    void staffAreOfferedTheLocalMailboxOnlyWhileTheLocalMailServerRuns() {
        for (var role : List.of(Role.AGENT, Role.SUPERVISOR, Role.ORG_ADMIN)) {
            assertThat(paths(Navigation.of(staff(role), "/", true)))
                    .as("%s", role)
                    .contains("/mailbox");
            assertThat(paths(Navigation.of(staff(role), "/", false)))
                    .as("%s", role)
                    .doesNotContain("/mailbox");
        }
        var partner = user(Set.of(Role.PARTNER_AGENT), null, UUID.randomUUID());
        assertThat(paths(Navigation.of(partner, "/", true))).doesNotContain("/mailbox");
        var customer = user(Set.of(Role.GLOBAL_ADMIN), UUID.randomUUID(), null);
        assertThat(paths(Navigation.of(customer, "/", true))).doesNotContain("/mailbox");
        assertThat(current(Navigation.of(staff(Role.AGENT), "/mailbox/" + UUID.randomUUID(), true)))
                .containsExactly("/mailbox");
    }

    @Test
    void customersGetATopBarAndOnlyTheirAdminsTheirRequests() {
        var admin = Navigation.of(user(Set.of(Role.GLOBAL_ADMIN), UUID.randomUUID(), null), "/support");
        assertThat(admin.rail()).isFalse();
        assertThat(headings(admin)).containsOnlyNulls();
        assertThat(paths(admin))
                .containsExactly("/support", "/requests", "/tenant/users", "/kb", "/health", "/features", "/phone");

        var plainUser = Navigation.of(user(Set.of(Role.USER), UUID.randomUUID(), null), "/support");
        assertThat(paths(plainUser)).contains("/support").doesNotContain("/requests", "/tenant/users");
        var billing = Navigation.of(user(Set.of(Role.BILLING_ADMIN), UUID.randomUUID(), null), "/support");
        assertThat(paths(billing)).contains("/requests").doesNotContain("/tenant/users");
    }

    @Test
    void aVisitorIsOfferedPhoneSupportAndSigningInOnly() {
        var navigation = Navigation.of(null, "/phone");

        assertThat(navigation.rail()).isFalse();
        assertThat(paths(navigation)).containsExactly("/phone");
        assertThat(current(navigation)).containsExactly("/phone");
        assertThat(navigation.offersSignIn()).isTrue();
        assertThat(Navigation.of(null, "/login").offersSignIn())
                .as("not on the sign-in page itself")
                .isFalse();
        assertThat(Navigation.of(staff(Role.AGENT), "/workspace").offersSignIn())
                .isFalse();
    }

    @Test
    void theLinkOwningTheLongestPartOfThePathIsTheCurrentPage() {
        var admin = staff(Role.ORG_ADMIN, Role.SUPERVISOR);

        assertThat(current(Navigation.of(admin, "/kb/manage/new"))).containsExactly("/kb/manage");
        assertThat(current(Navigation.of(admin, "/kb/articles/7"))).containsExactly("/kb");
        assertThat(current(Navigation.of(admin, "/workspace"))).containsExactly("/workspace");
        assertThat(current(Navigation.of(admin, "/workspace/requests/" + UUID.randomUUID())))
                .containsExactly("/workspace/queue");
        assertThat(current(Navigation.of(admin, "/kbx"))).isEmpty();
        assertThat(current(Navigation.of(admin, "/admin/tenantsx"))).isEmpty();
    }

    private static HelplineUser staff(Role... roles) {
        return user(Set.of(roles), null, null);
    }

    private static HelplineUser user(Set<Role> roles, UUID tenant, UUID partner) {
        var account = new HelplineUser.Account(
                UUID.randomUUID(),
                "someone@helpline.example",
                "Someone",
                roles,
                tenant,
                "helpline",
                partner,
                null,
                Locale.ENGLISH,
                ZoneId.of("Europe/Warsaw"));
        return new HelplineUser(account, null, true, false);
    }

    private static List<String> headings(Navigation navigation) {
        return navigation.sections().stream().map(Navigation.Section::heading).toList();
    }

    private static List<String> paths(Navigation navigation) {
        return links(navigation).stream().map(Navigation.Link::path).toList();
    }

    private static List<String> current(Navigation navigation) {
        return links(navigation).stream()
                .filter(Navigation.Link::current)
                .map(Navigation.Link::path)
                .toList();
    }

    private static List<Navigation.Link> links(Navigation navigation) {
        return navigation.sections().stream()
                .flatMap(section -> section.links().stream())
                .toList();
    }
}
