package org.civicdata.tracker.infra.seed;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code java -jar policy-tracker.jar --seed} loads the bundled seeds into the configured database
 * and exits; {@code --seed=DIR} loads a seed folder from disk. Exit code 0 on success, 1 when the
 * seeds were refused (each problem printed), nothing written.
 */
public final class SeedCommand {

    private static final String FLAG = "--seed";

    private SeedCommand() {}

    public static boolean isRequested(String[] args) {
        return flag(args).isPresent();
    }

    public static int run(String[] args) {
        String value = flag(args).orElseThrow();
        SeedFiles files = value.startsWith(FLAG + "=")
                ? SeedFiles.fromDirectory(Path.of(value.substring(FLAG.length() + 1)))
                : SeedFiles.bundled();
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(java.util.Map.of("tracker.seed.on-empty", false))
                .start()) {
            SeedLoader.Report report = context.getBean(SeedLoader.class).load(files);
            System.out.println(report);
            return 0;
        } catch (SeedException e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            // The database could not be reached or started (in use by a running app, say): one line, no trace.
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            System.err.println("Seeding failed, nothing was loaded: "
                    + (cause instanceof IllegalStateException ? cause.getMessage() : e.getMessage()));
            return 1;
        }
    }

    private static Optional<String> flag(String[] args) {
        return Arrays.stream(args)
                .filter(a -> a.equals(FLAG) || a.startsWith(FLAG + "="))
                .findFirst();
    }
}
