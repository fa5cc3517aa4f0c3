package nl.venster.venster.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import nl.venster.conventions.audit.AuditWeergave;
import nl.venster.conventions.vocabulary.Financier;

/**
 * The audit trail honours sealing (DESIGN.md §4): a row about an answer set shows its scores and toelichtingen
 * only when the caller could see them through {@code /antwoorden} at this moment; otherwise they are left out and
 * the row says {@code verzegeld}. Who submitted which version when stays visible, as in {@code /antwoorden}.
 */
@ApplicationScoped
public class AntwoordsetAuditWeergave implements AuditWeergave {

    static final String RESOURCE_TYPE = "antwoordset";

    private final AntwoordService antwoorden;

    public AntwoordsetAuditWeergave(AntwoordService antwoorden) {
        this.antwoorden = antwoorden;
    }

    @Override
    public JsonNode toonbaar(String resourceType, String resourceId, JsonNode details) {
        if (!RESOURCE_TYPE.equals(resourceType) || details == null || !details.isObject() || !details.has("antwoorden")) {
            return details;
        }
        String[] delen = resourceId == null ? new String[0] : resourceId.split("/");
        Optional<Financier> financier = delen.length == 3 ? Financier.vanCode(delen[2]) : Optional.empty();
        boolean zichtbaar = financier.isPresent() && delen[0].matches("[0-9]{4}")
                && antwoorden.zichtbaarVoorAanroeper(Integer.parseInt(delen[0]), delen[1], financier.get());
        if (zichtbaar) {
            return details;
        }
        ObjectNode verzegeld = ((ObjectNode) details).deepCopy();
        verzegeld.putNull("antwoorden");
        verzegeld.put("verzegeld", true);
        return verzegeld;
    }
}
