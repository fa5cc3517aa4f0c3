package nl.venster.register.service;

import java.time.LocalDate;
import java.util.List;
import nl.venster.register.domain.Herindelingsvergelijking;

/** The outcome of a herindeling: the difference between the CBS list and the registry, and whether it was applied. */
public record Herindeling(
        LocalDate ingangsdatum,
        boolean dryRun,
        boolean toegepast,
        List<Herindelingsvergelijking.NieuweGemeente> nieuw,
        List<Herindelingsvergelijking.BeeindigdeGemeente> beeindigd,
        List<Herindelingsvergelijking.HernoemdeGemeente> hernoemd,
        List<Herindelingsvergelijking.GewijzigdeZorgkantoorregio> andereZorgkantoorregio,
        List<String> besluitNodig) {
}
