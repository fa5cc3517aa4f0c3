package nl.venster.conventions.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A CloudEvent 1.0 in structured JSON mode, following the NL GOV profile: {@code source} is a URN with
 * the OIN of the organisation, {@code type} is reverse-DNS without organisation names, {@code time} is
 * UTC, {@code subject} names the aggregate, and {@code sequence} carries the aggregate's version so
 * consumers can ignore older versions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String sequence,
        String sequencetype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** The aggregate version from {@code sequence}, or -1 when the event carries none. */
    public long version() {
        if (sequence == null) {
            return -1;
        }
        try {
            return Long.parseLong(sequence);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
