package org.helpline.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;

/**
 * The layout's navigation: the links a user may open, in sections, with the page being shown marked.
 * Staff (agents, supervisors, organisation admins, partner agents) get a side rail; customers and
 * anonymous visitors a top bar. Each link's rule repeats the rule that guards its page (the URL rule
 * or the controller's {@code @PreAuthorize}), so nobody is offered a page that answers 403. A
 * visitor is also offered the sign-in page, except on it.
 */
record Navigation(boolean rail, List<Section> sections, boolean offersSignIn) {

    /** A group of links under a heading (a message key; null in the top bar). */
    record Section(String heading, List<Link> links) {}

    /** One link: its path, the message key of its label, the icon (a fragment of web/icons) and whether it is the page shown. */
    record Link(String path, String label, String icon, boolean current) {}

    private record Entry(String section, String path, String label, String icon, Predicate<HelplineUser> allowed) {}

    private static final Predicate<HelplineUser> ANYONE = me -> true;
    private static final Predicate<HelplineUser> WORKS_REQUESTS =
            me -> me.has(Role.AGENT) || me.has(Role.SUPERVISOR) || me.has(Role.PARTNER_AGENT);
    private static final Predicate<HelplineUser> TAKES_CALLS = me -> me.has(Role.AGENT) || me.has(Role.SUPERVISOR);
    private static final Predicate<HelplineUser> WATCHES = me -> me.has(Role.SUPERVISOR) || me.has(Role.ORG_ADMIN);
    private static final Predicate<HelplineUser> ADMINISTERS = me -> me.has(Role.ORG_ADMIN);
    private static final Predicate<HelplineUser> STAFF_ONLY = HelplineUser::isStaff;
    private static final Predicate<HelplineUser> CUSTOMER = me -> me.tenantId().isPresent();
    private static final Predicate<HelplineUser> CUSTOMER_ADMIN =
            me -> me.tenantId().isPresent() && me.isTenantAdmin();
    private static final Predicate<HelplineUser> CUSTOMER_GLOBAL_ADMIN =
            me -> me.tenantId().isPresent() && me.has(Role.GLOBAL_ADMIN);

    private static final List<Entry> STAFF = List.of(
            new Entry("nav.section.work", "/workspace", "nav.workspace", "workspace", WORKS_REQUESTS),
            new Entry("nav.section.work", "/workspace/queue", "nav.queue", "inbox", WORKS_REQUESTS),
            new Entry("nav.section.work", "/workspace/calls", "nav.calls", "telephone", TAKES_CALLS),
            new Entry("nav.section.work", "/workspace/canned-replies", "nav.cannedReplies", "document", WORKS_REQUESTS),
            new Entry("nav.section.insight", "/dashboard", "nav.dashboard", "dashboard", WATCHES),
            new Entry("nav.section.admin", "/admin/tenants", "nav.tenants", "building", ADMINISTERS),
            new Entry("nav.section.admin", "/admin/users", "nav.users", "people", ADMINISTERS),
            new Entry("nav.section.admin", "/admin/sla", "nav.sla", "stopwatch", ADMINISTERS),
            new Entry("nav.section.admin", "/admin/automation", "nav.automation", "toggles", ADMINISTERS),
            new Entry("nav.section.admin", "/admin/phone", "nav.phoneDirectory", "directory", ADMINISTERS),
            new Entry("nav.section.admin", "/kb/manage", "nav.articles", "document", ADMINISTERS),
            new Entry("nav.section.admin", "/admin/audit", "nav.audit", "audit", ADMINISTERS),
            new Entry("nav.section.help", "/kb", "nav.selfHelp", "question", ANYONE),
            new Entry("nav.section.help", "/health", "nav.health", "pulse", ANYONE),
            new Entry("nav.section.help", "/features", "nav.features", "toggles", ANYONE),
            new Entry("nav.section.help", "/phone", "nav.phone", "phoneSupport", ANYONE));

    /** The local mail server's mailbox, offered only while that server runs ({@code helpline.mail.local.enabled}). */
    private static final Entry MAILBOX =
            new Entry("nav.section.work", "/mailbox", "nav.mailbox", "envelope", STAFF_ONLY);

    private static final List<Entry> STAFF_WITH_MAILBOX = withMailbox();

    private static final List<Entry> CUSTOMERS = List.of(
            new Entry(null, "/support", "nav.support", "lifePreserver", CUSTOMER),
            new Entry(null, "/requests", "nav.requests", "cardList", CUSTOMER_ADMIN),
            new Entry(null, "/tenant/users", "nav.people", "people", CUSTOMER_GLOBAL_ADMIN),
            new Entry(null, "/kb", "nav.selfHelp", "question", ANYONE),
            new Entry(null, "/health", "nav.health", "pulse", ANYONE),
            new Entry(null, "/features", "nav.features", "toggles", ANYONE),
            new Entry(null, "/phone", "nav.phone", "phoneSupport", ANYONE));

    private static final List<Entry> VISITORS = List.of(new Entry(null, "/phone", "nav.phone", "phoneSupport", ANYONE));

    private static final String SIGN_IN = "/login";

    /** A request's page belongs to the queue it was opened from, not to the workspace's start page. */
    private static final String QUEUE_ITEMS = "/workspace/requests";

    /** The navigation of {@code me} (null when nobody is signed in) on the page at {@code path}. */
    static Navigation of(HelplineUser me, String path) {
        return of(me, path, false);
    }

    /** Like {@link #of(HelplineUser, String)}, offering staff the local {@code mailbox} when it runs. */
    static Navigation of(HelplineUser me, String path, boolean mailbox) {
        if (me == null) {
            return build(false, VISITORS, null, path);
        }
        boolean rail = me.isStaff() || me.has(Role.PARTNER_AGENT);
        return build(rail, rail ? (mailbox ? STAFF_WITH_MAILBOX : STAFF) : CUSTOMERS, me, path);
    }

    private static List<Entry> withMailbox() {
        var entries = new ArrayList<>(STAFF);
        entries.add(3, MAILBOX);
        return List.copyOf(entries);
    }

    private static Navigation build(boolean rail, List<Entry> entries, HelplineUser me, String path) {
        var visible = entries.stream().filter(entry -> entry.allowed().test(me)).toList();
        var current = visible.stream()
                .map(Entry::path)
                .filter(candidate -> owns(candidate, path))
                .max(Comparator.comparingInt(String::length))
                .orElse(null);
        var sections = new LinkedHashMap<String, List<Link>>();
        for (var entry : visible) {
            sections.computeIfAbsent(String.valueOf(entry.section()), heading -> new ArrayList<>())
                    .add(new Link(
                            entry.path(),
                            entry.label(),
                            entry.icon(),
                            entry.path().equals(current)));
        }
        return new Navigation(
                rail,
                sections.entrySet().stream()
                        .map(section -> new Section(rail ? section.getKey() : null, List.copyOf(section.getValue())))
                        .toList(),
                me == null && !SIGN_IN.equals(path));
    }

    private static boolean owns(String link, String path) {
        if (path == null) {
            return false;
        }
        if (link.equals("/workspace/queue") && (path.equals(QUEUE_ITEMS) || path.startsWith(QUEUE_ITEMS + "/"))) {
            return true;
        }
        return path.equals(link) || path.startsWith(link + "/");
    }
}
