package nl.venster.rapportage.domain;

/** One financier's answer to one question. */
public record AntwoordScore(String vraag, int score, String toelichting) {
}
