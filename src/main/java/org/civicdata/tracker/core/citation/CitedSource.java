package org.civicdata.tracker.core.citation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import org.civicdata.tracker.core.common.DatePrecision;

/** A published source as cited by one record ({@link CitationRepository#findPublishedSources}). */
@Introspected
public record CitedSource(
        long recordId,
        long id,
        String title,
        @Nullable String publication,
        @Nullable String author,
        @Nullable String url,
        @Nullable LocalDate publishedOn,
        @Nullable DatePrecision publishedPrecision,
        boolean publishedInferred,
        @Nullable String seedDocument) {}
