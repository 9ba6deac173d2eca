package org.helpline.presales.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.helpline.presales.internal.InquiryLanguage;
import org.helpline.presales.internal.PresalesDesk;
import org.helpline.presales.internal.Received;
import org.helpline.presales.internal.TooManyInquiriesException;
import org.helpline.requests.Channel;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public presales page: a prospect without an account asks a question and gets a
 * reference and a confirmation e-mail in the page's language. {@code ?org=<id>} sends the inquiry to
 * that support organisation instead of the default. After a filing the page redirects to itself and
 * shows the confirmation once.
 */
@Controller
class PresalesController {

    private static final String PAGE = "presales/inquiry";
    private static final String SENT = "presales/sent";

    private final PresalesDesk desk;

    PresalesController(PresalesDesk desk) {
        this.desk = desk;
    }

    /** A country code with its name in the reader's language. */
    record Country(String code, String name) {}

    @GetMapping("/presales")
    String show(@RequestParam(name = "org", required = false) String org, Model model, Locale locale) {
        if (model.containsAttribute("sent")) {
            return SENT;
        }
        var form = new PresalesForm();
        form.setOrganisation(org);
        model.addAttribute("presalesForm", form);
        return page(org, model, locale);
    }

    @PostMapping("/presales")
    String send(
            @ModelAttribute("presalesForm") PresalesForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            var received = desk.receive(
                    form.getOrganisation(),
                    form.inquiry(InquiryLanguage.of(locale)),
                    Channel.PORTAL,
                    request.getRemoteAddr(),
                    null);
            redirect.addFlashAttribute("sent", true);
            redirect.addFlashAttribute("reference", received.reference());
            redirect.addFlashAttribute(
                    "email", received.outcome() == Received.Outcome.DISCARDED ? null : form.getEmail());
            return "redirect:/presales";
        } catch (InvalidInputException e) {
            for (var problem : e.fieldProblems()) {
                if (result.getFieldType(problem.field()) != null
                        && !problem.field().equals("organisation")) {
                    result.rejectValue(problem.field(), "presales.error." + problem.field(), problem.message());
                } else {
                    result.reject("presales.error.form", problem.message());
                }
            }
            return page(form.getOrganisation(), model, locale);
        } catch (TooManyInquiriesException e) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            result.reject("presales.error.tooMany", new Object[] {e.retryAfterMinutes()}, e.getMessage());
            return page(form.getOrganisation(), model, locale);
        }
    }

    private String page(String org, Model model, Locale locale) {
        var organisation = desk.organisation(org).orElseThrow(() -> new NotFoundException("Support organisation", org));
        model.addAttribute("organisation", organisation);
        model.addAttribute("topics", desk.topics(organisation.id(), locale));
        model.addAttribute("countries", countries(locale));
        return PAGE;
    }

    static List<Country> countries(Locale reader) {
        var collator = Collator.getInstance(reader);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(reader)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }
}
