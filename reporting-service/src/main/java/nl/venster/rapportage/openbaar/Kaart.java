package nl.venster.rapportage.openbaar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.venster.rapportage.domain.Lidmaatschap;

/**
 * The map of the Netherlands drawn on the server: the gemeente boundaries of a TopoJSON topology (quantised arcs,
 * decoded with its transform and projected once), joined into the werkstructuur-regions of a round by their
 * memberships. A region is filled as the union of its gemeenten, and only the arcs between different regions (or
 * on the coast and the border) are drawn as region borders, so a split zorgkantoorregio shows as split. A gemeente
 * without a shape of its own (formed by a later herindeling) takes the shapes of its predecessors.
 */
public final class Kaart {

    /** Where the boundaries come from; shown under every map (CC BY 4.0). */
    public static final String BRON = "Bron: CBS, Kadaster (gemeentegrenzen 2025, gegeneraliseerd, CC BY 4.0)";
    private static final String BESTAND = "openbaar/gemeenten-2025.topojson";
    /** Width of the drawing in SVG user units; the height follows from the projection. */
    private static final double BREEDTE = 500;
    private static final double MARGE = 4;
    /** Mid-latitude of the Netherlands: an equirectangular projection scaled by its cosine keeps shapes true enough. */
    private static final double COS_MIDDEN = Math.cos(Math.toRadians(52.15));

    /** A gemeente's shape: its polygons as rings of arc indices (negative: the arc reversed, TopoJSON's ~i). */
    private record Gemeente(String code, String naam, List<List<Integer>> ringen) {
    }

    /** A region to draw: its code, name, a status code for the colour, and its gemeenten on the round's day. */
    public record Regio(String code, String naam, String status, Set<String> gemeenten) {
    }

    /** One region's fill path (all its gemeenten), and the gemeenten that could not be drawn. */
    public record RegioVorm(String code, String naam, String status, String pad, List<String> zonderVorm) {
        public boolean getekend() {
            return !pad.isEmpty();
        }
    }

    /** The drawing: viewBox, the regions, gemeenten in no region of the round, and the region borders. */
    public record Tekening(String viewBox, List<RegioVorm> regios, String overig, String grenzen) {
    }

    private final Map<String, Gemeente> gemeenten;
    private final List<double[]> bogen;
    private final double hoogte;

    private Kaart(Map<String, Gemeente> gemeenten, List<double[]> bogen, double hoogte) {
        this.gemeenten = gemeenten;
        this.bogen = bogen;
        this.hoogte = hoogte;
    }

    /** The shipped 2025 boundaries. */
    public static Kaart gemeenten2025() {
        try (InputStream in = Kaart.class.getClassLoader().getResourceAsStream(BESTAND)) {
            if (in == null) {
                throw new IllegalStateException(BESTAND + " ontbreekt");
            }
            return van(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes a topology with one object of gemeente polygons ({@code properties.statcode}, {@code statnaam}). */
    public static Kaart van(JsonNode topologie) {
        JsonNode transform = topologie.get("transform");
        double sx = transform.get("scale").get(0).asDouble();
        double sy = transform.get("scale").get(1).asDouble();
        double tx = transform.get("translate").get(0).asDouble();
        double ty = transform.get("translate").get(1).asDouble();
        List<double[]> lonLat = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (JsonNode boog : topologie.get("arcs")) {
            double[] punten = new double[boog.size() * 2];
            long x = 0;
            long y = 0;
            for (int i = 0; i < boog.size(); i++) {
                // Quantised arcs are delta-encoded: each position is relative to the previous one.
                x += boog.get(i).get(0).asLong();
                y += boog.get(i).get(1).asLong();
                double px = (x * sx + tx) * COS_MIDDEN;
                double py = -(y * sy + ty);
                punten[2 * i] = px;
                punten[2 * i + 1] = py;
                minX = Math.min(minX, px);
                maxX = Math.max(maxX, px);
                minY = Math.min(minY, py);
                maxY = Math.max(maxY, py);
            }
            lonLat.add(punten);
        }
        double schaal = (BREEDTE - 2 * MARGE) / (maxX - minX);
        List<double[]> bogen = new ArrayList<>();
        for (double[] punten : lonLat) {
            double[] geprojecteerd = new double[punten.length];
            for (int i = 0; i < punten.length; i += 2) {
                geprojecteerd[i] = MARGE + (punten[i] - minX) * schaal;
                geprojecteerd[i + 1] = MARGE + (punten[i + 1] - minY) * schaal;
            }
            bogen.add(geprojecteerd);
        }
        Map<String, Gemeente> gemeenten = new LinkedHashMap<>();
        JsonNode objecten = topologie.get("objects");
        for (JsonNode object : objecten) {
            for (JsonNode geometrie : object.get("geometries")) {
                JsonNode eigenschappen = geometrie.get("properties");
                String code = eigenschappen.get("statcode").asText();
                List<List<Integer>> ringen = new ArrayList<>();
                String type = geometrie.get("type").asText();
                if ("Polygon".equals(type)) {
                    geometrie.get("arcs").forEach(ring -> ringen.add(indices(ring)));
                } else if ("MultiPolygon".equals(type)) {
                    geometrie.get("arcs").forEach(polygoon -> polygoon.forEach(ring -> ringen.add(indices(ring))));
                }
                gemeenten.put(code, new Gemeente(code, eigenschappen.path("statnaam").asText(code), ringen));
            }
        }
        return new Kaart(gemeenten, bogen, Math.ceil(2 * MARGE + (maxY - minY) * schaal));
    }

    public int aantalGemeenten() {
        return gemeenten.size();
    }

    public boolean heeftVorm(String gemeentecode) {
        return gemeenten.containsKey(gemeentecode);
    }

    /**
     * Draws the regions. {@code leden}: every known membership (of all regions, past and future), to find the
     * predecessors of a gemeente without a shape: those with a shape whose membership ended on the day its own
     * began and that belong to none of the round's regions.
     */
    public Tekening teken(List<Regio> regios, Collection<Lidmaatschap> leden, LocalDate dag) {
        Map<String, String> eigenaar = new HashMap<>();
        Map<String, List<String>> vormenPerRegio = new LinkedHashMap<>();
        Map<String, List<String>> zonderVormPerRegio = new HashMap<>();
        // The division is landsdekkend: every gemeente that exists on the day is in one of the round's regions.
        Set<String> opDag = new HashSet<>();
        regios.forEach(r -> opDag.addAll(r.gemeenten()));
        for (Regio regio : regios) {
            List<String> vormen = new ArrayList<>();
            List<String> zonderVorm = new ArrayList<>();
            for (String code : new TreeSet<>(regio.gemeenten())) {
                List<String> delen = gemeenten.containsKey(code) ? List.of(code) : voorgangers(code, leden, dag, opDag);
                if (delen.isEmpty()) {
                    zonderVorm.add(code);
                }
                for (String deel : delen) {
                    if (eigenaar.putIfAbsent(deel, regio.code()) == null) {
                        vormen.add(deel);
                    }
                }
            }
            vormenPerRegio.put(regio.code(), vormen);
            zonderVormPerRegio.put(regio.code(), zonderVorm);
        }
        List<RegioVorm> vormen = regios.stream()
                .map(r -> new RegioVorm(r.code(), r.naam(), r.status(), pad(vormenPerRegio.get(r.code())),
                        List.copyOf(zonderVormPerRegio.get(r.code()))))
                .toList();
        List<String> overig = gemeenten.keySet().stream().filter(code -> !eigenaar.containsKey(code)).toList();
        return new Tekening("0 0 " + getal(BREEDTE) + " " + getal(hoogte), vormen, pad(overig), grenzen(eigenaar));
    }

    /** Gemeenten with a shape whose membership ended on the day the new gemeente's began, and that are gone by {@code dag}. */
    private List<String> voorgangers(String code, Collection<Lidmaatschap> leden, LocalDate dag, Set<String> opDag) {
        Set<LocalDate> begonnen = new HashSet<>();
        leden.stream().filter(l -> l.gemeentecode().equals(code) && l.vanaf() != null).forEach(l -> begonnen.add(l.vanaf()));
        Set<String> voorgangers = new TreeSet<>();
        for (Lidmaatschap lid : leden) {
            if (lid.tot() != null && begonnen.contains(lid.tot()) && !lid.tot().isAfter(dag)
                    && gemeenten.containsKey(lid.gemeentecode()) && !opDag.contains(lid.gemeentecode())) {
                voorgangers.add(lid.gemeentecode());
            }
        }
        return List.copyOf(voorgangers);
    }

    /** Arcs on the edge of a region: used once in the drawing, or between two different owners, one of them a region. */
    private String grenzen(Map<String, String> eigenaar) {
        Map<Integer, List<String>> gebruik = new HashMap<>();
        for (Gemeente gemeente : gemeenten.values()) {
            String wie = eigenaar.getOrDefault(gemeente.code(), "");
            for (List<Integer> ring : gemeente.ringen()) {
                for (int index : ring) {
                    gebruik.computeIfAbsent(index < 0 ? ~index : index, i -> new ArrayList<>()).add(wie);
                }
            }
        }
        StringBuilder pad = new StringBuilder();
        gebruik.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<String> wie = e.getValue();
            boolean raaktRegio = wie.stream().anyMatch(w -> !w.isEmpty());
            boolean rand = wie.size() == 1 || new LinkedHashSet<>(wie).size() > 1;
            if (raaktRegio && rand) {
                lijn(pad, bogen.get(e.getKey()));
            }
        });
        return pad.toString().trim();
    }

    /** One path of all rings of these gemeenten (fill-rule evenodd keeps holes open). */
    private String pad(List<String> codes) {
        StringBuilder pad = new StringBuilder();
        for (String code : codes) {
            for (List<Integer> ring : gemeenten.get(code).ringen()) {
                ring(pad, ring);
            }
        }
        return pad.toString().trim();
    }

    private void ring(StringBuilder pad, List<Integer> ring) {
        List<String> punten = new ArrayList<>();
        for (int index : ring) {
            double[] boog = bogen.get(index < 0 ? ~index : index);
            int aantal = boog.length / 2;
            for (int k = 0; k < aantal; k++) {
                int i = index < 0 ? aantal - 1 - k : k;
                punten.add(getal(boog[2 * i]) + " " + getal(boog[2 * i + 1]));
            }
        }
        schrijf(pad, punten, true);
    }

    private static void lijn(StringBuilder pad, double[] boog) {
        List<String> punten = new ArrayList<>();
        for (int i = 0; i < boog.length; i += 2) {
            punten.add(getal(boog[i]) + " " + getal(boog[i + 1]));
        }
        schrijf(pad, punten, false);
    }

    /** "Mx yLx y x y…" without repeated points (rounding merges neighbours); a ring is closed with Z. */
    private static void schrijf(StringBuilder pad, List<String> punten, boolean gesloten) {
        List<String> uniek = new ArrayList<>();
        for (String punt : punten) {
            if (uniek.isEmpty() || !uniek.get(uniek.size() - 1).equals(punt)) {
                uniek.add(punt);
            }
        }
        if (uniek.size() < 2) {
            return;
        }
        pad.append('M').append(uniek.get(0)).append('L').append(String.join(" ", uniek.subList(1, uniek.size())));
        if (gesloten) {
            pad.append('Z');
        }
    }

    private static List<Integer> indices(JsonNode ring) {
        List<Integer> indices = new ArrayList<>();
        ring.forEach(i -> indices.add(i.asInt()));
        return indices;
    }

    /** One decimal is a tenth of a unit on a 500-wide drawing: far below what a screen shows. */
    static String getal(double waarde) {
        long tienden = Math.round(waarde * 10);
        String teken = tienden < 0 ? "-" : "";
        long absoluut = Math.abs(tienden);
        return teken + (absoluut / 10) + (absoluut % 10 == 0 ? "" : "." + (absoluut % 10));
    }
}
