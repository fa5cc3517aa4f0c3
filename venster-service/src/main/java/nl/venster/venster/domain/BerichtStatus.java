package nl.venster.venster.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;

/** Where a message is in its delivery. */
public enum BerichtStatus {
    /** Queued, or waiting for its next attempt. */
    WACHTEND("wachtend"),
    /** The SMTP relay accepted it. */
    VERZONDEN("verzonden"),
    /** The relay refused it on every attempt; a beheerder can send a reminder again. */
    MISLUKT("mislukt"),
    /** The registry has no e-mail address for the recipient; sent as soon as one becomes known. */
    NIET_BEREIKBAAR("niet-bereikbaar"),
    /**
     * No longer needed: an invitation or reminder still waiting when the round closed, a reminder whose financier
     * answered before it went out, a confirmation replaced by the same person's newer version before it went out.
     */
    VERVALLEN("vervallen");

    public static final String PATROON = "wachtend|verzonden|mislukt|niet-bereikbaar|vervallen";

    private final String code;

    BerichtStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<BerichtStatus> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    @Converter
    public static class Kolom implements AttributeConverter<BerichtStatus, String> {
        @Override
        public String convertToDatabaseColumn(BerichtStatus status) {
            return status == null ? null : status.code;
        }

        @Override
        public BerichtStatus convertToEntityAttribute(String code) {
            return code == null ? null : vanCode(code).orElseThrow();
        }
    }
}
