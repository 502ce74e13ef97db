package org.civicdata.tracker.infra.vaadin;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;

/** The staff UI's servlet: a plain VaadinServlet whose service instantiates through Micronaut. */
public class MicronautVaadinServlet extends VaadinServlet {

    private final transient ApplicationContext context;

    public MicronautVaadinServlet(ApplicationContext context) {
        this.context = context;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new MicronautVaadinServletService(this, configuration, context);
        service.init();
        return service;
    }

    /** The service, visible to tests that run Vaadin without a servlet container. */
    public static final class MicronautVaadinServletService extends VaadinServletService {

        private final transient ApplicationContext context;

        public MicronautVaadinServletService(
                VaadinServlet servlet, DeploymentConfiguration configuration, ApplicationContext context) {
            super(servlet, configuration);
            this.context = context;
        }

        @Override
        protected Instantiator createInstantiator() throws ServiceException {
            return new MicronautInstantiator(this, context);
        }

        /**
         * An address that names no staff page is navigated on the server while its page is built
         * (Vaadin's "eager server load"), so that the page itself carries the 404 of
         * {@code StaffNotFoundView}; every known page bootstraps as before.
         */
        @Override
        public void init() throws ServiceException {
            super.init();
            setBootstrapInitialPredicate(this::namesNoRoute);
        }

        private boolean namesNoRoute(VaadinRequest request) {
            if (!(request instanceof VaadinServletRequest servletRequest)) {
                return false;
            }
            String path = servletRequest.getPathInfo() == null ? "" : servletRequest.getPathInfo();
            try {
                return getRouter()
                        .resolveNavigationTarget(path, servletRequest.getParameterMap())
                        .isEmpty();
            } catch (RuntimeException unreadable) {
                return false;
            }
        }
    }
}
