package nl.venster.venster.service;

import java.time.OffsetDateTime;
import java.util.List;

/** The whole new content of a round; {@code herinneringen} null: unchanged. */
public record RondeWijziging(OffsetDateTime opent, OffsetDateTime sluit, List<VraagGegevens> vragen, int voldoendeGrens,
                             int spreidingsGrens, List<Integer> herinneringen) {
}
