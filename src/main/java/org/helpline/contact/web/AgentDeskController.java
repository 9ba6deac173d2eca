package org.helpline.contact.web;

import java.util.UUID;
import org.helpline.contact.AgentManagement;
import org.helpline.contact.internal.Presence;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The agent's desk: presence, the callback offered, and the callback in hand. */
@Controller
class AgentDeskController {

    private final AgentManagement agents;

    AgentDeskController(AgentManagement agents) {
        this.agents = agents;
    }

    @GetMapping("/workspace/contact")
    String desk(@AuthenticationPrincipal HelplineUser me, Model model) {
        model.addAttribute("desk", agents.desk(me));
        model.addAttribute("presences", Presence.values());
        return "contact/desk";
    }

    @PostMapping("/workspace/contact/presence")
    String presence(@AuthenticationPrincipal HelplineUser me, @RequestParam(required = false) String presence) {
        agents.changePresence(me, presence(presence));
        return "redirect:/workspace/contact";
    }

    @PostMapping("/workspace/contact/callbacks/{id}/accept")
    String accept(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        agents.accept(me, id);
        return "redirect:/workspace/contact";
    }

    @PostMapping("/workspace/contact/callbacks/{id}/end")
    String end(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        agents.endCall(me, id);
        return "redirect:/workspace/contact";
    }

    @PostMapping("/workspace/contact/callbacks/{id}/complete")
    String complete(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        agents.complete(me, id);
        return "redirect:/workspace/contact";
    }

    static Presence presence(String value) {
        try {
            return Presence.valueOf(String.valueOf(value).strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("presence", "must be AVAILABLE, AFTER_CALL_WORK or AWAY");
        }
    }
}
