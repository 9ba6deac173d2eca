package org.helpline.health.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.health.Classification;
import org.helpline.health.IssuePost;
import org.helpline.health.IssueStatus;
import org.helpline.health.NewIssue.Text;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo health history of the provider's organisation once (the first demo issue is the
 * marker): three past incidents within the last 90 days and one active advisory, each with its
 * timeline, written relative to now so they always show.
 */
@Component
@ConditionalOnProperty(name = "helpline.demo-data", havingValue = "true")
class DemoHealth implements ApplicationRunner {

    static final UUID MARKER = UUID.fromString("3f6a1c2e-0000-4000-8000-000000000001");
    private static final String ORG = "global";

    private final Issues issues;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoHealth(Issues issues, PlatformTransactionManager transactions, Clock clock) {
        this.issues = issues;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().isEmpty() || issues.find(ORG, MARKER).isPresent()) {
            return;
        }
        transaction.executeWithoutResult(status -> load(clock.instant()));
    }

    private void load(Instant now) {
        incident(
                MARKER,
                now.minus(Duration.ofDays(12)),
                List.of("mail"),
                new Text(
                        "Mail to external domains delayed",
                        "Users may see delays of up to 2 hours when sending mail to external domains."),
                new Text(
                        "Opóźnienia poczty do domen zewnętrznych",
                        "Użytkownicy mogą zauważyć opóźnienia do 2 godzin przy wysyłaniu poczty do domen zewnętrznych."),
                new Text("发往外部域的邮件延迟", "用户向外部域发送邮件时可能会遇到最长 2 小时的延迟。"),
                List.of(
                        post(IssueStatus.INVESTIGATING, "We are investigating reports of delayed outbound mail."),
                        post(
                                IssueStatus.SERVICE_DEGRADATION,
                                "A queue in one datacenter is backlogged; we are rerouting traffic."),
                        post(IssueStatus.VERIFYING_SERVICE, "Traffic is rerouted; queues are draining."),
                        post(IssueStatus.SERVICE_RESTORED, "All queued mail was delivered. Mail flow is normal.")));
        incident(
                id(2),
                now.minus(Duration.ofDays(35)),
                List.of("meetings"),
                new Text(
                        "Users cannot join online meetings",
                        "Some users could not join meetings from the desktop app; the browser worked."),
                new Text(
                        "Użytkownicy nie mogą dołączyć do spotkań online",
                        "Część użytkowników nie mogła dołączyć do spotkań z aplikacji klasycznej; przeglądarka działała."),
                new Text("用户无法加入在线会议", "部分用户无法通过桌面应用加入会议；浏览器可以正常使用。"),
                List.of(
                        post(IssueStatus.SERVICE_INTERRUPTION, "Joining from the desktop app fails with an error."),
                        post(IssueStatus.RESTORING_SERVICE, "We rolled back a configuration change."),
                        post(IssueStatus.SERVICE_RESTORED, "Users can join meetings again."),
                        post(
                                IssueStatus.POST_INCIDENT_REVIEW_PUBLISHED,
                                "The post-incident review is published in the admin center.")));
        incident(
                id(3),
                now.minus(Duration.ofDays(70)),
                List.of("sites", "identity"),
                new Text("Sign-in to sites slow", "Opening sites took up to a minute because sign-in was slow."),
                new Text(
                        "Powolne logowanie do witryn",
                        "Otwieranie witryn trwało do minuty z powodu powolnego logowania."),
                new Text("网站登录缓慢", "由于登录缓慢，打开网站最多需要一分钟。"),
                List.of(
                        post(IssueStatus.INVESTIGATING, "We are looking into slow sign-ins to sites."),
                        post(
                                IssueStatus.EXTENDED_RECOVERY,
                                "Sign-in capacity was added; some regions recover more slowly."),
                        post(IssueStatus.SERVICE_RESTORED, "Sign-in times are back to normal.")));
        var advisory = new IssueRecord(
                ORG,
                id(4),
                Classification.ADVISORY,
                IssueStatus.SERVICE_DEGRADATION,
                "en",
                "Planned maintenance of the admin center",
                "Some admin center pages may load slowly during planned maintenance this week. No data is affected.",
                Map.of(
                        "pl",
                        new Text(
                                "Planowana konserwacja centrum administracyjnego",
                                "Niektóre strony centrum administracyjnego mogą wczytywać się wolniej podczas planowanej konserwacji w tym tygodniu. Dane nie są zagrożone."),
                        "zh",
                        new Text("管理中心计划维护", "本周计划维护期间，部分管理中心页面可能加载缓慢。数据不受影响。")),
                List.of("admin-center"),
                List.of(),
                now.minus(Duration.ofHours(5)),
                now.minus(Duration.ofHours(5)),
                null,
                "demo",
                0);
        issues.insert(advisory);
        issues.insertPost(
                ORG,
                advisory.id(),
                new IssuePost(
                        UUID.randomUUID(),
                        advisory.startedAt(),
                        IssueStatus.SERVICE_DEGRADATION,
                        advisory.impactDescription(),
                        "demo"));
    }

    private void incident(UUID id, Instant start, List<String> services, Text en, Text pl, Text zh, List<Post> posts) {
        var last = posts.get(posts.size() - 1);
        var end = start.plus(Duration.ofHours(posts.size()));
        var resolved = posts.stream()
                .filter(p -> p.status().ends())
                .findFirst()
                .map(p -> start.plus(Duration.ofHours(posts.indexOf(p) + 1)))
                .orElse(null);
        issues.insert(new IssueRecord(
                ORG,
                id,
                Classification.INCIDENT,
                last.status(),
                "en",
                en.title(),
                en.impactDescription(),
                Map.of("pl", pl, "zh", zh),
                services,
                List.of(),
                start,
                end,
                resolved,
                "demo",
                0));
        for (int i = 0; i < posts.size(); i++) {
            issues.insertPost(
                    ORG,
                    id,
                    new IssuePost(
                            UUID.randomUUID(),
                            start.plus(Duration.ofHours(i + 1)),
                            posts.get(i).status(),
                            posts.get(i).message(),
                            "demo"));
        }
    }

    private record Post(IssueStatus status, String message) {}

    private static Post post(IssueStatus status, String message) {
        return new Post(status, message);
    }

    private static UUID id(int n) {
        return UUID.fromString("3f6a1c2e-0000-4000-8000-00000000000" + n);
    }
}
