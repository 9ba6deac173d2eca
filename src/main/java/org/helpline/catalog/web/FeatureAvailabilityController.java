package org.helpline.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.helpline.catalog.Catalog;
import org.helpline.catalog.CatalogService;
import org.helpline.catalog.internal.Availability;
import org.helpline.catalog.internal.FeatureRow;
import org.helpline.shared.HelplineUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows the signed-in user which features each offering of their support organisation has. */
@Controller
class FeatureAvailabilityController {

    /** The badge colour of each availability; the words and symbols say the same for those who do not see colours. */
    private static final Map<Availability, String> BADGES = Map.of(
            Availability.INCLUDED, "text-bg-success",
            Availability.ADD_ON, "text-bg-info",
            Availability.NOT_AVAILABLE, "text-bg-light border");

    private final Catalog catalog;

    FeatureAvailabilityController(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The features of one service, as one table of the page. */
    record ServiceTable(CatalogService service, List<FeatureRow> rows) {}

    @GetMapping("/features")
    @PreAuthorize("isAuthenticated()")
    String features(@AuthenticationPrincipal HelplineUser me, Locale locale, Model model) {
        var matrix = catalog.featureAvailability(me.organisationId(), locale);
        var tables = matrix.services().stream()
                .map(service -> new ServiceTable(service, matrix.rowsOf(service.id())))
                .filter(table -> !table.rows().isEmpty())
                .toList();
        model.addAttribute("offerings", matrix.offerings());
        model.addAttribute("availabilities", Availability.values());
        model.addAttribute("badges", BADGES);
        model.addAttribute("tables", tables);
        return "catalog/features";
    }
}
