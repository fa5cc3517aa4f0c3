package nl.venster.register.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Every region works at least on ouderen, ggz and preventie (DESIGN.md §1 rule 3); it may add its own. */
public final class Themas {

    public static final List<String> VERPLICHT = List.of("ouderen", "ggz", "preventie");
    public static final String PATROON = "^[a-z][a-z0-9-]{1,39}$";

    private Themas() {
    }

    /** The mandatory themes first, then the regional ones in the given order, without duplicates. */
    public static List<String> metVerplichte(List<String> themas) {
        LinkedHashSet<String> alle = new LinkedHashSet<>(VERPLICHT);
        if (themas != null) {
            alle.addAll(themas);
        }
        return new ArrayList<>(alle);
    }

    /** The mandatory themes that the list lacks. */
    public static List<String> ontbrekend(List<String> themas) {
        return VERPLICHT.stream().filter(t -> themas == null || !themas.contains(t)).toList();
    }
}
