package nl.venster.venster.service;

import java.time.OffsetDateTime;
import java.util.List;
import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.venster.domain.Ronde;
import nl.venster.venster.domain.Tijd;

/** A round as the service gives it out (and the audit trail keeps it): times in UTC, reminder days furthest first. */
public record RondeGegevens(int jaar, RondeStatus status, OffsetDateTime opent, OffsetDateTime sluit, List<VraagGegevens> vragen,
                            int voldoendeGrens, int spreidingsGrens, long versie, List<Integer> herinneringen) {

    static RondeGegevens van(Ronde ronde) {
        return new RondeGegevens(ronde.jaar, ronde.status, Tijd.utc(ronde.opent), Tijd.utc(ronde.sluit),
                ronde.vragen.stream().map(VraagGegevens::van).toList(), ronde.voldoendeGrens, ronde.spreidingsGrens, ronde.versie,
                ronde.herinneringenAflopend());
    }

    RondeGegevens metStatus(RondeStatus andere) {
        return andere == status ? this
                : new RondeGegevens(jaar, andere, opent, sluit, vragen, voldoendeGrens, spreidingsGrens, versie, herinneringen);
    }
}
