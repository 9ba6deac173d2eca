package org.helpline.identity.internal;

import java.util.List;
import org.helpline.shared.ProblemException;

/** Another tenant's provider already owns the domain: one address must lead to one provider. */
public class SsoDomainTakenException extends ProblemException {

    SsoDomainTakenException(String domain) {
        super(
                409,
                "domain-taken",
                "The domain " + domain + " belongs to another tenant's single sign-on.",
                List.of(new FieldProblem("domains", domain + " belongs to another tenant")));
    }
}
