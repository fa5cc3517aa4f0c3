package nl.venster.venster.service;

import java.util.UUID;
import nl.venster.conventions.vocabulary.OpvolgingSoort;

/** A follow-up to record; {@code afspraak}: only with actie-afgesproken, an afspraak of the region's agenda. */
public record NieuweOpvolging(OpvolgingSoort soort, String toelichting, UUID afspraak) {
}
