package org.helpline.knowledge.internal;

import java.util.Set;
import org.helpline.shared.HelplineUser;

/**
 * What a reader may find: published articles of their own organisation for an audience they
 * belong to. Tenant admins and staff read articles for admins; everyone else only those for everyone.
 */
record Visibility(String organisationId, Set<String> audiences) {

    public static Visibility of(HelplineUser reader) {
        var audiences = reader.isTenantAdmin() || reader.isStaff()
                ? Set.of(Audience.EVERYONE.name(), Audience.ADMINS.name())
                : Set.of(Audience.EVERYONE.name());
        return new Visibility(reader.organisationId(), audiences);
    }

    public boolean admits(org.helpline.knowledge.internal.Article article) {
        return article.organisationId().equals(organisationId)
                && article.published()
                && audiences.contains(article.audience().name());
    }
}
