package com.socialworkprogression.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark's table: printed to the console when done and added, as Markdown, to target/bench/results.md,
 * with the conditions it was taken under (machine, database, sizes), so that docs/performance.md can quote it.
 */
final class BenchReport {

  private final String title;
  private final List<String> conditions = new ArrayList<>();
  private final String[] header;
  private final List<String[]> rows = new ArrayList<>();

  BenchReport(String title, String... header) {
    this.title = title;
    this.header = header;
    conditions.add("run " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " on "
        + Runtime.getRuntime().availableProcessors() + " cores, " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
        + " MB heap, Java " + System.getProperty("java.version"));
  }

  BenchReport condition(String condition) {
    conditions.add(condition);
    return this;
  }

  void row(Object... cells) {
    String[] row = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      row[i] = cells[i] instanceof Double d ? format(d) : String.valueOf(cells[i]);
    }
    rows.add(row);
    System.out.println("[bench] " + title + ": " + String.join(" | ", row));
  }

  static String format(double value) {
    return value >= 100 ? String.format("%.0f", value) : value >= 10 ? String.format("%.1f", value) : String.format("%.2f", value);
  }

  /** Prints the table and appends it to target/bench/results.md. */
  void publish() {
    StringBuilder md = new StringBuilder("\n## ").append(title).append("\n\n");
    conditions.forEach(c -> md.append("- ").append(c).append('\n'));
    md.append("\n| ").append(String.join(" | ", header)).append(" |\n|");
    for (String ignored : header) {
      md.append("---|");
    }
    md.append('\n');
    rows.forEach(row -> md.append("| ").append(String.join(" | ", row)).append(" |\n"));
    System.out.println(md);
    try {
      Path file = Path.of("target", "bench", "results.md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, md, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
