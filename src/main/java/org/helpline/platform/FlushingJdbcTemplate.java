package org.helpline.platform;

import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The application's {@link JdbcTemplate} (Spring Boot's {@code NamedParameterJdbcTemplate} and
 * {@code JdbcClient} are built on it): before any statement it runs, it sends the inserts that
 * {@link DeferredInserts} queued on this thread, so the statement sees them.
 */
@Component
class FlushingJdbcTemplate extends JdbcTemplate {

    private final DeferredInserts inserts;

    FlushingJdbcTemplate(DataSource dataSource, DeferredInserts inserts) {
        super(dataSource);
        this.inserts = inserts;
    }

    /** Called for every statement this template creates, on its connection, before it is executed. */
    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
        inserts.flush();
        super.applyStatementSettings(statement);
    }
}
