package org.helpline.knowledge.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of self-help. {@code indexDir} holds this node's Lucene indexes (one folder per
 * language); a node whose database is an in-memory H2 keeps its index in a temporary folder, since
 * the index must not outlive its database. {@code pollInterval} is how often the node follows
 * the change log of the database.
 */
@Validated
@ConfigurationProperties("helpline.knowledge")
public record KnowledgeProperties(
        @NotBlank @DefaultValue("./data/index") String indexDir,
        @NotNull @DefaultValue("1s") Duration pollInterval,
        @Min(1) @Max(20) @DefaultValue("8") int suggestions,
        @Min(1) @Max(200) @DefaultValue("10") int pageSize) {}
