package org.helpline.knowledge.web;

import java.util.UUID;
import org.helpline.knowledge.internal.SynonymManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page where organisation admins add and remove the synonym groups their searches join. */
@Controller
@PreAuthorize("hasRole('ORG_ADMIN')")
class SynonymController {

    private final SynonymManagement management;

    SynonymController(SynonymManagement management) {
        this.management = management;
    }

    @GetMapping("/kb/manage/synonyms")
    String list(@AuthenticationPrincipal HelplineUser me, Model model) {
        model.addAttribute("groups", management.groups(me));
        return "knowledge/synonyms";
    }

    @PostMapping("/kb/manage/synonyms")
    String add(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam String language,
            @RequestParam String words,
            Model model) {
        try {
            management.add(me, language, words);
            return "redirect:/kb/manage/synonyms?saved";
        } catch (InvalidInputException invalid) {
            model.addAttribute("wordsError", true);
            model.addAttribute("language", language);
            model.addAttribute("words", words);
            return list(me, model);
        }
    }

    @PostMapping("/kb/manage/synonyms/{id}/delete")
    String remove(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        management.remove(me, id);
        return "redirect:/kb/manage/synonyms?removed";
    }
}
