package org.civicdata.tracker.edge.site;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import org.civicdata.tracker.infra.vaadin.PublicErrorPages;

/** The page a bad link to the public site gets: what was wrong, and the way back. */
@Singleton
class SiteErrorPages implements PublicErrorPages {

    @Override
    public String badRequest(String message) {
        SitePage page = new SitePage("Bad request: " + SitePage.SITE_NAME, "The address has a mistake in it.");
        page.main().appendElement("h1").text("This address has a mistake in it");
        page.main().appendElement("p").addClass("error").text(message);
        page.main().appendElement("p").appendElement("a").attr("href", "/").text("Back to the map");
        return new String(page.render(), StandardCharsets.UTF_8);
    }

    @Override
    public String unavailable() {
        SitePage page = new SitePage(
                "Unavailable for a moment: " + SitePage.SITE_NAME, "The tracker cannot read its records right now.");
        page.main().appendElement("h1").text("This page is unavailable for a moment");
        page.main()
                .appendElement("p")
                .addClass("error")
                .text("The tracker cannot read its records right now, and this "
                        + "page was not shown recently enough to be kept. Please try again in a minute.");
        page.main().appendElement("p").appendElement("a").attr("href", "/").text("Back to the map");
        return new String(page.render(), StandardCharsets.UTF_8);
    }
}
