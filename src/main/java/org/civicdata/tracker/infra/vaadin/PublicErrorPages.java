package org.civicdata.tracker.infra.vaadin;

/**
 * How the public site renders an error page (implemented by {@code edge.site}): the web server's own
 * refusals (a bad escape, an error Tomcat answers itself) and the public handlers use the same pages.
 */
public interface PublicErrorPages {
    String badRequest(String message);

    /** The page a request gets while the database is unavailable and nothing was rendered for it. */
    String unavailable();
}
