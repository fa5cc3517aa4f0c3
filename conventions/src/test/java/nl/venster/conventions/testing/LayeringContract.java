package nl.venster.conventions.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.venster.conventions.http.ApiException;
import nl.venster.conventions.http.Problem;
import org.junit.jupiter.api.Test;

/**
 * A service's packages depend inwards: {@code rest} on {@code service}, {@code service} on {@code domain} and
 * {@code repository}, never back; and no two packages depend on each other.
 *
 * <p>The layering is being put right service by service (issue 13). Until then the debt is written down instead of
 * being allowed to grow: the rest-dependencies that existed are frozen in the service's
 * {@code src/test/resources/archunit-store} (ArchUnit's FreezingArchRule: each one fixed leaves the store, any new one
 * fails), and the package cycles that existed are named by {@link #knownCycles()}; a new cycle, or a known one that
 * takes in another package, fails. Both lists only shrink.
 */
public abstract class LayeringContract {

    /** The service's root package, e.g. {@code nl.venster.register}. */
    protected abstract String rootPackage();

    /** Groups of top-level packages (e.g. {@code Set.of("rest", "service")}) that still depend on each other. */
    protected Set<Set<String>> knownCycles() {
        return Set.of();
    }

    private JavaClasses classes() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage());
    }

    @Test
    void nothingBelowRestKnowsRestOrHttpShapedErrors() {
        ArchRule rule = noClasses()
                .that().resideInAnyPackage("..service..", "..domain..", "..repository..", "..messaging..", "..events..", "..config..")
                .should().dependOnClassesThat().resideInAPackage(rootPackage() + ".rest..")
                .orShould().dependOnClassesThat().areAssignableTo(ApiException.class)
                .orShould().dependOnClassesThat().areAssignableTo(Problem.class)
                .as("service, domain, repository, messaging and config classes do not use rest classes, ApiException or Problem"
                        + " (they raise a Weigering)");
        FreezingArchRule.freeze(rule).check(classes());
    }

    @Test
    void noPackageCyclesBeyondTheKnownOnes() {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (JavaClass origin : classes()) {
            String from = topPackage(origin);
            if (from == null) {
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = topPackage(dependency.getTargetClass());
                if (to != null && !to.equals(from)) {
                    edges.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (Set<String> cycle : stronglyConnected(edges)) {
            boolean known = knownCycles().stream().anyMatch(k -> k.containsAll(cycle));
            if (!known) {
                problems.add("packages " + cycle + " of " + rootPackage() + " depend on each other");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n(package dependencies: " + edges + ")");
    }

    private String topPackage(JavaClass type) {
        String name = type.getPackageName();
        String root = rootPackage() + ".";
        if (!name.startsWith(root)) {
            return null;
        }
        String rest = name.substring(root.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** The groups of two or more packages that reach each other (Tarjan's strongly connected components). */
    private static List<Set<String>> stronglyConnected(Map<String, Set<String>> edges) {
        Set<String> nodes = new TreeSet<>(edges.keySet());
        edges.values().forEach(nodes::addAll);
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        List<String> stack = new ArrayList<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> result = new ArrayList<>();
        int[] counter = {0};
        for (String node : nodes) {
            if (!index.containsKey(node)) {
                connect(node, edges, index, low, stack, onStack, result, counter);
            }
        }
        return result;
    }

    private static void connect(String node, Map<String, Set<String>> edges, Map<String, Integer> index, Map<String, Integer> low,
            List<String> stack, Set<String> onStack, List<Set<String>> result, int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]++);
        stack.add(node);
        onStack.add(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, edges, index, low, stack, onStack, result, counter);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.remove(stack.size() - 1);
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                result.add(component);
            }
        }
    }
}
