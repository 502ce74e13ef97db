package org.civicdata.tracker.record.source.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.source.SourceService;

/** One source at /admin/sources/{id}. */
@Route(value = "sources/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class SourceEditorView extends RecordEditorView<Source> {

    public SourceEditorView(SourceService sources, Services services) {
        super("source", Source::new, sources, services);
        form().requiredText("title", "title", "Title");
        form().optionalText("publication", "publication", "Publication");
        form().optionalText("author", "author", "Author");
        form().optionalText("url", "url", "URL");
        form().date("published", "published", "Published", "published");
        form().checkbox("publishedInferred", "published-inferred", "Date inferred (not stated by the source)");
        // Shown, never changed in the form: the seed loader sets it.
        TextField seedDocument = new TextField("Seed document");
        seedDocument.setReadOnly(true);
        seedDocument.setHelperText("For seeded sources: the file in seeds/documents/ this record comes from");
        seedDocument.setId("seed-document");
        form().bind("seedDocument", seedDocument).bind(Source::getSeedDocument, null);
        addNotesOnly();
    }

    @Override
    protected String titleOf(Source s) {
        return s.getTitle();
    }

    /** Sources have no page of their own: they are listed under every published record citing them. */
    @Override
    protected String noPublicPage() {
        return "A source has no public page of its own: once published, it is listed with its link under every"
                + " published record that cites it.";
    }
}
