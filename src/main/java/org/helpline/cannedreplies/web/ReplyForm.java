package org.helpline.cannedreplies.web;

import org.helpline.cannedreplies.CannedReply;
import org.helpline.cannedreplies.ReplyAssignment;
import org.helpline.cannedreplies.ReplyDraft;
import org.helpline.cannedreplies.ReplyScope;
import org.helpline.requests.RequestStatus;
import org.helpline.shared.Severity;

/** The form of a canned reply on its page; the module checks it as a {@link ReplyDraft}. */
public class ReplyForm {

    private ReplyScope scope = ReplyScope.PERSONAL;
    private String serviceId;
    private String shortcut;
    private String title;
    private String bodyEn;
    private String bodyPl;
    private String bodyZhCn;
    private RequestStatus setStatus;
    private Severity setSeverity;
    private String severityReason;
    private ReplyAssignment assignment;
    private Long version;

    static ReplyForm of(CannedReply reply) {
        var form = new ReplyForm();
        form.scope = reply.scope();
        form.serviceId = reply.serviceId();
        form.shortcut = reply.shortcut();
        form.title = reply.title();
        form.bodyEn = reply.bodyEn();
        form.bodyPl = reply.bodyPl();
        form.bodyZhCn = reply.bodyZhCn();
        form.setStatus = reply.setStatus();
        form.setSeverity = reply.setSeverity();
        form.severityReason = reply.severityReason();
        form.assignment = reply.assignment();
        form.version = reply.version();
        return form;
    }

    ReplyDraft draft() {
        return new ReplyDraft(
                scope,
                blankToNull(serviceId),
                shortcut == null ? null : shortcut.strip(),
                title,
                bodyEn,
                bodyPl,
                bodyZhCn,
                setStatus,
                setSeverity,
                severityReason,
                assignment,
                version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public ReplyScope getScope() {
        return scope;
    }

    public void setScope(ReplyScope scope) {
        this.scope = scope;
    }

    public String getServiceId() {
        return serviceId;
    }

    public void setServiceId(String serviceId) {
        this.serviceId = serviceId;
    }

    public String getShortcut() {
        return shortcut;
    }

    public void setShortcut(String shortcut) {
        this.shortcut = shortcut;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getBodyPl() {
        return bodyPl;
    }

    public void setBodyPl(String bodyPl) {
        this.bodyPl = bodyPl;
    }

    public String getBodyZhCn() {
        return bodyZhCn;
    }

    public void setBodyZhCn(String bodyZhCn) {
        this.bodyZhCn = bodyZhCn;
    }

    public RequestStatus getSetStatus() {
        return setStatus;
    }

    public void setSetStatus(RequestStatus setStatus) {
        this.setStatus = setStatus;
    }

    public Severity getSetSeverity() {
        return setSeverity;
    }

    public void setSetSeverity(Severity setSeverity) {
        this.setSeverity = setSeverity;
    }

    public String getSeverityReason() {
        return severityReason;
    }

    public void setSeverityReason(String severityReason) {
        this.severityReason = severityReason;
    }

    public ReplyAssignment getAssignment() {
        return assignment;
    }

    public void setAssignment(ReplyAssignment assignment) {
        this.assignment = assignment;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
