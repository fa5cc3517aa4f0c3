package nl.venster.register.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import nl.venster.conventions.vocabulary.AgendaGeldigheid;

/** The agenda's pure rules: its states, when it is in force, and the one-adopted-agenda-per-date rule. */
public final class AgendaRegels {

    public static final String CONCEPT = AgendaGeldigheid.CONCEPT;
    public static final String VASTGESTELD = AgendaGeldigheid.VASTGESTELD;
    public static final String AFGELOPEN = AgendaGeldigheid.AFGELOPEN;
    public static final String AGENDASTATUS_PATROON = "concept|vastgesteld|afgelopen";

    public static final String AFSPRAAKSTATUS_PATROON = "gepland|loopt|afgerond|vertraagd|gestopt";

    public static final String PARTIJSOORT_PATROON =
            "provincie|aanbieder|patientenorganisatie|procesbegeleider|kennisinstituut|overig";

    /** The roles (per the registry, on the day of the change) that may edit their own region's agenda. */
    public static final Set<String> BEWERKENDE_ROLLEN =
            Set.of("bestuurlijk-aanspreekpunt", "ambtelijk-aanspreekpunt", "regiocoordinator", "trekker");

    private AgendaRegels() {
    }

    /** [vanaf, tot): tot exclusive. */
    public record Periode(LocalDate vanaf, LocalDate tot) {
        public boolean omvat(LocalDate datum) {
            return Geldigheid.omvat(vanaf, tot, datum);
        }

        public boolean overlaptMet(Periode andere) {
            return Geldigheid.overlappen(vanaf, tot, andere.vanaf, andere.tot);
        }
    }

    /** The looptijd, cut short by an early end (afgelopenOp before its end). */
    public static Periode periode(LocalDate vanaf, LocalDate tot, LocalDate afgelopenOp) {
        return new Periode(vanaf, AgendaGeldigheid.einde(vanaf, tot, afgelopenOp));
    }

    /** Whether the agenda was adopted (now vastgesteld or afgelopen after being vastgesteld). */
    public static boolean isVastgesteld(String status) {
        return AgendaGeldigheid.isVastgesteld(status);
    }

    /** In force on the date: adopted on or before it, and the date within its (possibly shortened) looptijd. */
    public static boolean vanKrachtOp(Agenda agenda, LocalDate datum) {
        return AgendaGeldigheid.vanKrachtOp(agenda.status, agenda.looptijdVanaf, agenda.looptijdTot, agenda.vastgesteldOp,
                agenda.afgelopenOp, datum);
    }

    /** An adopted agenda of the same region whose period overlaps the given one, other than the agenda itself. */
    public static Optional<Agenda> overlappend(Agenda agenda, Periode periode, Collection<Agenda> andereVanRegio) {
        return andereVanRegio.stream()
                .filter(a -> !a.id.equals(agenda.id) && isVastgesteld(a.status))
                .filter(a -> a.periode().overlaptMet(periode))
                .findFirst();
    }

    /** The adopted agenda in force on the date, if any (at most one by the overlap rule). */
    public static Optional<Agenda> vanKracht(Collection<Agenda> agendas, LocalDate datum) {
        return agendas.stream().filter(a -> vanKrachtOp(a, datum)).findFirst();
    }
}
