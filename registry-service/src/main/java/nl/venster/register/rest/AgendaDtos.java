package nl.venster.register.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.venster.register.domain.Afspraak;
import nl.venster.register.domain.Agenda;
import nl.venster.register.domain.AgendaInhoud;
import nl.venster.register.domain.Voortgang;
import nl.venster.register.repository.AfspraakRepository.MetTrekker;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the samenwerkingsagenda, and their mapping. */
public final class AgendaDtos {

    private AgendaDtos() {
    }

    @Schema(name = "Trekker", description = "De contactpersoon die de afspraak trekt")
    public record TrekkerDto(UUID id, @Schema(description = "leeg als de persoon niet meer in het register staat", nullable = true) String naam) {
    }

    @Schema(name = "Afspraak", description = "Een afspraak of actie; de ETag is de versie")
    public record AfspraakDto(UUID id, UUID agenda, String regio, String thema, String omschrijving, TrekkerDto trekker,
                              List<String> financiers, LocalDate geplandeStart,
                              @Schema(description = "inclusief") LocalDate geplandEinde,
                              @Schema(enumeration = {"gepland", "loopt", "afgerond", "vertraagd", "gestopt"}) String status,
                              @Schema(description = "aantal voortgangsmeldingen") int voortgangAantal,
                              @Schema(description = "datum van de laatste voortgangsmelding; leeg: nog geen", nullable = true) LocalDate laatsteVoortgang,
                              long versie) {
    }

    @Schema(name = "AgendaThemaMetAfspraken", description = "De inhoud van de agenda voor één thema, met de afspraken eronder")
    public record ThemaDto(String thema, @Schema(nullable = true) String opgave, List<AgendaInhoud.Doel> doelen, List<String> knelpunten,
                           List<String> oplossingsrichtingen, List<AfspraakDto> afspraken) {
    }

    @Schema(name = "Agenda", description = "Een samenwerkingsagenda van een regio; de ETag is de versie, die ook stijgt "
            + "bij elke wijziging van haar afspraken")
    public record AgendaDto(UUID id, String regio, String titel, LocalDate looptijdVanaf,
                            @Schema(description = "exclusief") LocalDate looptijdTot, @Schema(nullable = true) String gedeeldeAmbitie,
                            @Schema(enumeration = {"concept", "vastgesteld", "afgelopen"}) String status,
                            @Schema(description = "leeg: (nog) niet vastgesteld", nullable = true) LocalDate vastgesteldOp,
                            @Schema(description = "leeg: (nog) niet vastgesteld", nullable = true) String vastgesteldDoor,
                            @Schema(description = "leeg: niet afgelopen", nullable = true) LocalDate afgelopenOp,
                            List<AgendaInhoud.BetrokkenPartij> betrokkenPartijen, List<ThemaDto> themas, long versie) {
    }

    @Schema(name = "AgendaKort", description = "Een agenda in een lijst: zonder inhoud per thema")
    public record AgendaKortDto(UUID id, String regio, String titel, LocalDate looptijdVanaf,
                                @Schema(description = "exclusief") LocalDate looptijdTot,
                                @Schema(enumeration = {"concept", "vastgesteld", "afgelopen"}) String status,
                                @Schema(description = "leeg: (nog) niet vastgesteld", nullable = true) LocalDate vastgesteldOp,
                                @Schema(description = "leeg: (nog) niet vastgesteld", nullable = true) String vastgesteldDoor,
                                @Schema(description = "leeg: niet afgelopen", nullable = true) LocalDate afgelopenOp, List<String> themas,
                                long versie) {
    }

    @Schema(name = "Voortgang", description = "Een voortgangsmelding; het logboek wordt alleen aangevuld")
    public record VoortgangDto(int volgnummer, LocalDate datum, String toelichting,
                               @Schema(description = "de status van de afspraak na deze melding",
                                       enumeration = {"gepland", "loopt", "afgerond", "vertraagd", "gestopt"}) String status,
                               @Schema(description = "het subject van wie de melding vastlegde") String vastgelegdDoor,
                               OffsetDateTime vastgelegdOp) {
    }

    static AgendaDto agenda(Agenda a, List<MetTrekker> afspraken) {
        Map<String, List<AfspraakDto>> perThema = afspraken.stream()
                .map(m -> afspraak(m.afspraak(), a.regio, m.trekkerNaam()))
                .collect(Collectors.groupingBy(AfspraakDto::thema));
        List<ThemaDto> themas = a.themas.stream().map(t -> new ThemaDto(t.thema(), t.opgave(), t.doelen(), t.knelpunten(),
                t.oplossingsrichtingen(), perThema.getOrDefault(t.thema(), List.of()))).toList();
        return new AgendaDto(a.id, a.regio, a.titel, a.looptijdVanaf, a.looptijdTot, a.gedeeldeAmbitie, a.status,
                a.vastgesteldOp, a.vastgesteldDoor, a.afgelopenOp, a.betrokkenPartijen, themas, a.versie);
    }

    static AgendaKortDto kort(Agenda a) {
        return new AgendaKortDto(a.id, a.regio, a.titel, a.looptijdVanaf, a.looptijdTot, a.status, a.vastgesteldOp,
                a.vastgesteldDoor, a.afgelopenOp, a.themas.stream().map(AgendaInhoud.ThemaInhoud::thema).toList(), a.versie);
    }

    static AfspraakDto afspraak(Afspraak a, String regio, String trekkerNaam) {
        return new AfspraakDto(a.id, a.agenda, regio, a.thema, a.omschrijving, new TrekkerDto(a.trekker, trekkerNaam),
                a.financiers, a.geplandeStart, a.geplandEinde, a.status, a.voortgangAantal, a.laatsteVoortgang, a.versie);
    }

    static VoortgangDto voortgang(Voortgang v) {
        return new VoortgangDto(v.volgnummer, v.datum, v.toelichting, v.status, v.vastgelegdDoor, v.vastgelegdOp);
    }
}
