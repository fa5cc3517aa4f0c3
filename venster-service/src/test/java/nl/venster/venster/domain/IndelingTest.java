package nl.venster.venster.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndelingTest {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private static ReplicaRegio regio(String code, String vanaf, String tot, boolean verwijderd, ReplicaRegio.Lid... leden) {
        ReplicaRegio regio = new ReplicaRegio();
        regio.code = code;
        regio.naam = "Regio " + code;
        regio.zorgkantoorregio = "ZK23";
        regio.geldigVanaf = LocalDate.parse(vanaf);
        regio.geldigTot = tot == null ? null : LocalDate.parse(tot);
        regio.verwijderd = verwijderd;
        regio.leden = List.of(leden);
        return regio;
    }

    private static ReplicaRegio.Lid lid(String code, String vanaf, String tot) {
        return new ReplicaRegio.Lid(code, "Gemeente " + code, LocalDate.parse(vanaf), tot == null ? null : LocalDate.parse(tot));
    }

    @Test
    void theDivisionOnADayHasTheRegionsAndMembershipsValidThatDay() {
        LocalDate dag = LocalDate.of(2026, 3, 1);
        List<Indeling.Regio> indeling = Indeling.op(List.of(
                regio("ZK23-B", "2026-03-01", null, false, lid("GM0002", "2026-03-01", null)),
                regio("ZK23", "2020-01-01", "2026-12-01", false, lid("GM0003", "2020-01-01", "2026-12-01"),
                        lid("GM0001", "2020-01-01", null), lid("GM0009", "2020-01-01", "2026-03-01")),
                regio("ZK24", "2026-03-02", null, false),
                regio("ZK20", "2020-01-01", "2026-03-01", false),
                regio("ZK21", "2020-01-01", null, true)), dag);

        assertEquals(List.of("ZK23", "ZK23-B"), indeling.stream().map(Indeling.Regio::code).toList());
        assertEquals(List.of(new Indeling.Gemeente("GM0001", "Gemeente GM0001"), new Indeling.Gemeente("GM0003", "Gemeente GM0003")),
                indeling.get(0).gemeenten());
        assertEquals("ZK23", indeling.get(0).zorgkantoorregio());
    }

    @Test
    void aRoundTakesTheDivisionOfItsOpeningDayOrOfTheDayItWasOpenedEarlierByHand() {
        OffsetDateTime opent = OffsetDateTime.parse("2026-02-28T23:30:00Z");
        assertEquals(LocalDate.of(2026, 3, 1), Indeling.peildatum(opent, LocalDate.of(2026, 12, 1), NL));
        assertEquals(LocalDate.of(2026, 2, 10), Indeling.peildatum(opent, LocalDate.of(2026, 2, 10), NL));
    }
}
