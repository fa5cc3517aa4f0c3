package nl.venster.register;

import java.util.Set;
import nl.venster.conventions.testing.LayeringContract;

/** The conventions' layering guard over this service's packages (no Quarkus needed: it reads class files). */
class LayeringTest extends LayeringContract {

    @Override
    protected String rootPackage() {
        return "nl.venster.register";
    }

    /** The cycles this service had when the guard came (deploy/tools/package-deps.sh); issue 13 removes them. */
    @Override
    protected Set<Set<String>> knownCycles() {
        return Set.of(Set.of("rest", "service"));
    }
}
