package dev.pledge.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.testing.PropertyCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 as CsvRecords reads it: each record as its line and its fields, or its error. */
class CsvRecordsTests {

  /** Every record: "line N: [field, field]" or "line N: error". */
  static List<String> records(String text) {
    try {
      CsvRecords r =
          new CsvRecords(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      List<String> out = new ArrayList<>();
      while (r.next()) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
          fields.add(r.text(i));
        }
        out.add("line " + r.line() + ": " + (r.error() != null ? r.error() : fields));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void plainFieldsAndLineEnds() {
    assertThat(records("a,b,c\r\nd,e,f\nx,y,z"))
        .containsExactly(
            "line 1: [a, b, c]", // CRLF, as RFC 4180 says
            "line 2: [d, e, f]", // LF, as most tools write
            "line 3: [x, y, z]"); // no line end after the last record
  }

  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaks() {
    assertThat(records("id,note\n1,\"a, b\"\n2,\"she said \"\"now\"\"\"\n3,\"two\nlines\"\n4,x\n"))
        .containsExactly(
            "line 1: [id, note]",
            "line 2: [1, a, b]",
            "line 3: [2, she said \"now\"]",
            "line 4: [3, two\nlines]", // the record starts on line 4 ...
            "line 6: [4, x]"); // ... so the next starts on line 6
  }

  @Test
  void emptyFieldsEmptyQuotedFieldsAndBlankLines() {
    assertThat(records("a,,c\n,\n\"\",x\n\nlast\n"))
        .containsExactly(
            "line 1: [a, , c]",
            "line 2: [, ]",
            "line 3: [, x]",
            "line 4: []", // an empty line: one empty field, which readers skip
            "line 5: [last]");
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsTakenAsItIs() {
    assertThat(records("5\" disk,x\n")).containsExactly("line 1: [5\" disk, x]");
  }

  @Test
  void crLineEndsAndCrlfInsideQuotes() {
    assertThat(records("a\rb\r\n\"x\r\ny\",z\r\nc"))
        .containsExactly("line 1: [a]", "line 2: [b]", "line 3: [x\r\ny, z]", "line 5: [c]");
  }

  @Test
  void aByteOrderMarkAtTheStartIsDropped() {
    assertThat(records("\uFEFFticket,at\nT-1,x\n"))
        .containsExactly("line 1: [ticket, at]", "line 2: [T-1, x]");
  }

  @Test
  void quotingErrorsAreReportedOnTheirRecord() {
    assertThat(records("a,\"b\"c,d\ne,f\ng,\"never\nclosed"))
        .containsExactly(
            "line 1: text after a closing quote; inside quotes write a quote as two (\"\")",
            "line 2: [e, f]",
            "line 3: the quoted field opened on line 3 is never closed");
  }

  @Test
  void chineseTextPassesThrough() {
    assertThat(records("原因,备注\n等待客户,\"张三, 李四\"\n"))
        .containsExactly("line 1: [原因, 备注]", "line 2: [等待客户, 张三, 李四]");
  }

  @Test
  void randomFieldsSurviveQuotingAsAWriterWouldDoIt() {
    PropertyCheck.forAll(
        300,
        r -> {
          List<List<String>> rows = new ArrayList<>();
          StringBuilder text = new StringBuilder();
          int width = 1 + r.nextInt(5);
          for (int i = 0; i < 1 + r.nextInt(20); i++) {
            List<String> row = new ArrayList<>();
            for (int k = 0; k < width; k++) {
              row.add(RandomEvents.randomText(r, "ab ,\"\n\r;é中"));
            }
            if (width == 1 && row.get(0).isEmpty()) {
              row.set(0, "x"); // a lone empty field is an empty line
            }
            rows.add(row);
            text.append(EventWriter.csvRow(row)).append(r.nextBoolean() ? "\r\n" : "\n");
          }
          CsvRecords reader =
              new CsvRecords(
                  new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
          for (List<String> row : rows) {
            assertThat(next(reader)).isEqualTo(row);
          }
          assertThat(next(reader)).isNull();
        });
  }

  private static List<String> next(CsvRecords r) {
    try {
      if (!r.next()) {
        return null;
      }
      assertThat(r.error()).isNull();
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        fields.add(r.text(i));
      }
      return fields;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
