package nl.venster.register.domain;

import java.time.LocalDate;

/** A region active on the peildatum whose financier has no bestuurlijk aanspreekpunt then. */
public record OntbrekendAanspreekpunt(String regio, String regioNaam, String zorgkantoorregio, String financier,
                                      LocalDate peildatum) {
}
