package org.helpline.phone.internal;

import java.util.UUID;
import org.helpline.shared.ProblemException;

/** The agent holds no verification grant for the tenant, so its account stays closed. */
public class VerificationRequiredException extends ProblemException {

    public VerificationRequiredException(UUID tenantId) {
        super(
                403,
                "verification-required",
                "Verify the caller before opening the account of tenant " + tenantId
                        + ": the caller must call from a registered number or read back a code.");
    }
}
