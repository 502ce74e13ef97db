package org.civicdata.tracker.record.source.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.core.editing.RecordHistory;
import org.civicdata.tracker.edge.staff.PartialDateField;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.source.SourceService;

/** One source at /admin/sources/{id}. */
@Route(value = "sources/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class SourceEditorView extends RecordEditorView<Source> {

    private final TextField title = form().text("title", "title", "Title");
    private final TextField publication = form().text("publication", "publication", "Publication");
    private final TextField author = form().text("author", "author", "Author");
    private final TextField url = form().text("url", "url", "URL");
    private final PartialDateField published = new PartialDateField("Published", "published");
    private final Checkbox publishedInferred = new Checkbox("Date inferred (not stated by the source)");
    private final TextField seedDocument = new TextField("Seed document");

    public SourceEditorView(SourceService sources, RecordHistory history) {
        super("source", sources, sources, history);
        title.setRequiredIndicatorVisible(true);
        published.setId("published");
        publishedInferred.setId("published-inferred");
        seedDocument.setId("seed-document");
        seedDocument.setReadOnly(true);
        seedDocument.setHelperText("For seeded sources: the file in seeds/documents/ this record comes from");
        form().requiredText("title", title, Source::getTitle, Source::setTitle);
        form().optionalText("publication", publication, Source::getPublication, Source::setPublication);
        form().optionalText("author", author, Source::getAuthor, Source::setAuthor);
        form().optionalText("url", url, Source::getUrl, Source::setUrl);
        form().date("published", published, "published");
        form().bind("publishedInferred", publishedInferred)
                .bind(Source::isPublishedInferred, Source::setPublishedInferred);
        // Shown, never changed in the form: the seed loader sets it.
        form().bind("seedDocument", seedDocument).bind(Source::getSeedDocument, null);
        addNotesOnly();
    }

    @Override
    protected Source blank() {
        return new Source();
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
