package org.helpline.requestsearch.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of request search. {@code indexDir} holds this node's Lucene index of requests (a node
 * on an in-memory H2 uses a temporary folder); {@code pollInterval} is how often the node tails the
 * change log, which bounds how late another node's change is found; {@code retention} is how long
 * the change log keeps its rows (a node that was down longer rebuilds its index at start).
 */
@Validated
@ConfigurationProperties("helpline.requestsearch")
public record RequestSearchProperties(
        @NotBlank @DefaultValue("./data/request-index") String indexDir,
        @NotNull @DefaultValue("500ms") Duration pollInterval,
        @NotNull @DefaultValue("7d") Duration retention) {}
