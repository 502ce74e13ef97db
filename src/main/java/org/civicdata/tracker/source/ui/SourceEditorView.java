package org.civicdata.tracker.source.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.common.PartialDate;
import org.civicdata.tracker.editing.RecordHistory;
import org.civicdata.tracker.source.Source;
import org.civicdata.tracker.source.SourceService;
import org.civicdata.tracker.staff.PartialDateField;
import org.civicdata.tracker.staff.RecordEditorView;
import org.civicdata.tracker.staff.StaffLayout;

/** One source at /admin/sources/{id}. */
@Route(value = "sources/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class SourceEditorView extends RecordEditorView<Source> {

    private final TextField title = new TextField("Title");
    private final TextField publication = new TextField("Publication");
    private final TextField author = new TextField("Author");
    private final TextField url = new TextField("URL");
    private final PartialDateField published = new PartialDateField("Published", "published");
    private final Checkbox publishedInferred = new Checkbox("Date inferred (not stated by the source)");
    private final TextField seedDocument = new TextField("Seed document");

    public SourceEditorView(SourceService sources, RecordHistory history) {
        super("source", sources, sources, history);
        title.setId("title");
        title.setRequiredIndicatorVisible(true);
        publication.setId("publication");
        author.setId("author");
        url.setId("url");
        published.setId("published");
        publishedInferred.setId("published-inferred");
        seedDocument.setId("seed-document");
        seedDocument.setReadOnly(true);
        seedDocument.setHelperText("For seeded sources: the file in seeds/documents/ this record comes from");
        addField("title", title);
        addField("publication", publication);
        addField("author", author);
        addField("url", url);
        addField("published", published);
        addField("publishedInferred", publishedInferred);
        addField("seedDocument", seedDocument);
        addNotesOnly();
    }

    @Override
    protected Source blank() {
        return new Source();
    }

    @Override
    protected void fill(Source s) {
        title.setValue(nz(s.getTitle()));
        publication.setValue(nz(s.getPublication()));
        author.setValue(nz(s.getAuthor()));
        url.setValue(nz(s.getUrl()));
        published.setDate(s.getPublishedOn(), s.getPublishedPrecision());
        publishedInferred.setValue(s.isPublishedInferred());
        seedDocument.setValue(nz(s.getSeedDocument()));
    }

    @Override
    protected void readInto(Source s) {
        PartialDate date = published.date();
        s.setTitle(title.getValue().trim());
        s.setPublication(blankToNull(publication.getValue()));
        s.setAuthor(blankToNull(author.getValue()));
        s.setUrl(blankToNull(url.getValue()));
        s.setPublishedOn(date == null ? null : date.start());
        s.setPublishedPrecision(date == null ? null : date.precision());
        s.setPublishedInferred(publishedInferred.getValue());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    protected String titleOf(Source s) {
        return s.getTitle();
    }

    @Override
    protected Class<? extends Component> listView() {
        return SourceListView.class;
    }

    /** Sources have no page of their own: they are listed under every published record citing them. */
    @Override
    protected String noPublicPage() {
        return "A source has no public page of its own: once published, it is listed with its link under every"
                + " published record that cites it.";
    }
}
