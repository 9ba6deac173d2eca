package org.helpline.demo.internal;

import java.util.List;
import java.util.Map;
import org.helpline.shared.RequestCategory;

/**
 * What the people of the demo history write, in the language of their tenant: the problems the
 * tenants' admins file (each with a service and problem classification of the catalog) and the
 * sentences of a conversation about them.
 */
final class Phrasebook {

    /** A problem a tenant admin files; {@code serviceId} is null for requests about no one service. */
    record Problem(
            RequestCategory category, String serviceId, String classification, String title, String description) {}

    /** The sentences of a conversation in one language. */
    record Lines(
            List<Problem> problems,
            List<String> firstReplies,
            List<String> questions,
            List<String> customerAnswers,
            List<String> resolutions,
            List<String> comments) {}

    private static final RequestCategory T = RequestCategory.TECHNICAL;
    private static final RequestCategory B = RequestCategory.BILLING;
    private static final RequestCategory P = RequestCategory.PRESALES;
    private static final RequestCategory A = RequestCategory.ADVISORY;

    private static final Lines POLISH = new Lines(
            List.of(
                    new Problem(
                            T,
                            "mail",
                            "mail-flow",
                            "Poczta do klientów nie dochodzi",
                            "Od rana wiadomości wysyłane do domen zewnętrznych wracają z błędem 550."),
                    new Problem(
                            T,
                            "mail",
                            "mailbox-recovery",
                            "Odzyskanie usuniętej skrzynki",
                            "Skrzynka byłego pracownika została usunięta przez pomyłkę; potrzebujemy jej zawartości."),
                    new Problem(
                            T,
                            "mail",
                            "mail-client-connection",
                            "Outlook nie łączy się ze skrzynką",
                            "Kilku użytkowników widzi komunikat „Rozłączono” w programie Outlook od wczoraj."),
                    new Problem(
                            T,
                            "sites",
                            "site-permissions",
                            "Brak dostępu do witryny działu",
                            "Nowi pracownicy działu sprzedaży dostają odmowę dostępu do witryny zespołu."),
                    new Problem(
                            T,
                            "sites",
                            "file-sync",
                            "Pliki nie synchronizują się",
                            "Synchronizacja biblioteki dokumentów zatrzymuje się na 80% u trzech osób."),
                    new Problem(
                            T,
                            "meetings",
                            "meeting-quality",
                            "Przerywany dźwięk na spotkaniach",
                            "Podczas spotkań z klientami dźwięk zanika co kilka minut."),
                    new Problem(
                            T,
                            "meetings",
                            "meeting-join",
                            "Goście nie mogą dołączyć do spotkania",
                            "Osoby spoza firmy utykają w poczekalni i nie da się ich wpuścić."),
                    new Problem(
                            T,
                            "desktop-apps",
                            "app-activation",
                            "Aktywacja pakietu biurowego nie działa",
                            "Na nowych laptopach aplikacje pokazują komunikat o nieaktywnym produkcie."),
                    new Problem(
                            T,
                            "identity",
                            "mfa-setup",
                            "Konfiguracja uwierzytelniania wieloskładnikowego",
                            "Chcemy wymusić drugi składnik dla administratorów; użytkownicy nie dostają kodów SMS."),
                    new Problem(
                            T,
                            "identity",
                            "password-reset",
                            "Samodzielny reset hasła nie działa",
                            "Link do resetu hasła prowadzi do strony z błędem."),
                    new Problem(
                            T,
                            "admin-center",
                            "licence-assignment",
                            "Nie można przypisać licencji",
                            "Przy przypisywaniu licencji nowym osobom pojawia się błąd braku licencji."),
                    new Problem(
                            B,
                            null,
                            "explain-invoice",
                            "Pytanie o ostatnią fakturę",
                            "Kwota na fakturze jest wyższa niż w poprzednim miesiącu; prosimy o wyjaśnienie."),
                    new Problem(
                            B,
                            null,
                            "add-remove-licences",
                            "Dodanie 20 licencji",
                            "Zatrudniamy nowy zespół i potrzebujemy 20 dodatkowych licencji od przyszłego tygodnia."),
                    new Problem(
                            P,
                            null,
                            "plan-comparison",
                            "Porównanie planów",
                            "Czym różni się plan Standard od Premium w zakresie archiwizacji poczty?"),
                    new Problem(
                            A,
                            null,
                            "migration-planning",
                            "Plan migracji poczty z serwera lokalnego",
                            "Planujemy przeniesienie 250 skrzynek; prosimy o zalecenia co do kolejności.")),
            List.of(
                    "Dziękujemy za zgłoszenie. Analizujemy problem i wrócimy z informacją.",
                    "Przejęłam zgłoszenie; sprawdzam konfigurację Państwa dzierżawy.",
                    "Potwierdzamy otrzymanie zgłoszenia. Problem jest odtwarzalny, pracujemy nad nim."),
            List.of(
                    "Czy mogą Państwo przesłać zrzut ekranu komunikatu i godzinę wystąpienia?",
                    "Prosimy o listę użytkowników, których dotyczy problem."),
            List.of(
                    "Przesyłam zrzut ekranu; problem wystąpił około 9:30.",
                    "Dotyczy to pięciu osób z działu księgowości."),
            List.of(
                    "Przyczyna znaleziona i usunięta. Prosimy o potwierdzenie, że wszystko działa.",
                    "Zmieniliśmy ustawienia; problem nie powinien się powtórzyć."),
            List.of("Szybka i konkretna pomoc, dziękuję.", "Wszystko działa, dziękujemy.", "Trwało to zbyt długo."));

    private static final Lines ENGLISH = new Lines(
            List.of(
                    new Problem(
                            T,
                            "mail",
                            "mail-flow",
                            "Mail to partners is delayed",
                            "Since this morning messages to external domains arrive two hours late."),
                    new Problem(
                            T,
                            "mail",
                            "mail-client-connection",
                            "Outlook keeps asking for a password",
                            "Several users are prompted for their password every few minutes."),
                    new Problem(
                            T,
                            "sites",
                            "site-permissions",
                            "Guests cannot open the project site",
                            "External guests get an access denied message on the project site."),
                    new Problem(
                            T,
                            "sites",
                            "file-sync",
                            "Files stuck in sync",
                            "The document library shows pending changes that never finish syncing."),
                    new Problem(
                            T,
                            "meetings",
                            "meeting-quality",
                            "Video freezes in large meetings",
                            "In meetings with more than 50 people video freezes for everyone."),
                    new Problem(
                            T,
                            "meetings",
                            "meeting-join",
                            "Cannot join meetings from the browser",
                            "Joining from a browser ends on a blank page; the desktop app works."),
                    new Problem(
                            T,
                            "desktop-apps",
                            "app-stability",
                            "Spreadsheet app crashes on open",
                            "The spreadsheet app closes when opening files with macros."),
                    new Problem(
                            T,
                            "identity",
                            "sign-in",
                            "Users locked out after sign-in change",
                            "After enabling the new sign-in policy, ten users cannot sign in."),
                    new Problem(
                            T,
                            "admin-center",
                            "domain-setup",
                            "Domain verification fails",
                            "The TXT record is in place but the domain still shows as unverified."),
                    new Problem(
                            T,
                            "admin-center",
                            "admin-roles",
                            "Helpdesk role cannot reset passwords",
                            "Our helpdesk admins get a permission error when resetting passwords."),
                    new Problem(
                            B,
                            null,
                            "renew",
                            "Renewal date of our subscription",
                            "Please confirm when the enterprise subscription renews and at which price."),
                    new Problem(
                            B,
                            null,
                            "explain-invoice",
                            "Invoice shows licences we removed",
                            "The last invoice still charges for the 40 licences we removed in October."),
                    new Problem(
                            P,
                            null,
                            "pricing-licensing",
                            "Licensing for seasonal staff",
                            "Which licence fits staff who work three months a year?"),
                    new Problem(
                            A,
                            null,
                            "onboarding",
                            "Onboarding a new office",
                            "We open an office in Boston next month; what should we set up first?")),
            List.of(
                    "Thanks for reaching out. We are looking into it and will update you shortly.",
                    "I have taken this request and am checking your tenant's settings now.",
                    "We could reproduce the issue and are working on it."),
            List.of(
                    "Could you send a screenshot of the error and the time it happened?",
                    "Which users are affected? A list of sign-in names helps."),
            List.of(
                    "Screenshot attached; it happened at 10:15 Eastern.",
                    "It affects the whole finance team, eight people."),
            List.of(
                    "We found the cause and fixed it. Please confirm that everything works.",
                    "The setting is corrected; the problem should not come back."),
            List.of("Quick and clear help, thank you.", "Works again, thanks!", "It took too long to get an answer."));

    private static final Lines CHINESE = new Lines(
            List.of(
                    new Problem(T, "mail", "mail-flow", "发往客户的邮件被退回", "从今天上午开始，发往外部域的邮件都返回 550 错误。"),
                    new Problem(T, "mail", "mailbox-recovery", "恢复误删的邮箱", "一位离职员工的邮箱被误删，我们需要其中的邮件。"),
                    new Problem(T, "sites", "file-sync", "文件无法同步", "三位同事的文档库同步一直停在 80%。"),
                    new Problem(T, "meetings", "meeting-quality", "会议中声音断断续续", "与客户开会时每隔几分钟声音就会中断。"),
                    new Problem(T, "meetings", "meeting-join", "外部来宾无法加入会议", "公司外部的来宾一直停留在等候区，无法被准入。"),
                    new Problem(T, "desktop-apps", "app-activation", "办公软件无法激活", "新笔记本电脑上的应用提示产品未激活。"),
                    new Problem(T, "identity", "password-reset", "自助重置密码失败", "重置密码的链接打开后显示错误页面。"),
                    new Problem(T, "admin-center", "licence-assignment", "无法分配许可证", "给新员工分配许可证时提示许可证不足。"),
                    new Problem(B, null, "convert-trial", "试用转为正式订阅", "试用即将到期，我们希望转为正式订阅，请说明步骤。"),
                    new Problem(P, null, "features-benefits", "高级版包含哪些功能", "请介绍高级版相对于基础版多出的安全功能。")),
            List.of("感谢您的反馈，我们正在分析问题，稍后会给您答复。", "我已接手此请求，正在检查贵公司的租户设置。", "我们已复现该问题，正在处理中。"),
            List.of("能否发送错误提示的截图以及发生的时间？", "请提供受影响用户的名单。"),
            List.of("截图已附上，问题大约在上午九点半出现。", "财务部的五位同事受到影响。"),
            List.of("问题原因已找到并已修复，请确认一切正常。", "设置已更正，问题不应再出现。"),
            List.of("帮助及时又清楚，谢谢。", "已经恢复正常，谢谢！", "等待回复的时间太长了。"));

    private static final Map<String, Lines> BY_LANGUAGE = Map.of("pl", POLISH, "en", ENGLISH, "zh", CHINESE);

    private Phrasebook() {}

    /** The lines in the language of {@code languageTag} (pl, en, zh-CN); English for any other. */
    static Lines in(String languageTag) {
        var language = languageTag == null ? "en" : languageTag.split("-")[0];
        return BY_LANGUAGE.getOrDefault(language, ENGLISH);
    }
}
