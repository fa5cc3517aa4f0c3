package nl.venster.conventions.events;

import java.util.Map;

/**
 * The CloudEvents {@code type} of every event in openapi/asyncapi.yaml, named once for publishers and consumers, with
 * the topic the document puts each on and the rule a consumer applies to a type it reads from a topic ({@link #fit}).
 */
public final class EventTypes {

    public static final String REGIO_GEWIJZIGD = "nl.venster.register.regio.gewijzigd";
    public static final String CONTACTPERSOON_GEWIJZIGD = "nl.venster.register.contactpersoon.gewijzigd";
    public static final String CONTACTPERSOON_VERWIJDERD = "nl.venster.register.contactpersoon.verwijderd";
    public static final String CONTACTADRES_GEWIJZIGD = "nl.venster.register.contactadres.gewijzigd";
    public static final String AGENDA_GEWIJZIGD = "nl.venster.register.agenda.gewijzigd";
    public static final String AGENDA_VERWIJDERD = "nl.venster.register.agenda.verwijderd";
    public static final String RONDE_GEWIJZIGD = "nl.venster.ronde.gewijzigd";
    public static final String ANTWOORDSET_INGEDIEND = "nl.venster.antwoordset.ingediend";
    public static final String OPVOLGING_VASTGELEGD = "nl.venster.opvolging.vastgelegd";

    /** The topic (without an environment's prefix) of every type, as the document's channels have them. */
    public static final Map<String, String> TOPIC_BY_TYPE = Map.of(
            REGIO_GEWIJZIGD, Topics.REGIOS,
            CONTACTPERSOON_GEWIJZIGD, Topics.CONTACTPERSONEN,
            CONTACTPERSOON_VERWIJDERD, Topics.CONTACTPERSONEN,
            CONTACTADRES_GEWIJZIGD, Topics.CONTACTADRESSEN,
            AGENDA_GEWIJZIGD, Topics.AGENDAS,
            AGENDA_VERWIJDERD, Topics.AGENDAS,
            RONDE_GEWIJZIGD, Topics.RONDES,
            ANTWOORDSET_INGEDIEND, Topics.ANTWOORDEN,
            OPVOLGING_VASTGELEGD, Topics.OPVOLGINGEN);

    /** How a consumed event's type stands to the topic it was read from; see {@link #fit}. */
    public enum Fit {
        /** The document puts the type on this topic: the consumer applies the event. */
        FITS,
        /** The document puts the type on another topic: a misrouted record no retry can cure (dead letter). */
        FOREIGN_TOPIC,
        /** A type the document does not have: a producer ahead of this consumer, tolerated ({@link OnbekendEventType}). */
        UNKNOWN_TYPE
    }

    private EventTypes() {
    }

    /**
     * The one rule for a type on a topic: forward compatibility tolerates a type the contract does not have yet, but a
     * type it has belongs on its own topic only. Every service is built against this one contract, so a type one
     * consumer does not apply itself (another service's) still counts as known: on the wrong topic it is a producer's
     * error, not a newer version.
     *
     * @param topic the topic without an environment's prefix
     * @param type  the CloudEvent's type
     * @throws OngeldigEvent without a type: invalid, not unknown (consumers that list every problem check it first)
     */
    public static Fit fit(String topic, String type) {
        if (type == null) {
            throw new OngeldigEvent("CloudEvent zonder type");
        }
        String own = TOPIC_BY_TYPE.get(type);
        if (own == null) {
            return Fit.UNKNOWN_TYPE;
        }
        return own.equals(topic) ? Fit.FITS : Fit.FOREIGN_TOPIC;
    }

    /** Why a type on a {@link Fit#FOREIGN_TOPIC} is refused: the same dead-letter reason in every consumer. */
    public static String foreignTopic(String topic, String type) {
        return "type " + type + " hoort op " + TOPIC_BY_TYPE.get(type) + ", niet op " + topic;
    }
}
