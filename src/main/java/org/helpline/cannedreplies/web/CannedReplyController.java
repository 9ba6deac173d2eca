package org.helpline.cannedreplies.web;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpline.cannedreplies.CannedReplyManagement;
import org.helpline.cannedreplies.ReplyAssignment;
import org.helpline.cannedreplies.ReplyScope;
import org.helpline.catalog.CatalogService;
import org.helpline.requests.RequestStatus;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Severity;
import org.helpline.shared.StaleEditException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agents' page of canned replies: the list of those they may use, and a form to write or change
 * one in three languages with what applying it also does. Refusals come back next to their fields.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'PARTNER_AGENT')")
class CannedReplyController {

    private static final String FORM = "cannedreplies/form";

    private final CannedReplyManagement replies;

    CannedReplyController(CannedReplyManagement replies) {
        this.replies = replies;
    }

    @GetMapping("/workspace/canned-replies")
    String list(@AuthenticationPrincipal HelplineUser me, Model model) {
        var all = replies.replies(me);
        model.addAttribute("replies", all);
        model.addAttribute(
                "changeable",
                all.stream()
                        .filter(reply -> replies.changes(me, reply))
                        .map(reply -> reply.id())
                        .toList());
        model.addAttribute(
                "serviceNames",
                replies.services(me, LocaleContextHolder.getLocale()).stream()
                        .collect(Collectors.toMap(CatalogService::id, CatalogService::name)));
        return "cannedreplies/list";
    }

    @GetMapping("/workspace/canned-replies/new")
    String create(@AuthenticationPrincipal HelplineUser me, Model model) {
        return form(me, model, new ReplyForm(), null);
    }

    @GetMapping("/workspace/canned-replies/{id}")
    String edit(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, Model model) {
        return form(me, model, ReplyForm.of(replies.reply(me, id)), id);
    }

    @PostMapping("/workspace/canned-replies")
    String save(
            @AuthenticationPrincipal HelplineUser me,
            @ModelAttribute("form") ReplyForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return write(me, null, form, binding, model, redirect);
    }

    @PostMapping("/workspace/canned-replies/{id}")
    String change(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @ModelAttribute("form") ReplyForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return write(me, id, form, binding, model, redirect);
    }

    @PostMapping("/workspace/canned-replies/{id}/remove")
    String remove(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        replies.remove(me, id);
        redirect.addFlashAttribute("flash", "cannedreplies.removed");
        return "redirect:/workspace/canned-replies";
    }

    private String write(
            HelplineUser me, UUID id, ReplyForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(me, model, form, id);
        }
        try {
            if (id == null) {
                replies.create(me, form.draft());
            } else {
                replies.change(me, id, form.draft());
            }
        } catch (InvalidInputException refused) {
            refused.fieldProblems()
                    .forEach(problem -> binding.rejectValue(
                            field(problem.field()),
                            "cannedreplies.error." + field(problem.field()),
                            problem.message()));
            return form(me, model, form, id);
        } catch (StaleEditException stale) {
            binding.reject("cannedreplies.error.stale");
            return form(me, model, form, id);
        }
        redirect.addFlashAttribute("flash", "cannedreplies.saved");
        return "redirect:/workspace/canned-replies";
    }

    private String form(HelplineUser me, Model model, ReplyForm form, UUID id) {
        model.addAttribute("form", form);
        model.addAttribute("replyId", id);
        model.addAttribute("services", replies.services(me, LocaleContextHolder.getLocale()));
        model.addAttribute(
                "scopes",
                Arrays.stream(ReplyScope.values())
                        .filter(scope -> replies.writes(me, scope))
                        .toList());
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("assignments", ReplyAssignment.values());
        return FORM;
    }

    /** The form's field for a problem's field; problems of the whole reply show at its title. */
    private static String field(String problemField) {
        return switch (problemField) {
            case "scope", "serviceId", "shortcut", "title", "bodyEn", "bodyPl", "bodyZhCn", "severityReason" ->
                problemField;
            default -> "title";
        };
    }
}
