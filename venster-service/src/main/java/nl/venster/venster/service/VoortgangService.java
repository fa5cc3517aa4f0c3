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
import nl.venster.venster.config.VensterConfig;
import nl.venster.venster.domain.Ontvangers;
import nl.venster.venster.domain.ReplicaContactpersoon;
import nl.venster.venster.domain.Indeling;
import nl.venster.venster.domain.ReplicaRol;
import nl.venster.venster.domain.Ronde;
import nl.venster.venster.repository.AntwoordsetRepository;
import nl.venster.venster.repository.ReplicaContactadresRepository;
import nl.venster.venster.repository.ReplicaContactpersoonRepository;

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
    private final ReplicaContactadresRepository adressen;

    public VoortgangService(RondeService rondes, AntwoordsetRepository antwoordsets,
                            ReplicaContactpersoonRepository contactpersonen, Clock clock, VensterConfig config,
                            ReplicaContactadresRepository adressen) {
        this.adressen = adressen;
        this.rondes = rondes;
        this.antwoordsets = antwoordsets;
        this.contactpersonen = contactpersonen;
        this.clock = clock;
        this.config = config;
    }

    public record Filter(String regio, Financier financier, Boolean zonderAanspreekpunt) {
    }

    @Transactional
    public List<VoortgangRegelGegevens> regels(int jaar, Filter filter) {
        Ronde ronde = rondes.bestaand(jaar);
        LocalDate van = ronde.opent.atZoneSameInstant(config.tijdzone()).toLocalDate();
        LocalDate tot = ronde.sluit.atZoneSameInstant(config.tijdzone()).toLocalDate();
        // Who can answer is judged today while the round runs, otherwise on its first or last day.
        LocalDate vandaag = LocalDate.now(clock.withZone(config.tijdzone()));
        LocalDate peildatum = vandaag.isBefore(van) ? van : vandaag.isAfter(tot) ? tot : vandaag;

        Set<String> beantwoord = new HashSet<>();
        antwoordsets.currentOfRound(jaar).forEach(set -> beantwoord.add(set.regio + "/" + set.financier.code()));
        List<ReplicaContactpersoon> metRollen = contactpersonen.withAnyRole();
        Set<java.util.UUID> bereikbaar = adressen.bereikbaar();

        List<VoortgangRegelGegevens> regels = new ArrayList<>();
        // The round's own regions: its fixed division, not the registry's division of today.
        for (Indeling.Regio regio : rondes.indeling(jaar)) {
            if (filter.regio() != null && !filter.regio().equals(regio.code())) {
                continue;
            }
            for (Financier financier : Financier.values()) {
                if (filter.financier() != null && filter.financier() != financier) {
                    continue;
                }
                List<Ontvangers.Ontvanger> ontvangers = Ontvangers.aanspreekpunten(metRollen, regio.code(), financier, peildatum);
                List<String> aanspreekpunten = ontvangers.stream().map(Ontvangers.Ontvanger::naam).sorted().toList();
                List<String> nietBereikbaar = ontvangers.stream().filter(o -> !bereikbaar.contains(o.contactpersoon()))
                        .map(Ontvangers.Ontvanger::naam).sorted().toList();
                boolean heeftBeantwoord = beantwoord.contains(regio.code() + "/" + financier.code());
                boolean zonder = aanspreekpunten.isEmpty();
                if ((heeftBeantwoord && !zonder) || (Boolean.TRUE.equals(filter.zonderAanspreekpunt()) && !zonder)
                        || (Boolean.FALSE.equals(filter.zonderAanspreekpunt()) && zonder)) {
                    continue;
                }
                regels.add(new VoortgangRegelGegevens(regio.code(), regio.naam(), financier, heeftBeantwoord, !zonder, aanspreekpunten,
                        nietBereikbaar));
            }
        }
        return regels;
    }
}
