package nl.venster.venster.service;

import java.time.OffsetDateTime;
import java.util.List;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.RondeStatus;

/** A region's answers in a round as the caller may see them: per financier, sealed where the caller may not see the scores. */
public record RegioAntwoordenGegevens(int jaar, String regio, RondeStatus rondeStatus, boolean compleet, boolean ontzegeld,
                                      List<FinancierAntwoorden> financiers) {

    /** {@code versie}, {@code ingediendOp}: null when not answered; {@code antwoorden}: null while sealed or not answered. */
    public record FinancierAntwoorden(Financier financier, boolean beantwoord, Long versie, OffsetDateTime ingediendOp, boolean verzegeld,
                                      List<AntwoordGegevens> antwoorden) {
    }
}
