package nl.venster.venster.domain;

import java.util.List;
import nl.venster.conventions.vocabulary.Schaal;

/** The three questions of the agreement, on a 1–10 scale (DESIGN.md §1 rule 4). */
public final class StandaardVragenlijst {

    public static final int VOLDOENDE_GRENS = 6;
    public static final int SPREIDINGS_GRENS = 3;

    private StandaardVragenlijst() {
    }

    public static List<Vraag> vragen() {
        return List.of(
                new Vraag("proces", "Hoe tevreden bent u over het proces van de samenwerking in de regio?", Schaal.RAPPORTCIJFER),
                new Vraag("agenda", "Hoe tevreden bent u over de gezamenlijke agenda in de regio?", Schaal.RAPPORTCIJFER),
                new Vraag("resultaten", "Hoe tevreden bent u over de resultaten van de samenwerking in de regio?", Schaal.RAPPORTCIJFER));
    }
}
