package nl.venster.venster.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.venster.venster.domain.Bericht;
import nl.venster.venster.domain.BerichtReden;
import nl.venster.venster.domain.BerichtStatus;

@ApplicationScoped
public class BerichtRepository implements PanacheRepositoryBase<Bericht, UUID> {

    public record Filter(String regio, String financier, BerichtReden reden, BerichtStatus status) {
    }

    /**
     * The next due message, locked; SKIP LOCKED lets several relay instances (or passes) work side by side
     * without sending one message twice.
     */
    public Optional<Bericht> volgendeTeVerzenden(OffsetDateTime nu) {
        @SuppressWarnings("unchecked")
        List<Object> ids = getEntityManager().createNativeQuery("select id from bericht where status = 'wachtend'"
                        + " and volgende_poging <= :nu order by volgende_poging, id limit 1 for update skip locked")
                .setParameter("nu", nu).getResultList();
        return ids.stream().findFirst().map(id -> findById((UUID) id));
    }

    public List<Bericht> vanRonde(int jaar, Filter filter, int offset, int size) {
        return find(waar(filter), Sort.ascending("aangemaaktOp", "regio", "financier", "reden", "ontvangerNaam", "id"),
                parameters(jaar, filter)).range(offset, offset + size - 1).list();
    }

    public List<Bericht> allesVanRonde(int jaar, Filter filter) {
        return find(waar(filter), Sort.ascending("aangemaaktOp", "regio", "financier", "reden", "ontvangerNaam", "id"),
                parameters(jaar, filter)).list();
    }

    public long aantalVanRonde(int jaar, Filter filter) {
        return count(waar(filter), parameters(jaar, filter));
    }

    /**
     * After a submission to a slot: its reminders not sent yet lapse, and so does the submitter's confirmation of an
     * earlier version not sent yet (the newer confirmation replaces it). A message the relay holds is being sent
     * right now and is skipped, so a submission never waits for an SMTP server.
     */
    public int naInzendingVervallen(int jaar, String regio, String financier, Optional<UUID> indiener) {
        return getEntityManager().createNativeQuery("update bericht set status = :vervallen where id in (select id from bericht"
                        + " where jaar = :jaar and regio = :regio and financier = :financier and status = :wachtend"
                        + " and (reden = :herinnering or (reden = :bevestiging and contactpersoon_id = :indiener))"
                        + " for update skip locked)")
                .setParameter("vervallen", BerichtStatus.VERVALLEN.code()).setParameter("wachtend", BerichtStatus.WACHTEND.code())
                .setParameter("jaar", jaar).setParameter("regio", regio).setParameter("financier", financier)
                .setParameter("herinnering", BerichtReden.HERINNERING.code()).setParameter("bevestiging", BerichtReden.BEVESTIGING.code())
                // The nil UUID is nobody's contact id: without a known submitter only the reminders lapse.
                .setParameter("indiener", indiener.orElse(new UUID(0, 0)))
                .executeUpdate();
    }

    public int laatVervallen(int jaar, List<BerichtReden> redenen) {
        return update("status = ?1 where jaar = ?2 and reden in ?3 and status = ?4",
                BerichtStatus.VERVALLEN, jaar, redenen, BerichtStatus.WACHTEND);
    }

    /** Messages waiting for an address of this person go back into the queue now one is known. */
    public int opnieuwInWachtrij(UUID contactpersoon, OffsetDateTime nu) {
        return update("status = ?1, volgendePoging = ?2, laatsteFout = null where contactpersoon = ?3 and status = ?4",
                BerichtStatus.WACHTEND, nu, contactpersoon, BerichtStatus.NIET_BEREIKBAAR);
    }

    /** How many occasions (not recipients) of this reason with this prefix the slot had. */
    public long aantalMetAanleiding(int jaar, String regio, String financier, BerichtReden reden, String prefix) {
        return getEntityManager().createQuery("select count(distinct b.aanleiding) from Bericht b where b.jaar = :jaar"
                        + " and b.regio = :regio and b.financier = :financier and b.reden = :reden and b.aanleiding like :prefix", Long.class)
                .setParameter("jaar", jaar).setParameter("regio", regio).setParameter("financier", financier)
                .setParameter("reden", reden).setParameter("prefix", prefix + "%").getSingleResult();
    }

    /** Records a due moment of the round clock; false when it was recorded before (then nothing is queued). */
    public boolean momentVastleggen(int jaar, BerichtReden reden, String moment) {
        return getEntityManager().createNativeQuery("insert into bericht_moment (jaar, reden, moment) values (:jaar, :reden, :moment)"
                        + " on conflict do nothing")
                .setParameter("jaar", jaar).setParameter("reden", reden.code()).setParameter("moment", moment)
                .executeUpdate() == 1;
    }

    /** A transaction-scoped advisory lock on a region of a round: its submissions decide one by one whether all three answered. */
    public void vergrendelRegio(int jaar, String regio) {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(:sleutel))")
                .setParameter("sleutel", "berichten/" + jaar + "/" + regio).getSingleResult();
    }

    private static String waar(Filter filter) {
        List<String> delen = new ArrayList<>(List.of("jaar = :jaar"));
        if (filter.regio() != null) {
            delen.add("regio = :regio");
        }
        if (filter.financier() != null) {
            delen.add("financier = :financier");
        }
        if (filter.reden() != null) {
            delen.add("reden = :reden");
        }
        if (filter.status() != null) {
            delen.add("status = :status");
        }
        return String.join(" and ", delen);
    }

    private static Parameters parameters(int jaar, Filter filter) {
        Parameters parameters = Parameters.with("jaar", jaar);
        if (filter.regio() != null) {
            parameters.and("regio", filter.regio());
        }
        if (filter.financier() != null) {
            parameters.and("financier", filter.financier());
        }
        if (filter.reden() != null) {
            parameters.and("reden", filter.reden());
        }
        if (filter.status() != null) {
            parameters.and("status", filter.status());
        }
        return parameters;
    }
}
