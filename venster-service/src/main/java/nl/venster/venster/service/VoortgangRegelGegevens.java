package nl.venster.venster.service;

import java.util.List;
import nl.venster.conventions.vocabulary.Financier;

/**
 * A financier in a region that has not answered yet or has no aanspreekpunt: the names of its aanspreekpunten per
 * the registry, and those of them the registry has no e-mail address for.
 */
public record VoortgangRegelGegevens(String regio, String regioNaam, Financier financier, boolean beantwoord, boolean heeftAanspreekpunt,
                             List<String> aanspreekpunten, List<String> nietBereikbaar) {
}
