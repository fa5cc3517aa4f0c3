package nl.venster.rapportage.messaging;

import java.util.List;

/** The topics this service consumes (named in conventions' Topics), and how to read a prefixed topic's name. */
public final class Topics {

    public static final String REGIOS = nl.venster.conventions.events.Topics.REGIOS;
    public static final String AGENDAS = nl.venster.conventions.events.Topics.AGENDAS;
    public static final String RONDES = nl.venster.conventions.events.Topics.RONDES;
    public static final String ANTWOORDEN = nl.venster.conventions.events.Topics.ANTWOORDEN;
    public static final String OPVOLGINGEN = nl.venster.conventions.events.Topics.OPVOLGINGEN;

    public static final List<String> GECONSUMEERD = List.of(REGIOS, AGENDAS, RONDES, ANTWOORDEN, OPVOLGINGEN);

    /** The topic's name as above, without the environment's prefix. */
    public static String zonderPrefix(String prefix, String topic) {
        return topic.startsWith(prefix) ? topic.substring(prefix.length()) : topic;
    }

    private Topics() {
    }
}
