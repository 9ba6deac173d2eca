package org.helpline.cannedreplies.web;

import java.util.List;
import java.util.UUID;
import org.helpline.cannedreplies.CannedReplyManagement;
import org.helpline.cannedreplies.FilledReply;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The composer's side of canned replies: the replies matching what the agent typed after {@code /},
 * filled in for the request (JSON for {@code canned-replies.js}), and sending a picked reply whose
 * changes (status, severity, assignment) go with it.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'PARTNER_AGENT')")
class SuggestionController {

    private static final int SUGGESTIONS = 8;

    private final CannedReplyManagement replies;
    private final MessageSource messages;

    SuggestionController(CannedReplyManagement replies, MessageSource messages) {
        this.replies = replies;
        this.messages = messages;
    }

    @GetMapping("/workspace/requests/{id}/canned-replies")
    @ResponseBody
    List<FilledReply> suggestions(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String q) {
        return replies.suggestions(me, id, q, SUGGESTIONS);
    }

    @PostMapping("/workspace/requests/{id}/canned-replies/{replyId}")
    String send(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @PathVariable UUID replyId,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            replies.apply(me, id, replyId, body, version);
        } catch (ProblemException refused) {
            if (refused.status() == 404 || refused.status() == 403) {
                throw refused;
            }
            var locale = LocaleContextHolder.getLocale();
            var general = messages.getMessage("cannedreplies.refused", null, locale);
            redirect.addFlashAttribute(
                    "actionError",
                    messages.getMessage("cannedreplies.refused." + refused.slug(), null, general, locale));
        }
        return "redirect:/workspace/requests/" + id;
    }
}
