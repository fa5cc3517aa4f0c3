package nl.venster.register.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The register's change counter ({@code register_versie}): database triggers raise it with every change to
 * regions, memberships and gemeenten; read before a cached region view is used.
 */
@ApplicationScoped
public class RegisterVersieRepository {

    private final DataSource dataSource;

    public RegisterVersieRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long huidige() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select versie from register_versie where id = 1");
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("register_versie has no row");
            }
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("register version cannot be read", e);
        }
    }
}
