package nl.venster.rapportage.domain;

/** The round's thresholds: tevreden from {@code voldoendeGrens}, divergent from a spread of {@code spreidingsGrens}. */
public record Drempels(int voldoendeGrens, int spreidingsGrens) {
}
