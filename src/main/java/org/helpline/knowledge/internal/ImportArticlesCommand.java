package org.helpline.knowledge.internal;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar helpline.jar import-articles DIR [--organisation=global]}: imports the folder's
 * Markdown files, prints one line per file (broken files with the reason), and ends the
 * application with exit code 0 when every file was imported, 1 when some were not, 2 when the folder
 * cannot be read. A call with a wrong number of words never gets here: {@code HelplineApplication}
 * prints the usage and ends with exit code 2 before the application starts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportArticlesCommand implements ApplicationRunner {

    static final String COMMAND = "import-articles";
    private static final Logger log = LoggerFactory.getLogger(ImportArticlesCommand.class);

    private final ArticleImport imports;
    private final ConfigurableApplicationContext context;

    ImportArticlesCommand(ArticleImport imports, ConfigurableApplicationContext context) {
        this.imports = imports;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        var words = args.getNonOptionArgs();
        if (words.size() != 2 || !COMMAND.equals(words.get(0))) {
            return;
        }
        int code = runImport(Path.of(words.get(1)), organisation(args));
        ExitCodeGenerator exit = () -> code;
        System.exit(SpringApplication.exit(context, exit));
    }

    private int runImport(Path folder, String organisation) throws Exception {
        ImportReport report;
        try {
            report = imports.importFolder(organisation, folder);
        } catch (org.helpline.shared.ProblemException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        report.imported().forEach(file -> System.out.println("imported " + file.file() + " as " + file.id()));
        report.failed().forEach(file -> System.err.println("FAILED " + file.file() + ": " + file.error()));
        log.info(
                "Imported {} article(s) into {}; {} file(s) failed",
                report.imported().size(),
                organisation,
                report.failed().size());
        return report.complete() ? 0 : 1;
    }

    private static String organisation(ApplicationArguments args) {
        var values = args.getOptionValues("organisation");
        return values == null || values.isEmpty() ? "global" : values.get(0);
    }
}
