package org.helpline;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database of an {@code @ApplicationModuleTest}: on PostgreSQL one of its own, created afresh,
 * because a module booted alone still runs its workers (the outbox, SLA timers) and must not act on
 * the rows of the whole application's tests; on H2 a fresh one as for every test. Module tests close
 * their context after the class ({@code @DirtiesContext}), so only one uses it at a time.
 */
public class ModuleTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        new TestDatabase(TestDatabase.ownDatabase("modules")).initialize(context);
    }
}
