package org.civicdata.tracker.vaadin;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.WebResourceRoot;
import org.apache.catalina.session.StandardManager;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * What Micronaut's bare Tomcat context lacks for Vaadin, and the cookie rules for a public site
 * that must not carry staff sessions:
 * <ul>
 *   <li>MIME types (without them the JS bundle goes out with no Content-Type: blank page);</li>
 *   <li>classpath {@code META-INF/resources} (Vaadin's push script lives there);</li>
 *   <li>the websocket container (for {@code @Push} over websockets rather than long-polling);</li>
 *   <li>a temporary docBase instead of {@code /}, and no session persistence across restarts;</li>
 *   <li>the session cookie scoped to {@code /admin} with SameSite=Lax, so {@code /}, {@code /j/...}
 *       and {@code /api/...} never receive or set one.</li>
 * </ul>
 */
@Singleton
final class TomcatCustomizer implements BeanCreatedEventListener<Tomcat> {

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        for (Container child : tomcat.getHost().findChildren()) {
            if (child instanceof Context context) {
                customize(context);
            }
        }
        return tomcat;
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
                    root.createWebResourceSet(WebResourceRoot.ResourceSetType.RESOURCE_JAR, "/", jar, "/META-INF/resources");
                } else if ("file".equals(url.getProtocol())) {
                    root.createWebResourceSet(WebResourceRoot.ResourceSetType.RESOURCE_JAR, "/", url, "/");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list classpath META-INF/resources", e);
        }
    }
}
