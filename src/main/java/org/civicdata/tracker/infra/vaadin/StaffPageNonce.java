package org.civicdata.tracker.infra.vaadin;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.inject.Singleton;

/**
 * Gives the inline scripts of Vaadin's bootstrap page the nonce that {@link SecurityHeadersValve}
 * put in this answer's Content-Security-Policy, so the staff policy needs no 'unsafe-inline' for
 * scripts: only the page's own inline scripts run, not any that text could smuggle in.
 */
@Singleton
class StaffPageNonce implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest() instanceof VaadinServletRequest request
                    && request.getAttribute(SecurityHeadersValve.NONCE_ATTRIBUTE) instanceof String nonce) {
                page.getDocument().select("script:not([src])").attr("nonce", nonce);
            }
        });
    }
}
