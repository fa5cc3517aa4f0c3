package nl.venster.rapportage.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.OpvolgingSoort;
import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.conventions.vocabulary.Schaal;
import nl.venster.rapportage.domain.AgendaFeit;
import nl.venster.rapportage.domain.Divergentie;
import nl.venster.rapportage.domain.Escalatie;
import nl.venster.rapportage.domain.RegioStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The report representations. Scores appear only where the sealing rule allows (DESIGN.md §4). */
public final class RapportDtos {

    private RapportDtos() {
    }

    @Schema(description = "Landelijk overzicht van een ronde")
    public record Overzicht(
            int jaar,
            RondeStatus rondeStatus,
            @Schema(description = "Regio's die bij de ronde horen (geldig op de openingsdatum)") int aantalRegios,
            @Schema(description = "Aantal regio's per status; elke status komt voor, ook met 0") Map<String, Long> perStatus,
            @Schema(description = "Aantal regio's per escalatieniveau; elk niveau komt voor, ook met 0") Map<String, Long> perEscalatie,
            List<Respons> respons,
            @Schema(description = "Per vraag en financier over de regio's waarvan de scores zichtbaar zijn") List<ScoreStatistiek> scores,
            List<VerschilPerVraag> verschillenPerVraag,
            @Schema(description = "Regio's met twee rondes op rij verschil, ontevreden of niet-ingevuld zonder opvolging") List<Signaal> signalen,
            @Schema(description = "Hoeveel regio's op de openingsdatum een vastgestelde samenwerkingsagenda hebben, en welke niet") AgendaDekking agendas) {
    }

    public record AgendaDekking(long metVastgesteldeAgenda, long zonderVastgesteldeAgenda,
                                @Schema(description = "Op regiocode") List<RegioZonderAgenda> regiosZonderAgenda) {
    }

    public record RegioZonderAgenda(String regio, String naam,
                                    @Schema(description = "Er ligt een conceptagenda voor die datum") boolean conceptInVoorbereiding) {
    }

    @Schema(description = "De samenwerkingsagenda die op de openingsdatum van de ronde geldt")
    public record AgendaInRonde(UUID id, String titel,
                                @Schema(description = "vastgesteld, of afgelopen als zij inmiddels is afgesloten") String status,
                                LocalDate looptijdVanaf, @Schema(description = "exclusief") LocalDate looptijdTot,
                                LocalDate vastgesteldOp, @Schema(nullable = true) String vastgesteldDoor,
                                @Schema(description = "Leeg zolang de agenda niet is afgelopen", nullable = true) LocalDate afgelopenOp,
                                List<AgendaThema> themas) {
    }

    public record AgendaThema(String thema,
                              @Schema(description = "Aantal afspraken per status; elke status komt voor, ook met 0") Map<String, Integer> afsprakenPerStatus,
                              List<AgendaFeit.Doel> doelen) {
    }

    @Schema(description = "De agenda van een regio op de openingsdatum van een ronde")
    public record AgendaInJaar(
            @Schema(description = "vastgesteld (er gold een vastgestelde agenda), concept (alleen een concept) of geen",
                    enumeration = {"vastgesteld", "concept", "geen"}) String status,
            @Schema(description = "Leeg bij geen", nullable = true) UUID id, @Schema(description = "Leeg bij geen", nullable = true) String titel) {
    }

    public record Respons(Financier financier, long beantwoord, long van) {
    }

    public record ScoreStatistiek(String vraag, Financier financier, long aantal,
                                  @Schema(description = "Op twee decimalen; leeg zonder zichtbare scores", nullable = true) Double gemiddelde,
                                  @Schema(nullable = true) Integer minimum, @Schema(nullable = true) Integer maximum) {
    }

    public record VerschilPerVraag(String vraag, long aantalRegios) {
    }

    public record Signaal(String regio, String naam, RegioStatus status, @Schema(nullable = true) RegioStatus vorigeStatus) {
    }

    @Schema(description = "Eén regio in een ronde")
    public record RegioRij(
            String regio,
            String naam,
            String zorgkantoorregio,
            RegioStatus status,
            Escalatie escalatie,
            boolean signaal,
            List<Financier> beantwoord,
            List<Financier> nietBeantwoord,
            @Schema(description = "Scores zijn zichtbaar als alle drie financiers antwoordden of de ronde gesloten is") boolean scoresZichtbaar,
            List<String> divergenteVragen,
            @Schema(description = "Per vraag de drie scores; leeg zolang de scores verzegeld zijn") List<VraagScores> scores) {
    }

    public record VraagScores(String vraag, @Schema(description = "leeg zonder antwoord", nullable = true) Integer gemeenten,
                              @Schema(nullable = true) Integer zorgverzekeraar, @Schema(nullable = true) Integer zorgkantoor) {
    }

    @Schema(description = "Eén regio in een ronde met antwoorden, verschillen en opvolging")
    public record RegioDetail(
            int jaar,
            String regio,
            String naam,
            String zorgkantoorregio,
            RondeStatus rondeStatus,
            RegioStatus status,
            Escalatie escalatie,
            boolean signaal,
            boolean scoresZichtbaar,
            List<Inzending> beantwoord,
            List<VraagDetail> vragen,
            List<Opvolging> opvolgingen,
            @Schema(description = "Leeg als er op de openingsdatum geen vastgestelde agenda gold", nullable = true) AgendaInRonde agenda) {
    }

    public record Inzending(Financier financier, long versie, OffsetDateTime ingediendOp) {
    }

    public record VraagDetail(
            String vraag,
            String tekst,
            Schaal schaal,
            @Schema(description = "Leeg zolang de scores verzegeld zijn", nullable = true) List<Antwoord> antwoorden,
            @Schema(description = "Leeg zolang niet alle drie financiers deze vraag beantwoordden", nullable = true) Boolean divergent,
            List<Divergentie.Reden> redenen,
            @Schema(description = "Hoogste min laagste score; leeg zolang verzegeld", nullable = true) Integer spreiding) {
    }

    public record Antwoord(Financier financier, int score, boolean tevreden, @Schema(nullable = true) String toelichting) {
    }

    public record Opvolging(long volgnummer, OpvolgingSoort soort, @Schema(nullable = true) String toelichting, OffsetDateTime vastgelegdOp,
                            @Schema(description = "Bij actie-afgesproken: de afspraak uit de samenwerkingsagenda (register)", nullable = true) UUID afspraak) {
    }

    @Schema(description = "Een regio door de rondes heen, voor trendlijnen")
    public record Historie(String regio, String naam, List<HistorieRonde> rondes) {
    }

    public record HistorieRonde(int jaar, RegioStatus status, Escalatie escalatie, boolean signaal, boolean scoresZichtbaar,
                                List<VraagScores> scores, AgendaInJaar agenda) {
    }

    @Schema(description = "Uitkomst van het herbouwen van het leesmodel uit de topics")
    public record HerbouwResultaat(
            @Schema(description = "Toegepaste gebeurtenissen") long toegepast,
            @Schema(description = "Dubbel afgeleverde gebeurtenissen") long dubbel,
            @Schema(description = "Oudere versies dan al toegepast") long verouderd,
            @Schema(description = "Ongeldige gebeurtenissen (staan op het dead-letter-topic)") long ongeldig,
            long regioStatussen,
            long duurMs) {
    }
}
