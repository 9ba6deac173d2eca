package org.helpline.support.web;

import java.util.List;
import java.util.Locale;
import org.helpline.shared.HelplineUser;
import org.helpline.support.SupportDesk;
import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.TenantProfile;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Support page: the admin's home, or the guidance for users who are not admins. */
@Controller
class SupportController {

    private final SupportDesk desk;

    SupportController(SupportDesk desk) {
        this.desk = desk;
    }

    /** The profile as shown: numbers formatted the way the tenant's country writes them. */
    record ProfileView(
            TenantProfile profile, List<String> phones, String countryName, String languageName, String partnerPhone) {}

    @GetMapping("/support")
    String support(@AuthenticationPrincipal HelplineUser me, Model model) {
        if (me.tenantId().isEmpty()) {
            return "redirect:/";
        }
        if (!me.isTenantAdmin()) {
            model.addAttribute("admins", desk.adminsOf(me));
            model.addAttribute("selfHelp", desk.properties().selfHelpPath());
            model.addAttribute("community", desk.properties().communityUrl());
            return "support/admins-only";
        }
        var home = desk.home(me);
        model.addAttribute("home", home);
        model.addAttribute("view", view(home.profile(), LocaleContextHolder.getLocale()));
        model.addAttribute("organisation", home.organisation());
        model.addAttribute("fallbackPhone", desk.fallbackPhone(me).orElse(null));
        return "support/home";
    }

    private static ProfileView view(TenantProfile profile, Locale viewer) {
        var phones = profile.phones().stream()
                .map(phone -> PhoneNumbers.international(phone.e164()))
                .toList();
        var country = new Locale.Builder().setRegion(profile.country()).build().getDisplayCountry(viewer);
        var language = profile.language().getDisplayName(viewer);
        var partnerPhone = profile.partner() == null
                ? null
                : PhoneNumbers.international(profile.partner().phoneE164());
        return new ProfileView(profile, phones, country, language, partnerPhone);
    }
}
