package org.helpline.phone.web;

import java.util.UUID;
import org.helpline.phone.internal.PhoneRequests;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException;
import org.helpline.shared.StaleEditException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logs the call on one of the caller's requests, only under the verification grant of the call's
 * tenant; a request of another tenant is not found. A refused log comes back as a message on the page.
 */
@Controller
class CallLogController {

    private final PhoneRequests requests;

    CallLogController(PhoneRequests requests) {
        this.requests = requests;
    }

    @PostMapping("/workspace/calls/{callId}/request/log")
    String log(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID callId,
            @RequestParam UUID requestId,
            @RequestParam(defaultValue = "") String body,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("logged", requests.logCall(me, callId, requestId, body));
        } catch (InvalidInputException | StaleEditException problem) {
            redirect.addFlashAttribute("actionError", problem.getMessage());
        } catch (ProblemException problem) {
            if (problem.status() != 422) {
                throw problem;
            }
            redirect.addFlashAttribute("actionError", problem.getMessage());
        }
        return "redirect:/workspace/calls/" + callId + "/request";
    }
}
