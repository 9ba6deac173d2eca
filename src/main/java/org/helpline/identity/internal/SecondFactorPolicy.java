package org.helpline.identity.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who must show a second factor after the password: staff (agents, supervisors, org admins of the
 * provider and partner agents) when {@code helpline.security.staff-second-factor=required}, the
 * users of a tenant that requires it, and anyone who enrolled one. Staff can read every tenant's
 * data, so a password alone is not enough for them in production.
 */
@Component
public class SecondFactorPolicy {

    static final Set<Role> STAFF = EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.ORG_ADMIN, Role.PARTNER_AGENT);

    private final boolean staffRequired;
    private final SecondFactors factors;

    SecondFactorPolicy(
            @Value("${helpline.security.staff-second-factor:optional}") String staffSecondFactor,
            SecondFactors factors) {
        this.staffRequired = parse(staffSecondFactor);
        this.factors = factors;
    }

    /** Whether staff must enrol ({@code required}) or may ({@code optional}). */
    public boolean staffRequired() {
        return staffRequired;
    }

    /** Whether the user must have a second factor: enrolment comes before anything else. */
    public boolean required(HelplineUser user) {
        if (staffRequired && user.hasAny(STAFF)) {
            return true;
        }
        return user.tenantId().map(factors::tenantRequires).orElse(false);
    }

    /** Whether a password alone does not sign the user in: they have a factor or must have one. */
    public boolean asked(HelplineUser user) {
        return factors.hasAny(user.id(), user.login()) || required(user);
    }

    private static boolean parse(String setting) {
        return switch (setting.trim().toLowerCase(Locale.ROOT)) {
            case "required" -> true;
            case "optional" -> false;
            default ->
                throw new IllegalStateException(
                        "helpline.security.staff-second-factor must be required or optional, not " + setting);
        };
    }
}
