package nl.venster.register.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The coverage rule "landsdekkend en sluitend" (DESIGN.md §1 rule 1): on every date, every gemeente
 * that exists on that date is a member of exactly one region. Pure: it judges the facts it is given.
 */
public final class Dekkingscontrole {

    private Dekkingscontrole() {
    }

    /** A gemeente and the period in which it exists. */
    public record GemeenteGeldigheid(String code, String naam, LocalDate vanaf, LocalDate tot) {
    }

    /** A membership of a gemeente in a region during [vanaf, tot). */
    public record Lid(String gemeente, String regio, LocalDate vanaf, LocalDate tot) {
    }

    public enum Soort {
        GEEN_REGIO("geen-regio"),
        MEERDERE_REGIOS("meerdere-regios");

        private final String code;

        Soort(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    /** A period [vanaf, tot) in which the gemeente is in no region or in several (the regions, sorted). */
    @Schema(name = "Dekkingsprobleem", description = "Een periode [vanaf, tot) waarin een gemeente in geen of in meer dan één regio zit")
    public record Probleem(String gemeentecode, String gemeentenaam, Soort soort, List<String> regios,
                           LocalDate vanaf, @Schema(description = "exclusief; leeg: onbepaald", nullable = true) LocalDate tot) {
    }

    /** Problems on any date of [van, totExclusief); {@code totExclusief} null means every later date too. */
    public static List<Probleem> controleer(Collection<GemeenteGeldigheid> gemeenten, Collection<Lid> leden,
                                            LocalDate van, LocalDate totExclusief) {
        Map<String, List<Lid>> ledenPerGemeente = leden.stream().collect(Collectors.groupingBy(Lid::gemeente));
        List<Probleem> problemen = new ArrayList<>();
        gemeenten.stream().sorted(Comparator.comparing(GemeenteGeldigheid::code)).forEach(gemeente ->
                problemen.addAll(controleer(gemeente, ledenPerGemeente.getOrDefault(gemeente.code(), List.of()),
                        van, totExclusief)));
        return problemen;
    }

    /** Problems on one date only. */
    public static List<Probleem> controleerOp(Collection<GemeenteGeldigheid> gemeenten, Collection<Lid> leden,
                                              LocalDate peildatum) {
        return controleer(gemeenten, leden, peildatum, peildatum.plusDays(1));
    }

    private static List<Probleem> controleer(GemeenteGeldigheid gemeente, List<Lid> leden, LocalDate van,
                                             LocalDate totExclusief) {
        LocalDate begin = later(van, gemeente.vanaf());
        LocalDate eind = eerder(totExclusief, gemeente.tot());
        if (eind != null && !begin.isBefore(eind)) {
            return List.of(); // the gemeente does not exist in the checked period
        }
        // The number of regions can only change where a membership starts or ends.
        TreeSet<LocalDate> grenzen = new TreeSet<>();
        grenzen.add(begin);
        for (Lid lid : leden) {
            voegToeBinnen(grenzen, lid.vanaf(), begin, eind);
            voegToeBinnen(grenzen, lid.tot(), begin, eind);
        }
        List<Probleem> problemen = new ArrayList<>();
        List<LocalDate> punten = new ArrayList<>(grenzen);
        for (int i = 0; i < punten.size(); i++) {
            LocalDate segmentVan = punten.get(i);
            LocalDate segmentTot = i + 1 < punten.size() ? punten.get(i + 1) : eind;
            List<String> regios = leden.stream()
                    .filter(lid -> Geldigheid.omvat(lid.vanaf(), lid.tot(), segmentVan))
                    .map(Lid::regio).sorted().toList();
            if (regios.size() == 1) {
                continue;
            }
            Soort soort = regios.isEmpty() ? Soort.GEEN_REGIO : Soort.MEERDERE_REGIOS;
            Probleem vorige = problemen.isEmpty() ? null : problemen.get(problemen.size() - 1);
            if (vorige != null && segmentVan.equals(vorige.tot()) && vorige.soort() == soort && vorige.regios().equals(regios)) {
                problemen.set(problemen.size() - 1, new Probleem(vorige.gemeentecode(), vorige.gemeentenaam(), soort,
                        regios, vorige.vanaf(), segmentTot));
            } else {
                problemen.add(new Probleem(gemeente.code(), gemeente.naam(), soort, regios, segmentVan, segmentTot));
            }
        }
        return problemen;
    }

    private static void voegToeBinnen(TreeSet<LocalDate> grenzen, LocalDate datum, LocalDate begin, LocalDate eind) {
        if (datum != null && datum.isAfter(begin) && (eind == null || datum.isBefore(eind))) {
            grenzen.add(datum);
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The earlier of two exclusive ends, where null is infinitely late. */
    private static LocalDate eerder(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }

    /** Gemeentecodes of the problems, each once, in order. */
    public static List<String> gemeentecodes(List<Probleem> problemen) {
        return problemen.stream().map(Probleem::gemeentecode).filter(Objects::nonNull).distinct().toList();
    }
}
