package org.helpline.phone.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory data file shipped in the application ({@code phone/directory-v<n>.json}): the
 * international line and every region of the seed with its zone, languages, numbers and hours.
 */
record DirectoryFile(int release, Line internationalLine, List<Region> regions) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * The shared line for regions without one of their own, with its own zone and hours; release 1
     * of the file has neither, so both may be missing.
     */
    public record Line(String number, String zone, List<String> languages, List<Hours> hours) {}

    /** One region; {@code names} only for territories without a JDK name, {@code organisation} defaults to global. */
    public record Region(
            String code,
            String seedName,
            String zone,
            String phoneRegion,
            Map<String, String> names,
            String organisation,
            List<String> languages,
            List<Number> numbers,
            List<Hours> hours) {}

    /** A number as written in the file. */
    public record Number(String number, String display, String kind) {}

    /** Hours as written in the file. */
    public record Hours(String service, String days, String from, String to) {}

    public static DirectoryFile read(InputStream json) throws IOException {
        return JSON.readValue(json, DirectoryFile.class);
    }
}
