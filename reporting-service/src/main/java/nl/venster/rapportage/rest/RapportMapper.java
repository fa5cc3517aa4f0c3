package nl.venster.rapportage.rest;

import java.util.List;
import java.util.function.Function;
import nl.venster.rapportage.service.Rapport;

/** The reports as the service computes them, field by field to their documented REST representations. */
final class RapportMapper {

    private RapportMapper() {
    }

    static RapportDtos.Overzicht overzicht(Rapport.Overzicht o) {
        return new RapportDtos.Overzicht(o.jaar(), o.rondeStatus(), o.aantalRegios(), o.perStatus(), o.perEscalatie(),
                lijst(o.respons(), r -> new RapportDtos.Respons(r.financier(), r.beantwoord(), r.van())),
                lijst(o.scores(), s -> new RapportDtos.ScoreStatistiek(s.vraag(), s.financier(), s.aantal(), s.gemiddelde(),
                        s.minimum(), s.maximum())),
                lijst(o.verschillenPerVraag(), v -> new RapportDtos.VerschilPerVraag(v.vraag(), v.aantalRegios())),
                lijst(o.signalen(), s -> new RapportDtos.Signaal(s.regio(), s.naam(), s.status(), s.vorigeStatus())),
                agendaDekking(o.agendas()));
    }

    static List<RapportDtos.RegioRij> regioRijen(List<Rapport.RegioRij> rijen) {
        return lijst(rijen, RapportMapper::regioRij);
    }

    static RapportDtos.RegioRij regioRij(Rapport.RegioRij r) {
        return new RapportDtos.RegioRij(r.regio(), r.naam(), r.zorgkantoorregio(), r.status(), r.escalatie(), r.signaal(),
                r.beantwoord(), r.nietBeantwoord(), r.scoresZichtbaar(), r.divergenteVragen(), vraagScores(r.scores()));
    }

    static RapportDtos.RegioDetail regioDetail(Rapport.RegioDetail d) {
        return new RapportDtos.RegioDetail(d.jaar(), d.regio(), d.naam(), d.zorgkantoorregio(), d.rondeStatus(), d.status(),
                d.escalatie(), d.signaal(), d.scoresZichtbaar(),
                lijst(d.beantwoord(), i -> new RapportDtos.Inzending(i.financier(), i.versie(), i.ingediendOp())),
                lijst(d.vragen(), v -> new RapportDtos.VraagDetail(v.vraag(), v.tekst(), v.schaal(),
                        lijst(v.antwoorden(), a -> new RapportDtos.Antwoord(a.financier(), a.score(), a.tevreden(), a.toelichting())),
                        v.divergent(), v.redenen(), v.spreiding())),
                lijst(d.opvolgingen(), o -> new RapportDtos.Opvolging(o.volgnummer(), o.soort(), o.toelichting(), o.vastgelegdOp(),
                        o.afspraak())),
                agendaInRonde(d.agenda()));
    }

    static RapportDtos.Historie historie(Rapport.Historie h) {
        return new RapportDtos.Historie(h.regio(), h.naam(), lijst(h.rondes(), r -> new RapportDtos.HistorieRonde(r.jaar(),
                r.status(), r.escalatie(), r.signaal(), r.scoresZichtbaar(), vraagScores(r.scores()), agendaInJaar(r.agenda()))));
    }

    private static RapportDtos.AgendaDekking agendaDekking(Rapport.AgendaDekking a) {
        return a == null ? null : new RapportDtos.AgendaDekking(a.metVastgesteldeAgenda(), a.zonderVastgesteldeAgenda(),
                lijst(a.regiosZonderAgenda(), r -> new RapportDtos.RegioZonderAgenda(r.regio(), r.naam(), r.conceptInVoorbereiding())));
    }

    private static RapportDtos.AgendaInRonde agendaInRonde(Rapport.AgendaInRonde a) {
        return a == null ? null : new RapportDtos.AgendaInRonde(a.id(), a.titel(), a.status(), a.looptijdVanaf(), a.looptijdTot(),
                a.vastgesteldOp(), a.vastgesteldDoor(), a.afgelopenOp(),
                lijst(a.themas(), t -> new RapportDtos.AgendaThema(t.thema(), t.afsprakenPerStatus(), t.doelen())));
    }

    private static RapportDtos.AgendaInJaar agendaInJaar(Rapport.AgendaInJaar a) {
        return a == null ? null : new RapportDtos.AgendaInJaar(a.status(), a.id(), a.titel());
    }

    private static List<RapportDtos.VraagScores> vraagScores(List<Rapport.VraagScores> scores) {
        return lijst(scores, s -> new RapportDtos.VraagScores(s.vraag(), s.gemeenten(), s.zorgverzekeraar(), s.zorgkantoor()));
    }

    /** Null stays null: the documents distinguish an absent list from an empty one. */
    private static <A, B> List<B> lijst(List<A> lijst, Function<A, B> map) {
        return lijst == null ? null : lijst.stream().map(map).toList();
    }
}
