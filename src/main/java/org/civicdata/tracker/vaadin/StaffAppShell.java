package org.civicdata.tracker.vaadin;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import jakarta.inject.Singleton;

/** The staff UI's page shell: server push for live updates. */
@Push
@Singleton
public class StaffAppShell implements AppShellConfigurator {
}
