package org.civicdata.tracker.edge.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntFunction;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How a release file's bytes are kept: gzipped, cut into pieces of at most {@link #CHUNK} bytes, and
 * read back as one stream that fetches a piece only when the one before is used up.
 */
final class ReleaseBytes {

    /** 1 MiB: far below max_allowed_packet (16 MiB on MariaDB, 64 MiB on MySQL 8). */
    static final int CHUNK = 1024 * 1024;

    private ReleaseBytes() {}

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The gzip of {@code bytes}, in pieces. */
    static List<byte[]> chunks(byte[] bytes) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] all = zipped.toByteArray();
        List<byte[]> chunks = new ArrayList<>();
        for (int from = 0; from < all.length; from += CHUNK) {
            chunks.add(Arrays.copyOfRange(all, from, Math.min(all.length, from + CHUNK)));
        }
        return chunks;
    }

    /** The original bytes, read piece by piece from {@code piece} (0 to {@code count} - 1). */
    static InputStream stream(int count, IntFunction<byte[]> piece) {
        try {
            return new GZIPInputStream(gzipped(count, piece), 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gzip of the bytes as stored, read piece by piece. */
    static InputStream gzipped(int count, IntFunction<byte[]> piece) {
        Enumeration<InputStream> pieces = new Enumeration<>() {
            private int next;

            @Override
            public boolean hasMoreElements() {
                return next < count;
            }

            @Override
            public InputStream nextElement() {
                return new java.io.ByteArrayInputStream(piece.apply(next++));
            }
        };
        return new SequenceInputStream(pieces);
    }
}
