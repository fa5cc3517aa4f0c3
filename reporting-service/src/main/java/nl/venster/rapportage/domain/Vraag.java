package nl.venster.rapportage.domain;

import nl.venster.conventions.vocabulary.Schaal;

/** A question of a round with its scale, as configured in the round. */
public record Vraag(String code, String tekst, Schaal schaal) {
}
