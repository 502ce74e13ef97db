package org.civicdata.tracker.edge.release;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.NotPermittedException;
import org.civicdata.tracker.edge.opendata.ListingFiles;
import org.civicdata.tracker.edge.opendata.PublicQuery;

/**
 * Dated, immutable releases of the open data: one a day (UTC) at most, made by an editor or admin or
 * by the daily schedule, each holding that day's published listing in the API's own formats with its
 * data package, licence and checksums ({@link ReleasePackage}). Read back file by file, streamed.
 */
@Singleton
public class Releases {

    /** The actor the audit trail names for a scheduled release. */
    public static final String SCHEDULE = "release schedule";

    private final DataReleaseRepository releases;
    private final ReleaseFileRepository files;
    private final ReleaseChunkRepository chunks;
    private final ReleaseStore store;
    private final ListingFiles listing;
    private final Clock clock;
    private final String title;
    private final String publicUrl;

    Releases(
            DataReleaseRepository releases,
            ReleaseFileRepository files,
            ReleaseChunkRepository chunks,
            ReleaseStore store,
            ListingFiles listing,
            Clock clock,
            @Value("${tracker.releases.title:Jurisdiction policy tracker}") String title,
            @Value("${tracker.public-url:}") String publicUrl) {
        this.releases = releases;
        this.files = files;
        this.chunks = chunks;
        this.store = store;
        this.listing = listing;
        this.clock = clock;
        this.title = title;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A release with its files, in their order. */
    public record Published(DataRelease release, List<ReleaseFile> files) {

        public LocalDate date() {
            return release.getReleaseDate();
        }

        public long totalBytes() {
            return files.stream().mapToLong(ReleaseFile::byteSize).sum();
        }
    }

    /** Makes today's release, as a staff action: editors and admins only. */
    public Published make(StaffPrincipal who) {
        if (!who.may(StaffRole.EDITOR)) {
            throw new NotPermittedException("Only editors and admins may make a release of the open data.");
        }
        return made(who.username());
    }

    /**
     * The daily schedule's run: today's release, unless there is one already or the data has not
     * changed since the last release. Says what it did, for the log.
     */
    public String makeIfChanged() {
        LocalDate today = today();
        if (releases.findByReleaseDate(today).isPresent()) {
            return "No release made: today's (" + today + ") exists already.";
        }
        long version = releases.countDataChanges();
        Optional<DataRelease> last =
                releases.listOrderByReleaseDateDesc().stream().findFirst();
        if (last.isPresent() && last.get().getDataVersion() == version) {
            return "No release made: the data has not changed since the release of "
                    + last.get().getReleaseDate() + " (data version " + version + ").";
        }
        return "Made the release of " + made(SCHEDULE).date() + " (data version " + version + ").";
    }

    private Published made(String actor) {
        LocalDate date = today();
        refuseSecond(date);
        DataRelease release = new DataRelease();
        release.setReleaseDate(date);
        // Read before the data: a change committed meanwhile makes the next scheduled run release again.
        release.setDataVersion(releases.countDataChanges());
        PublicQuery everything = ListingFiles.everything();
        List<ReleasePackage.Content> contents = ReleasePackage.files(
                title,
                date,
                clock.instant().truncatedTo(ChronoUnit.SECONDS),
                url(publicUrl, date),
                listing.json(everything),
                listing.csv(everything),
                listing.geoJson(everything),
                listing::bytes);
        try {
            store.write(release, contents, actor);
        } catch (DataAccessException e) {
            refuseSecond(date); // another instance or person made it meanwhile
            throw e;
        }
        return find(date).orElseThrow();
    }

    private void refuseSecond(LocalDate date) {
        releases.findByReleaseDate(date).ifPresent(r -> {
            throw new InvalidInputException(
                    "release",
                    "The release of " + date + " was already made (by " + r.getCreatedBy() + " at "
                            + r.getCreatedAt().truncatedTo(ChronoUnit.SECONDS) + "). A release never changes: "
                            + "the next one can be made tomorrow (UTC).");
        });
    }

    /** Every release, newest first. */
    public List<Published> list() {
        List<DataRelease> all = releases.listOrderByReleaseDateDesc();
        Map<Long, List<ReleaseFile>> byRelease = all.isEmpty()
                ? Map.of()
                : files
                        .findByReleaseIdInOrderByPosition(
                                all.stream().map(DataRelease::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(ReleaseFile::releaseId));
        return all.stream()
                .map(r -> new Published(r, byRelease.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    public Optional<Published> find(LocalDate date) {
        return releases.findByReleaseDate(date)
                .map(r -> new Published(r, files.findByReleaseIdInOrderByPosition(List.of(r.getId()))));
    }

    public Optional<ReleaseFile> file(LocalDate date, String name) {
        return releases.findByReleaseDate(date).flatMap(r -> files.findByReleaseIdAndName(r.getId(), name));
    }

    /** The file's bytes, read from the database one piece at a time as the stream is read. */
    public InputStream open(ReleaseFile file) {
        return ReleaseBytes.stream(file.chunks(), piece(file.id()));
    }

    /** The file's bytes gzipped, as stored (for a client that accepts gzip), read the same way. */
    public InputStream openGzipped(ReleaseFile file) {
        return ReleaseBytes.gzipped(file.chunks(), piece(file.id()));
    }

    private java.util.function.IntFunction<byte[]> piece(long fileId) {
        return seq -> chunks.findByFileIdAndSeq(fileId, seq)
                .orElseThrow(() -> new IllegalStateException("Release file " + fileId + " lacks its piece " + seq))
                .content();
    }

    public String title() {
        return title;
    }

    /** The configured public address of the site (TRACKER_PUBLIC_URL), or "" when none is set. */
    public String publicUrl() {
        return publicUrl;
    }

    /** The release's address under {@code base} (the site's address; "" for a path). */
    public static String url(String base, LocalDate date) {
        return base + "/api/releases/" + date;
    }

    /** How to cite the release found at {@code base}. */
    public String howToCite(String base, LocalDate date) {
        return ReleasePackage.howToCite(title, date, url(base, date));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
