package nl.venster.venster.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The identity of a message: (round, region, financier, reason, occasion, recipient). Its id and its
 * Message-ID header are derived from it, so whoever queues or sends it again produces the same message.
 */
public record BerichtSleutel(int jaar, String regio, String financier, BerichtReden reden, String aanleiding, UUID contactpersoon) {

    public UUID id() {
        return UUID.nameUUIDFromBytes(tekst().getBytes(StandardCharsets.UTF_8));
    }

    /** An RFC 5322 msg-id, e.g. {@code <0f1c…@venster.example.nl>}. */
    public String messageId(String domein) {
        return "<" + id() + "@" + domein + ">";
    }

    private String tekst() {
        return "bericht/" + jaar + "/" + regio + "/" + financier + "/" + reden.code() + "/" + aanleiding + "/" + contactpersoon;
    }
}
