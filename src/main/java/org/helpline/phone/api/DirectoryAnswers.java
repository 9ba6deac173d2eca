package org.helpline.phone.api;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.helpline.phone.internal.PhoneDirectory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole directory answer, serialized once per language, directory revision and minute.
 * Opening hours are whole minutes, so "open now" cannot change within a minute; the answer
 * (about 150 kB for 246 regions) then costs a map lookup instead of building and writing JSON.
 */
@Component
class DirectoryAnswers {

    private final PhoneDirectory directory;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<Locale, Answer> answers = new ConcurrentHashMap<>();

    DirectoryAnswers(PhoneDirectory directory, JsonMapper json, Clock clock) {
        this.directory = directory;
        this.json = json;
        this.clock = clock;
    }

    private record Answer(long revision, long minute, byte[] body) {}

    byte[] all(Locale locale) {
        var minute = clock.millis() / 60_000;
        var revision = directory.revision();
        var answer = answers.get(locale);
        if (answer != null && answer.revision() == revision && answer.minute() == minute) {
            return answer.body();
        }
        var body = json.writeValueAsBytes(directory.entries(locale));
        answers.put(locale, new Answer(revision, minute, body));
        return body;
    }
}
