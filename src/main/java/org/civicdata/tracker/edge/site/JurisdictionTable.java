package org.civicdata.tracker.edge.site;

import java.util.List;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionSummary;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.jsoup.nodes.Element;

/**
 * The jurisdictions as a table, one row each with a link to its page: under the map (all of them,
 * or the first page when there are many) and on the paged table at {@code /table}.
 */
final class JurisdictionTable {

    /** Rows a page: the map page shows this many at most, the table page this many a page. */
    static final int PAGE_ROWS = 100;

    private JurisdictionTable() {}

    static void render(Element parent, List<JurisdictionSummary> rows, String caption, String linkQuery) {
        Element table = parent.appendElement("div").addClass("table-scroll").appendElement("table");
        table.appendElement("caption").text(caption);
        Element header = table.appendElement("thead").appendElement("tr");
        for (String column : List.of(
                "Jurisdiction",
                "State",
                "Kind",
                "Stance",
                "DOJ letters",
                "Funding threats",
                "Statements",
                "Designations")) {
            header.appendElement("th").attr("scope", "col").text(column);
        }
        Element body = table.appendElement("tbody");
        for (JurisdictionSummary j : rows) {
            Element row = body.appendElement("tr");
            row.appendElement("th")
                    .attr("scope", "row")
                    .appendElement("a")
                    .attr("href", "/j/" + j.slug() + linkQuery)
                    .attr("data-slug", j.slug())
                    .text(j.name());
            row.appendElement("td").text(j.state());
            row.appendElement("td").text(Coded.labelOf(JurisdictionKind.class, j.kind()));
            row.appendElement("td")
                    .addClass(StanceStyle.of(j.stance()).cssClass())
                    .text(StanceStyle.of(j.stance()).label());
            row.appendElement("td").text(labels(LetterStatus.class, j.dojLetterStatuses()));
            row.appendElement("td").text(labels(ThreatStatus.class, j.fundingThreatStatuses()));
            row.appendElement("td").text(String.valueOf(j.counts().statements()));
            row.appendElement("td").text(String.valueOf(j.counts().designations()));
        }
    }

    /** Codes as their labels, comma-separated; "None" when there are none. */
    private static <E extends Enum<E> & Coded> String labels(Class<E> type, List<String> codes) {
        return codes.isEmpty()
                ? "None"
                : codes.stream().map(c -> Coded.labelOf(type, c)).collect(Collectors.joining(", "));
    }
}
