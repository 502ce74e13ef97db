package org.civicdata.tracker.record.source;

import java.util.List;
import org.civicdata.tracker.core.common.RecordField;

/**
 * A source's own fields (as every record's sources list them). Described once, in the order the public JSON lists them: the codebook's group (hence /codebook)
 * comes from this list, and RecordFieldsEverywhereTest holds it, the JSON and the codebook to the table's
 * columns (docs/architecture.md, "How to add a field").
 */
public final class SourceFields {

    private SourceFields() {}

    public static final List<RecordField<Source>> ALL = List.of(
            RecordField.<Source>text(
                    "title", "Title", "The title of the cited work.", Source::getTitle, Source::setTitle),
            RecordField.<Source>text(
                    "publication", "Publication", "Where it appeared.", Source::getPublication, Source::setPublication),
            RecordField.<Source>text("author", "Author", "Who wrote it.", Source::getAuthor, Source::setAuthor),
            RecordField.<Source>text("url", "URL", "Where to read it.", Source::getUrl, Source::setUrl),
            RecordField.<Source>date(
                    "published",
                    "Published",
                    "When it was published; publishedInferred is true when the date was inferred. "
                            + RecordField.DATE_FORMAT,
                    Source::getPublishedOn,
                    Source::getPublishedPrecision,
                    Source::setPublishedOn,
                    Source::setPublishedPrecision),
            RecordField.<Source>flag(
                    "publishedInferred",
                    "Published inferred",
                    "True when the date published was inferred.",
                    Source::isPublishedInferred,
                    Source::setPublishedInferred),
            RecordField.<Source>text(
                    "seedDocument",
                    "Seed document",
                    "For the first records: the file in seeds/documents/ they were copied from.",
                    Source::getSeedDocument,
                    Source::setSeedDocument));
}
