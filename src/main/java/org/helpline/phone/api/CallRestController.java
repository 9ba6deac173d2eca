package org.helpline.phone.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.helpline.phone.CallView;
import org.helpline.phone.PhoneCalls;
import org.helpline.phone.internal.CallerVerification;
import org.helpline.phone.internal.Confirmation;
import org.helpline.phone.internal.SentCode;
import org.helpline.phone.internal.TenantAccount;
import org.helpline.shared.HelplineUser;
import org.helpline.tenancy.TenantSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The agent's calls: start one, verify the caller by code, open the account under the grant, end it. */
@RestController
@RequestMapping("/api/v1/phone")
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
class CallRestController {

    private final PhoneCalls calls;
    private final CallerVerification verification;

    CallRestController(PhoneCalls calls, CallerVerification verification) {
        this.calls = calls;
        this.verification = verification;
    }

    @GetMapping("/tenants")
    List<TenantSummary> tenants(@AuthenticationPrincipal HelplineUser me, @RequestParam(required = false) String q) {
        return calls.findTenants(me, q);
    }

    @PostMapping("/calls")
    ResponseEntity<CallView> start(
            @AuthenticationPrincipal HelplineUser me, @Valid @RequestBody CallRequests.StartCall body) {
        var call = calls.start(me, body.tenantId(), body.callerNumber());
        return ResponseEntity.created(URI.create("/api/v1/phone/calls/" + call.id()))
                .body(call);
    }

    @GetMapping("/calls")
    List<CallView> open(@AuthenticationPrincipal HelplineUser me) {
        return calls.openCalls(me);
    }

    @GetMapping("/calls/{id}")
    CallView call(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        return calls.call(me, id);
    }

    @PostMapping("/calls/{id}/verification")
    ResponseEntity<SentCode> sendCode(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @Valid @RequestBody CallRequests.SendCode body) {
        return ResponseEntity.accepted().body(verification.sendCode(me, id, body.channel(), body.destinationId()));
    }

    @PostMapping("/calls/{id}/verification/confirm")
    Confirmation confirm(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @Valid @RequestBody CallRequests.Confirm body) {
        return verification.confirm(me, id, body.code());
    }

    @PostMapping("/calls/{id}/end")
    CallView end(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        return calls.end(me, id);
    }

    @GetMapping("/calls/{id}/account")
    TenantAccount account(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        return calls.account(me, id);
    }
}
