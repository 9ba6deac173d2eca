package org.helpline.automation;

import org.helpline.automation.internal.Settings;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException.FieldProblem;
import org.helpline.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automation settings of the signed-in organisation admin's own support organisation, the only
 * one they read or change; every change is audited. The jobs read the settings themselves.
 */
@Service
public class AutomationManagement {

    private final Settings settings;
    private final jakarta.validation.Validator validator;

    AutomationManagement(Settings settings, jakarta.validation.Validator validator) {
        this.settings = settings;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    public AutomationSettings settings(HelplineUser admin) {
        return settings.of(organisationOf(admin));
    }

    /** Saves the settings if nobody changed them since {@code changed.version()} (409 otherwise). */
    @Transactional
    public AutomationSettings change(HelplineUser admin, AutomationSettings changed) {
        var organisation = organisationOf(admin);
        if (changed == null) {
            throw new InvalidInputException("version", "send the settings and the version you read");
        }
        var violations = validator.validate(changed);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(FieldProblem::field))
                    .toList());
        }
        return settings.change(organisation, changed);
    }

    private static String organisationOf(HelplineUser user) {
        if (!user.has(Role.ORG_ADMIN)
                || user.tenantId().isPresent()
                || user.partnerId().isPresent()) {
            throw new ForbiddenException("Only the support organisation's admins set its automation.");
        }
        return user.organisationId();
    }
}
