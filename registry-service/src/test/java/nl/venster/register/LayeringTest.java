package nl.venster.register;

import java.util.Set;
import nl.venster.conventions.testing.LayeringContract;

/** The conventions' layering guard over this service's packages (no Quarkus needed: it reads class files). */
class LayeringTest extends LayeringContract {

    @Override
    protected String rootPackage() {
        return "nl.venster.register";
    }

    /** None left: the {rest, service} cycle went when the services took commands of their own (issue 13). */
    @Override
    protected Set<Set<String>> knownCycles() {
        return Set.of();
    }
}
