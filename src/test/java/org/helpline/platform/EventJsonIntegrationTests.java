package org.helpline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.json.JsonMapper;

@HelplineIntegrationTest
class EventJsonIntegrationTests {

    record SomethingHappened(UUID id, String number, Instant at) {}

    @Autowired
    EventSerializer serializer;

    @Autowired
    JsonMapper mapper;

    @Test
    void modulithStoresEventsWithTheApplicationsMapper() {
        var event = new SomethingHappened(UUID.randomUUID(), "R-1", Instant.parse("2026-03-02T10:15:30.123456Z"));

        var stored = serializer.serialize(event);

        assertThat(serializer).isInstanceOf(EventJson.class);
        assertThat(stored).isEqualTo(mapper.writeValueAsString(event));
        assertThat(serializer.deserialize(stored, SomethingHappened.class)).isEqualTo(event);
    }
}
