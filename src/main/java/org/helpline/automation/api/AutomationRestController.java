package org.helpline.automation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.helpline.automation.AutomationManagement;
import org.helpline.automation.AutomationSettings;
import org.helpline.shared.HelplineUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The routine automation of the caller's support organisation (organisation admins). */
@RestController
@RequestMapping("/api/v1/automation/settings")
@PreAuthorize("hasRole('ORG_ADMIN')")
class AutomationRestController {

    private final AutomationManagement automation;

    AutomationRestController(AutomationManagement automation) {
        this.automation = automation;
    }

    @Operation(summary = "The automation settings of the caller's support organisation", description = """
            closeResolvedAfterDays and remindAfterDays are whole days (null: off); autoAssign gives new requests \
            to the agents at work with the skills they need and the fewest open requests, in turn. Version 0: \
            the organisation still has the defaults (helpline.automation.*).""")
    @GetMapping
    AutomationSettings read(@AuthenticationPrincipal HelplineUser me) {
        return automation.settings(me);
    }

    @Operation(summary = "Change the automation settings of the caller's support organisation")
    @ApiResponse(responseCode = "200", description = "The settings as saved, with their new version")
    @ApiResponse(responseCode = "400", description = "Bad input, naming the field (1 to 365 days, version)")
    @ApiResponse(responseCode = "403", description = "Not an organisation admin")
    @ApiResponse(responseCode = "409", description = "The settings changed since the caller read them")
    @PutMapping
    AutomationSettings change(@AuthenticationPrincipal HelplineUser me, @RequestBody AutomationSettings settings) {
        return automation.change(me, settings);
    }
}
