package org.helpline.knowledge.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo articles once (marker {@code demo-articles} in {@code kb_setting}): the whole set
 * into the provider's organisation and the Chinese and English ones into the regional operator's.
 * They are Markdown files with front matter under {@code knowledge/demo/}, imported like any
 * folder.
 */
@Component
@ConditionalOnProperty(name = "helpline.demo-data", havingValue = "true")
class DemoArticles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoArticles.class);

    private final ArticleImport imports;
    private final KnowledgeSettings settings;
    private final TransactionTemplate transaction;

    DemoArticles(ArticleImport imports, KnowledgeSettings settings, PlatformTransactionManager transactions) {
        this.imports = imports;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!args.getNonOptionArgs().isEmpty()
                || settings.find(KnowledgeSettings.DEMO_LOADED).isPresent()) {
            return;
        }
        var claimed = transaction.execute(status -> settings.putIfAbsent(KnowledgeSettings.DEMO_LOADED, "loading"));
        if (!Boolean.TRUE.equals(claimed)) {
            return;
        }
        var files = files();
        var global = imports.importFiles("global", null, files);
        var regional = imports.importFiles(
                "cn",
                null,
                files.stream()
                        .filter(file -> !file.content().contains("\nlanguage: pl"))
                        .toList());
        global.failed().forEach(file -> log.warn("Demo article {} was not loaded: {}", file.file(), file.error()));
        log.info(
                "Loaded {} demo articles for global and {} for cn",
                global.imported().size(),
                regional.imported().size());
    }

    private static List<MarkdownFile> files() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:knowledge/demo/*.md");
        var files = new ArrayList<MarkdownFile>();
        for (var resource : Arrays.stream(resources)
                .sorted(Comparator.comparing(Resource::getFilename))
                .toList()) {
            files.add(new MarkdownFile(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8)));
        }
        return files;
    }
}
