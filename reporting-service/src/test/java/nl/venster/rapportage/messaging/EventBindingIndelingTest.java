package nl.venster.rapportage.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.UUID;
import nl.venster.conventions.events.OngeldigEvent;
import nl.venster.rapportage.domain.ModelEvent;
import nl.venster.rapportage.domain.RondeRegio;
import org.junit.jupiter.api.Test;

/** The round event's fixed division (field indeling): read when present, absent before the round opened. */
class EventBindingIndelingTest {

    private final EventBinding binding = new EventBinding(new ObjectMapper().registerModule(new JavaTimeModule()));

    private static String ronde(String indeling) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:venster-service",
                 "type":"nl.venster.ronde.gewijzigd","subject":"ronde/2026","time":"2026-01-01T00:00:00Z",
                 "datacontenttype":"application/json","sequence":"2","sequencetype":"Integer",
                 "data":{"jaar":2026,"status":"open","opent":"2026-02-01T08:00:00Z","sluit":"2026-04-01T16:00:00Z",
                         "vragen":[{"code":"proces","tekst":"Proces?","schaal":"rapportcijfer"}],
                         "voldoendeGrens":6,"spreidingsGrens":3,"versie":2%s}}
                """.formatted(UUID.randomUUID(), indeling == null ? "" : ",\"indeling\":" + indeling);
    }

    @Test
    void theDivisionIsReadWithItsGemeenten() throws Exception {
        ModelEvent.RondeGewijzigd ronde = (ModelEvent.RondeGewijzigd) binding.bind(Topics.RONDES, "2026", ronde("""
                [{"code":"ZK23","naam":"Utrecht","zorgkantoorregio":"ZK23",
                  "gemeenten":[{"code":"GM0344","naam":"Utrecht"},{"code":"GM0307","naam":"Amersfoort"}]},
                 {"code":"ZK01","naam":"Oud","zorgkantoorregio":null,"gemeenten":[]}]"""));
        assertEquals(List.of(
                new RondeRegio("ZK23", "Utrecht", "ZK23", List.of(new RondeRegio.Gemeente("GM0344", "Utrecht"),
                        new RondeRegio.Gemeente("GM0307", "Amersfoort"))),
                new RondeRegio("ZK01", "Oud", null, List.of())), ronde.indeling());
    }

    @Test
    void aRoundWithoutDivisionHasNone() throws Exception {
        assertNull(((ModelEvent.RondeGewijzigd) binding.bind(Topics.RONDES, "2026", ronde(null))).indeling());
        assertNull(((ModelEvent.RondeGewijzigd) binding.bind(Topics.RONDES, "2026", ronde("null"))).indeling());
    }

    @Test
    void aMalformedDivisionNamesEveryProblem() {
        OngeldigEvent fout = assertThrows(OngeldigEvent.class, () -> binding.bind(Topics.RONDES, "2026", ronde("""
                [{"code":"zk 23","naam":"","zorgkantoorregio":"Utrecht","gemeenten":[{"naam":"zonder code"}]},
                 {"code":"ZK01","naam":"Een","gemeenten":{}}]""")));
        for (String veld : List.of("indeling[0].code", "indeling[0].naam", "indeling[0].zorgkantoorregio",
                "indeling[0].gemeenten[0].code", "indeling[1].gemeenten")) {
            assertTrue(fout.getMessage().contains("data." + veld + " "), veld + " in " + fout.getMessage());
        }
    }
}
