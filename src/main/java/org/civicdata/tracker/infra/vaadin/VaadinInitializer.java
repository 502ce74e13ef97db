package org.civicdata.tracker.infra.vaadin;

import com.vaadin.flow.component.WebComponentExporterFactory;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.router.DefaultRoutePathProvider;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.startup.AnnotationValidator;
import com.vaadin.flow.server.startup.DefaultApplicationConfigurationFactory;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import com.vaadin.flow.server.startup.WebComponentConfigurationRegistryInitializer;
import com.vaadin.flow.server.startup.WebComponentExporterAwareValidator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.HandlesTypes;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Starts Vaadin inside Micronaut's Tomcat and mounts it at {@code /admin/*}.
 *
 * <p>Micronaut's Tomcat builds its context without {@code @HandlesTypes} scanning, so Vaadin's own
 * servlet container initializers never run and {@code VaadinServlet.init()} would find no Lookup.
 * This bean (Micronaut hands every {@link ServletContainerInitializer} bean to Tomcat) does what the
 * container would: it offers each Vaadin initializer the classes it asks for, taken from
 * Micronaut's compile-time bean definitions (no classpath scan) plus Vaadin's built-in
 * implementations. Re-check {@link #VAADIN_BUILT_INS} after a Vaadin upgrade.
 */
@Singleton
public final class VaadinInitializer implements ServletContainerInitializer {

    public static final String MAPPING = "/admin/*";

    /** Vaadin's own classes that a classpath scan would have found. */
    static final List<Class<?>> VAADIN_BUILT_INS = List.of(
            LookupInitializer.class,
            DefaultRoutePathProvider.class,
            DefaultApplicationConfigurationFactory.class,
            RouteNotFoundError.class,
            InternalServerError.class,
            WebComponentExporterFactory.DefaultWebComponentExporterFactory.class);

    private final ApplicationContext context;

    public VaadinInitializer(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext servletContext) throws ServletException {
        Set<Class<?>> candidates = candidateClasses(context);
        // The Lookup must exist before the others run.
        new LookupServletContainerInitializer().onStartup(candidates, servletContext);
        for (ServletContainerInitializer initializer : List.of(
                new RouteRegistryInitializer(),
                new ErrorNavigationTargetInitializer(),
                new AnnotationValidator(),
                new WebComponentExporterAwareValidator(),
                new WebComponentConfigurationRegistryInitializer(),
                new VaadinAppShellInitializer())) {
            initializer.onStartup(handledBy(initializer, candidates), servletContext);
        }
        ServletRegistration.Dynamic servlet = servletContext.addServlet("vaadin", new MicronautVaadinServlet(context));
        servlet.addMapping(MAPPING);
        servlet.setAsyncSupported(true);
        servlet.setLoadOnStartup(1);
    }

    /**
     * Our route, error-view ({@link HasErrorParameter}: they replace Vaadin's default ones for the same
     * exception) and app-shell classes, known to Micronaut at compile time, plus Vaadin's built-ins.
     */
    public static Set<Class<?>> candidateClasses(ApplicationContext context) {
        Set<Class<?>> classes = new LinkedHashSet<>(VAADIN_BUILT_INS);
        for (BeanDefinition<?> definition : context.getAllBeanDefinitions()) {
            Class<?> type = definition.getBeanType();
            if (type.isAnnotationPresent(Route.class)
                    || HasErrorParameter.class.isAssignableFrom(type)
                    || AppShellConfigurator.class.isAssignableFrom(type)) {
                classes.add(type);
            }
        }
        return classes;
    }

    /** What a container would pass: the candidates annotated with, or assignable to, a handled type. */
    static Set<Class<?>> handledBy(ServletContainerInitializer initializer, Set<Class<?>> candidates) {
        HandlesTypes handles = initializer.getClass().getAnnotation(HandlesTypes.class);
        if (handles == null) {
            return Set.of();
        }
        List<Class<?>> types = Arrays.asList(handles.value());
        return candidates.stream()
                .filter(c -> types.stream().anyMatch(t -> matches(c, t)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @SuppressWarnings("unchecked")
    private static boolean matches(Class<?> candidate, Class<?> handled) {
        if (handled.isAnnotation()) {
            return candidate.isAnnotationPresent((Class<? extends Annotation>) handled);
        }
        return handled.isAssignableFrom(candidate) && !handled.equals(candidate);
    }
}
