package nl.venster.conventions.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void writesByteOrderMarkHeaderAndRowsWithSemicolonsAndCrlf() {
        assertEquals("\uFEFFregio;status\r\nZK01;in-orde\r\n", Csv.document(List.of("regio", "status"), List.of(List.of("ZK01", "in-orde"))));
    }

    @Test
    void quotesSeparatorsQuotesAndLineBreaksButNotCommas() {
        assertEquals("\"a;b\";\"zei \"\"ja\"\"\";\"x\ny\";c,d\r\n", Csv.line(List.of("a;b", "zei \"ja\"", "x\ny", "c,d")));
    }

    @Test
    void emptyForNullWholeNumbersAsIsFractionsWithADecimalComma() {
        assertEquals(";-3;7;3,5;2;0,25\r\n", Csv.line(Arrays.asList(null, -3, 7, 3.5, new BigDecimal("2.00"), 0.25)));
    }

    @Test
    void defusesFormulaCells() {
        assertEquals("'=SUM(A1);'@cmd;'+1\r\n", Csv.line(List.of("=SUM(A1)", "@cmd", "+1")));
    }

    @Test
    void streamsTheSameDocumentAsUtf8() throws IOException {
        List<List<?>> rows = List.of(List.of("Zoë", 1), List.of("Noël", 2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Csv.stream(List.of("naam", "n"), rows).write(out);
        assertEquals(Csv.document(List.of("naam", "n"), rows), out.toString(StandardCharsets.UTF_8));
        assertEquals((byte) 0xEF, out.toByteArray()[0]);
    }
}
