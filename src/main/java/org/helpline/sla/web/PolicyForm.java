package org.helpline.sla.web;

import java.util.Set;
import org.helpline.shared.Severity;
import org.helpline.sla.internal.PolicyChange;
import org.helpline.sla.internal.SlaPolicy;
import org.helpline.sla.internal.SlaTarget;
import org.helpline.sla.internal.TargetUnit;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/** The policy form of one (category, severity); an empty wait amount means "never downgraded". */
class PolicyForm {

    static final int MAX_CADENCE_MINUTES = 7 * 24 * 60;

    private Integer targetAmount;
    private TargetUnit targetUnit = TargetUnit.BUSINESS_DAYS;
    private String calendarId;
    private Integer updateCadenceMinutes;
    private Integer waitAmount;
    private TargetUnit waitUnit = TargetUnit.BUSINESS_DAYS;
    private Severity downgradeTo;
    private long version;

    static PolicyForm of(SlaPolicy policy) {
        var form = new PolicyForm();
        form.targetAmount = policy.firstResponse().amount();
        form.targetUnit = policy.firstResponse().unit();
        form.calendarId = policy.calendarId();
        form.updateCadenceMinutes = policy.updateCadenceMinutes();
        if (policy.customerWait() != null) {
            form.waitAmount = policy.customerWait().amount();
            form.waitUnit = policy.customerWait().unit();
        }
        form.downgradeTo = policy.downgradeTo();
        form.version = policy.version();
        return form;
    }

    /**
     * The change the form asks for, or null when {@code errors} now holds every field that is
     * wrong; {@code calendarIds} are the calendars of the organisation.
     */
    PolicyChange check(Severity severity, Set<String> calendarIds, Errors errors) {
        var firstResponse = target(targetAmount, targetUnit);
        if (firstResponse == null && !errors.hasFieldErrors("targetAmount")) {
            errors.rejectValue("targetAmount", "sla.error.policy.targetAmount");
        }
        if (calendarId == null || !calendarIds.contains(calendarId)) {
            errors.rejectValue("calendarId", "sla.error.policy.calendarId");
        }
        if (updateCadenceMinutes != null && severity != Severity.A) {
            errors.rejectValue("updateCadenceMinutes", "sla.error.policy.cadenceOnlyA");
        } else if (updateCadenceMinutes != null
                && (updateCadenceMinutes < 1 || updateCadenceMinutes > MAX_CADENCE_MINUTES)) {
            errors.rejectValue("updateCadenceMinutes", "sla.error.policy.updateCadenceMinutes");
        }
        var wait = waitAmount == null ? null : target(waitAmount, waitUnit);
        if (waitAmount != null && wait == null && !errors.hasFieldErrors("waitAmount")) {
            errors.rejectValue("waitAmount", "sla.error.policy.waitAmount");
        }
        if ((waitAmount == null) != (downgradeTo == null)) {
            errors.rejectValue("downgradeTo", "sla.error.policy.downgradeTogether");
        } else if (downgradeTo != null && !downgradeTo.isLessSevereThan(severity)) {
            errors.rejectValue(
                    "downgradeTo",
                    "sla.error.policy.downgradeLower",
                    new Object[] {new DefaultMessageSourceResolvable("sla.severity." + severity)},
                    null);
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new PolicyChange(firstResponse, calendarId, updateCadenceMinutes, wait, downgradeTo, version);
    }

    /** The target, or null when the amount is missing or out of range for the unit. */
    private static SlaTarget target(Integer amount, TargetUnit unit) {
        if (amount == null || unit == null) {
            return null;
        }
        try {
            return new SlaTarget(amount, unit);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Integer getTargetAmount() {
        return targetAmount;
    }

    public void setTargetAmount(Integer targetAmount) {
        this.targetAmount = targetAmount;
    }

    public TargetUnit getTargetUnit() {
        return targetUnit;
    }

    public void setTargetUnit(TargetUnit targetUnit) {
        this.targetUnit = targetUnit;
    }

    public String getCalendarId() {
        return calendarId;
    }

    public void setCalendarId(String calendarId) {
        this.calendarId = calendarId;
    }

    public Integer getUpdateCadenceMinutes() {
        return updateCadenceMinutes;
    }

    public void setUpdateCadenceMinutes(Integer updateCadenceMinutes) {
        this.updateCadenceMinutes = updateCadenceMinutes;
    }

    public Integer getWaitAmount() {
        return waitAmount;
    }

    public void setWaitAmount(Integer waitAmount) {
        this.waitAmount = waitAmount;
    }

    public TargetUnit getWaitUnit() {
        return waitUnit;
    }

    public void setWaitUnit(TargetUnit waitUnit) {
        this.waitUnit = waitUnit;
    }

    public Severity getDowngradeTo() {
        return downgradeTo;
    }

    public void setDowngradeTo(Severity downgradeTo) {
        this.downgradeTo = downgradeTo;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
