package org.helpline.catalog.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.helpline.catalog.Catalog;
import org.helpline.catalog.CatalogService;
import org.helpline.catalog.internal.FeatureMatrix;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.RequestCategory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog of the caller's support organisation, in {@code lang} or else the request's locale.
 * The organisation always comes from the principal.
 */
@RestController
@RequestMapping("/api/v1/catalog")
@PreAuthorize("isAuthenticated()")
class CatalogRestController {

    private static final String LANGUAGE_TAG = "[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*";
    private static final String SERVICE_ID = "[a-z0-9-]{1,40}";

    private final Catalog catalog;
    private final MessageSource messages;

    CatalogRestController(Catalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    record CategoryResponse(String id, String name, List<ClassificationResponse> classifications) {}

    record ClassificationResponse(String id, String serviceId, String name) {}

    @GetMapping("/services")
    List<CatalogService> services(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) @Size(max = 35) @Pattern(regexp = LANGUAGE_TAG) String lang) {
        return catalog.services(me.organisationId(), locale(lang));
    }

    @GetMapping("/categories")
    List<CategoryResponse> categories(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) @Size(max = 35) @Pattern(regexp = LANGUAGE_TAG) String lang,
            @RequestParam(required = false) @Pattern(regexp = SERVICE_ID) String serviceId) {
        var locale = locale(lang);
        if (serviceId != null
                && catalog.service(me.organisationId(), serviceId, locale).isEmpty()) {
            throw new InvalidInputException(
                    "serviceId",
                    messages.getMessage("catalog.error.unknownService", null, LocaleContextHolder.getLocale()));
        }
        return Arrays.stream(RequestCategory.values())
                .map(category -> category(me.organisationId(), category, serviceId, locale))
                .toList();
    }

    @GetMapping("/features")
    FeatureMatrix features(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) @Size(max = 35) @Pattern(regexp = LANGUAGE_TAG) String lang) {
        return catalog.featureAvailability(me.organisationId(), locale(lang));
    }

    private CategoryResponse category(
            String organisationId, RequestCategory category, String serviceId, Locale locale) {
        var classifications = catalog.classifications(organisationId, category, serviceId, locale).stream()
                .map(c -> new ClassificationResponse(c.id(), c.serviceId(), c.name()))
                .toList();
        return new CategoryResponse(category.name(), catalog.categoryName(category, locale), classifications);
    }

    private static Locale locale(String lang) {
        if (lang == null || lang.isBlank()) {
            return LocaleContextHolder.getLocale();
        }
        return Locale.forLanguageTag(lang.replace('_', '-'));
    }
}
