package org.helpline.requestsearch.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The id of this database, made on first use: an index built from another database is rebuilt. */
@Repository
class SearchSettings {

    private static final String DATABASE_ID = "database-id";

    private final JdbcClient jdbc;

    SearchSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String databaseId() {
        return find().orElseGet(() -> {
            try {
                jdbc.sql("insert into request_search_setting (name, setting) values (:name, :value)")
                        .param("name", DATABASE_ID)
                        .param("value", UUID.randomUUID().toString())
                        .update();
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                // the other node's id is as good
            }
            return find().orElseThrow();
        });
    }

    private Optional<String> find() {
        return jdbc.sql("select setting from request_search_setting where name = :name")
                .param("name", DATABASE_ID)
                .query(String.class)
                .optional();
    }
}
