package org.civicdata.tracker.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * {@link DataVersion#rendering()} is a thread-local: it names the version only on the thread that runs
 * {@link DataVersion#render}'s supplier, which holds because every public render is synchronous on the
 * request thread (micronaut.servlet.async-supported is false). Work handed to another thread sees no
 * version and reads uncached: slower, never wrong.
 */
@MicronautTest(transactional = false)
class DataVersionRenderingTest {

    @Inject
    DataVersion dataVersion;

    @Value("${micronaut.servlet.async-supported}")
    boolean asyncSupported;

    @Test
    void aRenderNamesItsVersionOnItsOwnThreadOnlyAndOnlyWhileItRuns() {
        assertThat(dataVersion.rendering()).isEmpty();
        long version = dataVersion.current().orElseThrow();
        OptionalLong[] seen = new OptionalLong[3];
        dataVersion.render(version, () -> {
            seen[0] = dataVersion.rendering();
            seen[1] = CompletableFuture.supplyAsync(dataVersion::rendering).join();
            // A render inside a render (one page made of another's parts) and back.
            dataVersion.render(version + 1, () -> seen[2] = dataVersion.rendering());
            assertThat(dataVersion.rendering()).hasValue(version);
            return null;
        });
        assertThat(seen[0]).hasValue(version);
        assertThat(seen[1]).isEmpty();
        assertThat(seen[2]).hasValue(version + 1);
        assertThat(dataVersion.rendering()).isEmpty();
    }

    @Test
    void theServletIsSynchronousSoARenderStaysOnTheRequestThread() {
        assertThat(asyncSupported).isFalse();
    }

    @Test
    void theLastChangeIsReadOncePerVersionRenderedAndFreshOutsideARender() {
        long version = dataVersion.current().orElseThrow();
        var inRender = dataVersion.render(version, dataVersion::lastChange);
        assertThat(dataVersion.render(version, dataVersion::lastChange)).isSameAs(inRender);
        assertThat(dataVersion.lastChange()).isEqualTo(inRender).isNotSameAs(inRender);
    }
}
