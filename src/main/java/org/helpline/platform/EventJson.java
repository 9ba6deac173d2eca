package org.helpline.platform;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How Spring Modulith stores event publications: the same JSON as its own Jackson serializer, from
 * the application's {@link JsonMapper} (or, without one, a mapper like Modulith's default), read
 * back the same way when publications are resubmitted.
 *
 * <p>Modulith's serializer looks the mapper up in the bean factory on every call, and an event
 * with several listeners is serialized once per publication. This one resolves the mapper once
 * and, per thread, keeps the JSON of the last event it wrote: the publications of one event are
 * created one after the other on the publishing thread, so the second and third reuse the first's
 * JSON. Reuse is by identity only, so it relies on events being immutable, as our event records
 * are.
 */
@Component
class EventJson implements EventSerializer {

    private record Written(Object event, String json) {}

    private final Supplier<JsonMapper> mapper;
    private final ThreadLocal<Written> lastWritten = new ThreadLocal<>();

    @Autowired
    EventJson(ObjectProvider<JsonMapper> mapper, ApplicationContext context) {
        this(SingletonSupplier.of(() -> mapper.getIfAvailable(() -> defaultMapper(context))));
    }

    EventJson(Supplier<JsonMapper> mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object serialize(Object event) {
        var last = lastWritten.get();
        if (last != null && last.event() == event) {
            return last.json();
        }
        var json = mapper.get().writeValueAsString(event);
        lastWritten.set(new Written(event, json));
        return json;
    }

    @Override
    public <T> T deserialize(Object serialized, Class<T> type) {
        return mapper.get().readerFor(type).readValue(serialized.toString());
    }

    private static JsonMapper defaultMapper(ApplicationContext context) {
        return JsonMapper.builder()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .addModules(context.getBeansOfType(JacksonModule.class).values())
                .build();
    }
}
