package nl.venster.conventions.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/** Records who changed what and when, in the transaction of the change itself (DESIGN.md §5). */
// Unremovable: library beans that the platform contract tests look up even before a service injects them.
@Unremovable
@ApplicationScoped
public class AuditLog {

    /** The subject recorded for changes the system makes itself, e.g. from consumed events. */
    public static final String SYSTEM_SUBJECT = "systeem";

    private final DataSource dataSource;
    private final ObjectMapper objectMapper;
    private final Instance<SecurityIdentity> identity;

    public AuditLog(DataSource dataSource, ObjectMapper objectMapper, Instance<SecurityIdentity> identity) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
        this.identity = identity;
    }

    /**
     * @param action       what happened, e.g. {@code aangemaakt}, {@code gewijzigd}, {@code verwijderd}
     * @param resourceType e.g. {@code regio}
     * @param resourceId   e.g. {@code ZK01}
     * @param details      what changed, stored as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, String resourceId, Object details) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into audit_log "
                     + "(subject, action, resource_type, resource_id, details) values (?, ?, ?, ?, cast(? as jsonb))")) {
            insert.setString(1, currentSubject());
            insert.setString(2, action);
            insert.setString(3, resourceType);
            insert.setString(4, resourceId);
            insert.setString(5, objectMapper.writeValueAsString(details == null ? Map.of() : details));
            insert.executeUpdate();
        } catch (JsonProcessingException | SQLException e) {
            throw new IllegalStateException("audit entry cannot be written", e);
        }
    }

    private String currentSubject() {
        if (identity.isResolvable()) {
            try {
                SecurityIdentity current = identity.get();
                if (!current.isAnonymous()) {
                    return current.getPrincipal().getName();
                }
            } catch (RuntimeException e) {
                // No request scope (a consumer or scheduler thread): the system made the change.
                return SYSTEM_SUBJECT;
            }
        }
        return SYSTEM_SUBJECT;
    }
}
