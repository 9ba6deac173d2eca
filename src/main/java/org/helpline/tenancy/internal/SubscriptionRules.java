package org.helpline.tenancy.internal;

import java.util.regex.Pattern;
import org.helpline.tenancy.NewSubscription;

/** The rules of a subscription to add: a known-looking offering id, a kind, a positive licence count, a renewal date. */
public final class SubscriptionRules {

    private static final Pattern OFFERING = Pattern.compile(TenantConstraints.OFFERING);

    private SubscriptionRules() {}

    /** The subscription with its offering id trimmed. */
    public static NewSubscription check(NewSubscription subscription) {
        var problems = new Problems();
        var offering = problems.check(() -> TenantRules.required("offering", subscription.offering(), 40));
        if (offering != null && !OFFERING.matcher(offering).matches()) {
            problems.add("offering", "is not an offering id such as business-basic");
        }
        if (subscription.kind() == null) {
            problems.add("kind", "is required");
        }
        if (subscription.licences() < 1 || subscription.licences() > TenantConstraints.MAX_LICENCES) {
            problems.add("licences", "must be between 1 and " + TenantConstraints.MAX_LICENCES);
        }
        if (subscription.renewalDate() == null) {
            problems.add("renewalDate", "is required");
        }
        problems.throwIfAny();
        return new NewSubscription(
                offering,
                subscription.kind(),
                subscription.licences(),
                subscription.renewalDate(),
                subscription.partnerId());
    }
}
