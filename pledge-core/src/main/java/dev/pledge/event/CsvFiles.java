package dev.pledge.event;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a CSV event file: a header row naming the columns, in any order, then one record per row.
 * The header says the kind: the kind whose columns it names most of. An empty cell is an absent
 * value; surrounding blanks are ignored.
 */
final class CsvFiles {

  private CsvFiles() {}

  static void read(InputStream in, Pass pass) throws IOException {
    CsvRecords records = new CsvRecords(in);
    if (!records.next()) {
      return; // an empty file holds no events
    }
    Header header = Header.read(records, pass);
    if (header == null) {
      skipAll(records, pass);
      return;
    }
    FieldValues v = pass.values();
    while (records.next()) {
      if (!records.isBlank()) {
        v.begin(records.line());
        pass.line(row(records, header, v), v);
      }
    }
  }

  /** Reads a row into {@code v}; returns its form, or null if the row's shape is wrong. */
  private static RecordForm row(CsvRecords r, Header header, FieldValues v) {
    if (r.error() != null) {
      v.problem("", r.error());
      return null;
    }
    if (r.size() != header.columns.length) {
      v.problem(
          "",
          "has "
              + r.size()
              + (r.size() == 1 ? " field" : " fields")
              + " but the header has "
              + header.columns.length
              + " columns; quote a value that holds a comma");
      return null;
    }
    for (int i = 0; i < header.columns.length; i++) {
      cell(r, i, header.columns[i], v);
    }
    return header.form;
  }

  private static void cell(CsvRecords r, int i, Field f, FieldValues v) {
    byte[] b = r.bytes();
    int from = r.start(i);
    int to = r.end(i);
    while (from < to && b[from] >= 0 && b[from] <= ' ') {
      from++;
    }
    while (to > from && b[to - 1] >= 0 && b[to - 1] <= ' ') {
      to--;
    }
    if (from == to) {
      return;
    }
    v.give(f);
    if (!Utf8.isWellFormed(b, from, to)) {
      v.bad(f, "is not UTF-8 text; save the file as UTF-8");
      return;
    }
    try {
      v.put(f, f.type.read(b, from, to - from));
    } catch (BadValue e) {
      v.bad(f, e.getMessage());
    }
  }

  /** A file whose header cannot be read: every row is unreadable too. */
  private static void skipAll(CsvRecords records, Pass pass) throws IOException {
    long rows = 0;
    while (records.next()) {
      rows += records.isBlank() ? 0 : 1;
    }
    pass.unreadableFile(rows);
  }

  /** The header: which kind the file holds and which field each column is. */
  private static final class Header {
    final RecordForm form;
    final Field[] columns;

    private Header(RecordForm form, Field[] columns) {
      this.form = form;
      this.columns = columns;
    }

    /** The header, or null after reporting why it cannot be read. */
    static Header read(CsvRecords r, Pass pass) {
      long line = r.line();
      if (r.error() != null) {
        pass.problem(line, "", r.error());
        return null;
      }
      List<String> names = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        names.add(r.text(i).strip().toLowerCase(Locale.ROOT));
      }
      RecordForm form = fit(names, line, pass);
      if (form == null) {
        return null;
      }
      Field[] columns = columns(names, form, line, pass);
      return columns == null ? null : new Header(form, columns);
    }

    /** The form whose fields the header names most of; null if none, or if two tie. */
    private static RecordForm fit(List<String> names, long line, Pass pass) {
      RecordForm best = null;
      RecordForm tied = null;
      int bestScore = 0;
      for (RecordForm form : RecordForm.CSV) {
        int score = score(names, form);
        if (score > bestScore) {
          best = form;
          tied = null;
          bestScore = score;
        } else if (score == bestScore && score > 0) {
          tied = form;
        }
      }
      if (best == null) {
        pass.problem(line, "", "the first line must be a header naming the columns; " + kinds());
      } else if (tied != null) {
        pass.problem(
            line,
            "",
            "the header fits "
                + best.csvName
                + " files and "
                + tied.csvName
                + " files equally; name all the columns of one kind: "
                + kinds());
        best = null;
      }
      return best;
    }

    private static int score(List<String> names, RecordForm form) {
      int score = 0;
      for (String n : names) {
        Field f = Field.named(n);
        score += f != null && form.fields.contains(f) ? 1 : 0;
      }
      return score;
    }

    private static String kinds() {
      StringBuilder s = new StringBuilder("the columns of each kind are ");
      String sep = "";
      for (RecordForm form : RecordForm.CSV) {
        s.append(sep).append(form.csvName).append(": ").append(Pass.names(form));
        sep = "; ";
      }
      return s.toString();
    }

    private static Field[] columns(List<String> names, RecordForm form, long line, Pass pass) {
      Field[] columns = new Field[names.size()];
      boolean ok = true;
      for (int i = 0; i < names.size(); i++) {
        columns[i] = column(names, i, form, line, pass);
        ok &= columns[i] != null;
      }
      for (Field f : form.required) {
        if (!names.contains(f.fileName)) {
          pass.problem(
              line,
              f.fileName,
              "the column is missing: "
                  + form.csvName
                  + " files need the columns "
                  + String.join(", ", requiredNames(form)));
          ok = false;
        }
      }
      return ok ? columns : null;
    }

    private static Field column(List<String> names, int i, RecordForm form, long line, Pass pass) {
      String name = names.get(i);
      Field f = Field.named(name);
      if (name.isEmpty()) {
        pass.problem(line, "", "column " + (i + 1) + " has no name");
        return null;
      }
      if (f == null || !form.fields.contains(f)) {
        pass.problem(
            line,
            name,
            Pass.unknownName("column for " + form.csvName + " files", form, name)
                + " Valid columns: "
                + Pass.names(form));
        return null;
      }
      if (names.indexOf(name) < i) {
        pass.problem(line, name, "the column appears twice");
        return null;
      }
      return f;
    }

    private static List<String> requiredNames(RecordForm form) {
      return form.required.stream().map(f -> f.fileName).toList();
    }
  }
}
