package org.helpline.phone.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.helpline.phone.internal.EditableRegion;
import org.helpline.phone.internal.RegionChange;
import org.helpline.shared.InvalidInputException;

/**
 * The directory editor's form: numbers one per line ({@code KIND NUMBER | DISPLAY}), hours one
 * per line ({@code SERVICE DAYS HH:mm-HH:mm}), languages separated by commas.
 */
class DirectoryForm {

    private String zone = "";
    private String languages = "";
    private String numbers = "";
    private String hours = "";
    private long version;

    static DirectoryForm of(EditableRegion region) {
        var form = new DirectoryForm();
        form.zone = region.zone();
        form.languages = String.join(", ", region.languages());
        form.numbers = String.join(
                "\n",
                region.numbers().stream()
                        .map(n -> n.kind() + " " + n.number() + (n.display() == null ? "" : " | " + n.display()))
                        .toList());
        form.hours = String.join(
                "\n",
                region.hours().stream()
                        .map(h -> h.service() + " " + h.days() + " " + h.from() + "-" + h.to())
                        .toList());
        form.version = region.version();
        return form;
    }

    RegionChange toChange() {
        var tags = List.of(languages.split(",")).stream()
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
        return new RegionChange(zone.strip(), tags, numberLines(), hourLines(), version);
    }

    private List<RegionChange.NumberInput> numberLines() {
        var result = new ArrayList<RegionChange.NumberInput>();
        var lines = lines(numbers);
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var space = line.indexOf(' ');
            if (space < 0) {
                throw new InvalidInputException("numbers[" + i + "]", "write KIND NUMBER or KIND NUMBER | DISPLAY");
            }
            var rest = line.substring(space + 1);
            var bar = rest.indexOf('|');
            var number = bar < 0 ? rest.strip() : rest.substring(0, bar).strip();
            var display = bar < 0 ? null : rest.substring(bar + 1).strip();
            result.add(new RegionChange.NumberInput(
                    number, display, line.substring(0, space).toUpperCase(Locale.ROOT)));
        }
        return result;
    }

    private List<RegionChange.HoursInput> hourLines() {
        var result = new ArrayList<RegionChange.HoursInput>();
        var lines = lines(hours);
        for (int i = 0; i < lines.size(); i++) {
            var parts = lines.get(i).split("\\s+");
            var times = parts.length == 3 ? parts[2].split("-") : new String[0];
            if (times.length != 2) {
                throw new InvalidInputException("hours[" + i + "]", "write SERVICE DAYS HH:mm-HH:mm");
            }
            result.add(new RegionChange.HoursInput(parts[0], parts[1], times[0], times[1]));
        }
        return result;
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone == null ? "" : zone;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages == null ? "" : languages;
    }

    public String getNumbers() {
        return numbers;
    }

    public void setNumbers(String numbers) {
        this.numbers = numbers == null ? "" : numbers;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours == null ? "" : hours;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
