package org.termpaper.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.termpaper.catalogue.CatalogueEntry;
import org.termpaper.model.TermpaperException;
import org.termpaper.text.ColumnWidth;
import org.termpaper.text.TextCleaner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code termpaper papers [WORD]}: the catalogue of real papers and the config's sources, one a
 * line (name, short name, region, address), those whose name, short name, region or address
 * holds WORD. Reads only the jar and the config.
 */
@Command(name = "papers", mixinStandardHelpOptions = true,
    description = {"List the catalogue of real papers, or those matching WORD.",
        "One a line: name, short name, region and address; the config's sources too.",
        "Open one with: termpaper read --source SHORTNAME"})
final class PapersCommand implements Callable<Integer> {
  private static final String GAP = "  ";

  @ParentCommand
  Main main;

  @Parameters(arity = "0..1", paramLabel = "WORD",
      description = "A word of the name, short name, region or address: 日报, 广东, rmrb.")
  String word;

  @Override
  public Integer call() {
    AppContext app = main.app();
    List<CatalogueEntry> entries = app.resolver().catalogue().matching(word);
    if (entries.isEmpty()) {
      throw new TermpaperException("no paper in the catalogue or the config matches '"
          + TextCleaner.line(word) + "' (see 'termpaper papers')");
    }
    ColumnWidth width = ColumnWidth.forAmbiguousWidth(app.config().ambiguousWidth());
    List<String[]> rows = new ArrayList<>();
    for (CatalogueEntry entry : entries) {
      String from = entry.origin() == CatalogueEntry.Origin.CONFIG ? GAP + "(config)" : "";
      rows.add(new String[] {cell(entry.name()), cell(entry.shortName()), cell(entry.region()),
          cell(entry.url()) + from});
    }
    int[] widths = new int[3];
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], width.of(row[i]));
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < widths.length; c++) {
        line.append(row[c]).append(" ".repeat(widths[c] - width.of(row[c]))).append(GAP);
      }
      main.out.println(line.append(row[3]));
      String note = entries.get(i).note();
      if (note != null) {
        main.out.println("    " + TextCleaner.line(note));
      }
    }
    return 0;
  }

  private static String cell(String text) {
    return text.isEmpty() ? "-" : TextCleaner.line(text);
  }
}
