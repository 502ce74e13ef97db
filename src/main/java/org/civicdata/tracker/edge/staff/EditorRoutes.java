package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordType;

/**
 * Where each record type's editor lives, the one mapping from a record type to its staff page (the
 * review queue and the activity view open records through it). The staff shell names no feature
 * view, so these are the routes' paths; a test opens every type's editor through them.
 */
public final class EditorRoutes {

    private EditorRoutes() {}

    /** The route of the type's list; its editor is at {@code route/{id}} (accounts have only the list). */
    public static String listOf(RecordType type) {
        return switch (type) {
            case SOURCE -> "sources";
            case PERSON -> "people";
            case JURISDICTION -> "jurisdictions";
            case STATEMENT -> "statements";
            case DESIGNATION -> "designations";
            case POLICY_POSITION -> "positions";
            case DOJ_LETTER -> "letters";
            case FUNDING_THREAT -> "threats";
            case COURT_CASE -> "court-cases";
            case EVENT -> "events";
            case ACCOUNT -> "accounts";
            case RELEASE -> "releases";
        };
    }

    /** The path of the record's editor ({@code positions/12}); for an account or a release, its list. */
    public static String editorOf(RecordType type, long id) {
        return type == RecordType.ACCOUNT || type == RecordType.RELEASE ? listOf(type) : listOf(type) + "/" + id;
    }

    /** The query parameter of a new record's editor that names its jurisdiction ({@code positions/new?jurisdiction=12}). */
    public static final String JURISDICTION = "jurisdiction";

    /** The query of a new record's editor opened for a jurisdiction. */
    public static QueryParameters forJurisdiction(long jurisdictionId) {
        return QueryParameters.simple(Map.of(JURISDICTION, String.valueOf(jurisdictionId)));
    }

    /** The jurisdiction a new record's editor was opened for, or null. */
    public static Long jurisdictionOf(BeforeEnterEvent event) {
        String id = UrlQuery.first(event.getLocation().getQueryParameters().getParameters(), JURISDICTION);
        try {
            return id.isBlank() ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
