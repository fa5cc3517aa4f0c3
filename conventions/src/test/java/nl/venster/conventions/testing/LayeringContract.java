package nl.venster.conventions.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import nl.venster.conventions.http.ApiException;
import org.junit.jupiter.api.Test;

/**
 * A service's packages depend inwards: {@code rest} on {@code service}, {@code service} on {@code domain} and
 * {@code repository}, never back; and no two packages depend on each other. Violations that existed when this
 * guard came are frozen in the service's {@code src/test/resources/archunit-store} (ArchUnit's FreezingArchRule):
 * each one fixed leaves the store, and any new one fails the build. The store shrinks to empty as the layering
 * work proceeds; never add to it by hand.
 */
public abstract class LayeringContract {

    /** The service's root package, e.g. {@code nl.venster.register}. */
    protected abstract String rootPackage();

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
                .as("service, domain, repository, messaging and config classes do not use rest classes or ApiException");
        FreezingArchRule.freeze(rule).check(classes());
    }

    @Test
    void noPackageCycles() {
        ArchRule rule = slices().matching(rootPackage() + ".(*)..").should().beFreeOfCycles()
                .as("the packages of " + rootPackage() + " are free of cycles");
        FreezingArchRule.freeze(rule).check(classes());
    }
}
