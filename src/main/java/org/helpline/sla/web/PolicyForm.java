package org.helpline.sla.web;

import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Severity;
import org.helpline.sla.internal.PolicyChange;
import org.helpline.sla.internal.SlaPolicy;
import org.helpline.sla.internal.SlaTarget;
import org.helpline.sla.internal.TargetUnit;

/** The policy form of one (category, severity); an empty wait amount means "never downgraded". */
class PolicyForm {

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

    PolicyChange toChange() {
        var wait = waitAmount == null ? null : target(waitAmount, waitUnit, "waitAmount");
        return new PolicyChange(
                target(targetAmount, targetUnit, "targetAmount"),
                calendarId,
                updateCadenceMinutes,
                wait,
                downgradeTo,
                version);
    }

    private static SlaTarget target(Integer amount, TargetUnit unit, String field) {
        if (amount == null || unit == null) {
            throw new InvalidInputException(field, "is required");
        }
        try {
            return new SlaTarget(amount, unit);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
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
