package nl.venster.venster.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.venster.conventions.vocabulary.Schaal;
import org.junit.jupiter.api.Test;

/** The pure rules behind the messages: due reminders, divergence, identities, backoff and the calendar file. */
class BerichtRegelsTest {

    private static final OffsetDateTime OPENT = OffsetDateTime.of(2026, 2, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime SLUIT = OffsetDateTime.of(2026, 3, 31, 15, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void theReminderDueIsTheLatestPassedMomentAfterOpeningAndBeforeClosing() {
        List<Integer> dagen = List.of(14, 3);
        assertEquals(Optional.empty(), Herinneringen.nuTeSturen(dagen, OPENT, SLUIT, SLUIT.minusDays(15)));
        assertEquals(Optional.of(14), Herinneringen.nuTeSturen(dagen, OPENT, SLUIT, SLUIT.minusDays(14)));
        assertEquals(Optional.of(14), Herinneringen.nuTeSturen(dagen, OPENT, SLUIT, SLUIT.minusDays(4)));
        assertEquals(Optional.of(3), Herinneringen.nuTeSturen(dagen, OPENT, SLUIT, SLUIT.minusDays(2)), "a missed 14 is not sent late");
        assertEquals(Optional.empty(), Herinneringen.nuTeSturen(dagen, OPENT, SLUIT, SLUIT));
        // A round that opens 10 days before closing gets no 14-day reminder beside its invitation.
        assertEquals(Optional.empty(), Herinneringen.nuTeSturen(List.of(14), SLUIT.minusDays(10), SLUIT, SLUIT.minusDays(5)));
    }

    @Test
    void aQuestionDivergesOnMixedSatisfactionOrALargeSpread() {
        List<Vraag> vragen = List.of(new Vraag("proces", "Proces?", Schaal.RAPPORTCIJFER), new Vraag("agenda", "Agenda?", Schaal.RAPPORTCIJFER),
                new Vraag("resultaten", "Resultaten?", Schaal.RAPPORTCIJFER), new Vraag("ja", "Ja?", Schaal.JA_NEE));
        List<Map<String, Integer>> scores = List.of(
                Map.of("proces", 6, "agenda", 9, "resultaten", 4, "ja", 1),
                Map.of("proces", 5, "agenda", 6, "resultaten", 3, "ja", 1),
                Map.of("proces", 7, "agenda", 7, "resultaten", 5, "ja", 0));
        assertEquals(List.of("proces", "agenda", "ja"), Divergentie.divergenteVragen(vragen, scores, 6, 3));
    }

    @Test
    void aMessageKeepsItsIdentityAcrossAttemptsAndDiffersPerReasonAndRecipient() {
        UUID persoon = UUID.randomUUID();
        BerichtSleutel sleutel = new BerichtSleutel(2026, "ZK01", "gemeenten", BerichtReden.UITNODIGING, "ronde", persoon);
        assertEquals(sleutel.messageId("venster.example.nl"),
                new BerichtSleutel(2026, "ZK01", "gemeenten", BerichtReden.UITNODIGING, "ronde", persoon).messageId("venster.example.nl"));
        assertTrue(sleutel.messageId("venster.example.nl").matches("<[0-9a-f-]{36}@venster\\.example\\.nl>"));
        assertNotEquals(sleutel.id(), new BerichtSleutel(2026, "ZK01", "gemeenten", BerichtReden.HERINNERING, "ronde", persoon).id());
        assertNotEquals(sleutel.id(), new BerichtSleutel(2026, "ZK01", "gemeenten", BerichtReden.UITNODIGING, "ronde", UUID.randomUUID()).id());
    }

    @Test
    void failedAttemptsBackOffAndAreBounded() {
        assertEquals(Duration.ofMinutes(1), Bericht.wachttijd(1, Duration.ofMinutes(1), Duration.ofHours(1)));
        assertEquals(Duration.ofMinutes(4), Bericht.wachttijd(3, Duration.ofMinutes(1), Duration.ofHours(1)));
        assertEquals(Duration.ofHours(1), Bericht.wachttijd(30, Duration.ofMinutes(1), Duration.ofHours(1)));
        Bericht bericht = new Bericht();
        bericht.status = BerichtStatus.WACHTEND;
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC);
        bericht.pogingMislukt("550 geweigerd", nu, 2, Duration.ofMinutes(1), Duration.ofHours(1));
        assertEquals(BerichtStatus.WACHTEND, bericht.status);
        assertEquals(nu.plusMinutes(1), bericht.volgendePoging);
        bericht.uitgesteld("verbinding geweigerd", nu.plusMinutes(2));
        assertEquals(1, bericht.pogingen, "an outage uses up no attempt");
        bericht.pogingMislukt("550 geweigerd", nu, 2, Duration.ofMinutes(1), Duration.ofHours(1));
        assertEquals(BerichtStatus.MISLUKT, bericht.status);
    }

    @Test
    void theCalendarFileIsValidICalendarWithEscapedTextAndFoldedLines() {
        String ics = AgendaBestand.deadline("venster-2026-ZK01-gemeenten@venster", "Venster 2026; regio Groningen, gemeenten",
                "Een lange beschrijving met een link https://venster.example.nl/rondes/2026/regios/ZK01/antwoorden/gemeenten en meer tekst",
                "https://venster.example.nl/x", SLUIT, OPENT);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertTrue(ics.contains("DTEND:20260331T150000Z\r\n"));
        assertTrue(ics.contains("DTSTART:20260331T143000Z\r\n"));
        assertTrue(ics.contains("SUMMARY:Venster 2026\\; regio Groningen\\, gemeenten\r\n"));
        for (String regel : ics.split("\r\n")) {
            assertTrue(regel.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + regel);
        }
        assertTrue(ics.contains("\r\n "), "long lines are folded with CRLF and a space");
    }
}
