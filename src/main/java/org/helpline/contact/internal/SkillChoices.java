package org.helpline.contact.internal;

import java.util.List;
import java.util.Locale;
import org.helpline.catalog.Catalog;
import org.helpline.catalog.CatalogService;
import org.helpline.shared.HelplineUser;
import org.springframework.stereotype.Component;

/**
 * What a supervisor may tick as an agent's skills: the languages Helpline speaks, and the services
 * of the organisation's catalog named in the reader's language.
 */
@Component
public class SkillChoices {

    private final Catalog catalog;

    SkillChoices(Catalog catalog) {
        this.catalog = catalog;
    }

    public List<String> languages() {
        return SkillRules.LANGUAGES;
    }

    public List<CatalogService> services(HelplineUser supervisor, Locale locale) {
        return catalog.services(supervisor.organisationId(), locale);
    }
}
