package org.helpline.presales.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.helpline.presales.internal.InquiryLanguage;
import org.helpline.presales.internal.PresalesDesk;
import org.helpline.presales.internal.TooManyInquiriesException;
import org.helpline.requests.Channel;
import org.helpline.shared.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Presales inquiries over JSON, for prospects without an account: no sign-in, limited per address and client. */
@RestController
class PresalesInquiryRestController {

    private final PresalesDesk desk;

    PresalesInquiryRestController(PresalesDesk desk) {
        this.desk = desk;
    }

    /** The reference (the request number) of a filed inquiry. */
    record InquiryResponse(String reference) {}

    @Operation(summary = "Send a presales inquiry (R-14), without signing in", description = """
            Files a PRESALES request of severity C under the support organisation's Prospects tenant, with the \
            prospect as requester and contact, and e-mails the prospect a confirmation in `language`. At most 3 \
            inquiries per e-mail address and 10 per client address within an hour (429 with Retry-After). A retry \
            with the same Idempotency-Key and e-mail gets 200 and the first reference. With the honeypot field \
            `website` filled, nothing is filed and the answer is 202 without a reference.""")
    @ApiResponse(responseCode = "201", description = "Filed; the body has the reference")
    @ApiResponse(responseCode = "202", description = "The honeypot was filled: nothing filed")
    @ApiResponse(responseCode = "400", description = "Bad input, naming the field")
    @ApiResponse(responseCode = "429", description = "Too many inquiries from the address or the client")
    @PostMapping("/api/v1/presales-inquiries")
    ResponseEntity<InquiryResponse> send(
            @RequestBody InquiryBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            HttpServletRequest request,
            Locale locale) {
        var received = desk.receive(
                body.organisation(),
                body.inquiry(InquiryLanguage.of(locale)),
                Channel.API,
                request.getRemoteAddr(),
                key);
        var status = switch (received.outcome()) {
            case RECEIVED -> HttpStatus.CREATED;
            case REPEATED -> HttpStatus.OK;
            case DISCARDED -> HttpStatus.ACCEPTED;
        };
        return ResponseEntity.status(status).body(new InquiryResponse(received.reference()));
    }

    /** 429 as a problem detail, with the seconds to wait in {@code Retry-After}. */
    @ExceptionHandler(TooManyInquiriesException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyInquiriesException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setType(URI.create(ProblemException.TYPE_BASE + e.slug()));
        problem.setTitle(HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
