package nl.venster.venster.messaging;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import jakarta.transaction.Transactional;
import nl.venster.conventions.events.Outbox;
import nl.venster.venster.domain.Indeling;
import nl.venster.venster.rest.AntwoordsetDto;
import nl.venster.venster.rest.OpvolgingDto;
import nl.venster.venster.rest.RondeDto;

/** The venster.* events (openapi/asyncapi.yaml), written to the outbox in the caller's transaction. */
@ApplicationScoped
public class VensterEvents {

    public static final String RONDES = "venster.rondes";
    public static final String ANTWOORDEN = "venster.antwoorden";
    public static final String OPVOLGINGEN = "venster.opvolgingen";
    public static final String RONDE_GEWIJZIGD = "nl.venster.ronde.gewijzigd";
    public static final String ANTWOORDSET_INGEDIEND = "nl.venster.antwoordset.ingediend";
    public static final String OPVOLGING_VASTGELEGD = "nl.venster.opvolging.vastgelegd";

    private final Outbox outbox;

    public VensterEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * The round as the API shows it, with its fixed division once it has opened ({@code indeling}: null before),
     * so that readers such as the reporting-service keep a round's regions as they were, also after a rebuild.
     */
    public record RondeGebeurtenis(@JsonUnwrapped RondeDto ronde, List<Indeling.Regio> indeling) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rondeGewijzigd(RondeDto ronde, List<Indeling.Regio> indeling) {
        outbox.publish(RONDES, Integer.toString(ronde.jaar()), RONDE_GEWIJZIGD, "ronde/" + ronde.jaar(), ronde.versie(),
                new RondeGebeurtenis(ronde, indeling));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void antwoordsetIngediend(AntwoordsetDto set) {
        outbox.publish(ANTWOORDEN, regioSleutel(set.jaar(), set.regio()), ANTWOORDSET_INGEDIEND,
                "antwoordset/" + set.jaar() + "/" + set.regio() + "/" + set.financier().code(), set.versie(), set);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void opvolgingVastgelegd(OpvolgingDto opvolging) {
        outbox.publish(OPVOLGINGEN, regioSleutel(opvolging.jaar(), opvolging.regio()), OPVOLGING_VASTGELEGD,
                "opvolging/" + opvolging.jaar() + "/" + opvolging.regio(), opvolging.volgnummer(), opvolging);
    }

    /** Keyed by round and region, so one region's events of a round stay in order on one partition. */
    private static String regioSleutel(int jaar, String regio) {
        return jaar + "/" + regio;
    }
}
