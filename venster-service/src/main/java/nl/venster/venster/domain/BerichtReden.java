package nl.venster.venster.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;

/** Why a message is sent (DESIGN.md §8). */
public enum BerichtReden {
    /** The round opened: to the bestuurlijk aanspreekpunt, ambtelijke aanspreekpunten in copy. */
    UITNODIGING("uitnodiging"),
    /** Before closing, to financiers that have not answered. */
    HERINNERING("herinnering"),
    /** An accepted submission, to its submitter. */
    BEVESTIGING("bevestiging"),
    /** All three answered: the answers are visible, with the divergent questions. */
    ONTZEGELING("ontzegeling");

    public static final String PATROON = "uitnodiging|herinnering|bevestiging|ontzegeling";

    private final String code;

    BerichtReden(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<BerichtReden> vanCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    @Converter
    public static class Kolom implements AttributeConverter<BerichtReden, String> {
        @Override
        public String convertToDatabaseColumn(BerichtReden reden) {
            return reden == null ? null : reden.code;
        }

        @Override
        public BerichtReden convertToEntityAttribute(String code) {
            return code == null ? null : vanCode(code).orElseThrow();
        }
    }
}
