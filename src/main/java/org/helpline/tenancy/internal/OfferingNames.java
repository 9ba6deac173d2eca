package org.helpline.tenancy.internal;

import java.util.Locale;
import java.util.Map;
import org.helpline.catalog.Catalog;
import org.springframework.stereotype.Component;

/**
 * The names of the plans a tenant can subscribe to, from the organisation's catalog, so that the
 * tenant pages show "Business Premium" where a subscription stores {@code business-premium}.
 */
@Component
public class OfferingNames {

    private final Catalog catalog;

    OfferingNames(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The offerings of {@code organisationId} by id, named in the reader's language, in catalog order. */
    public Map<String, String> of(String organisationId, Locale locale) {
        return catalog.offeringNames(organisationId, locale);
    }
}
