package org.helpline.knowledge.internal;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports Markdown files with front matter (see {@code FrontMatter}): uploaded through the API or
 * the editor's page, or a folder named on the command line. Each file commits in a transaction of
 * its own, so a broken file is reported by name with what is wrong and the others are imported.
 * A file whose {@code topic} and language match an existing article updates it, so importing a
 * folder again does not duplicate it.
 */
@Service
public class ArticleImport {

    private final ArticleManagement management;
    private final TransactionTemplate perFile;

    ArticleImport(ArticleManagement management, PlatformTransactionManager transactions) {
        this.management = management;
        this.perFile = new TransactionTemplate(transactions);
    }

    /** Imports uploaded files into the editor's organisation. */
    public ImportReport importFiles(HelplineUser editor, List<MarkdownFile> files) {
        ArticleManagement.requireEditor(editor);
        return importFiles(editor.organisationId(), editor.login(), files);
    }

    /** Imports every {@code *.md} file of a folder (not its sub-folders), in name order. */
    public ImportReport importFolder(String organisationId, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException("folder", folder + " is not a folder");
        }
        var files = new ArrayList<MarkdownFile>();
        var unreadable = new ArrayList<ImportReport.Failed>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (var path : entries.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList()) {
                try {
                    files.add(new MarkdownFile(
                            path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8)));
                } catch (MalformedInputException e) {
                    unreadable.add(new ImportReport.Failed(path.getFileName().toString(), "is not UTF-8 text"));
                }
            }
        }
        var report = importFiles(organisationId, null, files);
        var failed = new ArrayList<>(unreadable);
        failed.addAll(report.failed());
        return new ImportReport(report.imported(), failed);
    }

    /** Imports files into an organisation as {@code by} (null: the command line or the demo). */
    public ImportReport importFiles(String organisationId, String by, List<MarkdownFile> files) {
        var imported = new ArrayList<ImportReport.Imported>();
        var failed = new ArrayList<ImportReport.Failed>();
        for (var file : files) {
            if (file.content().indexOf('\0') >= 0) {
                failed.add(new ImportReport.Failed(file.name(), "is not a text file"));
                continue;
            }
            try {
                var article = perFile.execute(
                        status -> management.importDraft(organisationId, by, FrontMatter.parse(file.content())));
                imported.add(new ImportReport.Imported(file.name(), article.id()));
            } catch (ProblemException e) {
                failed.add(new ImportReport.Failed(file.name(), reason(e)));
            }
        }
        return new ImportReport(imported, failed);
    }

    private static String reason(ProblemException e) {
        if (e.fieldProblems().isEmpty()) {
            return e.getMessage();
        }
        return String.join(
                "; ",
                e.fieldProblems().stream()
                        .map(problem -> problem.field() + ": " + problem.message())
                        .toList());
    }
}
