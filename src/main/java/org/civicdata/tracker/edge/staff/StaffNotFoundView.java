package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;

/**
 * An address under /admin that names no staff page: said in the staff frame, with status 404 (in
 * place of Vaadin's bare "Could not navigate" page). Open to everyone, so that a mistyped address
 * says "not found" rather than asking to sign in for a page that does not exist; it shows nothing
 * but the address asked for.
 */
@ParentLayout(StaffLayout.class)
@PageTitle("Not found · Policy tracker staff")
@AnonymousAllowed
@Prototype
public class StaffNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private final Paragraph what = new Paragraph();

    public StaffNotFoundView() {
        setId("not-found");
        what.setId("not-found-address");
        Anchor back = new Anchor("/admin", "Go to the staff start page");
        back.setId("not-found-back");
        add(new H1("Page not found"), what, back);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        what.setText("There is no staff page at /admin/" + event.getLocation().getPathWithQueryParameters()
                + ". Check the address, or use the menu.");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
