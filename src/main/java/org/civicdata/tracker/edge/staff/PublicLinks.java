package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.PublishableRecord;

/** In an editor: the public pages that show the record, linked once public, or why it is not public yet. */
class PublicLinks extends Div {

    private final String noun;

    PublicLinks(String noun) {
        this.noun = noun;
        setId("public-links");
    }

    /** {@code noPage} is said when the record is on no public page. */
    void show(PublishableRecord record, List<PublicPage> pages, String noPage) {
        removeAll();
        if (record.getId() == null) {
            return;
        }
        if (pages.isEmpty()) {
            add(new Span(noPage));
            return;
        }
        boolean published = record.getPublicationState() == PublicationState.PUBLISHED;
        for (PublicPage page : pages) {
            String path = "/j/" + page.slug();
            String json = "/api/jurisdictions/" + page.slug();
            Div line = new Div();
            line.setId("public-" + page.slug());
            if (published && page.jurisdictionPublished()) {
                Anchor html = new Anchor(path, "Public page " + path, AnchorTarget.BLANK);
                html.setId("public-page-" + page.slug());
                Anchor data = new Anchor(json, "JSON " + json, AnchorTarget.BLANK);
                data.setId("public-json-" + page.slug());
                line.add(new Span("Public: "), html, new Span(" · "), data);
            } else {
                List<String> drafts = new ArrayList<>();
                if (!published) {
                    drafts.add("this " + noun);
                }
                if (page.jurisdictionName() != null && !page.jurisdictionPublished()) {
                    drafts.add(page.jurisdictionName());
                }
                line.add(new Span("Not public yet: " + String.join(" and ", drafts)
                        + (drafts.size() > 1 ? " are drafts" : " is a draft") + ". Once published it is shown at "
                        + path + " (JSON: " + json + ")."));
            }
            add(line);
        }
    }
}
