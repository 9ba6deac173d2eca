package org.helpline.contact.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpline.contact.AgentManagement;
import org.helpline.contact.AgentSkills;
import org.helpline.contact.internal.ContactManagement;
import org.helpline.contact.internal.SkillChoices;
import org.helpline.shared.HelplineUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisor's view: per queue the waiting callbacks, agents by presence, the estimate, its
 * inputs and accuracy; and each agent's skills, ticked as languages and services. An agent left
 * without a language is refused with the page again, the field named.
 */
@Controller
class QueuesController {

    private final ContactManagement contact;
    private final AgentManagement agents;
    private final SkillChoices choices;

    QueuesController(ContactManagement contact, AgentManagement agents, SkillChoices choices) {
        this.contact = contact;
        this.agents = agents;
        this.choices = choices;
    }

    @GetMapping("/workspace/contact/queues")
    String queues(@AuthenticationPrincipal HelplineUser me, Locale locale, Model model) {
        model.addAttribute("queues", contact.queues(me));
        model.addAttribute("agents", agents.agents(me));
        model.addAttribute("skillLanguages", choices.languages());
        model.addAttribute("services", choices.services(me, locale));
        return "contact/queues";
    }

    @PostMapping("/workspace/contact/agents/{id}/skills")
    String skills(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam(required = false) List<String> languages,
            @RequestParam(required = false) List<String> services,
            @RequestParam(defaultValue = "-1") long version,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        var ticked = nonBlank(languages);
        if (ticked.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("skillsError", id);
            return queues(me, locale, model);
        }
        agents.changeSkills(me, id, new AgentSkills(ticked, nonBlank(services)), version);
        return "redirect:/workspace/contact/queues?saved=" + id + "#agent-" + id;
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(value -> value != null && !value.isBlank())
                        .toList();
    }
}
