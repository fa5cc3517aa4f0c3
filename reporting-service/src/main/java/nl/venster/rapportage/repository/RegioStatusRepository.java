package nl.venster.rapportage.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import nl.venster.rapportage.domain.RegioStatusRij;

@ApplicationScoped
public class RegioStatusRepository implements PanacheRepository<RegioStatusRij> {

    /** The same JSON Hibernate writes for the list columns (Financier serialises as its code). */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;

    public RegioStatusRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<RegioStatusRij> vanRonde(int jaar) {
        return list("jaar = ?1 order by regio", jaar);
    }

    /** The rows of a round; of every region when {@code alleenRegios} is null. */
    public List<RegioStatusRij> vanRonde(int jaar, Collection<String> alleenRegios) {
        return alleenRegios == null ? vanRonde(jaar) : list("jaar = ?1 and regio in ?2 order by regio", jaar, alleenRegios);
    }

    public Optional<RegioStatusRij> zoek(int jaar, String regio) {
        return find("jaar = ?1 and regio = ?2", jaar, regio).firstResultOptional();
    }

    /**
     * The identity of the region's row in the round: every recomputation deletes and inserts the row, and every
     * change to what the region's detail shows recomputes it, so a new identity means a changed detail.
     */
    public Optional<Long> versie(int jaar, String regio) {
        return getEntityManager().createQuery("select r.id from RegioStatusRij r where r.jaar = :jaar and r.regio = :regio", Long.class)
                .setParameter("jaar", jaar).setParameter("regio", regio).getResultStream().findFirst();
    }

    public List<RegioStatusRij> vanRegio(String regio) {
        return list("regio = ?1 order by jaar", regio);
    }

    public List<Integer> jarenVanRegio(String regio) {
        return getEntityManager().createQuery("select r.jaar from RegioStatusRij r where r.regio = ?1", Integer.class)
                .setParameter(1, regio).getResultList();
    }

    public long verwijderVanRonde(int jaar) {
        return delete("jaar", jaar);
    }

    /** Deletes the rows of a round; of every region when {@code alleenRegios} is null. */
    public long verwijderVanRonde(int jaar, Collection<String> alleenRegios) {
        return alleenRegios == null ? verwijderVanRonde(jaar) : delete("jaar = ?1 and regio in ?2", jaar, alleenRegios);
    }

    /**
     * Inserts a whole round's rows in one statement rather than one identity insert per row. The rows are
     * not managed afterwards; queries read them from the database.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void voegToe(List<RegioStatusRij> rijen) {
        if (rijen.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into regio_status (jaar, regio, naam, zorgkantoorregio, "
                     + "status, escalatie, signaal, scores_zichtbaar, beantwoord, divergente_vragen) "
                     + "select j, r, n, z, s, e, sg, sz, cast(b as jsonb), cast(d as jsonb) from unnest(?::integer[], ?::varchar[], "
                     + "?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::boolean[], ?::boolean[], ?::text[], ?::text[]) "
                     + "as u(j, r, n, z, s, e, sg, sz, b, d)")) {
            insert.setArray(1, connection.createArrayOf("integer", kolom(rijen, rij -> rij.jaar)));
            insert.setArray(2, connection.createArrayOf("varchar", kolom(rijen, rij -> rij.regio)));
            insert.setArray(3, connection.createArrayOf("varchar", kolom(rijen, rij -> rij.naam)));
            insert.setArray(4, connection.createArrayOf("varchar", kolom(rijen, rij -> rij.zorgkantoorregio)));
            insert.setArray(5, connection.createArrayOf("varchar", kolom(rijen, rij -> rij.status.name())));
            insert.setArray(6, connection.createArrayOf("varchar", kolom(rijen, rij -> rij.escalatie.name())));
            insert.setArray(7, connection.createArrayOf("boolean", kolom(rijen, rij -> rij.signaal)));
            insert.setArray(8, connection.createArrayOf("boolean", kolom(rijen, rij -> rij.scoresZichtbaar)));
            insert.setArray(9, connection.createArrayOf("text", kolom(rijen, rij -> json(rij.beantwoord))));
            insert.setArray(10, connection.createArrayOf("text", kolom(rijen, rij -> json(rij.divergenteVragen))));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("region statuses cannot be stored", e);
        }
    }

    private static Object[] kolom(List<RegioStatusRij> rijen, Function<RegioStatusRij, Object> waarde) {
        return rijen.stream().map(waarde).toArray();
    }

    private static String json(List<?> lijst) {
        try {
            return JSON.writeValueAsString(lijst);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("list cannot be serialised", e);
        }
    }
}
