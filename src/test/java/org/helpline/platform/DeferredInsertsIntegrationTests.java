package org.helpline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.helpline.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the test database: PostgreSQL takes the queue in one statement, H2 one by one; any statement
 * of the application's templates sends the queue first. A JDBC slice: the inserts and the template
 * that flushes them, on the test database, each test running its own transactions.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({DeferredInserts.class, FlushingJdbcTemplate.class})
@ContextConfiguration(initializers = TestDatabase.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DeferredInsertsIntegrationTests {

    private static final String INSERT = "insert into deferred_probe (position, label) values (:position, :label)";

    @Autowired
    DeferredInserts inserts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void createTable() {
        jdbc.sql("create table deferred_probe (position int primary key, label varchar(20))")
                .update();
    }

    @AfterEach
    void dropTable() {
        jdbc.sql("drop table deferred_probe").update();
    }

    @Test
    void queuedInsertsAreSentInOrderWhenTheWorkIsDone() {
        transactions.executeWithoutResult(status -> {
            inserts.together(() -> {
                insert(1, "first");
                insert(2, null);
                insert(3, "third");
                return null;
            });
            assertThat(labels()).containsExactly("first", null, "third");
        });
        assertThat(labels()).containsExactly("first", null, "third");
    }

    @Test
    void outsideTheWorkAnInsertRunsAtOnce() {
        transactions.executeWithoutResult(status -> {
            insert(1, "now");
            assertThatThrownBy(() -> insert(1, "duplicate")).isInstanceOf(DataIntegrityViolationException.class);
            status.setRollbackOnly();
        });
    }

    @Test
    void aQueuedInsertWaitsForTheNextStatement() {
        var queuedWithoutError = new AtomicBoolean();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> inserts.together(() -> {
                    insert(1, "first");
                    insert(1, "duplicate");
                    queuedWithoutError.set(true);
                    return labels();
                })))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(queuedWithoutError).isTrue();
    }

    @Test
    void everyStatementSendsTheQueueFirstSoThatItSeesIt() {
        transactions.executeWithoutResult(status -> inserts.together(() -> {
            insert(1, "before");
            assertThat(labels()).containsExactly("before");
            insert(2, "after");
            assertThat(named.queryForList(
                            "select label from deferred_probe where position > :after order by position",
                            Map.of("after", 0),
                            String.class))
                    .containsExactly("before", "after");
            insert(3, "last");
            jdbc.sql("update deferred_probe set label = upper(label)").update();
            return null;
        }));
        assertThat(labels()).containsExactly("BEFORE", "AFTER", "LAST");
    }

    @Test
    void nestedWorkJoinsTheOuterQueue() {
        var innerEndedWithoutError = new AtomicBoolean();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> inserts.together(() -> {
                    insert(1, "outer");
                    inserts.together(() -> {
                        insert(1, "inner duplicate");
                        return null;
                    });
                    innerEndedWithoutError.set(true);
                    return null;
                })))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(innerEndedWithoutError).isTrue();
        assertThat(labels()).isEmpty();
    }

    @Test
    void aFailingQueuedInsertFailsTheWorkAndNothingOfItIsCommitted() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> inserts.together(() -> {
                    insert(1, "kept?");
                    insert(1, "duplicate");
                    return null;
                })))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(labels()).isEmpty();
    }

    @Test
    void workThatThrowsDropsItsQueue() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> inserts.together(() -> {
                    insert(1, "never sent");
                    throw new IllegalStateException("changed my mind");
                })))
                .hasMessage("changed my mind");
        transactions.executeWithoutResult(status -> insert(2, "later"));
        assertThat(labels()).containsExactly("later");
    }

    private void insert(int position, String label) {
        inserts.insert(
                INSERT,
                new MapSqlParameterSource().addValue("position", position).addValue("label", label));
    }

    private List<String> labels() {
        return jdbc.sql("select label from deferred_probe order by position")
                .query((rs, row) -> rs.getString(1))
                .list();
    }
}
