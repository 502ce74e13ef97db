package org.civicdata.tracker.record.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublishableRecord;

/** Where a value comes from: a published document, with its date as precise as known. */
@MappedEntity("source")
public class Source extends PublishableRecord {

    private String title = "";

    @Nullable
    private String publication;

    @Nullable
    private String author;

    @Nullable
    private String url;

    @Nullable
    private LocalDate publishedOn;

    @Nullable
    private DatePrecision publishedPrecision;

    private boolean publishedInferred;

    @Nullable
    private String seedDocument;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public @Nullable String getPublication() {
        return publication;
    }

    public void setPublication(@Nullable String publication) {
        this.publication = publication;
    }

    public @Nullable String getAuthor() {
        return author;
    }

    public void setAuthor(@Nullable String author) {
        this.author = author;
    }

    public @Nullable String getUrl() {
        return url;
    }

    public void setUrl(@Nullable String url) {
        this.url = url;
    }

    public @Nullable LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(@Nullable LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public @Nullable DatePrecision getPublishedPrecision() {
        return publishedPrecision;
    }

    public void setPublishedPrecision(@Nullable DatePrecision publishedPrecision) {
        this.publishedPrecision = publishedPrecision;
    }

    public boolean isPublishedInferred() {
        return publishedInferred;
    }

    public void setPublishedInferred(boolean publishedInferred) {
        this.publishedInferred = publishedInferred;
    }

    public @Nullable String getSeedDocument() {
        return seedDocument;
    }

    public void setSeedDocument(@Nullable String seedDocument) {
        this.seedDocument = seedDocument;
    }
}
