package nl.venster.rapportage.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
import nl.venster.rapportage.service.Rapport;
import org.junit.jupiter.api.Test;

/**
 * The REST representations carry exactly what the service computed: each mapped DTO serialises to the same JSON as
 * the read type it came from (distinct values per field, so a swapped or forgotten field shows).
 */
class RapportMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final UUID AGENDA = UUID.fromString("0b5b8a52-7f36-4f0e-9a1f-4c2f6d0f1e01");
    private static final UUID AFSPRAAK = UUID.fromString("7a0c1b7e-2f7d-4c55-8f0a-3e2b1c4d5e6f");

    private static void zelfdeJson(Object gelezen, Object gemapt) {
        JsonNode verwacht = JSON.valueToTree(gelezen);
        assertEquals(verwacht, JSON.valueToTree(gemapt));
        assertTrue(verwacht.size() > 1);
    }

    private static final List<Rapport.VraagScores> SCORES = List.of(new Rapport.VraagScores("proces", 7, 5, 3),
            new Rapport.VraagScores("agenda", null, 1, 2));

    private static final Rapport.AgendaInRonde AGENDA_IN_RONDE = new Rapport.AgendaInRonde(AGENDA, "Agenda", "vastgesteld",
            LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1), LocalDate.of(2025, 12, 1), "Stuurgroep", null,
            List.of(new Rapport.AgendaThema("ouderen", Map.of("loopt", 2, "gepland", 0),
                    List.of(new AgendaFeit.Doel("Langer thuis", "Aandeel", null, "80%", LocalDate.of(2027, 12, 31))))));

    @Test
    void hetOverzicht() {
        Rapport.Overzicht overzicht = new Rapport.Overzicht(2026, RondeStatus.OPEN, 31, Map.of("verschil", 4L, "in-orde", 20L),
                Map.of("regio", 6L), List.of(new Rapport.Respons(Financier.GEMEENTEN, 12, 31)),
                List.of(new Rapport.ScoreStatistiek("proces", Financier.ZORGKANTOOR, 3, 6.67, 5, 8),
                        new Rapport.ScoreStatistiek("agenda", Financier.ZORGVERZEKERAAR, 0, null, null, null)),
                List.of(new Rapport.VerschilPerVraag("proces", 4)),
                List.of(new Rapport.Signaal("ZK01", "Amstelland", RegioStatus.VERSCHIL, RegioStatus.ONTEVREDEN)),
                new Rapport.AgendaDekking(29, 2, List.of(new Rapport.RegioZonderAgenda("ZK02", "Zaanstreek", true))));
        zelfdeJson(overzicht, RapportMapper.overzicht(overzicht));
    }

    @Test
    void deRegioRijen() {
        List<Rapport.RegioRij> rijen = List.of(new Rapport.RegioRij("ZK01", "Amstelland", "ZK01", RegioStatus.VERSCHIL, Escalatie.REGIO,
                true, List.of(Financier.GEMEENTEN), List.of(Financier.ZORGVERZEKERAAR, Financier.ZORGKANTOOR), true,
                List.of("proces"), SCORES));
        zelfdeJson(rijen.get(0), RapportMapper.regioRij(rijen.get(0)));
        assertEquals(JSON.valueToTree(rijen), JSON.valueToTree(RapportMapper.regioRijen(rijen)));
    }

    @Test
    void eenRegioInEenRonde() {
        Rapport.RegioDetail detail = new Rapport.RegioDetail(2026, "ZK01", "Amstelland", "ZK01", RondeStatus.GESLOTEN,
                RegioStatus.ONTEVREDEN, Escalatie.VNG_ZN, false, true,
                List.of(new Rapport.Inzending(Financier.ZORGKANTOOR, 3, OffsetDateTime.parse("2026-02-03T10:00:00Z"))),
                List.of(new Rapport.VraagDetail("proces", "Proces?", Schaal.RAPPORTCIJFER,
                        List.of(new Rapport.Antwoord(Financier.ZORGKANTOOR, 4, false, "matig")), true,
                        List.of(Divergentie.Reden.SPREIDING), 5),
                        new Rapport.VraagDetail("agenda", "Agenda?", Schaal.JA_NEE, null, null, List.of(), null)),
                List.of(new Rapport.Opvolging(2, OpvolgingSoort.ACTIE_AFGESPROKEN, "Overleg", OffsetDateTime.parse("2026-03-01T10:00:00Z"),
                        AFSPRAAK)),
                AGENDA_IN_RONDE);
        zelfdeJson(detail, RapportMapper.regioDetail(detail));
        Rapport.RegioDetail zonderAgenda = new Rapport.RegioDetail(2026, "ZK02", "Zaanstreek", "ZK02", RondeStatus.OPEN,
                RegioStatus.ONVOLLEDIG, Escalatie.GEEN, false, false, List.of(), List.of(), List.of(), null);
        zelfdeJson(zonderAgenda, RapportMapper.regioDetail(zonderAgenda));
        assertNull(RapportMapper.regioDetail(zonderAgenda).agenda());
    }

    @Test
    void deHistorie() {
        Rapport.Historie historie = new Rapport.Historie("ZK01", "Amstelland", List.of(
                new Rapport.HistorieRonde(2025, RegioStatus.IN_ORDE, Escalatie.GEEN, false, true, SCORES,
                        new Rapport.AgendaInJaar("vastgesteld", AGENDA, "Agenda")),
                new Rapport.HistorieRonde(2026, RegioStatus.ONVOLLEDIG, Escalatie.REGIO, true, false, List.of(),
                        new Rapport.AgendaInJaar("geen", null, null))));
        zelfdeJson(historie, RapportMapper.historie(historie));
    }
}
