package org.helpline.phone.api;

import java.time.Duration;
import java.util.Locale;
import org.helpline.phone.internal.DirectoryEntry;
import org.helpline.phone.internal.PhoneDirectory;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public phone directory: no sign-in needed. {@code lang} is pl, en or zh-CN (default: the request's). */
@RestController
@RequestMapping("/api/v1/phone/directory")
class DirectoryRestController {

    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final PhoneDirectory directory;
    private final DirectoryAnswers answers;

    DirectoryRestController(PhoneDirectory directory, DirectoryAnswers answers) {
        this.directory = directory;
        this.answers = answers;
    }

    /** Every region: a JSON array of {@link DirectoryEntry}. */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> all(@RequestParam(required = false) String lang, Locale locale) {
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .contentType(MediaType.APPLICATION_JSON)
                .body(answers.all(language(lang, locale)));
    }

    @GetMapping("/{code}")
    ResponseEntity<DirectoryEntry> one(
            @PathVariable String code, @RequestParam(required = false) String lang, Locale locale) {
        if (code.length() > 8) {
            throw new InvalidInputException("code", "is not a country or region code");
        }
        var entry = directory
                .entry(code, language(lang, locale))
                .orElseThrow(() -> new NotFoundException("Country or region", code));
        return ResponseEntity.ok().cacheControl(CACHE).body(entry);
    }

    /** The language asked for with {@code lang}, else the request's, as one of pl, en and zh-CN. */
    static Locale language(String lang, Locale fallback) {
        if (lang == null || lang.isBlank()) {
            return switch (fallback.getLanguage()) {
                case "pl" -> Locale.forLanguageTag("pl");
                case "zh" -> Locale.SIMPLIFIED_CHINESE;
                default -> Locale.ENGLISH;
            };
        }
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "pl" -> Locale.forLanguageTag("pl");
            case "en" -> Locale.ENGLISH;
            case "zh", "zh-cn", "zh_cn" -> Locale.SIMPLIFIED_CHINESE;
            default -> throw new InvalidInputException("lang", "must be pl, en or zh-CN");
        };
    }
}
