package nl.venster.conventions.audit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A service's rule for what the caller of {@code /audit-regels} may see of a row's details at this moment, e.g.
 * sealed answers (DESIGN.md §4): the audit trail shows nothing the caller could not see through the API itself.
 * Every bean of this type is applied to every row the trail returns.
 */
public interface AuditWeergave {

    /** The details as the caller may see them now: {@code details} itself, or a copy with parts left out. */
    JsonNode toonbaar(String resourceType, String resourceId, JsonNode details);
}
