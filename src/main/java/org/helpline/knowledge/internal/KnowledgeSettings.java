package org.helpline.knowledge.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Named settings of the module, written once: the database id and the demo marker. */
@Repository
class KnowledgeSettings {

    static final String DATABASE_ID = "database-id";
    public static final String DEMO_LOADED = "demo-articles";

    private final JdbcClient jdbc;

    KnowledgeSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> find(String name) {
        return jdbc.sql("select setting from kb_setting where name = :name")
                .param("name", name)
                .query(String.class)
                .optional();
    }

    /** Writes the setting unless it exists; true when this call wrote it. */
    public boolean putIfAbsent(String name, String value) {
        if (find(name).isPresent()) {
            return false;
        }
        try {
            return jdbc.sql("insert into kb_setting (name, setting) values (:name, :value)")
                            .param("name", name)
                            .param("value", value)
                            .update()
                    == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The id of this database, made on first use; an index built from another database is rebuilt. */
    String databaseId() {
        putIfAbsent(DATABASE_ID, UUID.randomUUID().toString());
        return find(DATABASE_ID).orElseThrow();
    }
}
