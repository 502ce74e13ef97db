package org.civicdata.tracker.infra.vaadin;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.ApplicationContext;
import java.util.stream.Stream;

/**
 * Lets Micronaut build the route targets and components it knows (views are {@code @Prototype}
 * beans with constructor injection); everything else falls back to Vaadin's own instantiation.
 */
public final class MicronautInstantiator extends DefaultInstantiator {

    private final transient ApplicationContext context;

    public MicronautInstantiator(VaadinService service, ApplicationContext context) {
        super(service);
        this.context = context;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        if (context.containsBean(type)) {
            return context.getBean(type);
        }
        return super.getOrCreate(type);
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(
                super.getServiceInitListeners(), context.getBeansOfType(VaadinServiceInitListener.class).stream());
    }
}
