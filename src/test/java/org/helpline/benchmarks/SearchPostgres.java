package org.helpline.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The same corpus and queries through PostgreSQL full-text search, for comparison: a table of its
 * own ({@code kb_bench}) in the given database, a GIN index on a tsvector per title and per
 * title+body ({@code english} for English, {@code simple} for Polish and Chinese, which
 * PostgreSQL has no dictionary for), prefix queries for suggestions, and for searches the ranked
 * first 10 with {@code ts_headline} snippets plus the total.
 */
final class SearchPostgres implements AutoCloseable {

    private final Connection connection;

    SearchPostgres(String url, String user) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, "");
    }

    long load(List<SearchCorpus.Doc> docs) throws SQLException {
        long started = System.nanoTime();
        try (var statement = connection.createStatement()) {
            statement.execute("drop table if exists kb_bench");
            statement.execute("""
                    create table kb_bench (id uuid primary key, config regconfig not null, language text not null,
                    title text not null, body text not null, title_tsv tsvector, tsv tsvector)""");
        }
        connection.setAutoCommit(false);
        try (var insert = connection.prepareStatement(
                "insert into kb_bench (id, config, language, title, body) values (?, cast(? as regconfig), ?, ?, ?)")) {
            int n = 0;
            for (var doc : docs) {
                insert.setObject(1, doc.id());
                insert.setString(2, config(doc.language().code()));
                insert.setString(3, doc.language().code());
                insert.setString(4, doc.title());
                insert.setString(5, doc.body());
                insert.addBatch();
                if (++n % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (var statement = connection.createStatement()) {
            statement.execute("update kb_bench set title_tsv = to_tsvector('simple', title), "
                    + "tsv = setweight(to_tsvector(config, title), 'A') || to_tsvector(config, body)");
            statement.execute("create index kb_bench_title on kb_bench using gin (title_tsv)");
            statement.execute("create index kb_bench_tsv on kb_bench using gin (tsv)");
            statement.execute("analyze kb_bench");
        }
        connection.commit();
        connection.setAutoCommit(true);
        return (System.nanoTime() - started) / 1_000_000;
    }

    SearchPercentiles suggest(List<String> queries, int runs) throws SQLException {
        var latencies = new long[runs];
        try (var statement = connection.prepareStatement("""
                select id, title from kb_bench where title_tsv @@ to_tsquery('simple', ?) order by language = ? desc limit 8""")) {
            for (int i = 0; i < runs; i++) {
                var query = queries.get(i % queries.size()).split("\\|", 2);
                long start = System.nanoTime();
                statement.setString(1, query[1].replaceAll("[^\\p{L}\\p{N}]", "") + ":*");
                statement.setString(2, query[0]);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(2);
                    }
                }
                latencies[i] = System.nanoTime() - start;
            }
        }
        return SearchPercentiles.of(latencies, runs);
    }

    SearchPercentiles search(List<String> queries, int runs) throws SQLException {
        var latencies = new long[runs];
        try (var page = connection.prepareStatement("""
                with q as (select websearch_to_tsquery(cast(? as regconfig), ?) as query)
                select id, title, ts_headline(config, body, q.query) from kb_bench, q where tsv @@ q.query
                order by ts_rank(tsv, q.query) desc limit 10""");
                var total = connection.prepareStatement(
                        "select count(*) from kb_bench where tsv @@ websearch_to_tsquery(cast(? as regconfig), ?)")) {
            for (int i = 0; i < runs; i++) {
                var query = queries.get(i % queries.size()).split("\\|", 2);
                long start = System.nanoTime();
                page.setString(1, config(query[0]));
                page.setString(2, query[1]);
                try (var rows = page.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(3);
                    }
                }
                total.setString(1, config(query[0]));
                total.setString(2, query[1]);
                try (var rows = total.executeQuery()) {
                    rows.next();
                }
                latencies[i] = System.nanoTime() - start;
            }
        }
        return SearchPercentiles.of(latencies, runs);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private static String config(String language) {
        return "en".equals(language) ? "english" : "simple";
    }
}
