package org.civicdata.tracker.edge.site;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.audit.DataVersion;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.UsState;
import org.civicdata.tracker.edge.opendata.ResponseShapes.SourceView;
import org.civicdata.tracker.edge.site.ChangesPageController.Window;
import org.civicdata.tracker.edge.site.WhatChanged.Item;
import org.civicdata.tracker.edge.site.WhatChanged.Kind;
import org.civicdata.tracker.edge.site.WhatChanged.StatusEvent;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.event.EventKind;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.DatedRecordRow;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.policy.Stance;
import org.civicdata.tracker.record.statement.StatementKind;
import org.jsoup.nodes.Element;

/**
 * The "What changed" page: the window's form, a count per kind of change (each a link to where its
 * group starts), then the changes a page at a time, grouped by kind, each naming its jurisdiction (a
 * link to its page as of the window's end), what changed in words, its date and its sources.
 */
final class ChangesPage {

    /** Changes a page. */
    static final int PAGE_ITEMS = 100;

    /**
     * A statement's text is quoted up to this many characters, then cut with an ellipsis; its page has it
     * whole ({@link org.civicdata.tracker.record.jurisdiction.DatedRecordRepository#datedIn} reads one more).
     */
    static final int QUOTED = 300;

    private ChangesPage() {}

    static byte[] render(WhatChanged changes, WhatChanged.Diff diff, Window window, DataVersion dataVersion) {
        int total = diff.items().size();
        int pages = Math.max(1, (total + PAGE_ITEMS - 1) / PAGE_ITEMS);
        if (window.page() > pages) {
            throw new InvalidInputException(
                    "page",
                    "Parameter 'page' must be from 1 to " + pages + " for this window, not " + window.page() + ".");
        }
        String where = window.state() == null
                ? "in every state"
                : "in " + UsState.byCode(window.state()).map(UsState::stateName).orElse(window.state());
        SitePage page = new SitePage(
                "What changed from " + window.from() + " to " + window.to() + " " + where + " | " + SitePage.SITE_NAME,
                "Which jurisdictions changed stance, which DOJ letters, funding threats and rulings are new, which "
                        + "statements were made, between two dates, each with its sources.");
        Element main = page.main();
        main.appendElement("h1").text("What changed from " + window.from() + " to " + window.to() + " " + where);
        main.appendElement("p")
                .addClass("lede")
                .text("The record as of " + window.from() + " against the record as of " + window.to()
                        + ", by the records' own dates: a change counts when it is dated after the first day and on "
                        + "or before the last. Undated records are not placed in time and are left out.");
        form(main, window);
        Element summary = main.appendElement("ul").addClass("change-counts").attr("aria-label", "Changes by kind");
        int start = 0;
        for (Kind kind : Kind.values()) {
            int count = diff.counts().get(kind);
            Element li = summary.appendElement("li");
            if (count == 0) {
                li.text(kind.heading + ": 0");
            } else {
                li.appendElement("a")
                        .attr("href", href(window, start / PAGE_ITEMS + 1) + "#" + kind.anchor())
                        .text(kind.heading + ": " + count);
            }
            start += count;
        }
        if (total == 0) {
            main.appendElement("p").text("Nothing dated in this window changed.");
        }
        TablePageController.pager(main, "Pages of the changes", window.page(), pages, p -> href(window, p));
        int from = (window.page() - 1) * PAGE_ITEMS;
        List<Item> shown = diff.items().subList(from, Math.min(total, from + PAGE_ITEMS));
        Map<RecordType, Map<Long, List<SourceView>>> sources = changes.sources(shown);
        Map<RecordType, Map<Long, List<StatusEvent>>> statuses = changes.statuses(shown, window.from(), window.to());
        Element list = null;
        Kind current = null;
        for (Item item : shown) {
            if (item.kind() != current) {
                current = item.kind();
                Element section = main.appendElement("section").addClass("changes");
                section.appendElement("h2")
                        .id(current.anchor())
                        .text(current.heading + " (" + diff.counts().get(current) + ")");
                list = section.appendElement("ul").addClass("changes");
            }
            item(list.appendElement("li"), item, window, sources, statuses);
        }
        if (total > 0) {
            TablePageController.pager(main, "Pages of the changes", window.page(), pages, p -> href(window, p));
        }
        return page.footer(dataVersion.lastChange(), "").render();
    }

    static String href(Window window, int page) {
        return "/changes?" + window.query() + (page == 1 ? "" : "&page=" + page);
    }

    private static void form(Element main, Window window) {
        Element form = main.appendElement("form")
                .attr("method", "get")
                .attr("action", "/changes")
                .addClass("filters")
                .attr("aria-label", "The window of dates");
        for (String[] field : new String[][] {
            {"from", "From (as of)", window.from().toString()},
            {"to", "To (as of)", window.to().toString()}
        }) {
            Element label = form.appendElement("label");
            label.appendElement("span").text(field[1]);
            label.appendElement("input")
                    .attr("type", "date")
                    .attr("name", field[0])
                    .attr("required", true)
                    .val(field[2]);
        }
        Element label = form.appendElement("label");
        label.appendElement("span").text("State");
        Element select = label.appendElement("select").attr("name", "state");
        select.appendElement("option").val("").text("Every state");
        for (UsState s : UsState.values()) {
            Element option = select.appendElement("option").val(s.name()).text(s.stateName());
            if (s.name().equals(window.state())) {
                option.attr("selected", true);
            }
        }
        form.appendElement("div")
                .addClass("buttons")
                .appendElement("button")
                .attr("type", "submit")
                .text("Compare");
    }

    private static void item(
            Element li,
            Item item,
            Window window,
            Map<RecordType, Map<Long, List<SourceView>>> sources,
            Map<RecordType, Map<Long, List<StatusEvent>>> statuses) {
        DatedRecordRow row = item.row();
        List<StatusEvent> events = item.kind().type == null
                ? List.of()
                : statuses.getOrDefault(item.kind().type, Map.of()).getOrDefault(row.id(), List.of());
        li.appendElement("a")
                .attr("href", "/j/" + row.slug() + "?asOf=" + window.to())
                .text(row.jurisdictionName());
        li.appendText(" (" + row.stateCode() + ") · " + PartialDate.of(row.datedOn(), row.datedPrecision()) + ": ");
        Element what = li.appendElement("span").addClass("what");
        switch (item.kind()) {
            case STANCE -> {
                stance(what, item.before());
                what.appendText(" → ");
                stance(what, item.after());
                Element positions = li.appendElement("ul");
                for (DatedRecordRow p : item.positions()) {
                    Element pl = positions.appendElement("li");
                    pl.text(Coded.labelOf(PolicyVariable.class, p.title()) + ": "
                            + Coded.labelOf(PolicyValue.class, p.code())
                            + ("ended".equals(p.detail()) ? " ended " : " from ")
                            + PartialDate.of(p.datedOn(), p.datedPrecision()));
                    cited(pl, sources.get(RecordType.POLICY_POSITION), p.id());
                }
                return;
            }
            case DOJ_LETTER ->
                what.text("DOJ letter"
                        + (row.title() == null ? "" : " from " + row.title())
                        + statuses(events, Coded.labelOf(LetterStatus.class, row.code()))
                        + (row.detail() == null ? "" : "; funding at stake: " + row.detail()));
            case FUNDING_THREAT ->
                what.text("Funding threat by " + row.title() + (row.detail() == null ? "" : " (" + row.detail() + ")")
                        + statuses(events, Coded.labelOf(ThreatStatus.class, row.code())));
            case COURT_CASE ->
                what.text((row.statusEntry() ? "Court case" : "Ruling")
                        + (row.title() == null ? "" : " in " + row.title())
                        + (row.detail() == null ? "" : ": " + row.detail())
                        + statuses(events, null));
            case STATEMENT -> {
                what.text(row.title() + " (" + Coded.labelOf(StatementKind.class, row.code()) + "): ");
                String text = row.detail() == null ? "" : row.detail();
                what.appendElement("q")
                        .text(text.length() > QUOTED ? text.substring(0, QUOTED).strip() + " …" : text);
            }
            case DESIGNATION ->
                what.text("“" + row.title() + "”, by "
                        + (row.detail() == null ? Coded.labelOf(Designator.class, row.code()) : row.detail()));
            case EVENT -> what.text(Coded.labelOf(EventKind.class, row.code()) + ": " + row.title());
        }
        List<SourceView> cites = new ArrayList<>(sourcesOf(sources.get(item.kind().type), row.id()));
        events.stream()
                .map(StatusEvent::source)
                .filter(s -> s != null && !cites.contains(s))
                .forEach(cites::add);
        AttachedRecordSections.sources(li, cites);
    }

    /**
     * "new, status Sent" (a letter's or threat's own date in the window; the status it had then, or without
     * a history its {@code current} one), then for each status entry dated in the window "; status changed
     * from Sent to Responded on 2017-10". A ruling (no {@code current}) is not worded as new.
     */
    private static String statuses(List<StatusEvent> events, @Nullable String current) {
        StringBuilder text = new StringBuilder();
        for (StatusEvent e : events) {
            if (e.ownDate()) {
                text.append(current == null ? "" : ", new, status " + (e.status() == null ? current : e.status()));
            } else {
                text.append("; status ")
                        .append(e.previous() == null ? "" : "changed from " + e.previous() + " to ")
                        .append(e.status())
                        .append(" on ")
                        .append(e.on());
            }
        }
        return text.toString();
    }

    private static void stance(Element parent, Stance stance) {
        StanceStyle style = StanceStyle.of(stance.name());
        parent.appendElement("span")
                .addClass("stance-chip")
                .addClass("chip-" + style.cssClass())
                .text(style.label());
    }

    private static void cited(Element parent, Map<Long, List<SourceView>> byRecord, long id) {
        AttachedRecordSections.sources(parent, sourcesOf(byRecord, id));
    }

    private static List<SourceView> sourcesOf(Map<Long, List<SourceView>> byRecord, long id) {
        return byRecord == null ? List.of() : byRecord.getOrDefault(id, List.of());
    }
}
