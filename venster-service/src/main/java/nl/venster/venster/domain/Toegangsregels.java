package nl.venster.venster.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.venster.conventions.security.Roles;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.Rolsoort;

/**
 * Who speaks for which financier in a region (DESIGN.md §4), decided from the caller's token roles and the caller's
 * role rows in the replica of the registry (never from client input), on a calendar date. Pure: the service gathers
 * the inputs and raises the refusal.
 */
public final class Toegangsregels {

    static final String ALLEEN_AANSPREEKPUNT = "Alleen het bestuurlijk of ambtelijk aanspreekpunt van deze financier in deze regio"
            + " mag de antwoorden indienen.";

    private Toegangsregels() {
    }

    /**
     * Empty when the caller may submit this financier's answers for the region on the date: it has the aanspreekpunt
     * role in its token and, per the registry, is bestuurlijk or ambtelijk aanspreekpunt of that financier in that region
     * on that date; otherwise the reason.
     *
     * @param tokenRollen the roles of the caller's token
     * @param rollen      the caller's role rows in the replica (rows of other regions are ignored)
     */
    public static Optional<String> weigeringAntwoorden(Set<String> tokenRollen, Collection<ReplicaRol> rollen, String regio,
                                                       Financier financier, LocalDate datum) {
        boolean mag = tokenRollen.contains(Roles.AANSPREEKPUNT) && financiers(rollen, regio, datum, true).contains(financier);
        return mag ? Optional.empty() : Optional.of(ALLEEN_AANSPREEKPUNT);
    }

    /**
     * The financiers for which the rows give a role in the region valid on the date; with {@code alleenAanspreekpunt}
     * only bestuurlijk or ambtelijk aanspreekpunt roles count. Rows with a role or financier code this version does not
     * know count for nothing.
     */
    public static Set<Financier> financiers(Collection<ReplicaRol> rollen, String regio, LocalDate datum, boolean alleenAanspreekpunt) {
        Set<Financier> financiers = EnumSet.noneOf(Financier.class);
        for (ReplicaRol rol : rollen) {
            boolean telt = regio.equals(rol.regio) && rol.geldigOp(datum)
                    && (!alleenAanspreekpunt || Rolsoort.vanCode(rol.rol).map(Rolsoort::isAanspreekpunt).orElse(false));
            if (telt) {
                Financier.vanCode(rol.financier).ifPresent(financiers::add);
            }
        }
        return financiers;
    }
}
