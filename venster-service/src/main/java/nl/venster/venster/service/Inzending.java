package nl.venster.venster.service;

import java.util.List;

/** A financier's answers as submitted: one per question of the round (checked by the service, with every problem). */
public record Inzending(List<Antwoord> antwoorden) {

    /** {@code score} may be missing only when Bean Validation let it through. */
    public record Antwoord(String vraag, Integer score, String toelichting) {
    }
}
