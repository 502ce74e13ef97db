package org.civicdata.tracker.infra.vaadin;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.WebResourceRoot;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.session.StandardManager;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.apache.tomcat.websocket.server.WsSci;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Micronaut's bare Tomcat context lacks for Vaadin, and the cookie rules for a public site
 * that must not carry staff sessions:
 * <ul>
 *   <li>MIME types (without them the JS bundle goes out with no Content-Type: blank page);</li>
 *   <li>classpath {@code META-INF/resources} (Vaadin's push script lives there);</li>
 *   <li>the websocket container (for {@code @Push} over websockets rather than long-polling);</li>
 *   <li>a temporary docBase instead of {@code /}, and no session persistence across restarts;</li>
 *   <li>the session cookie scoped to {@code /admin} with SameSite=Lax, so {@code /}, {@code /j/...}
 *       and {@code /api/...} never receive or set one;</li>
 *   <li>no Tomcat error page, stack trace or server version, ever: {@link PlainErrorReportValve}
 *       answers what Tomcat refuses, {@link BadEscapeFilter} what the app could not decode;</li>
 *   <li>public answers already known (a matching revalidation, a body kept for the current data
 *       version) sent before the request reaches the context ({@link EarlyAnswerValve});</li>
 *   <li>the client's address and scheme from {@code X-Forwarded-*}, believed from
 *       {@link TrustedProxies} only (Tomcat's RemoteIpValve), and the security headers on every
 *       answer ({@link SecurityHeadersValve}).</li>
 * </ul>
 */
@Singleton
final class TomcatCustomizer implements BeanCreatedEventListener<Tomcat> {

    private static final Logger LOG = LoggerFactory.getLogger(TomcatCustomizer.class);

    private final Provider<PublicErrorPages> errorPages;
    private final Provider<EarlyAnswers> earlyAnswers;
    private final TrustedProxies trustedProxies;

    TomcatCustomizer(
            Provider<PublicErrorPages> errorPages,
            Provider<EarlyAnswers> earlyAnswers,
            @Nullable @Property(name = TrustedProxies.SETTING) List<String> trustedProxies) {
        this.errorPages = errorPages;
        this.earlyAnswers = earlyAnswers;
        this.trustedProxies = TrustedProxies.parse(trustedProxies);
    }

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        // Engine pipeline, in this order: the client's address and scheme (from trusted proxies
        // only), then the security headers, which need to know whether the request is secure, then
        // the public answers already known.
        trustedProxies
                .valve()
                .ifPresentOrElse(
                        valve -> {
                            tomcat.getEngine().getPipeline().addValve(valve);
                            LOG.info(
                                    "Trusting X-Forwarded-For and X-Forwarded-Proto from {}", trustedProxies.entries());
                        },
                        () -> LOG.info(
                                "No trusted proxies ({}): X-Forwarded-For and X-Forwarded-Proto are ignored",
                                TrustedProxies.SETTING));
        tomcat.getEngine().getPipeline().addValve(new SecurityHeadersValve());
        tomcat.getEngine().getPipeline().addValve(new EarlyAnswerValve(earlyAnswers));
        if (tomcat.getHost() instanceof StandardHost host) {
            PlainErrorReportValve valve = new PlainErrorReportValve();
            host.getPipeline().addValve(valve);
            // The host adds a valve of this class at start unless one is there: ours is.
            host.setErrorReportValveClass(valve.getClass().getName());
        }
        for (Container child : tomcat.getHost().findChildren()) {
            if (child instanceof Context context) {
                customize(context);
                addFilterFirst(context, "bad-escapes", new BadEscapeFilter(errorPages));
            }
        }
        return tomcat;
    }

    /** Ahead of every filter added later (each one added here after those added here before). */
    private static void addFilterFirst(Context context, String name, jakarta.servlet.Filter filter) {
        FilterDef def = new FilterDef();
        def.setFilterName(name);
        def.setFilter(filter);
        def.setAsyncSupported("true");
        context.addFilterDef(def);
        FilterMap map = new FilterMap();
        map.setFilterName(name);
        map.addURLPattern("/*");
        context.addFilterMapBefore(map);
    }

    private static void customize(Context context) {
        context.setDocBase(temporaryDocBase());
        Tomcat.addDefaultMimeTypeMappings(context);
        context.addServletContainerInitializer(new WsSci(), null);
        StandardManager manager = new StandardManager();
        manager.setPathname(null);
        context.setManager(manager);
        context.setSessionCookiePath("/admin");
        context.setUseHttpOnly(true);
        Rfc6265CookieProcessor cookies = new Rfc6265CookieProcessor();
        cookies.setSameSiteCookies("lax");
        context.setCookieProcessor(cookies);
        context.addLifecycleListener(event -> {
            if (Lifecycle.CONFIGURE_START_EVENT.equals(event.getType())) {
                addClasspathMetaInfResources(context.getResources());
            }
        });
    }

    private static String temporaryDocBase() {
        try {
            Path dir = Files.createTempDirectory("tracker-docbase");
            dir.toFile().deleteOnExit();
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serve {@code META-INF/resources} of every jar and class folder, as a WAR's lib jars would be. */
    private static void addClasspathMetaInfResources(WebResourceRoot root) {
        try {
            ClassLoader loader = TomcatCustomizer.class.getClassLoader();
            for (URL url : Collections.list(loader.getResources("META-INF/resources"))) {
                if ("jar".equals(url.getProtocol())) {
                    URL jar = ((JarURLConnection) url.openConnection()).getJarFileURL();
                    root.createWebResourceSet(
                            WebResourceRoot.ResourceSetType.RESOURCE_JAR, "/", jar, "/META-INF/resources");
                } else if ("file".equals(url.getProtocol())) {
                    root.createWebResourceSet(WebResourceRoot.ResourceSetType.RESOURCE_JAR, "/", url, "/");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list classpath META-INF/resources", e);
        }
    }
}
