package nl.venster.conventions.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VerzegelingTest {

    private static final Set<Financier> ALLE = EnumSet.allOf(Financier.class);

    @ParameterizedTest
    @EnumSource(value = RondeStatus.class, names = {"CONCEPT", "OPEN"})
    void sealedWhileTheRoundRunsAndAnswersAreMissing(RondeStatus status) {
        assertFalse(Verzegeling.voor(status, Set.of()).ontzegeld());
        assertFalse(Verzegeling.voor(status, Set.of(Financier.GEMEENTEN)).ontzegeld());
        assertFalse(Verzegeling.voor(status, Set.of(Financier.GEMEENTEN, Financier.ZORGKANTOOR)).ontzegeld());
    }

    @ParameterizedTest
    @EnumSource(value = RondeStatus.class, names = {"CONCEPT", "OPEN"})
    void unsealedOnceAllThreeAnswered(RondeStatus status) {
        assertTrue(Verzegeling.voor(status, ALLE).ontzegeld());
    }

    @ParameterizedTest
    @EnumSource(value = RondeStatus.class, names = {"GESLOTEN", "GEPUBLICEERD"})
    void unsealedOnceTheRoundClosedEvenWithAnswersMissing(RondeStatus status) {
        assertTrue(Verzegeling.voor(status, Set.of()).ontzegeld());
        assertTrue(Verzegeling.voor(status, Set.of(Financier.ZORGVERZEKERAAR)).ontzegeld());
        assertTrue(Verzegeling.voor(status, ALLE).ontzegeld());
    }

    @Test
    void whileSealedACallerSeesOnlyItsOwnFinanciers() {
        Verzegeling verzegeld = Verzegeling.voor(RondeStatus.OPEN, Set.of(Financier.GEMEENTEN, Financier.ZORGKANTOOR));
        assertTrue(verzegeld.zichtbaar(Financier.GEMEENTEN, Set.of(Financier.GEMEENTEN)));
        assertFalse(verzegeld.zichtbaar(Financier.ZORGKANTOOR, Set.of(Financier.GEMEENTEN)));
        assertTrue(verzegeld.zichtbaar(Financier.ZORGKANTOOR, Set.of(Financier.GEMEENTEN, Financier.ZORGKANTOOR)));
        assertFalse(verzegeld.zichtbaar(Financier.GEMEENTEN, Set.of()), "a caller without a role in the region (e.g. a beheerder)");
    }

    @Test
    void onceUnsealedEveryoneSeesEveryFinancier() {
        Verzegeling ontzegeld = Verzegeling.voor(RondeStatus.GESLOTEN, Set.of(Financier.GEMEENTEN));
        for (Financier financier : Financier.values()) {
            assertTrue(ontzegeld.zichtbaar(financier, Set.of()));
            assertTrue(ontzegeld.zichtbaar(financier, Set.of(Financier.ZORGVERZEKERAAR)));
        }
    }

    @Test
    void theRuleIsAValue() {
        assertEquals(new Verzegeling(true), Verzegeling.voor(RondeStatus.GEPUBLICEERD, Set.of()));
        assertEquals(new Verzegeling(false), Verzegeling.voor(RondeStatus.OPEN, Set.of()));
    }
}
