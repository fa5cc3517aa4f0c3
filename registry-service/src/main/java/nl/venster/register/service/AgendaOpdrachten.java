package nl.venster.register.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.venster.register.domain.AgendaInhoud;

/** What AgendaService is asked to do, in its own terms (the REST bodies are mapped onto these in {@code rest}). */
public final class AgendaOpdrachten {

    private AgendaOpdrachten() {
    }

    /** A new agenda or its new content as a whole; the lists are never null. */
    public record Agenda(String titel, LocalDate looptijdVanaf, LocalDate looptijdTot, String gedeeldeAmbitie,
                         List<AgendaInhoud.BetrokkenPartij> betrokkenPartijen, List<AgendaInhoud.ThemaInhoud> themas) {
    }

    public record Vaststelling(LocalDate vastgesteldOp, String vastgesteldDoor) {
    }

    public record Beeindiging(LocalDate afgelopenOp) {
    }

    /** An afspraak or its new data; a null status means gepland for a new one and unchanged otherwise. */
    public record Afspraak(String thema, String omschrijving, UUID trekker, List<String> financiers, LocalDate geplandeStart,
                           LocalDate geplandEinde, String status) {
    }

    /** A progress report; a null status leaves the afspraak's status as it is. */
    public record Voortgang(LocalDate datum, String toelichting, String status) {
    }
}
