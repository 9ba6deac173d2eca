package org.helpline.phone.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A time zone as a person reads it, for the pages ({@code @phoneZones.name(zone, #locale)}): the
 * zone's name in the viewer's language with the city of its id, "Central European Time (Warsaw)".
 */
@Component("phoneZones")
public class ZoneNames {

    public String name(String zoneId, Locale viewer) {
        try {
            var zone = ZoneId.of(zoneId);
            var city = zoneId.substring(zoneId.lastIndexOf('/') + 1).replace('_', ' ');
            var name = zone.getDisplayName(TextStyle.FULL, viewer);
            if (name.equals(zoneId)) {
                return city;
            }
            return name.substring(0, 1).toUpperCase(viewer) + name.substring(1) + " (" + city + ")";
        } catch (DateTimeException e) {
            return zoneId;
        }
    }
}
