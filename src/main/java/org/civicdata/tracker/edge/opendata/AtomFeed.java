package org.civicdata.tracker.edge.opendata;

import io.micronaut.core.annotation.Nullable;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.civicdata.tracker.edge.opendata.ChangeShapes.Change;
import org.civicdata.tracker.edge.opendata.ChangeShapes.FieldChange;
import org.civicdata.tracker.edge.opendata.ChangeShapes.Place;

/**
 * An Atom 1.0 feed (RFC 4287) of public changes, newest first, written with the JDK's
 * {@link XMLStreamWriter} (which escapes all text and attributes). Every entry has a stable tag: URI,
 * its title in words, the time of the change as {@code updated}, a link to the page as of that day and
 * the fields that changed as text. Links are relative: readers resolve them against the feed's address.
 * A feed is paged as RFC 5005 section 3 says: each page links the first (the latest changes), the
 * previous (newer) and the next (older) page, {@code ?before=<change id>}; the last page has no next.
 */
final class AtomFeed {

    static final String NS = "http://www.w3.org/2005/Atom";
    private static final String TAG_YEAR = "2026";
    private static final String TYPE = "application/atom+xml";

    private AtomFeed() {}

    /**
     * @param tagAuthority the domain of the tracker's tag: URIs (configured, so that ids stay stable)
     * @param feedPath     this feed's own address ({@code /feed.atom}, {@code /j/chicago-il/feed.atom})
     * @param pagePath     the page the feed is about ({@code /}, {@code /j/chicago-il})
     * @param before       the page's {@code before} parameter; {@link Long#MAX_VALUE} on the first page
     */
    static byte[] write(
            String tagAuthority, String title, String feedPath, String pagePath, long before, ChangeFeed.Recent page) {
        List<Change> changes = page.changes();
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            text(xml, "id", tag(tagAuthority, "feed" + (feedPath.equals("/feed.atom") ? "" : ":" + pagePath)));
            text(xml, "title", title);
            text(
                    xml,
                    "updated",
                    changes.isEmpty()
                            ? Instant.EPOCH.toString()
                            : changes.get(0).at());
            xml.writeStartElement("author");
            text(xml, "name", "Jurisdiction policy tracker");
            xml.writeEndElement();
            link(xml, "self", pageOf(feedPath, before == Long.MAX_VALUE ? null : before), TYPE);
            link(xml, "alternate", pagePath, "text/html");
            link(xml, "first", feedPath, TYPE);
            if (page.newer()) {
                link(xml, "previous", pageOf(feedPath, page.newerBefore()), TYPE);
            }
            if (page.older() != null) {
                link(xml, "next", pageOf(feedPath, page.older()), TYPE);
            }
            for (Change change : changes) {
                entry(xml, tagAuthority, change);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the Atom feed", e);
        }
        return out.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, String tagAuthority, Change change) throws XMLStreamException {
        xml.writeStartElement("entry");
        text(xml, "id", tag(tagAuthority, "change:" + change.id()));
        text(xml, "title", change.title());
        text(xml, "updated", change.at());
        link(xml, "alternate", pageAsOf(change), "text/html");
        StringBuilder content = new StringBuilder();
        for (FieldChange f : change.fields()) {
            content.append(f.label())
                    .append(": ")
                    .append(f.fromLabel() == null ? "(none)" : f.fromLabel())
                    .append(" → ")
                    .append(f.toLabel() == null ? "(none)" : f.toLabel())
                    .append('\n');
        }
        change.sources()
                .forEach(s -> content.append("Source: ")
                        .append(s.title())
                        .append(s.url() == null ? "" : " <" + s.url() + ">")
                        .append('\n'));
        xml.writeStartElement("content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(content.toString().strip());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The page the change shows on, as of the day it happened (UTC): its jurisdiction's, else the map. */
    static String pageAsOf(Change change) {
        LocalDate day = Instant.parse(change.at()).atZone(ZoneOffset.UTC).toLocalDate();
        @Nullable
        Place place = change.record().jurisdictions().stream()
                .filter(p -> p.slug() != null)
                .findFirst()
                .orElse(null);
        return (place == null ? "/" : "/j/" + place.slug()) + "?asOf=" + day;
    }

    /** A page's address: the feed's own for the first page, else with the {@code before} it starts at. */
    private static String pageOf(String feedPath, @Nullable Long before) {
        return before == null ? feedPath : feedPath + "?before=" + before;
    }

    private static String tag(String authority, String specific) {
        return "tag:" + authority + "," + TAG_YEAR + ":" + specific;
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
