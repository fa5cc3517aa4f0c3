package nl.venster.rapportage.web;

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
 * Shared by both web layers: the REST resources and the public pages (openbaar).
 */
@ApplicationScoped
public class Etags {

    private final ObjectMapper objectMapper;

    public Etags(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** A serialised response body with its strong ETag, computed once and reusable (e.g. from a cache). */
    public record Body(byte[] bytes, String mediaType, EntityTag tag) {
    }

    public Response json(Object body, String ifNoneMatch) {
        return json(Response.ok(), body, ifNoneMatch);
    }

    /** {@code builder} may already carry headers (paging links); status and body are set here. */
    public Response json(Response.ResponseBuilder builder, Object body, String ifNoneMatch) {
        return respond(builder, jsonBody(body), ifNoneMatch);
    }

    public Response text(Response.ResponseBuilder builder, String body, String mediaType, String ifNoneMatch) {
        return respond(builder, textBody(body, mediaType), ifNoneMatch);
    }

    public Body jsonBody(Object body) {
        try {
            return body(objectMapper.writeValueAsBytes(body), "application/json");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report cannot be serialised", e);
        }
    }

    public Body textBody(String body, String mediaType) {
        return body(body.getBytes(StandardCharsets.UTF_8), mediaType);
    }

    /** A binary body such as an Excel workbook. */
    public Body bytesBody(byte[] body, String mediaType) {
        return body(body, mediaType);
    }

    /** {@code builder} may already carry headers (paging links); status and body are set here. */
    public Response respond(Response.ResponseBuilder builder, Body body, String ifNoneMatch) {
        if (matches(ifNoneMatch, body.tag())) {
            return Response.notModified(body.tag()).build();
        }
        return builder.status(Response.Status.OK).entity(body.bytes()).type(body.mediaType()).tag(body.tag()).build();
    }

    private static Body body(byte[] bytes, String mediaType) {
        return new Body(bytes, mediaType, new EntityTag(hash(bytes)));
    }

    public static boolean matches(String ifNoneMatch, EntityTag tag) {
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
