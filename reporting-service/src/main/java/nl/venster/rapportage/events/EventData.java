package nl.venster.rapportage.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The {@code data} of every event type this service consumes, as in openapi/asyncapi.yaml, bound by Jackson
 * (field names are the contract's). Every field is nullable: what is required, its form and its bounds are checked
 * by the consumer's validation, which names each problem. Enumerations are kept as their codes here and resolved
 * against the shared vocabulary by that validation; fields the reports do not use are not bound.
 */
public final class EventData {

    private EventData() {
    }

    /** {@code nl.venster.register.regio.gewijzigd} on register.regios. */
    public record Regio(String code, String naam, String zorgkantoorregio, LocalDate geldigVanaf, LocalDate geldigTot,
                        List<Lid> leden, Long versie) {
    }

    public record Lid(String gemeentecode, String gemeentenaam, LocalDate vanaf, LocalDate tot) {
    }

    /** {@code nl.venster.register.agenda.gewijzigd} on register.agendas: the agenda's snapshot. */
    public record Agenda(UUID id, String regio, String titel, String status, LocalDate looptijdVanaf, LocalDate looptijdTot,
                         LocalDate vastgesteldOp, String vastgesteldDoor, LocalDate afgelopenOp, Long versie,
                         List<Afspraak> afspraken, List<AgendaThema> themas) {
    }

    public record Afspraak(String thema, String status) {
    }

    public record AgendaThema(String thema, List<Doel> doelen) {
    }

    public record Doel(String omschrijving, String indicator, String nulwaarde, String streefwaarde, LocalDate streefdatum) {
    }

    /** {@code nl.venster.register.agenda.verwijderd} on register.agendas: a concept agenda was removed. */
    public record AgendaVerwijderd(UUID id, String regio, Long versie) {
    }

    /** {@code nl.venster.ronde.gewijzigd} on venster.rondes. */
    public record Ronde(Integer jaar, String status, OffsetDateTime opent, OffsetDateTime sluit, List<Vraag> vragen,
                        Integer voldoendeGrens, Integer spreidingsGrens, Long versie, List<IndelingRegio> indeling) {
    }

    public record Vraag(String code, String tekst, String schaal) {
    }

    /** One region of the round's fixed division. */
    public record IndelingRegio(String code, String naam, String zorgkantoorregio, List<IndelingGemeente> gemeenten) {
    }

    public record IndelingGemeente(String code, String naam) {
    }

    /** {@code nl.venster.antwoordset.ingediend} on venster.antwoorden. */
    public record Antwoordset(Integer jaar, String regio, String financier, OffsetDateTime ingediendOp, Long versie,
                              List<Antwoord> antwoorden) {
    }

    public record Antwoord(String vraag, Integer score, String toelichting) {
    }

    /** {@code nl.venster.opvolging.vastgelegd} on venster.opvolgingen. */
    public record Opvolging(UUID id, Integer jaar, String regio, String soort, String toelichting, OffsetDateTime vastgelegdOp,
                            Long volgnummer, UUID afspraak) {
    }
}
