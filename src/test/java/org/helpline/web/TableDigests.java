package org.helpline.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fingerprint of every table's rows (their number and a hash of their contents), to show that a
 * series of refused requests left the database as it was: no row added, removed or changed.
 */
final class TableDigests {

    /** The rows of one table: how many, and a hash of all their values. */
    record Digest(int rows, String hash) {}

    private final JdbcClient jdbc;

    TableDigests(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    Map<String, Digest> snapshot() {
        var tables = jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = current_schema() and table_type = 'BASE TABLE'
                        """).query(String.class).list();
        var digests = new TreeMap<String, Digest>();
        for (var table : tables) {
            digests.put(table.toLowerCase(Locale.ROOT), digest(table));
        }
        return digests;
    }

    /**
     * The tables whose digest differs between two snapshots, with both digests; of the tables in
     * {@code countedOnly} only the number of rows counts.
     */
    static Map<String, String> changes(Map<String, Digest> before, Map<String, Digest> after, Set<String> countedOnly) {
        var changes = new TreeMap<String, String>();
        after.forEach((table, digest) -> {
            var earlier = before.get(table);
            boolean same = countedOnly.contains(table)
                    ? earlier != null && earlier.rows() == digest.rows()
                    : digest.equals(earlier);
            if (!same) {
                changes.put(table, earlier + " -> " + digest);
            }
        });
        return changes;
    }

    private Digest digest(String table) {
        var rows = jdbc.sql("select * from " + table)
                .query((resultSet, number) -> {
                    var row = new StringBuilder();
                    for (int column = 1; column <= resultSet.getMetaData().getColumnCount(); column++) {
                        row.append(resultSet.getString(column)).append('\u001f');
                    }
                    return row.toString();
                })
                .list();
        var sorted = new ArrayList<>(rows);
        sorted.sort(null);
        return new Digest(sorted.size(), hash(sorted));
    }

    private static String hash(List<String> rows) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            rows.forEach(row -> sha.update(row.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
