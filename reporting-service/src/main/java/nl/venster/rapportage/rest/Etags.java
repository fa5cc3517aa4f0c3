package nl.venster.rapportage.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Strong ETags from a hash of the exact response body, so a polling job that sends {@code If-None-Match}
 * gets 304 without a body while the report is unchanged. The body is serialised once and sent as is.
 */
@ApplicationScoped
public class Etags {

    private final ObjectMapper objectMapper;

    public Etags(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public Response json(Object body, String ifNoneMatch) {
        return json(Response.ok(), body, ifNoneMatch);
    }

    /** {@code builder} may already carry headers (paging links); status and body are set here. */
    public Response json(Response.ResponseBuilder builder, Object body, String ifNoneMatch) {
        try {
            return bytes(builder, objectMapper.writeValueAsBytes(body), "application/json", ifNoneMatch);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report cannot be serialised", e);
        }
    }

    public Response text(Response.ResponseBuilder builder, String body, String mediaType, String ifNoneMatch) {
        return bytes(builder, body.getBytes(StandardCharsets.UTF_8), mediaType, ifNoneMatch);
    }

    private static Response bytes(Response.ResponseBuilder builder, byte[] body, String mediaType, String ifNoneMatch) {
        EntityTag tag = new EntityTag(hash(body));
        if (matches(ifNoneMatch, tag)) {
            return Response.notModified(tag).build();
        }
        return builder.status(Response.Status.OK).entity(body).type(mediaType).tag(tag).build();
    }

    static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String quoted = "\"" + tag.getValue() + "\"";
        // Weak comparison, as RFC 9110 prescribes for If-None-Match.
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(quoted));
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
