package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.TrackedRecord;
import org.civicdata.tracker.core.editing.RecordPresence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who else has the record open (from {@link RecordPresence}, across instances), refreshed by a
 * heartbeat while the editor is attached; and the browser's question before leaving a page with
 * unsaved changes. A courtesy: when it cannot be read the editor still works and says nothing wrong.
 */
class EditorPresence extends Span {

    private static final Logger LOG = LoggerFactory.getLogger(RecordEditorView.class);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final String HEARTBEAT_OWNER = "record-editor-heartbeat";
    /** Asks the browser to confirm leaving the page while the form holds unsaved changes. */
    private static final String UNLOAD_GUARD = """
            const el = this;
            if (!el.__unloadGuard) {
              el.__unloadGuard = e => {
                if (el.isConnected && (el.dirty || el.__typed)) { e.preventDefault(); e.returnValue = ''; }
              };
              el.addEventListener('input', () => { el.__typed = true; });
              el.addEventListener('change', () => { el.__typed = false; });
            }
            window.addEventListener('beforeunload', el.__unloadGuard);""";

    private final RecordType type;
    private final String noun;
    private final Supplier<? extends TrackedRecord> current;
    private final BooleanSupplier databaseDown;
    /** This editor's key in {@link RecordPresence}: one per open editor. */
    private final String editorKey = UUID.randomUUID().toString();

    private transient RecordPresence presence;
    private Registration heartbeat;

    /** {@code databaseDown}: whether the database is known to be down (then the heartbeat is skipped). */
    EditorPresence(
            RecordType type, String noun, Supplier<? extends TrackedRecord> current, BooleanSupplier databaseDown) {
        this.type = type;
        this.noun = noun;
        this.current = current;
        this.databaseDown = databaseDown;
        setId("presence");
    }

    void setPresence(RecordPresence presence) {
        this.presence = presence;
    }

    /** The editor is on the page: the heartbeat starts and the leave guard is installed on {@code editor}. */
    void attached(UI ui, Component editor) {
        ComponentUtil.setData(ui, HEARTBEAT_OWNER, this);
        ui.setPollInterval((int) RecordPresence.HEARTBEAT.toMillis());
        heartbeat = ui.addPollListener(e -> beat());
        editor.getElement().executeJs(UNLOAD_GUARD);
    }

    void detached(UI ui) {
        if (heartbeat != null) {
            heartbeat.remove();
            heartbeat = null;
        }
        // Another editor attached meanwhile (navigating from one editor to the next) keeps its heartbeat.
        if (ComponentUtil.getData(ui, HEARTBEAT_OWNER) == this) {
            ui.setPollInterval(-1);
            ComponentUtil.setData(ui, HEARTBEAT_OWNER, null);
        }
        if (presence != null) {
            presence.left(editorKey);
        }
    }

    /** The heartbeat: this editor is still open; and who else has the record open now. */
    void beat() {
        TrackedRecord record = current.get();
        // Presence is a courtesy: while the database is down it is skipped, quietly.
        if (presence == null || record == null || !isAttached() || databaseDown.getAsBoolean()) {
            return;
        }
        if (record.getId() == null) {
            presence.left(editorKey);
            setText("");
            return;
        }
        StaffPrincipal me = StaffSession.current().orElse(null);
        if (me == null) {
            return;
        }
        List<RecordPresence.Other> open;
        try {
            presence.here(editorKey, type, record.getId(), me.username());
            open = presence.others(editorKey, type, record.getId());
        } catch (RuntimeException e) {
            LOG.warn("Presence of the {} editor not updated", noun, e);
            setText("");
            return;
        }
        setText(open.stream()
                .map(o -> o.username().equals(me.username())
                        ? "You also have this open in another window (since " + sinceText(o.since()) + ")."
                        : o.username() + " is editing this since " + sinceText(o.since()) + ".")
                .collect(Collectors.joining(" ")));
    }

    private static String sinceText(Instant since) {
        boolean today = since.atZone(ZoneOffset.UTC).toLocalDate().equals(LocalDate.now(ZoneOffset.UTC));
        return (today ? TIME : WHEN).format(since) + " UTC";
    }
}
