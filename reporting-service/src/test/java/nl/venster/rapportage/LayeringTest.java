package nl.venster.rapportage;

import nl.venster.conventions.testing.LayeringContract;

/** The conventions' layering guard over this service's packages (no Quarkus needed: it reads class files). */
class LayeringTest extends LayeringContract {

    @Override
    protected String rootPackage() {
        return "nl.venster.rapportage";
    }
}
