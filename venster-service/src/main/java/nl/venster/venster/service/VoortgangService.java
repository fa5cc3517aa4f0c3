package nl.venster.venster.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.Rolsoort;
import nl.venster.venster.config.VensterConfig;
import nl.venster.venster.domain.ReplicaContactpersoon;
import nl.venster.venster.domain.Indeling;
import nl.venster.venster.domain.ReplicaRol;
import nl.venster.venster.domain.Ronde;
import nl.venster.venster.repository.AntwoordsetRepository;
import nl.venster.venster.repository.ReplicaContactpersoonRepository;
import nl.venster.venster.rest.VoortgangRegelDto;

/**
 * For reminders: per region valid during the round, the financiers that have not answered yet, and the
 * region/financier pairs without an aanspreekpunt in the replica of the registry.
 */
@ApplicationScoped
public class VoortgangService {

    private final RondeService rondes;
    private final AntwoordsetRepository antwoordsets;
    private final ReplicaContactpersoonRepository contactpersonen;
    private final Clock clock;
    private final VensterConfig config;

    public VoortgangService(RondeService rondes, AntwoordsetRepository antwoordsets,
                            ReplicaContactpersoonRepository contactpersonen, Clock clock, VensterConfig config) {
        this.rondes = rondes;
        this.antwoordsets = antwoordsets;
        this.contactpersonen = contactpersonen;
        this.clock = clock;
        this.config = config;
    }

    public record Filter(String regio, Financier financier, Boolean zonderAanspreekpunt) {
    }

    @Transactional
    public List<VoortgangRegelDto> regels(int jaar, Filter filter) {
        Ronde ronde = rondes.bestaand(jaar);
        LocalDate van = ronde.opent.atZoneSameInstant(config.tijdzone()).toLocalDate();
        LocalDate tot = ronde.sluit.atZoneSameInstant(config.tijdzone()).toLocalDate();
        // Who can answer is judged today while the round runs, otherwise on its first or last day.
        LocalDate vandaag = LocalDate.now(clock.withZone(config.tijdzone()));
        LocalDate peildatum = vandaag.isBefore(van) ? van : vandaag.isAfter(tot) ? tot : vandaag;

        Set<String> beantwoord = new HashSet<>();
        antwoordsets.currentOfRound(jaar).forEach(set -> beantwoord.add(set.regio + "/" + set.financier.code()));
        List<ReplicaContactpersoon> metRollen = contactpersonen.withAnyRole();

        List<VoortgangRegelDto> regels = new ArrayList<>();
        // The round's own regions: its fixed division, not the registry's division of today.
        for (Indeling.Regio regio : rondes.indeling(jaar)) {
            if (filter.regio() != null && !filter.regio().equals(regio.code())) {
                continue;
            }
            for (Financier financier : Financier.values()) {
                if (filter.financier() != null && filter.financier() != financier) {
                    continue;
                }
                List<String> aanspreekpunten = aanspreekpunten(metRollen, regio.code(), financier, peildatum);
                boolean heeftBeantwoord = beantwoord.contains(regio.code() + "/" + financier.code());
                boolean zonder = aanspreekpunten.isEmpty();
                if ((heeftBeantwoord && !zonder) || (Boolean.TRUE.equals(filter.zonderAanspreekpunt()) && !zonder)
                        || (Boolean.FALSE.equals(filter.zonderAanspreekpunt()) && zonder)) {
                    continue;
                }
                regels.add(new VoortgangRegelDto(regio.code(), regio.naam(), financier, heeftBeantwoord, !zonder, aanspreekpunten));
            }
        }
        return regels;
    }

    private static List<String> aanspreekpunten(List<ReplicaContactpersoon> contacten, String regio, Financier financier,
                                                LocalDate datum) {
        List<String> namen = new ArrayList<>();
        for (ReplicaContactpersoon contact : contacten) {
            for (ReplicaRol rol : contact.rollen) {
                if (regio.equals(rol.regio) && financier.code().equals(rol.financier) && rol.geldigOp(datum)
                        && Rolsoort.vanCode(rol.rol).map(Rolsoort::isAanspreekpunt).orElse(false)) {
                    namen.add(contact.naam);
                    break;
                }
            }
        }
        namen.sort(String::compareTo);
        return namen;
    }
}
