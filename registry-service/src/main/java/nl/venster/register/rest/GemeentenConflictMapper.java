package nl.venster.register.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.Response;
import nl.venster.conventions.http.Problem;
import nl.venster.register.service.GemeentenConflict;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 409 problem+json with the gemeenten that block the change as extension member {@code gemeenten} (RFC 9457 §3.2). */
public class GemeentenConflictMapper {

    private final ObjectMapper objectMapper;

    public GemeentenConflictMapper(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @ServerExceptionMapper
    public Response conflict(GemeentenConflict e) {
        ObjectNode body = objectMapper.valueToTree(Problem.of(409, e.getMessage()));
        body.set("gemeenten", objectMapper.valueToTree(e.gemeenten()));
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(body.toString()).build();
    }
}
