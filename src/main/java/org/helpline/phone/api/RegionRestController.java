package org.helpline.phone.api;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.helpline.phone.internal.EditableRegion;
import org.helpline.phone.internal.PhoneDirectory;
import org.helpline.phone.internal.RegionChange;
import org.helpline.shared.HelplineUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisation admin's editing of the directory entries whose line the organisation runs. */
@RestController
@RequestMapping("/api/v1/phone/regions")
@PreAuthorize("hasRole('ORG_ADMIN')")
class RegionRestController {

    private final PhoneDirectory directory;

    RegionRestController(PhoneDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    List<EditableRegion> list(@AuthenticationPrincipal HelplineUser me, Locale locale) {
        return directory.regionsOf(me.organisationId(), locale);
    }

    @GetMapping("/{code}")
    EditableRegion read(@AuthenticationPrincipal HelplineUser me, @PathVariable String code, Locale locale) {
        return directory.region(me.organisationId(), code, locale);
    }

    @PutMapping("/{code}")
    EditableRegion change(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable String code,
            @Valid @RequestBody RegionChange change,
            Locale locale) {
        return directory.changeRegion(me.organisationId(), code, change, locale);
    }
}
