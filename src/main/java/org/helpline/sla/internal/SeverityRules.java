package org.helpline.sla.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.tenancy.Contract;

/**
 * R-20 and the advisory offer: severity A only with an advanced contract and only for technical
 * requests; billing at most B; advisory only with the small-business assist contract and at most
 * B. On top of that an organisation offers only the severities it has a policy for.
 */
public final class SeverityRules {

    private SeverityRules() {}

    /** The severities a tenant with {@code contract} may choose, given the severities that have a policy. */
    public static Set<Severity> allowed(RequestCategory category, Contract contract, Collection<Severity> withPolicy) {
        var allowed = EnumSet.noneOf(Severity.class);
        if (category == RequestCategory.ADVISORY && contract != Contract.SMALL_BUSINESS_ASSIST) {
            return allowed;
        }
        for (Severity severity : withPolicy) {
            if (severity != Severity.A || contract == Contract.ADVANCED) {
                allowed.add(severity);
            }
        }
        allowed.removeIf(severity -> capBreakBy(category, severity).isPresent());
        return allowed;
    }

    /** Why no policy may exist for the pair under R-20, or empty when one may. */
    public static Optional<String> capBreakBy(RequestCategory category, Severity severity) {
        if (severity != Severity.A || category == RequestCategory.TECHNICAL) {
            return Optional.empty();
        }
        return Optional.of(
                category == RequestCategory.BILLING
                        ? "R-20: billing and subscription requests are at most severity B"
                        : category == RequestCategory.ADVISORY
                                ? "advisory requests are at most severity B"
                                : "R-20: severity A is only for technical requests");
    }
}
