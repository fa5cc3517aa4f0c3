package nl.venster.rapportage.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The read model's change counter ({@code model_versie}): raised by every change, read before a cached report is used. */
@ApplicationScoped
public class ModelVersieRepository {

    private final EntityManager entityManager;
    private final DataSource dataSource;

    public ModelVersieRepository(EntityManager entityManager, DataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /** In the changing transaction, so readers see the new counter exactly when they can see the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void verhoog() {
        entityManager.createNativeQuery("update model_versie set versie = versie + 1 where id = 1").executeUpdate();
    }

    public long huidige() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select versie from model_versie where id = 1");
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("model_versie has no row");
            }
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("model version cannot be read", e);
        }
    }
}
