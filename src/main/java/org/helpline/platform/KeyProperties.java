package org.helpline.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the secret keys. {@code required}: every key must come from configuration, and the
 * application refuses to start while one is missing; the {@code postgres} profile sets it, so a
 * production database never holds the keys that protect its own data. When false (the embedded
 * default), a key that is not configured is generated once and stored in the database.
 */
@ConfigurationProperties("helpline.keys")
public record KeyProperties(@DefaultValue("false") boolean required) {}
