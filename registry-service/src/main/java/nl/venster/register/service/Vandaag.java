package nl.venster.register.service;

import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" in the Netherlands: validity dates are Dutch calendar dates. */
public final class Vandaag {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Vandaag() {
    }

    public static LocalDate datum() {
        return LocalDate.now(NEDERLAND);
    }

    public static LocalDate ofIndien(LocalDate peildatum) {
        return peildatum == null ? datum() : peildatum;
    }
}
