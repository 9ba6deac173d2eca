package org.helpline;

import java.time.Clock;
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

    public static void main(String[] args) {
        var application = new SpringApplication(HelplineApplication.class);
        if (args.length > 0 && "import-articles".equals(args[0])) {
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
