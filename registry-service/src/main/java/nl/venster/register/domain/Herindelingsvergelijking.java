package nl.venster.register.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares the CBS municipality list of a year with the gemeenten that exist on its effective date and
 * proposes where each new gemeente goes. Pure: the caller supplies the registry's facts.
 *
 * <p>Rules (the CBS list itself does not say which gemeenten merged):
 * <ul>
 *   <li>Predecessors of a new gemeente: those listed explicitly ({@code voorgangers}); otherwise, when it is
 *   the only new gemeente of its zorgkantoorregio without explicit predecessors, every ended gemeente of
 *   that zorgkantoorregio not claimed by another; otherwise none.</li>
 *   <li>Region of a new gemeente: the explicit choice ({@code regio}); otherwise the region of its
 *   predecessors on the day before, if they all shared one that is still active; otherwise the only active
 *   region of its zorgkantoorregio; otherwise a decision is needed.</li>
 *   <li>Successor of an ended gemeente: the new gemeente that has it as predecessor; none when it was
 *   absorbed into an existing gemeente (the list cannot tell which).</li>
 * </ul>
 */
public final class Herindelingsvergelijking {

    private Herindelingsvergelijking() {
    }

    /** A row of the CBS list; {@code regio} and {@code voorgangers} are optional decisions. */
    public record Regel(String gemeentecode, String gemeentenaam, String zorgkantoorregio, String regio,
                        List<String> voorgangers) {
    }

    /** A gemeente that exists on the effective date, with its zorgkantoorregio and region the day before. */
    public record Bestaand(String gemeentecode, String gemeentenaam, String zorgkantoorregio, String regio) {
    }

    public record NieuweGemeente(String gemeentecode, String gemeentenaam, String zorgkantoorregio,
                                 List<String> voorgangers, @Schema(nullable = true) String regio, boolean besluitNodig) {
    }

    public record BeeindigdeGemeente(String gemeentecode, String gemeentenaam, @Schema(nullable = true) String regio,
                                     @Schema(nullable = true) String opvolger) {
    }

    public record HernoemdeGemeente(String gemeentecode, String oudeNaam, String nieuweNaam) {
    }

    public record GewijzigdeZorgkantoorregio(String gemeentecode, String oudeZorgkantoorregio, String nieuweZorgkantoorregio) {
    }

    public record Fout(String veld, String reden) {
    }

    public record Resultaat(List<NieuweGemeente> nieuw, List<BeeindigdeGemeente> beeindigd,
                            List<HernoemdeGemeente> hernoemd, List<GewijzigdeZorgkantoorregio> andereZorgkantoorregio,
                            List<Fout> fouten) {

        public List<String> besluitNodig() {
            return nieuw.stream().filter(NieuweGemeente::besluitNodig).map(NieuweGemeente::gemeentecode).toList();
        }
    }

    /**
     * @param lijst                 the new list (validated for format and duplicates by the caller)
     * @param bestaand              gemeenten existing on the effective date
     * @param ooitBekend            every gemeentecode the registry has ever held
     * @param actieveRegios         regions active on the effective date, with their zorgkantoorregio
     */
    public static Resultaat vergelijk(List<Regel> lijst, Collection<Bestaand> bestaand, Set<String> ooitBekend,
                                      Map<String, String> actieveRegios) {
        List<Fout> fouten = new ArrayList<>();
        Map<String, Bestaand> bestaandPerCode = new TreeMap<>();
        bestaand.forEach(b -> bestaandPerCode.put(b.gemeentecode(), b));
        Map<String, Regel> lijstPerCode = new TreeMap<>();
        lijst.forEach(r -> lijstPerCode.put(r.gemeentecode(), r));

        List<HernoemdeGemeente> hernoemd = new ArrayList<>();
        List<GewijzigdeZorgkantoorregio> andereZk = new ArrayList<>();
        List<Regel> nieuweRegels = new ArrayList<>();
        for (int i = 0; i < lijst.size(); i++) {
            Regel regel = lijst.get(i);
            Bestaand oud = bestaandPerCode.get(regel.gemeentecode());
            if (oud == null) {
                if (ooitBekend.contains(regel.gemeentecode())) {
                    fouten.add(new Fout("gemeenten[" + i + "].gemeentecode",
                            "deze gemeentecode bestond eerder en is beëindigd; CBS hergebruikt geen codes"));
                } else {
                    nieuweRegels.add(regel);
                }
                continue;
            }
            if (!oud.gemeentenaam().equals(regel.gemeentenaam())) {
                hernoemd.add(new HernoemdeGemeente(regel.gemeentecode(), oud.gemeentenaam(), regel.gemeentenaam()));
            }
            if (!oud.zorgkantoorregio().equals(regel.zorgkantoorregio())) {
                andereZk.add(new GewijzigdeZorgkantoorregio(regel.gemeentecode(), oud.zorgkantoorregio(), regel.zorgkantoorregio()));
            }
            if (regel.regio() != null || (regel.voorgangers() != null && !regel.voorgangers().isEmpty())) {
                fouten.add(new Fout("gemeenten[" + i + "]", "regio en voorgangers gelden alleen voor nieuwe gemeenten"));
            }
        }
        Map<String, Bestaand> beeindigdPerCode = new TreeMap<>(bestaandPerCode);
        beeindigdPerCode.keySet().removeAll(lijstPerCode.keySet());

        // Explicit predecessors first, so the zorgkantoorregio rule only hands out the unclaimed ones.
        Map<String, String> opvolgerVan = new HashMap<>();
        Map<String, List<String>> voorgangersVan = new HashMap<>();
        for (Regel regel : nieuweRegels) {
            if (regel.voorgangers() == null) {
                continue;
            }
            int index = lijst.indexOf(regel);
            for (String voorganger : regel.voorgangers()) {
                if (!beeindigdPerCode.containsKey(voorganger)) {
                    fouten.add(new Fout("gemeenten[" + index + "].voorgangers",
                            voorganger + " is geen gemeente die met deze lijst eindigt"));
                } else if (opvolgerVan.putIfAbsent(voorganger, regel.gemeentecode()) != null) {
                    fouten.add(new Fout("gemeenten[" + index + "].voorgangers",
                            voorganger + " is al voorganger van " + opvolgerVan.get(voorganger)));
                }
            }
            voorgangersVan.put(regel.gemeentecode(), List.copyOf(new LinkedHashSet<>(regel.voorgangers())));
        }
        Map<String, List<Regel>> zonderVoorgangersPerZk = new HashMap<>();
        nieuweRegels.stream().filter(r -> r.voorgangers() == null)
                .forEach(r -> zonderVoorgangersPerZk.computeIfAbsent(r.zorgkantoorregio(), k -> new ArrayList<>()).add(r));
        zonderVoorgangersPerZk.forEach((zk, regels) -> {
            if (regels.size() != 1) {
                regels.forEach(r -> voorgangersVan.put(r.gemeentecode(), List.of()));
                return;
            }
            String nieuw = regels.get(0).gemeentecode();
            List<String> voorgangers = beeindigdPerCode.values().stream()
                    .filter(b -> b.zorgkantoorregio().equals(zk) && !opvolgerVan.containsKey(b.gemeentecode()))
                    .map(Bestaand::gemeentecode).toList();
            voorgangers.forEach(v -> opvolgerVan.put(v, nieuw));
            voorgangersVan.put(nieuw, voorgangers);
        });

        List<NieuweGemeente> nieuw = new ArrayList<>();
        for (Regel regel : nieuweRegels) {
            List<String> voorgangers = voorgangersVan.getOrDefault(regel.gemeentecode(), List.of());
            String regio = regel.regio() != null ? regel.regio() : voorgesteldeRegio(regel, voorgangers, bestaandPerCode, actieveRegios);
            if (regel.regio() != null && !actieveRegios.containsKey(regel.regio())) {
                fouten.add(new Fout("gemeenten[" + lijst.indexOf(regel) + "].regio",
                        "geen regio die op de ingangsdatum bestaat"));
            }
            nieuw.add(new NieuweGemeente(regel.gemeentecode(), regel.gemeentenaam(), regel.zorgkantoorregio(),
                    voorgangers, regio, regio == null));
        }
        List<BeeindigdeGemeente> beeindigd = beeindigdPerCode.values().stream()
                .map(b -> new BeeindigdeGemeente(b.gemeentecode(), b.gemeentenaam(), b.regio(), opvolgerVan.get(b.gemeentecode())))
                .toList();
        return new Resultaat(List.copyOf(nieuw), beeindigd, List.copyOf(hernoemd), List.copyOf(andereZk), List.copyOf(fouten));
    }

    private static String voorgesteldeRegio(Regel regel, List<String> voorgangers, Map<String, Bestaand> bestaand,
                                            Map<String, String> actieveRegios) {
        Set<String> regiosVanVoorgangers = new LinkedHashSet<>();
        voorgangers.forEach(v -> regiosVanVoorgangers.add(bestaand.get(v).regio()));
        if (regiosVanVoorgangers.size() == 1) {
            String regio = regiosVanVoorgangers.iterator().next();
            if (regio != null && actieveRegios.containsKey(regio)) {
                return regio;
            }
        }
        List<String> regiosVanZk = actieveRegios.entrySet().stream()
                .filter(e -> e.getValue().equals(regel.zorgkantoorregio())).map(Map.Entry::getKey).toList();
        return regiosVanZk.size() == 1 ? regiosVanZk.get(0) : null;
    }
}
