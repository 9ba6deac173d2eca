package org.helpline.requests.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.helpline.requests.Channel;
import org.helpline.requests.Filed;
import org.helpline.requests.NewMessage;
import org.helpline.requests.OpenRequest;
import org.helpline.requests.RequestManagement;
import org.helpline.requests.RequestSearch;
import org.helpline.requests.RequestSearchPage;
import org.helpline.requests.RequestSearches;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.helpline.requests.internal.Assignment;
import org.helpline.requests.internal.Handling;
import org.helpline.requests.internal.Reading;
import org.helpline.requests.internal.SeverityChange;
import org.helpline.requests.internal.StatusChange;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Severity;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Service requests over JSON. Bodies are validated by {@link RequestManagement} after it checked
 * that the caller may file at all, so a user who is not an admin hears that first.
 */
@RestController
@RequestMapping("/api/v1/requests")
class RequestRestController {

    private static final String FILING = """
            As JSON, the request itself. As multipart/form-data, a part named request holding that JSON (Content-Type \
            application/json) and parts named file, attached to the request itself (listed in files of GET \
            /api/v1/requests/{id}). A file over a limit of helpline.attachments refuses the whole request: 413 \
            with limit and value, nothing stored. A retry with the same Idempotency-Key gets 200 and the first \
            request, and stores no files again.""";

    private static final String MESSAGE = """
            As JSON, the message; attachmentIds names files the writer uploaded to this request before (POST \
            .../attachments), which go with it. As multipart/form-data, a part named message holding that JSON \
            (Content-Type application/json) and parts named file. A file over a limit of helpline.attachments \
            refuses the whole message: 413 with limit and value, and nothing of it is kept.""";

    private final RequestManagement requests;
    private final Handling handling;
    private final Reading reading;
    private final RequestSearches searches;
    private final Clock clock;

    RequestRestController(
            RequestManagement requests, Handling handling, Reading reading, RequestSearches searches, Clock clock) {
        this.searches = searches;
        this.handling = handling;
        this.reading = reading;
        this.requests = requests;
        this.clock = clock;
    }

    /** 201 with the new request; a retry with the same {@code Idempotency-Key} gets 200 and the same request. */
    @Operation(summary = "File a request (JSON, or multipart with files)", description = FILING)
    @PostMapping
    ResponseEntity<RequestResponse> open(
            @AuthenticationPrincipal HelplineUser me,
            @RequestBody OpenRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        try {
            return filed(requests.open(me, request, Channel.API, key));
        } catch (DuplicateKeyException concurrentRetry) {
            var first = requests.filedWithKey(me, key).orElseThrow(() -> concurrentRetry);
            return ResponseEntity.ok().body(retried(first));
        }
    }

    @Operation(summary = "File a request (JSON, or multipart with files)", description = FILING)
    @ApiResponse(responseCode = "201", description = "Filed")
    @ApiResponse(responseCode = "413", description = "A limit of helpline.attachments, named by limit and value")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RequestResponse> openWithFiles(
            @AuthenticationPrincipal HelplineUser me,
            @RequestPart("request") OpenRequest request,
            @RequestPart(name = "file", required = false) List<MultipartFile> files,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        try {
            return filed(requests.open(me, request, Channel.API, key, Multiparts.uploads(files)));
        } catch (DuplicateKeyException concurrentRetry) {
            var first = requests.filedWithKey(me, key).orElseThrow(() -> concurrentRetry);
            return ResponseEntity.ok().body(retried(first));
        }
    }

    @Operation(summary = "File a request on behalf of a tenant (channel PHONE)", description = """
            For an AGENT or SUPERVISOR, a tenant of their support organisation, while they hold a caller \
            verification grant for it (the phone module); for a PARTNER_AGENT, a tenant whose partner of record \
            is their partner, handled by the partner. Same rules (R-6, R-18, R-20), SLA clocks, history and audit \
            as POST /api/v1/requests; the requester is the agent and onBehalfOf names the tenant. A retry with \
            the same Idempotency-Key gets 200 and the same request.""")
    @ApiResponse(responseCode = "201", description = "Filed")
    @ApiResponse(responseCode = "400", description = "Bad input, naming the field")
    @ApiResponse(responseCode = "403", description = "Not an agent, or no caller verification grant for the tenant")
    @ApiResponse(responseCode = "404", description = "No such tenant for this agent")
    @ApiResponse(responseCode = "422", description = "A rule of the support terms (R-18, R-20)")
    @PostMapping("/on-behalf")
    ResponseEntity<RequestResponse> openOnBehalf(
            @AuthenticationPrincipal HelplineUser me,
            @RequestBody OnBehalfBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        try {
            return filed(requests.openOnBehalf(me, body.tenantId(), body.request(), key));
        } catch (DuplicateKeyException concurrentRetry) {
            var first = requests.filedWithKey(me, key).orElseThrow(() -> concurrentRetry);
            return ResponseEntity.ok().body(retried(first));
        }
    }

    private RequestResponse retried(ServiceRequest first) {
        return RequestResponse.of(first, reading.sla(first), clock.instant(), requests.relatedIssues(first));
    }

    private ResponseEntity<RequestResponse> filed(Filed filed) {
        var body = RequestResponse.of(filed.request(), filed.sla(), clock.instant(), filed.relatedIssues());
        var location = URI.create("/api/v1/requests/" + filed.request().id());
        return filed.created()
                ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    @Operation(summary = "List the requests the caller may see, newest first; with q, search them", description = """
            With q, the requests whose number, title, description, messages or requester (name, e-mail) match, \
            best first, analysed in Polish, English and Chinese; agents also find words of internal notes, tenant \
            admins never. The filters severity, service and language apply only with q. matches holds each \
            item's title and snippet as safe HTML (escaped, matched words in <mark>). A message is found \
            within 2 s of being written, on every node.""")
    @ApiResponse(responseCode = "400", description = "q blank or over 200 characters, a filter without q, a bad page")
    @GetMapping
    RequestPageResponse list(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) Severity severity,
            @RequestParam(required = false) String service,
            @RequestParam(required = false) String language,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (q != null) {
            return searched(searches.search(me, new RequestSearch(q, status, severity, service, language, page, size)));
        }
        SearchFilters.requireQuery(severity, service, language);
        var found = reading.page(me, status, page, size);
        var now = clock.instant();
        return new RequestPageResponse(
                found.items().stream()
                        .map(item -> RequestResponse.of(item, found.sla(item), now))
                        .toList(),
                found.total(),
                found.page(),
                found.size(),
                null);
    }

    private RequestPageResponse searched(RequestSearchPage found) {
        var now = clock.instant();
        return new RequestPageResponse(
                found.items().stream()
                        .map(item -> RequestResponse.of(item, found.sla(item), now))
                        .toList(),
                found.total(),
                found.page(),
                found.size(),
                found.items().stream().map(found::match).toList());
    }

    @Operation(summary = "Numbers of visible requests that start as typed (typeahead)", description = """
            Up to 8 numbers of requests the caller may see that start with prefix (REQ-2026-00) or whose \
            count does (12 finds REQ-2026-000012 and REQ-2026-000120).""")
    @GetMapping("/numbers")
    java.util.List<String> numbers(@AuthenticationPrincipal HelplineUser me, @RequestParam String prefix) {
        return searches.numbers(me, prefix);
    }

    @GetMapping("/{id}")
    ResponseEntity<RequestResponse> read(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        var details = requests.request(me, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, Versions.etag(details.request().version()))
                .body(RequestResponse.of(details, clock.instant(), requests.relatedIssues(details.request())));
    }

    @Operation(summary = "Add a message (JSON, or multipart with files)", description = MESSAGE)
    @PostMapping("/{id}/messages")
    ResponseEntity<RequestResponse> message(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestBody NewMessage message,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ResponseEntity.status(201)
                .body(changed(requests.addMessage(me, id, versioned(message, ifMatch), List.of())));
    }

    @Operation(summary = "Add a message (JSON, or multipart with files)", description = MESSAGE)
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "413", description = "A limit of helpline.attachments, named by limit and value")
    @PostMapping(path = "/{id}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RequestResponse> messageWithFiles(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestPart("message") NewMessage message,
            @RequestPart(name = "file", required = false) List<MultipartFile> files,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var saved = requests.addMessage(me, id, versioned(message, ifMatch), Multiparts.uploads(files));
        return ResponseEntity.status(201).body(changed(saved));
    }

    private static NewMessage versioned(NewMessage message, String ifMatch) {
        return new NewMessage(
                message.body(),
                message.internal(),
                message.kind(),
                Versions.of(message.version(), ifMatch),
                message.attachmentIds());
    }

    @PostMapping("/{id}/status")
    RequestResponse status(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestBody StatusChange change,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var versioned = new StatusChange(change.status(), change.reason(), Versions.of(change.version(), ifMatch));
        return changed(handling.changeStatus(me, id, versioned));
    }

    @PostMapping("/{id}/severity")
    RequestResponse severity(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestBody SeverityChange change,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var versioned = new SeverityChange(change.severity(), change.reason(), Versions.of(change.version(), ifMatch));
        return changed(handling.changeSeverity(me, id, versioned));
    }

    @PostMapping("/{id}/assign")
    RequestResponse assign(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestBody Assignment assignment,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var versioned = new Assignment(assignment.assigneeId(), Versions.of(assignment.version(), ifMatch));
        return changed(handling.assign(me, id, versioned));
    }

    private RequestResponse changed(ServiceRequest request) {
        return RequestResponse.of(request, reading.sla(request), clock.instant());
    }
}
