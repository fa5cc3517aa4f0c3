package nl.venster.conventions.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import nl.venster.conventions.http.ApiConfig;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.paging.PageRequest;
import nl.venster.conventions.paging.PagedResponse;
import nl.venster.conventions.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of this service's changes, for beheerders: newest first. */
@Path("/audit-regels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    private final DataSource dataSource;
    private final ObjectMapper objectMapper;
    private final ApiConfig config;
    private final Instance<AuditWeergave> weergaven;

    public AuditResource(DataSource dataSource, ObjectMapper objectMapper, ApiConfig config, @Any Instance<AuditWeergave> weergaven) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
        this.config = config;
        this.weergaven = weergaven;
    }

    @Schema(name = "Auditregel", description = "Wie wijzigde wat en wanneer")
    public record AuditRegel(long id, OffsetDateTime tijdstip, @Schema(nullable = true) String subject, String actie,
                             String resourceType, @Schema(nullable = true) String resourceId,
                             @Schema(description = "Details van de wijziging", nullable = true) JsonNode details) {
    }

    @GET
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "auditregelsZoeken", summary = "Auditregels: wie wijzigde wat en wanneer",
            description = "Nieuwste eerst; filter op resourceType en resourceId.")
    @APIResponse(responseCode = "200", description = "Een pagina auditregels",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AuditRegel.class)))
    public Response lijst(@QueryParam("resourceType") @Size(max = 64) String resourceType,
                          @QueryParam("resourceId") @Size(max = 255) String resourceId,
                          @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                          @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, config.paging(), validation);
        validation.throwIfInvalid();
        String where = " where (cast(? as text) is null or resource_type = ?) and (cast(? as text) is null or resource_id = ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("select count(*) from audit_log" + where);
             PreparedStatement select = connection.prepareStatement("select id, occurred_at, subject, action, "
                     + "resource_type, resource_id, cast(details as text) from audit_log" + where
                     + " order by id desc offset ? limit ?")) {
            bindFilters(count, resourceType, resourceId);
            bindFilters(select, resourceType, resourceId);
            select.setInt(5, request.offset());
            select.setInt(6, request.pageSize());
            long total;
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
            List<AuditRegel> regels = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    regels.add(new AuditRegel(rows.getLong(1), rows.getObject(2, OffsetDateTime.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6),
                            toonbaar(rows.getString(5), rows.getString(6), readJson(rows.getString(7)))));
                }
            }
            return PagedResponse.ok(regels, total, request, uriInfo);
        } catch (SQLException e) {
            throw new IllegalStateException("audit log cannot be read", e);
        }
    }

    private static void bindFilters(PreparedStatement statement, String resourceType, String resourceId) throws SQLException {
        statement.setString(1, resourceType);
        statement.setString(2, resourceType);
        statement.setString(3, resourceId);
        statement.setString(4, resourceId);
    }

    private JsonNode toonbaar(String resourceType, String resourceId, JsonNode details) {
        JsonNode toonbaar = details;
        for (AuditWeergave weergave : weergaven) {
            toonbaar = weergave.toonbaar(resourceType, resourceId, toonbaar);
        }
        return toonbaar;
    }

    private JsonNode readJson(String json) {
        try {
            return objectMapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
