package nl.venster.register.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.security.Roles;
import nl.venster.register.domain.AgendaRegels;
import nl.venster.register.domain.Kalender;
import nl.venster.register.repository.ContactpersoonRepository;
import nl.venster.register.repository.RoltoewijzingRepository;

/**
 * Who may change a region's agenda: a beheerder any; otherwise only a person who, per the registry on today's
 * date, is aanspreekpunt, regiocoördinator or trekker in that region (for any financier). Never from the token.
 */
@ApplicationScoped
public class AgendaToegang {

    private final SecurityIdentity identity;
    private final ContactpersoonRepository contactpersonen;
    private final RoltoewijzingRepository rollen;
    private final Clock clock;

    public AgendaToegang(SecurityIdentity identity, ContactpersoonRepository contactpersonen, RoltoewijzingRepository rollen, Clock clock) {
        this.identity = identity;
        this.contactpersonen = contactpersonen;
        this.rollen = rollen;
        this.clock = clock;
    }

    /** 403 unless the caller may edit the region's agenda. */
    public void controleerBewerken(String regio) {
        if (identity.hasRole(Roles.BEHEERDER)) {
            return;
        }
        boolean magHet = identity.hasRole(Roles.AANSPREEKPUNT) && contactpersonen.metSubject(identity.getPrincipal().getName())
                .map(c -> rollen.vanContactpersoon(c.id).stream().anyMatch(r -> r.regio.equals(regio)
                        && r.geldigOp(Kalender.vandaag(clock)) && AgendaRegels.BEWERKENDE_ROLLEN.contains(r.rol)))
                .orElse(false);
        if (!magHet) {
            throw Weigering.verboden("Alleen beheerders en de aanspreekpunten, regiocoördinator en trekkers van regio "
                    + regio + " wijzigen haar samenwerkingsagenda.");
        }
    }

    /** The subject recorded with a progress entry. */
    public String subject() {
        return identity.getPrincipal().getName();
    }
}
