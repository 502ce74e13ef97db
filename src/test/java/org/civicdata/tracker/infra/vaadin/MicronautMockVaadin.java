package org.civicdata.tracker.infra.vaadin;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Karibu-Testing's mocked Vaadin, wired like the real servlet: routes are the ones Micronaut knows,
 * and views are instantiated by Micronaut (so their services are injected).
 */
public final class MicronautMockVaadin {

    private MicronautMockVaadin() {}

    @SuppressWarnings("unchecked")
    public static void setup(ApplicationContext context) {
        Set<Class<? extends Component>> routes = VaadinInitializer.candidateClasses(context).stream()
                .filter(c -> c.isAnnotationPresent(Route.class))
                .map(c -> (Class<? extends Component>) c)
                .collect(Collectors.toSet());
        // Our error views (Karibu brings its own stand-ins for Vaadin's default ones).
        Set<Class<? extends HasErrorParameter<?>>> errorRoutes = VaadinInitializer.candidateClasses(context).stream()
                .filter(c ->
                        HasErrorParameter.class.isAssignableFrom(c) && !VaadinInitializer.VAADIN_BUILT_INS.contains(c))
                .map(c -> (Class<? extends HasErrorParameter<?>>) c)
                .collect(Collectors.toSet());
        Routes karibuRoutes = new Routes(routes, errorRoutes, true);
        MockVaadin.setup(UI::new, new MockVaadinServlet(karibuRoutes) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                    throws ServiceException {
                MockService service = new MockService(this, configuration, getUiFactory()) {
                    private Instantiator instantiator;

                    @Override
                    protected Instantiator createInstantiator() {
                        return getInstantiator();
                    }

                    @Override
                    public Instantiator getInstantiator() {
                        if (instantiator == null) {
                            instantiator = new MicronautInstantiator(this, context);
                        }
                        return instantiator;
                    }
                };
                service.init();
                getRoutes().register(service.getContext());
                return service;
            }
        });
    }
}
