package org.civicdata.tracker.edge.staff;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.AuditAction;
import org.civicdata.tracker.core.audit.AuditEntry;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.common.NotPermittedException;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.EditableRecords;

/** What every staff editor's tests check alike, in the browserless UI and against the services. */
public final class EditorChecks {

    public static final StaffPrincipal EDITOR = new StaffPrincipal("editor-ann", StaffRole.EDITOR, false);
    public static final StaffPrincipal CONTRIBUTOR = new StaffPrincipal("contributor-cy", StaffRole.CONTRIBUTOR, false);

    private EditorChecks() {}

    public static void click(String id) {
        _get(Button.class, spec -> spec.withId(id)).click();
    }

    /** Opens a list at its route with these URL parameters and returns every row of its grid. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> rowsAt(Class<T> type, String route, Map<String, String> params) {
        UI.getCurrent().navigate(route, QueryParameters.simple(params));
        return rows(_get(Grid.class, spec -> spec.withId(route)));
    }

    public static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    /** In the open editor: publishing without a source is refused, and the sources field says so. */
    @SuppressWarnings("unchecked")
    public static void publishingWithoutASourceIsRefusedOnTheSourcesField() {
        click("publish");
        MultiSelectComboBox<?> sources = _get(MultiSelectComboBox.class, spec -> spec.withId("sources"));
        assertThat(sources.isInvalid()).isTrue();
        assertThat(sources.getErrorMessage()).contains("at least one source");
    }

    /** The service refuses a contributor's publish and delete, whatever buttons the UI shows. */
    public static <T extends PublishableRecord> void aContributorMayNotPublishOrDelete(
            EditableRecords<T> service, T draft) {
        assertThatThrownBy(() -> service.publish(CONTRIBUTOR, draft))
                .isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("publish");
        assertThatThrownBy(() -> service.delete(CONTRIBUTOR, draft))
                .isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("delete");
        assertThat(service.find(draft.getId()))
                .get()
                .extracting(PublishableRecord::getPublicationState)
                .isEqualTo(PublicationState.DRAFT);
    }

    /** Who did what to a record, oldest first. */
    public static List<String> auditTrail(AuditEntryRepository audit, RecordType type, long id) {
        return audit.findByRecordTypeAndRecordIdOrderById(type, id).stream()
                .map(e -> e.action() + " by " + e.actor())
                .toList();
    }

    /** The latest audit entry of a record. */
    public static AuditEntry latestEntry(AuditEntryRepository audit, RecordType type, long id) {
        List<AuditEntry> entries = audit.findByRecordTypeAndRecordIdOrderById(type, id);
        return entries.get(entries.size() - 1);
    }

    public static void assertLatest(
            AuditEntryRepository audit, RecordType type, long id, AuditAction action, String changedField) {
        AuditEntry latest = latestEntry(audit, type, id);
        assertThat(latest.action()).isEqualTo(action);
        assertThat(latest.changes()).contains("\"" + changedField + "\"");
    }
}
