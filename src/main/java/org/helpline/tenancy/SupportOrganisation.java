package org.helpline.tenancy;

import java.time.ZoneId;
import java.util.Locale;

/**
 * Who gives support: the provider itself ({@code global}) or a regional operator ({@code cn}),
 * with its own country, time zone and default language.
 */
public record SupportOrganisation(
        String id, String name, String kind, String country, ZoneId zone, Locale defaultLanguage) {}
