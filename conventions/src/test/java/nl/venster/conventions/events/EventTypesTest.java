package nl.venster.conventions.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;
import nl.venster.conventions.events.EventTypes.Fit;
import nl.venster.conventions.testing.AsyncApiContract;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    @Test
    void theTopicOfEveryTypeIsTheChannelOfOpenapiAsyncapiYaml() throws Exception {
        Map<String, String> document = new TreeMap<>();
        AsyncApiContract.lees("").berichten().forEach((topic, perType) -> perType.keySet().forEach(type -> document.put(type, topic)));
        assertEquals(document, new TreeMap<>(EventTypes.TOPIC_BY_TYPE));
    }

    @Test
    void aTypeFitsItsOwnTopic() {
        assertEquals(Fit.FITS, EventTypes.fit(Topics.REGIOS, EventTypes.REGIO_GEWIJZIGD));
        assertEquals(Fit.FITS, EventTypes.fit(Topics.AGENDAS, EventTypes.AGENDA_GEWIJZIGD));
        assertEquals(Fit.FITS, EventTypes.fit(Topics.AGENDAS, EventTypes.AGENDA_VERWIJDERD));
    }

    @Test
    void aKnownTypeOnAnotherTopicIsForeignAlsoWhenTheTopicIsNoChannel() {
        assertEquals(Fit.FOREIGN_TOPIC, EventTypes.fit(Topics.REGIOS, EventTypes.AGENDA_VERWIJDERD));
        assertEquals(Fit.FOREIGN_TOPIC, EventTypes.fit(Topics.CONTACTPERSONEN, EventTypes.OPVOLGING_VASTGELEGD));
        assertEquals(Fit.FOREIGN_TOPIC, EventTypes.fit("venster.berichten", EventTypes.REGIO_GEWIJZIGD));
        assertEquals("type nl.venster.opvolging.vastgelegd hoort op venster.opvolgingen, niet op register.regios",
                EventTypes.foreignTopic(Topics.REGIOS, EventTypes.OPVOLGING_VASTGELEGD));
    }

    @Test
    void aTypeTheContractDoesNotHaveIsUnknownOnAnyTopic() {
        assertEquals(Fit.UNKNOWN_TYPE, EventTypes.fit(Topics.REGIOS, "nl.venster.register.regio.gesplitst"));
        assertEquals(Fit.UNKNOWN_TYPE, EventTypes.fit("venster.berichten", "nl.venster.bericht.verstuurd"));
    }

    @Test
    void anEventWithoutTypeIsInvalidNotUnknown() {
        assertEquals("CloudEvent zonder type", assertThrows(OngeldigEvent.class, () -> EventTypes.fit(Topics.REGIOS, null)).getMessage());
    }
}
