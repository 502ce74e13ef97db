package org.civicdata.tracker.edge.release;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The public JSON shapes of releases ({@code /api/releases}, {@code /api/releases/{date}}). */
final class ReleaseShapes {

    private ReleaseShapes() {}

    @Serdeable
    @Schema(description = "Every release, newest first")
    record ReleaseList(int count, List<ReleaseIndex> releases) {}

    @Serdeable
    @Schema(description = "One dated, immutable release: how to cite it, its licence and its files")
    record ReleaseIndex(
            @Schema(description = "The day whose published data it holds (UTC), YYYY-MM-DD")
            String date,

            String title,

            @Schema(description = "Title, date and address, to cite the release by")
            String howToCite,

            @Schema(description = "This release's index") String url,
            @Schema(description = "When it was made (UTC)") String createdAt,

            @Schema(description = "SPDX identifier of the licence")
            String licence,

            String licenceUrl,
            List<ReleaseFileEntry> files) {}

    @Serdeable
    record ReleaseFileEntry(
            String name,
            String mediaType,
            @Schema(description = "Size in bytes") long bytes,

            @Schema(description = "SHA-256 of the bytes, hex; also the file's ETag")
            String sha256,

            String url) {}
}
