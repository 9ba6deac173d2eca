package org.helpline.demo.internal;

import java.util.List;
import java.util.Map;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.tenancy.TenantProfile;

/**
 * A demo tenant as its history needs it: the admin who files, what they write about, who answers
 * (the organisation's agents; the partner's agent when the tenant has a partner of record), the
 * phone to call back and the severities its contract allows per category, most severe first.
 * {@code share} is the tenant's part of the day's requests, {@code phoneShare} the part of its
 * admins who ask to be called back (enough for the expected wait to have a week of calls). Its callbacks are taken by the partner's
 * agent when it has a partner (an admin who wants a call routes the request there), otherwise by
 * the organisation's first agent.
 */
record Desk(
        HelplineUser admin,
        TenantProfile profile,
        Phrasebook.Lines lines,
        List<HelplineUser> agents,
        HelplineUser partnerAgent,
        String phone,
        Map<RequestCategory, List<Severity>> allowed,
        double share,
        double phoneShare) {

    List<Severity> severities(RequestCategory category) {
        return allowed.get(category);
    }

    HelplineUser callbackAgent() {
        return partnerAgent != null ? partnerAgent : agents.get(0);
    }
}
