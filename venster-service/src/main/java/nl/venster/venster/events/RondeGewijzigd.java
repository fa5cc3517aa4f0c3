package nl.venster.venster.events;

import java.time.OffsetDateTime;
import java.util.List;
import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.conventions.vocabulary.Schaal;
import nl.venster.venster.domain.Indeling;
import nl.venster.venster.domain.Ronde;
import nl.venster.venster.domain.Tijd;

/**
 * The data of {@code nl.venster.ronde.gewijzigd} (openapi/asyncapi.yaml, schema Ronde): the round after the change,
 * with its fixed division once it has opened ({@code indeling}: null before), so that readers such as the
 * reporting-service keep a round's regions as they were, also after a rebuild. The event contract is this record,
 * not the REST representation: the two may evolve apart.
 */
public record RondeGewijzigd(int jaar, RondeStatus status, OffsetDateTime opent, OffsetDateTime sluit, List<Vraag> vragen,
                             int voldoendeGrens, int spreidingsGrens, long versie, List<Integer> herinneringen, List<Regio> indeling) {

    public record Vraag(String code, String tekst, Schaal schaal) {
    }

    public record Regio(String code, String naam, String zorgkantoorregio, List<Gemeente> gemeenten) {
    }

    public record Gemeente(String code, String naam) {
    }

    public static RondeGewijzigd van(Ronde ronde, List<Indeling.Regio> indeling) {
        return new RondeGewijzigd(ronde.jaar, ronde.status, Tijd.utc(ronde.opent), Tijd.utc(ronde.sluit),
                ronde.vragen.stream().map(vraag -> new Vraag(vraag.code, vraag.tekst, vraag.schaal)).toList(),
                ronde.voldoendeGrens, ronde.spreidingsGrens, ronde.versie, ronde.herinneringenAflopend(),
                indeling == null ? null : indeling.stream().map(regio -> new Regio(regio.code(), regio.naam(), regio.zorgkantoorregio(),
                        regio.gemeenten().stream().map(gemeente -> new Gemeente(gemeente.code(), gemeente.naam())).toList())).toList());
    }
}
