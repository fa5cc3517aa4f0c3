package nl.venster.register.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLezerTest {

    @Test
    void readsQuotedFieldsWithCommasAndDoubledQuotesAcrossLineEndings() {
        assertEquals(List.of(List.of("a", "b"), List.of("GM0820", "Nuenen, Gerwen en Nederwetten", "zei \"ja\""), List.of("", "x")),
                CsvLezer.lees("\uFEFFa,b\r\nGM0820,\"Nuenen, Gerwen en Nederwetten\",\"zei \"\"ja\"\"\"\n\n,x"));
    }

    @Test
    void quotedLineBreakStaysInTheField() {
        assertEquals(List.of(List.of("a\nb", "c")), CsvLezer.lees("\"a\nb\",c\r\n"));
    }

    @Test
    void unterminatedQuoteIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CsvLezer.lees("a,\"b\nc"));
    }
}
