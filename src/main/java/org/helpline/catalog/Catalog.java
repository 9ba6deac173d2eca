package org.helpline.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.helpline.catalog.internal.CatalogCache;
import org.helpline.catalog.internal.CatalogLocales;
import org.helpline.catalog.internal.FeatureMatrix;
import org.helpline.catalog.internal.FeatureRow;
import org.helpline.catalog.internal.LabelKind;
import org.helpline.catalog.internal.Offering;
import org.helpline.catalog.internal.OrganisationCatalog;
import org.helpline.shared.RequestCategory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog of a support organisation in the reader's language: services, request categories
 * and their problem classifications, feature availability per offering and the support scope.
 *
 * <p>Labels exist in pl, en and zh-CN: any Chinese locale reads zh-CN, Polish reads pl,
 * every other locale reads en. The catalog is reference data, kept in memory after first use.
 */
@Service
public class Catalog {

    private final CatalogCache cache;
    private final MessageSource messages;

    Catalog(CatalogCache cache, MessageSource messages) {
        this.cache = cache;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<CatalogService> services(String organisationId, Locale locale) {
        var catalog = cache.of(organisationId);
        var language = CatalogLocales.language(locale);
        return catalog.serviceIds().stream()
                .map(id -> service(catalog, id, language))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<CatalogService> service(String organisationId, String serviceId, Locale locale) {
        var catalog = cache.of(organisationId);
        if (serviceId == null || !catalog.hasService(serviceId)) {
            return Optional.empty();
        }
        return Optional.of(service(catalog, serviceId, CatalogLocales.language(locale)));
    }

    public String categoryName(RequestCategory category, Locale locale) {
        return messages.getMessage(
                "catalog.category." + category.name(), null, category.name(), CatalogLocales.messageLocale(locale));
    }

    /**
     * The classifications of a category in catalog order. With a {@code serviceId}, only those that
     * apply to that service (its own and those of every service); with null, all of them.
     */
    @Transactional(readOnly = true)
    public List<ProblemClassification> classifications(
            String organisationId, RequestCategory category, String serviceId, Locale locale) {
        var catalog = cache.of(organisationId);
        var language = CatalogLocales.language(locale);
        return catalog.classifications().stream()
                .filter(entry -> entry.category() == category)
                .map(entry -> classification(catalog, entry, language))
                .filter(classification -> serviceId == null || classification.appliesTo(serviceId))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<ProblemClassification> classification(
            String organisationId, RequestCategory category, String id, Locale locale) {
        var catalog = cache.of(organisationId);
        return catalog.classifications().stream()
                .filter(entry -> entry.category() == category && entry.id().equals(id))
                .findFirst()
                .map(entry -> classification(catalog, entry, CatalogLocales.language(locale)));
    }

    @Transactional(readOnly = true)
    public FeatureMatrix featureAvailability(String organisationId, Locale locale) {
        var catalog = cache.of(organisationId);
        var language = CatalogLocales.language(locale);
        var offerings = catalog.offeringIds().stream()
                .map(id -> new Offering(id, catalog.label(LabelKind.OFFERING, id, language)))
                .toList();
        var rows = catalog.features().stream()
                .map(feature -> new FeatureRow(
                        feature.serviceId(),
                        feature.id(),
                        catalog.label(LabelKind.FEATURE, feature.id(), language),
                        feature.byOffering()))
                .toList();
        return new FeatureMatrix(offerings, services(organisationId, locale), rows);
    }

    /** The names of the organisation's offerings (the plans a tenant subscribes to) by id, in catalog order. */
    @Transactional(readOnly = true)
    public Map<String, String> offeringNames(String organisationId, Locale locale) {
        var catalog = cache.of(organisationId);
        var language = CatalogLocales.language(locale);
        var names = new LinkedHashMap<String, String>();
        catalog.offeringIds().forEach(id -> names.put(id, catalog.label(LabelKind.OFFERING, id, language)));
        return names;
    }

    @Transactional(readOnly = true)
    public SupportScope supportScope(String organisationId, Locale locale) {
        var catalog = cache.of(organisationId);
        var language = CatalogLocales.language(locale);
        var covered = catalog.scope().stream()
                .filter(OrganisationCatalog.ScopeItem::covered)
                .map(item -> catalog.label(LabelKind.SCOPE, item.id(), language))
                .toList();
        var notCovered = catalog.scope().stream()
                .filter(item -> !item.covered())
                .map(item -> catalog.label(LabelKind.SCOPE, item.id(), language))
                .toList();
        return new SupportScope(covered, notCovered);
    }

    private static CatalogService service(OrganisationCatalog catalog, String id, String language) {
        return new CatalogService(
                id,
                catalog.label(LabelKind.SERVICE, id, language),
                catalog.label(LabelKind.SERVICE_DESCRIPTION, id, language));
    }

    private static ProblemClassification classification(
            OrganisationCatalog catalog, OrganisationCatalog.Classification entry, String language) {
        return new ProblemClassification(
                entry.id(),
                entry.category(),
                entry.serviceId(),
                catalog.label(LabelKind.CLASSIFICATION, entry.id(), language));
    }
}
