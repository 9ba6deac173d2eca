package org.helpline.notify.web;

import java.util.Arrays;
import java.util.UUID;
import org.helpline.notify.DeliveryStatus;
import org.helpline.notify.internal.MessageNotResendableException;
import org.helpline.notify.internal.OutboxAdministration;
import org.helpline.shared.HelplineUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outbox page of the provider's org admins: messages by status, and sending a failed one again. */
@Controller
@RequestMapping("/admin/outbox")
@PreAuthorize("hasRole('ORG_ADMIN')")
class OutboxController {

    private static final int PAGE_SIZE = 50;

    private final OutboxAdministration outbox;

    OutboxController(OutboxAdministration outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String messages(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var state = state(status);
        var shown = outbox.messages(me, state, page, PAGE_SIZE);
        model.addAttribute("messages", shown.items());
        model.addAttribute("counts", outbox.counts(me));
        model.addAttribute("states", DeliveryStatus.State.values());
        model.addAttribute("status", state);
        model.addAttribute("total", shown.total());
        model.addAttribute("page", shown.page());
        model.addAttribute("pages", Math.max(1, (shown.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "notify/outbox";
    }

    @PostMapping("/{id}/resend")
    String resend(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            outbox.resend(me, id);
            redirect.addFlashAttribute("resent", true);
        } catch (MessageNotResendableException e) {
            redirect.addFlashAttribute("refused", e.reason().name());
        }
        redirect.addAttribute("status", DeliveryStatus.State.FAILED.name());
        return "redirect:/admin/outbox";
    }

    private static DeliveryStatus.State state(String status) {
        return Arrays.stream(DeliveryStatus.State.values())
                .filter(state -> state.name().equalsIgnoreCase(status))
                .findFirst()
                .orElse(null);
    }
}
