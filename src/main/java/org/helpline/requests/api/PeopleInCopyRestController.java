package org.helpline.requests.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.UUID;
import org.helpline.requests.PersonInCopy;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.HelplineUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The people in copy of a request over JSON: a tenant admin's colleagues and the agents' watchers. */
@RestController
@RequestMapping("/api/v1/requests/{id}/cc")
class PeopleInCopyRestController {

    private static final String WHO = """
             A tenant admin sees and changes the colleagues of their tenant in copy; agents and \
            supervisors (partner agents for requests their partner handles) also see and change the \
            watchers of their side. A request the caller may not see answers 404.""";

    private final RequestManagement requests;

    PeopleInCopyRestController(RequestManagement requests) {
        this.requests = requests;
    }

    /** The body of adding someone: their e-mail address, which is their login. */
    record CopyBody(String email) {}

    @Operation(summary = "The people in copy of a request", description = WHO)
    @ApiResponse(responseCode = "200", description = "The people in copy; staff is true for a watcher")
    @ApiResponse(responseCode = "404", description = "No such request for the caller")
    @GetMapping
    List<PersonInCopy> list(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        return requests.peopleInCopy(me, id);
    }

    @Operation(summary = "Put a colleague in copy of a request", description = """
            They get the request's e-mails from now on and may answer them by e-mail like the \
            requester. A tenant admin copies an enabled user of the same tenant; an agent copies a \
            colleague of the side that handles the request (staff of the organisation, or the \
            partner's agents) as a watcher the customer does not see. Adding someone already in \
            copy changes nothing. Recorded in the request's history and the audit trail.""" + WHO)
    @ApiResponse(responseCode = "201", description = "In copy; the people in copy now")
    @ApiResponse(responseCode = "400", description = "email missing, or not a colleague the caller may copy")
    @ApiResponse(responseCode = "404", description = "No such request for the caller")
    @ApiResponse(responseCode = "422", description = "The request is closed (request-not-open)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    List<PersonInCopy> add(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, @RequestBody CopyBody body) {
        return requests.addPersonInCopy(me, id, body == null ? null : body.email());
    }

    @Operation(summary = "Take someone out of copy of a request", description = """
            Each side removes only the people it added: an agent taking out a tenant's colleague is \
            refused (403). Recorded in the request's history and the audit trail.""" + WHO)
    @ApiResponse(responseCode = "200", description = "Removed; the people in copy now")
    @ApiResponse(responseCode = "403", description = "Someone the other side added")
    @ApiResponse(responseCode = "404", description = "No such request, or nobody in copy with that address")
    @DeleteMapping("/{email:.+}")
    List<PersonInCopy> remove(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, @PathVariable String email) {
        return requests.removePersonInCopy(me, id, email);
    }
}
