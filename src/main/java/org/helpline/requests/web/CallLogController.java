package org.helpline.requests.web;

import java.util.UUID;
import org.helpline.phone.CallerVerification;
import org.helpline.phone.PhoneCalls;
import org.helpline.requests.MessageKind;
import org.helpline.requests.NewMessage;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logs the call on one of the caller's requests ({@link MessageKind#CALL_LOG}), only under the
 * verification grant of the call's tenant; a request of another tenant is not found.
 */
@Controller
class CallLogController {

    private final PhoneCalls calls;
    private final CallerVerification verification;
    private final RequestManagement requests;
    private final RequestPages pages;

    CallLogController(
            PhoneCalls calls, CallerVerification verification, RequestManagement requests, RequestPages pages) {
        this.calls = calls;
        this.verification = verification;
        this.requests = requests;
        this.pages = pages;
    }

    @PostMapping("/workspace/calls/{callId}/request/log")
    String log(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID callId,
            @RequestParam UUID requestId,
            @RequestParam(defaultValue = "") String body,
            RedirectAttributes redirect) {
        var call = CallRequestController.verifiedCall(calls, verification, me, callId);
        var request = requests.request(me, requestId).request();
        if (!request.tenantId().equals(call.tenantId())) {
            throw new NotFoundException("Request", requestId);
        }
        pages.attempt(redirect, () -> {
            requests.addMessage(me, requestId, new NewMessage(body, false, MessageKind.CALL_LOG, request.version()));
            redirect.addFlashAttribute("logged", request.number());
        });
        return "redirect:/workspace/calls/" + callId + "/request";
    }
}
