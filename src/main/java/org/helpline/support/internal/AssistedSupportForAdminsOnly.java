package org.helpline.support.internal;

import java.util.List;
import java.util.Map;
import org.helpline.identity.AdminContact;
import org.helpline.shared.ProblemException;

/**
 * A user who is not an admin asked for assisted support. The refusal carries what
 * they can do instead: self-help, the community, and the admins of their own organisation.
 */
public class AssistedSupportForAdminsOnly extends ProblemException {

    private final transient Map<String, Object> hints;

    public AssistedSupportForAdminsOnly(List<AdminContact> admins, SupportProperties properties) {
        super(
                403,
                "assisted-support-for-admins-only",
                "Only administrators of your organisation can use assisted support (R-1). "
                        + "Use self-help or the community, or ask one of your admins.");
        this.hints = Map.of(
                "selfHelp", properties.selfHelpPath(),
                "community", properties.communityUrl(),
                "admins",
                        admins.stream()
                                .map(admin -> Map.of("name", admin.name(), "email", admin.email()))
                                .toList());
    }

    @Override
    public Map<String, Object> properties() {
        return hints;
    }
}
