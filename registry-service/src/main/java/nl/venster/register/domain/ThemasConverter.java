package nl.venster.register.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Stores a region's theme codes in one column; codes match {@link Themas#PATROON}, so never contain commas. */
@Converter
public class ThemasConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> themas) {
        return String.join(",", themas);
    }

    @Override
    public List<String> convertToEntityAttribute(String kolom) {
        return kolom == null || kolom.isEmpty() ? List.of() : Arrays.asList(kolom.split(","));
    }
}
