package nl.venster.conventions.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void writesHeaderAndRowsWithCrlf() {
        assertEquals("regio,status\r\nZK01,in-orde\r\n", Csv.document(List.of("regio", "status"), List.of(List.of("ZK01", "in-orde"))));
    }

    @Test
    void quotesSeparatorsQuotesAndLineBreaks() {
        assertEquals("\"a,b\",\"zei \"\"ja\"\"\",\"x\ny\"\r\n", Csv.line(List.of("a,b", "zei \"ja\"", "x\ny")));
    }

    @Test
    void emptyForNullAndNumbersAsIs() {
        assertEquals(",-3,7\r\n", Csv.line(Arrays.asList(null, -3, 7)));
    }

    @Test
    void defusesFormulaCells() {
        assertEquals("'=SUM(A1),'@cmd,'+1\r\n", Csv.line(List.of("=SUM(A1)", "@cmd", "+1")));
    }
}
