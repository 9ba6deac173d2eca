/**
 * Infrastructure the modules share, and no domain: the db-scheduler instance that runs durable timers
 * and recurring jobs; {@link org.helpline.platform.StoredKeys} and {@link org.helpline.platform.KeyRing}
 * for the secret keys phone, notify and surveys hash, sign and encrypt with; {@link
 * org.helpline.platform.Caches} (Caffeine, with evictions sent to every node through PostgreSQL
 * LISTEN/NOTIFY); {@link org.helpline.platform.DeferredInserts}, whose queued rows the application's
 * one {@link org.helpline.platform.FlushingJdbcTemplate} sends before any other statement; {@link
 * org.helpline.platform.ModuleEventListener}, the one way a module handles another's events (in the
 * publisher's transaction); {@link org.helpline.platform.DaemonThreads} for background work; {@link
 * org.helpline.platform.HistoryWriting}, which marks the thread that writes the demo's past; the
 * safe {@link org.helpline.platform.Markdown} renderer; and {@link org.helpline.platform.PlainText},
 * the text of an HTML e-mail; for the per-node Lucene indexes that follow a change log, {@link
 * org.helpline.platform.TextAnalyzers} (Polish, English, Chinese), {@link
 * org.helpline.platform.ChangeCursor} and {@link org.helpline.platform.IndexFolder}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.helpline.platform;
