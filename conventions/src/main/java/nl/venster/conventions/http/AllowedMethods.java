package nl.venster.conventions.http;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which HTTP methods a path supports, for the {@code Allow} header of a 405: the framework refuses the
 * method but does not say what is allowed. Built once from the resource classes' annotations.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*)\\s*)?}");

    private volatile List<Route> routes;

    /** The allowed methods for a path relative to the REST root, always including OPTIONS. */
    public String allowedFor(String path) {
        String normalized = "/" + trimSlashes(path);
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.pattern.matcher(normalized).matches()) {
                methods.add(route.method);
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return String.join(", ", methods);
    }

    /** Whether some resource method answers this path (relative to the REST root), with any method. */
    public boolean isKnown(String path) {
        String normalized = "/" + trimSlashes(path);
        for (Route route : routes()) {
            if (route.pattern.matcher(normalized).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether this method is among the allowed ones for the path (HEAD with GET, OPTIONS always). */
    public boolean allows(String path, String method) {
        return List.of(allowedFor(path).split(", ")).contains(method.toUpperCase());
    }

    /** Whether the path exists, but not with this method: the answer is 405 with {@link #allowedFor}, not 404. */
    public boolean refuses(String path, String method) {
        return isKnown(path) && !allows(path, method);
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = collectRoutes();
            routes = known;
        }
        return known;
    }

    private static List<Route> collectRoutes() {
        List<Route> collected = new ArrayList<>();
        // Bean metadata only: looking at the classes must not instantiate any bean.
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod != null) {
                    Path methodPath = method.getAnnotation(Path.class);
                    // Collapsed: a class at "/" and a method at "/dekking" make "/dekking", not "//dekking".
                    String template = ("/" + trimSlashes(classPath.value())
                            + (methodPath == null ? "" : "/" + trimSlashes(methodPath.value()))).replaceAll("/{2,}", "/");
                    collected.add(new Route(httpMethod, toPattern(template)));
                }
            }
        }
        return List.copyOf(collected);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    static Pattern toPattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher matcher = TEMPLATE_VARIABLE.matcher(template);
        int last = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(template.substring(last, matcher.start())));
            regex.append('(').append(matcher.group(1) != null ? matcher.group(1) : "[^/]+").append(')');
            last = matcher.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }

    private static String trimSlashes(String value) {
        return value.replaceAll("^/+|/+$", "");
    }

    private record Route(String method, Pattern pattern) {
    }
}
