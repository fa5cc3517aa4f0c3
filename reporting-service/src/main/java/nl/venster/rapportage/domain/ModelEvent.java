package nl.venster.rapportage.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.OpvolgingSoort;
import nl.venster.conventions.vocabulary.RondeStatus;

/** A validated event from one of the consumed topics, ready to be applied to the read model. */
public sealed interface ModelEvent {

    /** The CloudEvent id, stored to ignore duplicates; null for a tombstone (it has no id). */
    UUID eventId();

    String type();

    record RegioGewijzigd(UUID eventId, String type, long versie, String code, String naam, String zorgkantoorregio,
                          LocalDate geldigVanaf, LocalDate geldigTot, List<Lidmaatschap> leden) implements ModelEvent {
    }

    /** A tombstone on the compacted region topic: the region was removed. */
    record RegioVerwijderd(String code) implements ModelEvent {
        public UUID eventId() {
            return null;
        }

        public String type() {
            return "tombstone";
        }
    }

    /** A samenwerkingsagenda's snapshot (register.agendas), reduced to what the reports show. */
    record AgendaGewijzigd(UUID eventId, String type, long versie, UUID id, String regio, String titel, String status,
                           LocalDate looptijdVanaf, LocalDate looptijdTot, LocalDate vastgesteldOp, String vastgesteldDoor,
                           LocalDate afgelopenOp, List<AgendaFeit.Thema> themas) implements ModelEvent {
    }

    /** A removed concept agenda: the removal event (with its final version) or the tombstone after it (eventId null, versie 0). */
    record AgendaVerwijderd(UUID eventId, String type, long versie, UUID id, String regio) implements ModelEvent {
    }

    /** {@code indeling}: the division fixed when the round opened; null before, or from an older publisher. */
    record RondeGewijzigd(UUID eventId, String type, long versie, int jaar, RondeStatus status, OffsetDateTime opent,
                          OffsetDateTime sluit, List<Vraag> vragen, int voldoendeGrens, int spreidingsGrens,
                          List<RondeRegio> indeling)
            implements ModelEvent {
    }

    /** A tombstone on the compacted round topic: the round was removed. */
    record RondeVerwijderd(int jaar) implements ModelEvent {
        public UUID eventId() {
            return null;
        }

        public String type() {
            return "tombstone";
        }
    }

    record AntwoordsetIngediend(UUID eventId, String type, long versie, int jaar, String regio, Financier financier,
                                OffsetDateTime ingediendOp, List<AntwoordScore> antwoorden) implements ModelEvent {
    }

    record OpvolgingVastgelegd(UUID eventId, String type, UUID id, int jaar, String regio, OpvolgingSoort soort,
                               String toelichting, OffsetDateTime vastgelegdOp, long volgnummer, UUID afspraak) implements ModelEvent {
    }
}
