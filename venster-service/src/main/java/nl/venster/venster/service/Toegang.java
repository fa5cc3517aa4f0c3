package nl.venster.venster.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.security.Roles;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.Rolsoort;
import nl.venster.venster.config.VensterConfig;
import nl.venster.venster.domain.ReplicaRol;
import nl.venster.venster.repository.ReplicaContactpersoonRepository;

/**
 * Object-level access from the replica of the registry (never from client input): which region and
 * financier a caller speaks for, on today's Dutch calendar date.
 */
@ApplicationScoped
public class Toegang {

    private final ReplicaContactpersoonRepository contactpersonen;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final VensterConfig config;

    public Toegang(ReplicaContactpersoonRepository contactpersonen, SecurityIdentity identity, Clock clock, VensterConfig config) {
        this.contactpersonen = contactpersonen;
        this.identity = identity;
        this.clock = clock;
        this.config = config;
    }

    public String subject() {
        return identity.getPrincipal().getName();
    }

    public boolean isBeheerder() {
        return identity.hasRole(Roles.BEHEERDER);
    }

    public LocalDate vandaag() {
        return LocalDate.now(clock.withZone(config.tijdzone()));
    }

    /** Only the bestuurlijk or ambtelijk aanspreekpunt of this financier in this region may answer. */
    public void vereisAanspreekpunt(String regio, Financier financier) {
        boolean mag = identity.hasRole(Roles.AANSPREEKPUNT)
                && financiers(regio, rol -> Rolsoort.vanCode(rol.rol).map(Rolsoort::isAanspreekpunt).orElse(false)).contains(financier);
        if (!mag) {
            throw Weigering.verboden("Alleen het bestuurlijk of ambtelijk aanspreekpunt van deze financier in deze regio"
                    + " mag de antwoorden indienen.");
        }
    }

    /** Region contacts (any role in the region today) and beheerders. */
    public void vereisRegiocontactOfBeheerder(String regio) {
        if (!isBeheerder() && !isRegiocontact(regio)) {
            throw Weigering.verboden("Alleen contactpersonen van deze regio en beheerders hebben hier toegang.");
        }
    }

    public boolean isRegiocontact(String regio) {
        return identity.hasRole(Roles.AANSPREEKPUNT) && !financiers(regio, rol -> true).isEmpty();
    }

    /** The financiers the caller holds any role for in the region today: "its own" answers. */
    public Set<Financier> eigenFinanciers(String regio) {
        return identity.hasRole(Roles.AANSPREEKPUNT) ? financiers(regio, rol -> true) : Set.of();
    }

    private Set<Financier> financiers(String regio, Predicate<ReplicaRol> soort) {
        LocalDate datum = vandaag();
        Set<Financier> financiers = EnumSet.noneOf(Financier.class);
        contactpersonen.rollenVan(subject(), regio).stream()
                .filter(rol -> rol.geldigOp(datum) && soort.test(rol))
                .forEach(rol -> Financier.vanCode(rol.financier).ifPresent(financiers::add));
        return financiers;
    }
}
