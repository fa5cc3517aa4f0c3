package nl.venster.venster.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.Rolsoort;

/** Who receives the Venster of a financier in a region on a date: its aanspreekpunten per the registry. */
public final class Ontvangers {

    private Ontvangers() {
    }

    /** A recipient; {@code kopie}: an ambtelijk aanspreekpunt beside a bestuurlijk one. */
    public record Ontvanger(UUID contactpersoon, String naam, Rolsoort rol, boolean kopie) {
    }

    /**
     * The bestuurlijk aanspreekpunt first (addressee), then the ambtelijke (in copy; the addressees when there
     * is no bestuurlijk one), each by name. A person holding both roles is counted once, as bestuurlijk.
     */
    public static List<Ontvanger> aanspreekpunten(Collection<ReplicaContactpersoon> contacten, String regio, Financier financier,
                                                 LocalDate datum) {
        List<ReplicaContactpersoon> bestuurlijk = new ArrayList<>();
        List<ReplicaContactpersoon> ambtelijk = new ArrayList<>();
        for (ReplicaContactpersoon contact : contacten) {
            if (contact.verwijderd) {
                continue;
            }
            boolean isBestuurlijk = false;
            boolean isAmbtelijk = false;
            for (ReplicaRol rol : contact.rollen) {
                if (regio.equals(rol.regio) && financier.code().equals(rol.financier) && rol.geldigOp(datum)) {
                    isBestuurlijk |= Rolsoort.BESTUURLIJK_AANSPREEKPUNT.code().equals(rol.rol);
                    isAmbtelijk |= Rolsoort.AMBTELIJK_AANSPREEKPUNT.code().equals(rol.rol);
                }
            }
            if (isBestuurlijk) {
                bestuurlijk.add(contact);
            } else if (isAmbtelijk) {
                ambtelijk.add(contact);
            }
        }
        Comparator<ReplicaContactpersoon> opNaam = Comparator.comparing((ReplicaContactpersoon c) -> c.naam).thenComparing(c -> c.id);
        bestuurlijk.sort(opNaam);
        ambtelijk.sort(opNaam);
        List<Ontvanger> ontvangers = new ArrayList<>();
        bestuurlijk.forEach(c -> ontvangers.add(new Ontvanger(c.id, c.naam, Rolsoort.BESTUURLIJK_AANSPREEKPUNT, false)));
        ambtelijk.forEach(c -> ontvangers.add(new Ontvanger(c.id, c.naam, Rolsoort.AMBTELIJK_AANSPREEKPUNT, !bestuurlijk.isEmpty())));
        return ontvangers;
    }
}
