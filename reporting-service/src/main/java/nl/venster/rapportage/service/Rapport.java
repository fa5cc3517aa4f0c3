package nl.venster.rapportage.service;

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

/**
 * The reports as {@link Rapportages} computes them, owned by the service: the REST resources map them to their
 * documented representations (rest.RapportDtos) and the public pages render them. Scores appear only where the
 * sealing rule allows (DESIGN.md §4); an empty score or list means what the REST document says it means.
 */
public final class Rapport {

    private Rapport() {
    }

    /** The national overview of a round. */
    public record Overzicht(int jaar, RondeStatus rondeStatus, int aantalRegios, Map<String, Long> perStatus,
                            Map<String, Long> perEscalatie, List<Respons> respons, List<ScoreStatistiek> scores,
                            List<VerschilPerVraag> verschillenPerVraag, List<Signaal> signalen, AgendaDekking agendas) {
    }

    public record AgendaDekking(long metVastgesteldeAgenda, long zonderVastgesteldeAgenda, List<RegioZonderAgenda> regiosZonderAgenda) {
    }

    public record RegioZonderAgenda(String regio, String naam, boolean conceptInVoorbereiding) {
    }

    /** The agenda in force on the round's opening day. */
    public record AgendaInRonde(UUID id, String titel, String status, LocalDate looptijdVanaf, LocalDate looptijdTot,
                                LocalDate vastgesteldOp, String vastgesteldDoor, LocalDate afgelopenOp, List<AgendaThema> themas) {
    }

    public record AgendaThema(String thema, Map<String, Integer> afsprakenPerStatus, List<AgendaFeit.Doel> doelen) {
    }

    /** A region's agenda on a round's opening day: vastgesteld, concept or geen. */
    public record AgendaInJaar(String status, UUID id, String titel) {
    }

    public record Respons(Financier financier, long beantwoord, long van) {
    }

    public record ScoreStatistiek(String vraag, Financier financier, long aantal, Double gemiddelde, Integer minimum, Integer maximum) {
    }

    public record VerschilPerVraag(String vraag, long aantalRegios) {
    }

    public record Signaal(String regio, String naam, RegioStatus status, RegioStatus vorigeStatus) {
    }

    /** One region in a round. */
    public record RegioRij(String regio, String naam, String zorgkantoorregio, RegioStatus status, Escalatie escalatie,
                           boolean signaal, List<Financier> beantwoord, List<Financier> nietBeantwoord, boolean scoresZichtbaar,
                           List<String> divergenteVragen, List<VraagScores> scores) {
    }

    public record VraagScores(String vraag, Integer gemeenten, Integer zorgverzekeraar, Integer zorgkantoor) {
    }

    /** One region in a round with answers, divergence and follow-up. */
    public record RegioDetail(int jaar, String regio, String naam, String zorgkantoorregio, RondeStatus rondeStatus,
                              RegioStatus status, Escalatie escalatie, boolean signaal, boolean scoresZichtbaar,
                              List<Inzending> beantwoord, List<VraagDetail> vragen, List<Opvolging> opvolgingen,
                              AgendaInRonde agenda) {
    }

    public record Inzending(Financier financier, long versie, OffsetDateTime ingediendOp) {
    }

    public record VraagDetail(String vraag, String tekst, Schaal schaal, List<Antwoord> antwoorden, Boolean divergent,
                              List<Divergentie.Reden> redenen, Integer spreiding) {
    }

    public record Antwoord(Financier financier, int score, boolean tevreden, String toelichting) {
    }

    public record Opvolging(long volgnummer, OpvolgingSoort soort, String toelichting, OffsetDateTime vastgelegdOp, UUID afspraak) {
    }

    /** A region across the rounds. */
    public record Historie(String regio, String naam, List<HistorieRonde> rondes) {
    }

    public record HistorieRonde(int jaar, RegioStatus status, Escalatie escalatie, boolean signaal, boolean scoresZichtbaar,
                                List<VraagScores> scores, AgendaInJaar agenda) {
    }
}
