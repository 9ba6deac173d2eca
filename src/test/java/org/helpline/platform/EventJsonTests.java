package org.helpline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventJsonTests {

    enum Severity {
        A,
        B
    }

    record Contact(String email, Boolean available24x7) {}

    record SomethingHappened(UUID id, Severity severity, Contact contact, List<String> tags, Instant at) {}

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final AtomicInteger writes = new AtomicInteger();
    private final EventJson json = new EventJson(() -> {
        writes.incrementAndGet();
        return mapper;
    });

    @Test
    void anEventIsReadBackAsWritten() {
        var event = event();

        var stored = json.serialize(event);

        assertThat(stored).isEqualTo(mapper.writeValueAsString(event));
        assertThat(json.deserialize(stored, SomethingHappened.class)).isEqualTo(event);
    }

    @Test
    void thePublicationsOfOneEventShareItsJson() {
        var event = event();

        var first = json.serialize(event);
        var second = json.serialize(event);
        var third = json.serialize(event);

        assertThat(second).isSameAs(first);
        assertThat(third).isSameAs(first);
        assertThat(writes).hasValue(1);
    }

    @Test
    void anEqualButOtherEventIsWrittenAnew() {
        var event = event();
        var first = json.serialize(event);
        var copy = new SomethingHappened(event.id(), event.severity(), event.contact(), event.tags(), event.at());

        var second = json.serialize(copy);

        assertThat(second).isEqualTo(first).isNotSameAs(first);
        assertThat(writes).hasValue(2);
    }

    @Test
    void anEventAfterAnotherIsNotMistakenForIt() {
        var first = event();
        var second = event();

        json.serialize(first);
        var written = json.serialize(second);

        assertThat(json.deserialize(written, SomethingHappened.class)).isEqualTo(second);
    }

    @Test
    void eachThreadWritesItsOwnEvents() throws Exception {
        var event = event();
        json.serialize(event);

        var otherThread = new Thread(() -> json.serialize(event));
        otherThread.start();
        otherThread.join();

        assertThat(writes).hasValue(2);
    }

    private static SomethingHappened event() {
        return new SomethingHappened(
                UUID.randomUUID(),
                Severity.B,
                new Contact("admin@contoso.example", null),
                List.of("mail", "phone"),
                Instant.parse("2026-03-02T10:15:30.123456Z"));
    }
}
