package org.customs.seizures.jobs;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The Spring context of a run that writes the warehouse ({@code nightly}, {@code ingest}). The
 * command line ({@link SeizuresCli}) starts it only when a command needs it.
 */
@SpringBootApplication
@EnableConfigurationProperties(SeizuresSettings.class)
public class SeizuresApplication {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
