package nl.venster.venster.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.venster.conventions.events.EventTypes;
import nl.venster.conventions.events.Outbox;
import nl.venster.conventions.events.Topics;
import nl.venster.venster.domain.Antwoordset;
import nl.venster.venster.domain.Indeling;
import nl.venster.venster.domain.Opvolging;
import nl.venster.venster.domain.Ronde;

/**
 * The venster.* events (openapi/asyncapi.yaml), written to the outbox in the caller's transaction. Their data are the
 * payload records of this package; topic and type names are defined here and nowhere else in this service.
 */
@ApplicationScoped
public class VensterEvents {

    public static final String RONDES = Topics.RONDES;
    public static final String ANTWOORDEN = Topics.ANTWOORDEN;
    public static final String OPVOLGINGEN = Topics.OPVOLGINGEN;
    public static final String RONDE_GEWIJZIGD = EventTypes.RONDE_GEWIJZIGD;
    public static final String ANTWOORDSET_INGEDIEND = EventTypes.ANTWOORDSET_INGEDIEND;
    public static final String OPVOLGING_VASTGELEGD = EventTypes.OPVOLGING_VASTGELEGD;

    private final Outbox outbox;

    public VensterEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The round after a change, with its fixed division once it has opened ({@code indeling}: null before). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rondeGewijzigd(Ronde ronde, List<Indeling.Regio> indeling) {
        outbox.publish(RONDES, Integer.toString(ronde.jaar), RONDE_GEWIJZIGD, "ronde/" + ronde.jaar, ronde.versie,
                RondeGewijzigd.van(ronde, indeling));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void antwoordsetIngediend(Antwoordset set) {
        outbox.publish(ANTWOORDEN, regioSleutel(set.jaar, set.regio), ANTWOORDSET_INGEDIEND,
                "antwoordset/" + set.jaar + "/" + set.regio + "/" + set.financier.code(), set.versie, AntwoordsetIngediend.van(set));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void opvolgingVastgelegd(Opvolging opvolging) {
        outbox.publish(OPVOLGINGEN, regioSleutel(opvolging.jaar, opvolging.regio), OPVOLGING_VASTGELEGD,
                "opvolging/" + opvolging.jaar + "/" + opvolging.regio, opvolging.volgnummer, OpvolgingVastgelegd.van(opvolging));
    }

    /** Keyed by round and region, so one region's events of a round stay in order on one partition. */
    private static String regioSleutel(int jaar, String regio) {
        return jaar + "/" + regio;
    }
}
