package org.helpline.phone;

import java.util.List;
import java.util.UUID;
import org.helpline.phone.internal.CallerVerification;
import org.helpline.phone.internal.TenantAccount;
import org.helpline.phone.internal.VerificationRequiredException;
import org.helpline.shared.HelplineUser;
import org.helpline.tenancy.TenantSummary;

/**
 * Calls an agent takes. A call names the caller's number and the tenant they speak
 * for; a number registered in the tenant's profile (compared in E.164, whatever the format
 * typed) verifies the caller at once, otherwise {@link CallerVerification} sends a code. The
 * tenant's account opens only under the call's grant. Tenants of another organisation and calls
 * of another agent do not exist for the agent (404).
 */
public interface PhoneCalls {

    /**
     * Tenants of the agent's organisation whose name or domain contains {@code query}, or the
     * tenant of the request numbered {@code query} when the agent may see that request.
     */
    List<TenantSummary> findTenants(HelplineUser agent, String query);

    /** Starts a call; a registered caller number grants access at once. */
    CallView start(HelplineUser agent, UUID tenantId, String callerNumber);

    CallView call(HelplineUser agent, UUID callId);

    /** The agent's calls that have not ended, newest first. */
    List<CallView> openCalls(HelplineUser agent);

    /** Ends the call and with it the grant; ending it again changes nothing. */
    CallView end(HelplineUser agent, UUID callId);

    /**
     * The tenant's account, only under the call's active grant; each opening is audited.
     *
     * @throws VerificationRequiredException when the caller is not verified for this call
     */
    TenantAccount account(HelplineUser agent, UUID callId);
}
