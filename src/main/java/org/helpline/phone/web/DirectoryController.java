package org.helpline.phone.web;

import java.util.Locale;
import org.helpline.phone.internal.PhoneDirectory;
import org.helpline.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** "Phone support" for anyone: pick a country or region and see whom to call, when. */
@Controller
class DirectoryController {

    private final PhoneDirectory directory;

    DirectoryController(PhoneDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/phone")
    String directory(@RequestParam(required = false) String region, Locale locale, Model model) {
        model.addAttribute("entries", directory.entries(locale));
        var selected = region == null || region.isBlank() || region.length() > 8
                ? null
                : directory.entry(region, locale).orElse(null);
        model.addAttribute("selected", selected);
        return "phone/directory";
    }

    @GetMapping("/phone/{code}")
    String region(@PathVariable String code, Locale locale, Model model) {
        if (code.length() > 8) {
            throw new NotFoundException("Country or region", code);
        }
        var selected =
                directory.entry(code, locale).orElseThrow(() -> new NotFoundException("Country or region", code));
        model.addAttribute("entries", directory.entries(locale));
        model.addAttribute("selected", selected);
        return "phone/directory";
    }
}
