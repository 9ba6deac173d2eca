package org.helpline.automation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.helpline.automation.AutomationSettings;

/** The settings page's form: a blank number of days switches that step off. */
class AutomationForm {

    @Min(1)
    @Max(365)
    private Integer closeResolvedAfterDays;

    @Min(1)
    @Max(365)
    private Integer remindAfterDays;

    private boolean autoAssign;
    private Long version;

    static AutomationForm of(AutomationSettings settings) {
        var form = new AutomationForm();
        form.closeResolvedAfterDays = settings.closeResolvedAfterDays();
        form.remindAfterDays = settings.remindAfterDays();
        form.autoAssign = settings.autoAssign();
        form.version = settings.version();
        return form;
    }

    AutomationSettings settings() {
        return new AutomationSettings(closeResolvedAfterDays, remindAfterDays, autoAssign, version);
    }

    public Integer getCloseResolvedAfterDays() {
        return closeResolvedAfterDays;
    }

    public void setCloseResolvedAfterDays(Integer closeResolvedAfterDays) {
        this.closeResolvedAfterDays = closeResolvedAfterDays;
    }

    public Integer getRemindAfterDays() {
        return remindAfterDays;
    }

    public void setRemindAfterDays(Integer remindAfterDays) {
        this.remindAfterDays = remindAfterDays;
    }

    public boolean isAutoAssign() {
        return autoAssign;
    }

    public void setAutoAssign(boolean autoAssign) {
        this.autoAssign = autoAssign;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
