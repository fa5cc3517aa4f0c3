package nl.venster.venster;

import nl.venster.conventions.testing.LayeringContract;

/**
 * The conventions' layering guard over this service's packages (no Quarkus needed: it reads class files). No package
 * cycles are left (issue 13 removed rest ↔ service ↔ messaging), so none is named as known.
 */
class LayeringTest extends LayeringContract {

    @Override
    protected String rootPackage() {
        return "nl.venster.venster";
    }
}
