package org.helpline;

import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/** Helpline; {@code import-articles DIR} imports Markdown articles without starting the web server. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class HelplineApplication {

    private static final String IMPORT_ARTICLES = "import-articles";
    private static final String IMPORT_USAGE =
            "usage: java -jar helpline.jar import-articles DIR [--organisation=global]";

    public static void main(String[] args) {
        var application = new SpringApplication(HelplineApplication.class);
        var words = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
        if (!words.isEmpty() && IMPORT_ARTICLES.equals(words.get(0))) {
            if (words.size() != 2) {
                // A wrong call needs no database: answer it before the application starts.
                System.err.println(IMPORT_USAGE);
                System.exit(2);
            }
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        application.run(args);
    }

    /** The one source of "now"; tests replace it to move time instead of sleeping. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
