package org.helpline.requests.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.platform.Markdown;
import org.helpline.requests.AuthorSide;
import org.helpline.requests.MessageKind;
import org.helpline.requests.RequestLink;
import org.helpline.requests.RequestMessage;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.sla.SlaManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Linking requests of one tenant and merging duplicates. Both requests must be visible to the
 * caller and belong to the same tenant; a number the caller may not see, or of another tenant, is
 * "not found" (404) exactly as a number that does not exist. Anyone who sees both links them;
 * merging is for agents: the merged request's thread and files move to the end of the survivor's,
 * it is closed with a note to its requester (the closing e-mail), and it keeps its number, which
 * leads to the survivor.
 */
@Component
public class Linking {

    private final Revisions revisions;
    private final RequestLinks links;
    private final Viewers viewers;
    private final Validation validation;
    private final SlaManagement sla;
    private final MessageSource texts;

    Linking(
            Revisions revisions,
            RequestLinks links,
            Viewers viewers,
            Validation validation,
            SlaManagement sla,
            MessageSource texts) {
        this.revisions = revisions;
        this.links = links;
        this.viewers = viewers;
        this.validation = validation;
        this.sla = sla;
        this.texts = texts;
    }

    @Transactional(readOnly = true)
    public List<RequestLink> links(HelplineUser user, UUID id) {
        var request = revisions.visible(viewers.of(user), id);
        return links.of(request.tenantId(), request.id());
    }

    /** The links of a request the caller has just read (and so may see). */
    @Transactional(readOnly = true)
    public List<RequestLink> linksOf(ServiceRequest request) {
        return links.of(request.tenantId(), request.id());
    }

    /** The number of a request the user may see. */
    @Transactional(readOnly = true)
    public String numberOf(HelplineUser user, UUID id) {
        return revisions.visible(viewers.of(user), id).number();
    }

    /** The request {@code id} was merged into, when the user may see both; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<UUID> survivor(HelplineUser user, UUID id) {
        var viewer = viewers.of(user);
        return revisions
                .visibleOptional(viewer, id)
                .flatMap(request -> links.survivorOf(request.tenantId(), request.id()))
                .filter(survivor -> revisions.visibleOptional(viewer, survivor).isPresent());
    }

    @Transactional
    public List<RequestLink> link(HelplineUser user, UUID id, LinkChange change) {
        var viewer = viewers.of(user);
        var request = revisions.visible(viewer, id);
        validation.check(change);
        if (!change.kind().byHand()) {
            throw new InvalidInputException("kind", "must be RELATED or DUPLICATE");
        }
        var other = other(viewer, request, change.number(), "number");
        if (links.link(request.tenantId(), request.id(), other.id(), change.kind(), viewer.userId(), revisions.now())) {
            var details = AuditDetails.of("kind", change.kind());
            revisions.record(
                    request,
                    revisions.change(viewer, "LINKED", change.kind().name(), other.number(), null, false),
                    "request.linked",
                    details.and("with", other.number()));
            revisions.record(
                    other,
                    revisions.change(viewer, "LINKED", change.kind().name(), request.number(), null, false),
                    "request.linked",
                    details.and("with", request.number()));
        }
        return links.of(request.tenantId(), request.id());
    }

    @Transactional
    public List<RequestLink> unlink(HelplineUser user, UUID id, String number) {
        var viewer = viewers.of(user);
        var request = revisions.visible(viewer, id);
        var other = other(viewer, request, number, "number");
        if (links.unlink(request.tenantId(), request.id(), other.id())) {
            revisions.record(
                    request,
                    revisions.change(viewer, "UNLINKED", null, other.number(), null, false),
                    "request.unlinked",
                    AuditDetails.of("with", other.number()));
            revisions.record(
                    other,
                    revisions.change(viewer, "UNLINKED", null, request.number(), null, false),
                    "request.unlinked",
                    AuditDetails.of("with", request.number()));
        }
        return links.of(request.tenantId(), request.id());
    }

    /** Merges request {@code id} into the one numbered {@code change.into()}, and returns the survivor as stored. */
    @Transactional
    public ServiceRequest merge(HelplineUser agent, UUID id, MergeChange change) {
        var viewer = viewers.of(agent);
        var merged = revisions.visible(viewer, id);
        if (!viewer.isAgent()) {
            throw new ForbiddenException("Only agents merge requests.");
        }
        validation.check(change);
        revisions.checkVersion(merged, change.version());
        var survivor = other(viewer, merged, change.into(), "into");
        if (merged.status() == RequestStatus.CLOSED) {
            throw RuleViolated.notOpen(merged.status());
        }
        if (survivor.status() == RequestStatus.CLOSED) {
            throw new InvalidInputException("into", "is closed: merge into an open or resolved request");
        }
        var now = revisions.now();
        var note = text("requests.merge.note", merged, survivor.number());
        var closed = RequestState.of(merged).moveTo(RequestStatus.CLOSED, true, note, now);
        if (merged.status().isOpen()) {
            sla.stop(merged.id(), now);
        }
        var keptSurvivor = revisions.save(survivor, RequestState.of(survivor));
        var moved = links.merge(merged.tenantId(), merged.id(), survivor.id(), viewer.userId(), now);
        var savedMerged = revisions.save(merged, closed);
        revisions.statusChanged(
                savedMerged,
                merged.status(),
                revisions.change(viewer, "STATUS", merged.status().name(), RequestStatus.CLOSED.name(), note, false));
        revisions.record(
                savedMerged,
                revisions.change(viewer, "MERGED", null, survivor.number(), null, false),
                "request.merged",
                AuditDetails.of("into", survivor.number()).and("messages", moved));
        revisions.record(
                keptSurvivor,
                revisions.change(viewer, "MERGED_IN", merged.number(), null, null, false),
                "request.merge-received",
                AuditDetails.of("from", merged.number()).and("messages", moved));
        revisions.addMessage(
                keptSurvivor,
                notice(survivor, merged.number(), now),
                text("requests.merge.received", survivor, merged.number()));
        return requestAsStored(keptSurvivor);
    }

    private ServiceRequest requestAsStored(ServiceRequest survivor) {
        return revisions.visibleForSystem(survivor.id());
    }

    private RequestMessage notice(ServiceRequest survivor, String mergedNumber, java.time.Instant now) {
        var body = text("requests.merge.received", survivor, mergedNumber);
        return new RequestMessage(
                UUID.randomUUID(),
                now,
                null,
                text("requests.system.author", survivor, mergedNumber),
                AuthorSide.SYSTEM,
                MessageKind.SYSTEM,
                false,
                Markdown.message(body));
    }

    /**
     * The other request by its number: visible to the viewer, of the same tenant, and not the
     * request itself.
     *
     * @throws NotFoundException otherwise, naming the number only as the caller wrote it
     */
    private ServiceRequest other(Viewer viewer, ServiceRequest request, String number, String field) {
        if (number == null || number.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        var found = links.visibleByNumber(viewer, request.tenantId(), number.strip())
                .orElseThrow(() -> new NotFoundException("Request", number.strip()));
        if (found.id().equals(request.id())) {
            throw new InvalidInputException(field, "names this request itself");
        }
        return found;
    }

    private String text(String code, ServiceRequest request, String number) {
        var locale = Locale.forLanguageTag(request.contact().language());
        return texts.getMessage(code, new Object[] {number, request.number()}, locale);
    }
}
