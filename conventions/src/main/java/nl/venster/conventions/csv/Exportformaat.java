package nl.venster.conventions.csv;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/** What a list endpoint that offers exports sends, from the client's Accept header (JSON unless it prefers an export). */
public enum Exportformaat {
    JSON(MediaType.APPLICATION_JSON, null),
    CSV(Csv.MEDIA_TYPE, "csv"),
    EXCEL(Excel.MEDIA_TYPE, "xlsx");

    private final MediaType mediaType;
    private final String extensie;

    Exportformaat(String mediaType, String extensie) {
        this.mediaType = MediaType.valueOf(mediaType);
        this.extensie = extensie;
    }

    /** The first of the offered formats the client accepts, in the client's order of preference; a wildcard means JSON. */
    public static Exportformaat gekozen(HttpHeaders headers, List<Exportformaat> aangeboden) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType() || acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return JSON;
            }
            for (Exportformaat formaat : aangeboden) {
                if (acceptable.isCompatible(formaat.mediaType)) {
                    return formaat;
                }
            }
        }
        return JSON;
    }

    /** The export named by its file extension ({@code csv}, {@code xlsx}), as the export operations take it in {@code formaat}. */
    public static Optional<Exportformaat> vanExtensie(String extensie) {
        for (Exportformaat formaat : values()) {
            if (formaat.extensie != null && formaat.extensie.equals(extensie)) {
                return Optional.of(formaat);
            }
        }
        return Optional.empty();
    }

    /** The file extension, which is also the value of {@code formaat} that asks for this export. */
    public String extensie() {
        return extensie;
    }

    public boolean isExport() {
        return this != JSON;
    }

    /** {@code Content-Disposition} with the file name {@code naam.extensie}. */
    public String bijlage(String naam) {
        return Csv.attachment(naam + "." + extensie);
    }
}
