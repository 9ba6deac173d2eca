package org.helpline.localmail.web;

import org.helpline.localmail.internal.Linkified;
import org.helpline.localmail.internal.LocalMailbox;
import org.helpline.shared.NotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The local server's messages for staff, and a reader. There is no such page while the local server
 * is off (404). An e-mail's HTML is shown in a sandboxed frame fed by {@link #html}, which answers
 * with a policy of its own: no scripts, forms, plugins or remote content, styles inline only, links
 * opening in a new tab, and framed by our pages only (identity's security configuration lets this one
 * address be framed by them).
 */
@Controller
@ConditionalOnProperty(name = "helpline.mail.local.enabled", havingValue = "true")
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ORG_ADMIN')")
class MailboxController {

    static final int LIMIT = 200;

    static final String FRAME_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "font-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'self'; "
            + "sandbox allow-popups allow-popups-to-escape-sandbox";

    /** Every link of the e-mail opens in a new tab, since the frame itself may not be navigated away. */
    private static final String NEW_TABS = "<base target=\"_blank\">";

    private final LocalMailbox mailbox;

    MailboxController(LocalMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/mailbox")
    String list(@RequestParam(defaultValue = "") String to, Model model) {
        var recipient = to.strip();
        var messages = mailbox.messages(recipient, LIMIT + 1);
        model.addAttribute("to", recipient);
        model.addAttribute("recipients", mailbox.recipients());
        model.addAttribute("messages", messages.stream().limit(LIMIT).toList());
        model.addAttribute("more", messages.size() > LIMIT);
        return "localmail/mailbox";
    }

    @GetMapping("/mailbox/{id}")
    String read(@PathVariable String id, Model model) {
        var message = mailbox.message(id).orElseThrow(() -> notFound(id));
        var content = mailbox.content(id).orElseThrow(() -> notFound(id));
        model.addAttribute("message", message);
        model.addAttribute("parts", content);
        model.addAttribute("pieces", Linkified.of(content.text()));
        return "localmail/message";
    }

    @GetMapping("/mailbox/{id}/html")
    ResponseEntity<String> html(@PathVariable String id) {
        var html = mailbox.content(id).map(content -> content.html()).orElse(null);
        if (html == null) {
            throw notFound(id);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", FRAME_POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(NEW_TABS + html);
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("Message", id);
    }
}
