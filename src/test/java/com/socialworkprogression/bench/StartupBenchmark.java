package com.socialworkprogression.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start-up (issue 14, figure 4): the application against a bare Camunda starter application with the same engine
 * dependencies, each started in a fresh JVM on a fresh in-memory H2 database, taken in turns so that both see the
 * same machine. The figure is the JVM's uptime when the application is ready; the median of the runs is compared.
 *
 * Runs of each: -Dbench.startup.runs=5 (default 1, the smoke run in .ci/run).
 */
@Tag("bench")
class StartupBenchmark {

  @Test
  void startupAgainstABareCamundaApplication() throws Exception {
    int runs = Integer.getInteger("bench.startup.runs", 1);
    List<Long> ours = new ArrayList<>();
    List<Long> bare = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      bare.add(start("bare", run, List.of(), "--spring.config.location=classpath:bench/bare-camunda.yaml"));
      ours.add(start("ours", run, List.of(), "--spring.profiles.active=", "--swp.demo-data=false"));
    }
    BenchReport report = new BenchReport("Start-up: the application against a bare Camunda starter application",
        "application", "runs", "median s", "slowest s", "÷ bare")
        .condition("each in a fresh JVM (" + System.getProperty("java.version") + "), default heap, in-memory H2,"
            + " schema created at start-up; the application deploys every authority's routes, tables, forms and letters");
    double bareMedian = median(bare);
    report.row("bare Camunda starter (webapps, REST, same engine settings)", runs, bareMedian / 1000,
        Collections.max(bare) / 1000.0, 1.0);
    report.row("Social Work Progression", runs, median(ours) / 1000, Collections.max(ours) / 1000.0,
        median(ours) / bareMedian);
    report.publish();
  }

  private static long start(String which, int run, List<String> jvm, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvm);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), StartupProbe.class.getName(), which,
        "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:startup;DB_CLOSE_DELAY=-1",
        "--camunda.bpm.admin-user.password=Progress-2026"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    File log = new File("target/bench/startup-" + which + (jvm.isEmpty() ? "" : "-cold") + "-" + run + ".log");
    log.getParentFile().mkdirs();
    Long millis = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
         var copy = new java.io.PrintWriter(log, StandardCharsets.UTF_8)) {
      for (String line; (line = out.readLine()) != null; ) {
        copy.println(line);
        if (line.startsWith(StartupProbe.MARK)) {
          millis = Long.parseLong(line.substring(StartupProbe.MARK.length()).trim());
        }
      }
    }
    if (process.waitFor() != 0 || millis == null) {
      throw new IllegalStateException(which + " did not start; see " + log);
    }
    return millis;
  }

  private static double median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
  }
}
