package org.civicdata.tracker.edge.release;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.RecordType;

/**
 * Writes a release in one transaction: the release through the audited path (a CREATE of a RELEASE,
 * its files' names, sizes and checksums recorded as its {@code files}), then each file and its bytes.
 * Nothing here or anywhere else updates them afterwards.
 */
@Singleton
class ReleaseStore {

    private final RecordWriter writer;
    private final ReleaseFileRepository files;
    private final ReleaseChunkRepository chunks;

    ReleaseStore(RecordWriter writer, ReleaseFileRepository files, ReleaseChunkRepository chunks) {
        this.writer = writer;
        this.files = files;
        this.chunks = chunks;
    }

    @Transactional
    public DataRelease write(DataRelease release, List<ReleasePackage.Content> contents, String actor) {
        List<Map<String, Object>> described = new ArrayList<>();
        for (ReleasePackage.Content c : contents) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("name", c.name());
            file.put("bytes", c.bytes().length);
            file.put("sha256", ReleaseBytes.sha256(c.bytes()));
            described.add(file);
        }
        DataRelease saved = writer.create(RecordType.RELEASE, release, List.of(), Map.of("files", described), actor);
        int position = 0;
        for (ReleasePackage.Content c : contents) {
            List<byte[]> pieces = ReleaseBytes.chunks(c.bytes());
            ReleaseFile file = files.save(new ReleaseFile(
                    null,
                    saved.getId(),
                    position++,
                    c.name(),
                    c.mediaType(),
                    c.bytes().length,
                    ReleaseBytes.sha256(c.bytes()),
                    pieces.size()));
            for (int seq = 0; seq < pieces.size(); seq++) {
                chunks.save(new ReleaseChunk(null, file.id(), seq, pieces.get(seq)));
            }
        }
        return saved;
    }
}
