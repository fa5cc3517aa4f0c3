package nl.venster.venster.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.security.Roles;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.venster.config.VensterConfig;
import nl.venster.venster.domain.ReplicaRol;
import nl.venster.venster.domain.Toegangsregels;
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

    /** Only the bestuurlijk or ambtelijk aanspreekpunt of this financier in this region may answer (Toegangsregels). */
    public void vereisAanspreekpunt(String regio, Financier financier) {
        Toegangsregels.weigeringAntwoorden(identity.getRoles(), rollen(regio), regio, financier, vandaag()).ifPresent(reden -> {
            throw Weigering.verboden(reden);
        });
    }

    /** Region contacts (any role in the region today) and beheerders. */
    public void vereisRegiocontactOfBeheerder(String regio) {
        if (!isBeheerder() && !isRegiocontact(regio)) {
            throw Weigering.verboden("Alleen contactpersonen van deze regio en beheerders hebben hier toegang.");
        }
    }

    public boolean isRegiocontact(String regio) {
        return identity.hasRole(Roles.AANSPREEKPUNT) && !Toegangsregels.financiers(rollen(regio), regio, vandaag(), false).isEmpty();
    }

    /** The financiers the caller holds any role for in the region today: "its own" answers. */
    public Set<Financier> eigenFinanciers(String regio) {
        return identity.hasRole(Roles.AANSPREEKPUNT) ? Toegangsregels.financiers(rollen(regio), regio, vandaag(), false) : Set.of();
    }

    /** The caller's role rows in the region, from the replica. */
    private List<ReplicaRol> rollen(String regio) {
        return contactpersonen.rollenVan(subject(), regio);
    }
}
