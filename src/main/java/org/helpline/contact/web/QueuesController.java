package org.helpline.contact.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.helpline.contact.AgentManagement;
import org.helpline.contact.AgentSkills;
import org.helpline.contact.internal.ContactManagement;
import org.helpline.shared.HelplineUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The supervisor's view: per queue the waiting callbacks, agents by presence, the estimate, its inputs and accuracy. */
@Controller
class QueuesController {

    private final ContactManagement contact;
    private final AgentManagement agents;

    QueuesController(ContactManagement contact, AgentManagement agents) {
        this.contact = contact;
        this.agents = agents;
    }

    @GetMapping("/workspace/contact/queues")
    String queues(@AuthenticationPrincipal HelplineUser me, Model model) {
        model.addAttribute("queues", contact.queues(me));
        model.addAttribute("agents", agents.agents(me));
        return "contact/queues";
    }

    @PostMapping("/workspace/contact/agents/{id}/skills")
    String skills(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String languages,
            @RequestParam(defaultValue = "") String services,
            @RequestParam(defaultValue = "-1") long version) {
        agents.changeSkills(me, id, new AgentSkills(list(languages), list(services)), version);
        return "redirect:/workspace/contact/queues";
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split("[,\\s]+"))
                .filter(part -> !part.isBlank())
                .toList();
    }
}
