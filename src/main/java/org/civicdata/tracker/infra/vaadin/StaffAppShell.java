package org.civicdata.tracker.infra.vaadin;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import jakarta.inject.Singleton;
import java.util.Map;

/** The staff UI's page shell: server push for live updates, and the site's own icon. */
@Push
@Singleton
public class StaffAppShell implements AppShellConfigurator {

    /** Served by the public side's AssetController, from this app: no request to another host. */
    static final String FAVICON = "/assets/favicon.svg";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink(FAVICON, Map.of("rel", "icon", "type", "image/svg+xml"));
    }
}
