package org.helpline.phone.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.StaleEditException;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phone directory: every country and region with its numbers, hours and languages,
 * for anyone, and its editing by the admins of the organisation that runs each region's line.
 *
 * <p>The public reads are served from an in-memory cache and open no transaction: the directory
 * is reference data, and a database round trip per page would only add latency.
 */
@Service
public class PhoneDirectory {

    private final DirectoryCache cache;
    private final Regions regions;
    private final AuditTrail auditTrail;
    private final TenantManagement tenants;
    private final Clock clock;

    PhoneDirectory(
            DirectoryCache cache, Regions regions, AuditTrail auditTrail, TenantManagement tenants, Clock clock) {
        this.cache = cache;
        this.regions = regions;
        this.auditTrail = auditTrail;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The country of the user's tenant, the region a tenant's user most likely calls from. */
    public Optional<String> homeRegion(HelplineUser user) {
        if (user == null) {
            return Optional.empty();
        }
        return user.tenantId().map(tenantId -> tenants.profile(tenantId).country());
    }

    /** Every region named in {@code locale}, sorted by that name, with "open now" as of the clock. */
    public List<DirectoryEntry> entries(Locale locale) {
        return cache.in(locale).entries(clock.instant());
    }

    /**
     * A stamp of the directory's content: answers built from the same stamp and language within
     * the same minute are equal (hours are whole minutes), so they may be cached.
     */
    public long revision() {
        return cache.snapshot().revision();
    }

    public Optional<DirectoryEntry> entry(String code, Locale locale) {
        return code == null ? Optional.empty() : cache.in(locale).entry(code.toUpperCase(Locale.ROOT), clock.instant());
    }

    /** The regions whose line {@code organisationId} runs, for its admins, sorted by name. */
    @Transactional(readOnly = true)
    public List<EditableRegion> regionsOf(String organisationId, Locale locale) {
        return cache.snapshot().regions().stream()
                .filter(region -> region.organisationId().equals(organisationId))
                .map(region -> editable(region, locale))
                .sorted(Comparator.comparing(EditableRegion::name, java.text.Collator.getInstance(locale)))
                .toList();
    }

    @Transactional(readOnly = true)
    public EditableRegion region(String organisationId, String code, Locale locale) {
        return editable(own(organisationId, code), locale);
    }

    /**
     * Replaces a region's numbers, hours, languages and zone after checking every number.
     *
     * @throws StaleEditException when someone changed the region since {@code change.version()}
     */
    @Transactional
    public EditableRegion changeRegion(String organisationId, String code, RegionChange change, Locale locale) {
        var current = own(organisationId, code);
        CheckedRegion checked = RegionRules.check(current.phoneRegion(), change);
        if (current.version() != change.version() || !regions.change(current.code(), change.version(), checked)) {
            throw new StaleEditException("Region", current.code());
        }
        regions.bumpRevision();
        auditTrail.record("phone.directory-changed", null, current.code(), describe(checked));
        cache.invalidate();
        return editable(regions.find(current.code()).orElseThrow(), locale);
    }

    private RegionRecord own(String organisationId, String code) {
        var wanted = code == null ? "" : code.toUpperCase(Locale.ROOT);
        return regions.find(wanted)
                .filter(region -> region.organisationId().equals(organisationId))
                .orElseThrow(() -> new NotFoundException("Region", code));
    }

    private static EditableRegion editable(RegionRecord region, Locale locale) {
        return new EditableRegion(
                region.code(),
                RegionNames.name(region, locale),
                region.organisationId(),
                region.zone().getId(),
                region.languages(),
                region.numbers().stream()
                        .map(n -> new RegionChange.NumberInput(
                                n.e164(), n.display(), n.kind().name()))
                        .toList(),
                region.hours().stream()
                        .map(h -> new RegionChange.HoursInput(h.service().name(), h.days(), h.from(), h.to()))
                        .toList(),
                region.version());
    }

    private static String describe(HoursRule rule) {
        return rule.service() + " " + rule.days() + " " + rule.from() + "-" + rule.to();
    }

    private static AuditDetails describe(CheckedRegion checked) {
        var numbers =
                checked.numbers().stream().map(n -> n.e164() + " " + n.kind()).toList();
        var hours = checked.hours().stream().map(PhoneDirectory::describe).toList();
        return AuditDetails.of("zone", checked.zone())
                .and("languages", checked.languages())
                .and("numbers", numbers)
                .and("hours", hours);
    }
}
