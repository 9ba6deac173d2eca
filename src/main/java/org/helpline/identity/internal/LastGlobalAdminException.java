package org.helpline.identity.internal;

import java.util.List;
import org.helpline.shared.ProblemException;

/** The change would leave a tenant without an enabled global admin, and so without anyone to manage it. */
public class LastGlobalAdminException extends ProblemException {

    LastGlobalAdminException(String field) {
        super(
                409,
                "last-global-admin",
                "The tenant's last enabled global admin cannot be removed, disabled or demoted.",
                List.of(new FieldProblem(field, "keeps the tenant's last enabled GLOBAL_ADMIN")));
    }
}
