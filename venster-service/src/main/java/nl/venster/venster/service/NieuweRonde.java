package nl.venster.venster.service;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A new round. Vragen, grenzen and herinneringen may be left out (null): then those of {@code kopieVan}, else the
 * standard questionnaire and the configured reminder days.
 */
public record NieuweRonde(int jaar, OffsetDateTime opent, OffsetDateTime sluit, List<VraagGegevens> vragen, Integer voldoendeGrens,
                          Integer spreidingsGrens, Integer kopieVan, List<Integer> herinneringen) {
}
