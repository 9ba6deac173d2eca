package org.helpline.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.helpline.health.NewIssue;
import org.helpline.health.NewIssue.Text;
import org.helpline.health.ServiceHealth;
import org.helpline.shared.HelplineUser;

/**
 * The service health of the demo history: every two weeks or so each organisation declares an
 * incident on one of its services, posts that service is being restored and, hours later, that it
 * is restored. While it lasts, a few more requests about that service come in.
 */
final class Incidents {

    /** An incident of a service in the three languages, the updates in the organisation's own. */
    private record Outage(String serviceId, Map<String, Text> texts, Map<String, String[]> updates) {}

    private static final List<Outage> OUTAGES = List.of(
            new Outage(
                    "mail",
                    Map.of(
                            "en",
                                    new Text(
                                            "Delays sending mail to external domains",
                                            "Messages to external recipients may arrive up to two hours late."),
                            "pl",
                                    new Text(
                                            "Opóźnienia w wysyłaniu poczty do domen zewnętrznych",
                                            "Wiadomości do odbiorców zewnętrznych mogą docierać z opóźnieniem do dwóch godzin."),
                            "zh", new Text("发往外部域的邮件延迟", "发给外部收件人的邮件可能最多延迟两小时送达。")),
                    Map.of(
                            "en",
                                    new String[] {
                                        "We identified a faulty relay and are moving traffic away from it.",
                                        "Mail flow is back to normal; delayed messages have been delivered."
                                    },
                            "zh", new String[] {"我们已找到故障的中继服务器，正在转移流量。", "邮件流已恢复正常，延迟的邮件均已送达。"})),
            new Outage(
                    "meetings",
                    Map.of(
                            "en",
                                    new Text(
                                            "Some users cannot join meetings",
                                            "Joining a meeting may fail or take several attempts."),
                            "pl",
                                    new Text(
                                            "Część użytkowników nie może dołączyć do spotkań",
                                            "Dołączenie do spotkania może się nie udać lub wymagać kilku prób."),
                            "zh", new Text("部分用户无法加入会议", "加入会议可能失败或需要多次尝试。")),
                    Map.of(
                            "en",
                                    new String[] {
                                        "A configuration change is being rolled back.",
                                        "The rollback is complete and meetings can be joined again."
                                    },
                            "zh", new String[] {"正在回滚一项配置更改。", "回滚已完成，可以正常加入会议。"})),
            new Outage(
                    "identity",
                    Map.of(
                            "en",
                                    new Text(
                                            "Sign-in failures for some users",
                                            "Some users see an error when signing in; users already signed in are not affected."),
                            "pl",
                                    new Text(
                                            "Błędy logowania u części użytkowników",
                                            "Część użytkowników widzi błąd przy logowaniu; zalogowanych to nie dotyczy."),
                            "zh", new Text("部分用户登录失败", "部分用户登录时出现错误，已登录的用户不受影响。")),
                    Map.of(
                            "en",
                                    new String[] {
                                        "We are restarting the affected authentication nodes.",
                                        "Sign-in works again for everyone."
                                    },
                            "zh", new String[] {"正在重启受影响的身份验证节点。", "所有用户均已可以正常登录。"})),
            new Outage(
                    "sites",
                    Map.of(
                            "en",
                                    new Text(
                                            "Slow loading of team sites",
                                            "Team sites and document libraries may load slowly."),
                            "pl",
                                    new Text(
                                            "Wolne ładowanie witryn zespołów",
                                            "Witryny zespołów i biblioteki dokumentów mogą ładować się wolno."),
                            "zh", new Text("团队网站加载缓慢", "团队网站和文档库可能加载缓慢。")),
                    Map.of(
                            "en",
                                    new String[] {
                                        "Additional capacity is being added.", "Sites load at normal speed again."
                                    },
                            "zh", new String[] {"正在增加容量。", "网站加载速度已恢复正常。"})));

    private final ServiceHealth health;
    private final Timeline timeline;
    private final Random random;

    Incidents(ServiceHealth health, Timeline timeline, Random random) {
        this.health = health;
        this.timeline = timeline;
        this.random = random;
    }

    /** Plans each organisation's incidents between {@code first} and {@code now}, declared by its author. */
    void plan(LocalDate first, Instant now, List<HelplineUser> authors, List<Desk> desks, RequestStories stories) {
        for (var author : authors) {
            var theirs = desks.stream()
                    .filter(desk -> desk.profile().organisationId().equals(author.organisationId()))
                    .toList();
            var day = weekday(first.plusDays(3 + random.nextInt(7)));
            while (day.isBefore(LocalDate.ofInstant(now, author.zone()))) {
                declare(author, OUTAGES.get(random.nextInt(OUTAGES.size())), day, theirs, stories);
                day = weekday(day.plusDays(10 + random.nextInt(9)));
            }
        }
    }

    /** The day itself on a weekday, else the Monday after. */
    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    private void declare(HelplineUser author, Outage outage, LocalDate day, List<Desk> desks, RequestStories stories) {
        var language = "cn".equals(author.organisationId()) ? "zh" : "en";
        var started = DemoHistory.during(day, author.zone(), random);
        var restoring = started.plus(Duration.ofMinutes(20 + random.nextInt(60)));
        var restored = restoring.plus(Duration.ofMinutes(60 + random.nextInt(240)));
        var text = outage.texts().get(language);
        var updates = outage.updates().get(language);
        var translations = new HashMap<>(outage.texts());
        translations.remove(language);
        var issue = new NewIssue(
                "incident",
                text.title(),
                List.of(outage.serviceId()),
                "investigating",
                text.impactDescription(),
                null,
                language,
                translations);
        var declared = new UUID[1];
        timeline.at(
                started,
                author,
                () -> declared[0] = health.declare(author, issue).id());
        timeline.at(restoring, author, () -> health.post(author, declared[0], "restoringService", updates[0]));
        timeline.at(restored, author, () -> health.post(author, declared[0], "serviceRestored", updates[1]));
        for (var desk : desks) {
            var affected = desk.lines().problems().stream()
                    .filter(problem -> outage.serviceId().equals(problem.serviceId()))
                    .toList();
            for (int i = 0, more = 1 + random.nextInt(3); i < more && !affected.isEmpty(); i++) {
                long lasted = Duration.between(started, restored).toMillis();
                var at = started.plus(Duration.ofMillis((long) (random.nextDouble() * lasted)));
                stories.file(desk, affected.get(random.nextInt(affected.size())), at);
            }
        }
    }
}
