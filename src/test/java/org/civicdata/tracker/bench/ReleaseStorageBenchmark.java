package org.civicdata.tracker.bench;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.edge.release.ReleaseChunkRepository;
import org.civicdata.tracker.edge.release.ReleaseFile;
import org.civicdata.tracker.edge.release.Releases;

/**
 * Makes one release of the database {@link PublicBenchmarkData} filled (25,000 jurisdictions) and
 * prints each file's size and the time taken; bench/release-storage.sh then reads what the database
 * stores for it. Run by that script, not by the tests.
 */
public final class ReleaseStorageBenchmark {

    private ReleaseStorageBenchmark() {}

    public static void main(String[] args) {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("tracker.seed.on-empty", false, "tracker.releases.scheduled", false))
                .start()) {
            Releases releases = context.getBean(Releases.class);
            long start = System.nanoTime();
            Releases.Published made = releases.make(new StaffPrincipal("bench-release", StaffRole.EDITOR, false));
            long ms = (System.nanoTime() - start) / 1_000_000;
            ReleaseChunkRepository chunks = context.getBean(ReleaseChunkRepository.class);
            long stored = 0;
            for (ReleaseFile f : made.files()) {
                long gzipped = 0;
                for (int seq = 0; seq < f.chunks(); seq++) {
                    gzipped +=
                            chunks.findByFileIdAndSeq(f.id(), seq).orElseThrow().content().length;
                }
                stored += gzipped;
                System.out.printf(
                        "%-24s %,12d bytes, stored gzipped %,11d bytes in %d piece(s)%n",
                        f.name(), f.byteSize(), gzipped, f.chunks());
            }
            System.out.printf(
                    "release of %s: %,d bytes in %d files, stored as %,d bytes of gzipped pieces; made in %d ms%n",
                    made.date(), made.totalBytes(), made.files().size(), stored, ms);
        }
        System.exit(0);
    }
}
