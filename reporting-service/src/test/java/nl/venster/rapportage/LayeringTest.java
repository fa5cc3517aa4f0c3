package nl.venster.rapportage;

import nl.venster.conventions.testing.LayeringContract;

/**
 * The conventions' layering guard over this service's packages (no Quarkus needed: it reads class files). No known
 * package cycles are left (issue 13): service no longer knows rest or messaging, repository no longer service.
 */
class LayeringTest extends LayeringContract {

    @Override
    protected String rootPackage() {
        return "nl.venster.rapportage";
    }
}
