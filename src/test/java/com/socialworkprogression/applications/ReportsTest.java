package com.socialworkprogression.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.socialworkprogression.support.RouteTest;
import com.socialworkprogression.support.SampleFiles;
import com.socialworkprogression.support.TasklistSessionClient;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reports' figures, checked against five applications driven to known outcomes in a period of their own (March
 * 2030): one progressed after a panel ten working days later, one not taken forward on its first day, three still
 * running. A team of five shows its started count; its one progression is suppressed. By cohort, seven in 2032
 * either side of 1 April: each financial year's counts, suppressed from 1 to 4.
 */
class ReportsTest extends RouteTest {

  static final String ROUTE = "Progress from Level 1 to Level 2";
  static final LocalDate MONDAY_2030 = LocalDate.of(2030, 3, 4);

  @Autowired Reports reports;
  @LocalServerPort int port;

  @Test
  @DisplayName("Started, progressed, not taken forward and running counted; working days start to decision; a team's count under 5 suppressed; CSV; only for the PSW")
  void figuresOfKnownOutcomes() throws Exception {
    workflow.clock(MONDAY_2030);
    String progressed = levelOne();
    ProcessInstance levelTwo = start(progressed);
    workflow.complete("lewis.brown", levelTwo, "agreeReadiness", Map.of("readinessDecision", "ready"));
    workflow.complete("tara.wilson", levelTwo, "endorse", Map.of("endorsement", "endorsed"));
    workflow.attach(progressed, levelTwo, "submitPieceOfWork", "report.pdf", SampleFiles.pdf("Report"));
    workflow.complete(progressed, levelTwo, "submitPieceOfWork", Map.of("pieceOfWorkKind", "courtReport", "pieceOfWorkSummary", "Risk."));
    workflow.complete("hugh.newton", levelTwo, "agreeProgressToPanel", Map.of("headOfServiceDecision", "agreed"));
    workflow.complete("sam.patel", levelTwo, "arrangePanel", Map.of("levelTwoPanelDate", "2030-03-18", "levelTwoPanelPip", "priya.shah"));
    ProcessInstance notNow = start(levelOne());
    workflow.complete("lewis.brown", notNow, "agreeReadiness", Map.of("readinessDecision", "notYet", "notYetReasons", "Not yet."));
    for (int n = 0; n < 3; n++) {
      start(levelOne());
    }
    workflow.fire(levelTwo, "panelDay");
    workflow.complete("sam.patel", levelTwo, "recordLevelTwoDecision", Map.of("reflectiveConversation", "Good.", "levelTwoDecision", "ready"));

    Reports.Report report = reports.of(List.of("nelc"), LocalDate.of(2030, 3, 1), LocalDate.of(2030, 3, 31));
    Reports.Figures figures = report.routes().stream().filter(f -> f.route().equals(ROUTE)).findFirst().orElseThrow();
    assertThat(figures.started()).isEqualTo(5);
    assertThat(figures.progressed()).isEqualTo(1);
    assertThat(figures.deferred()).isZero();
    assertThat(figures.lapsed()).isZero();
    assertThat(figures.appealed()).isZero();
    assertThat(figures.medianToDecision()).as("of 0 (not taken forward the same day) and 10").isEqualTo(0.0);
    assertThat(figures.p90ToDecision()).as("4 to 18 March 2030: ten working days").isEqualTo(10.0);
    assertThat(report.teams()).filteredOn(t -> t.route().equals(ROUTE)).singleElement().satisfies(team -> {
      assertThat(team.team()).isEqualTo("Tara Wilson");
      assertThat(team.started()).isEqualTo(5L);
      assertThat(team.progressed()).as("1 is under 5: not shown").isNull();
    });

    TasklistSessionClient psw = new TasklistSessionClient(port).logIn("sam.patel");
    String page = psw.get("/swp/reports?from=2030-03-01&to=2030-03-31");
    assertThat(page).contains("Figures by route").contains(ROUTE).contains("fewer than 5").contains("0 / 10");
    String csv = psw.get("/swp/reports.csv?from=2030-03-01&to=2030-03-31");
    assertThat(csv).contains("\"" + ROUTE + "\",5,1,0,0,0,0,0,10").contains("\"Tara Wilson\",5,fewer than 5");
    assertThat(new TasklistSessionClient(port).logIn("chloe.davies").status("/swp/reports")).isEqualTo(403);
    assertThat(ReportPages.cell("=HYPERLINK(\"x\")")).as("no formula in a spreadsheet").startsWith("\"'=");
  }

  @Test
  @DisplayName("By cohort, the financial year the application started: March and April fall in different cohorts (UK time); counts from 1 to 4 suppressed, 0 and 5 up shown; page and CSV")
  void figuresByCohort() throws Exception {
    // In a period of its own, 2032. The financial year 2032-33's first cohort: two started half an hour into
    // 1 April 2032, UK time (still 31 March in UTC); neither progressed.
    workflow.clock(LocalDateTime.of(2032, 4, 1, 0, 30));
    start(levelOne(), "2032-03-29");
    start(levelOne(), "2032-03-29");
    // The cohort before, 2031-32: five started in March 2032, one of them progressed at a panel on 15 March.
    workflow.clock(LocalDate.of(2032, 3, 1));
    String progressed = levelOne();
    ProcessInstance levelTwo = start(progressed, "2032-02-27");
    workflow.complete("lewis.brown", levelTwo, "agreeReadiness", Map.of("readinessDecision", "ready"));
    workflow.complete("tara.wilson", levelTwo, "endorse", Map.of("endorsement", "endorsed"));
    workflow.attach(progressed, levelTwo, "submitPieceOfWork", "report.pdf", SampleFiles.pdf("Report"));
    workflow.complete(progressed, levelTwo, "submitPieceOfWork", Map.of("pieceOfWorkKind", "courtReport", "pieceOfWorkSummary", "Risk."));
    workflow.complete("hugh.newton", levelTwo, "agreeProgressToPanel", Map.of("headOfServiceDecision", "agreed"));
    workflow.complete("sam.patel", levelTwo, "arrangePanel", Map.of("levelTwoPanelDate", "2032-03-15", "levelTwoPanelPip", "priya.shah"));
    for (int n = 0; n < 4; n++) {
      start(levelOne(), "2032-02-27");
    }
    workflow.fire(levelTwo, "panelDay");
    workflow.complete("sam.patel", levelTwo, "recordLevelTwoDecision", Map.of("reflectiveConversation", "Good.", "levelTwoDecision", "ready"));

    Reports.Report report = reports.of(List.of("nelc"), LocalDate.of(2032, 3, 1), LocalDate.of(2032, 4, 30));
    assertThat(report.cohorts()).filteredOn(c -> c.route().equals(ROUTE))
        .extracting(Reports.CohortFigures::cohort, Reports.CohortFigures::started, Reports.CohortFigures::progressed)
        .as("5 started shown, 1 progressed suppressed; 2 started suppressed, 0 progressed shown")
        .containsExactly(tuple("April 2031 to March 2032", 5L, null), tuple("April 2032 to March 2033", null, 0L));
    assertThat(report.teams()).filteredOn(t -> t.route().equals(ROUTE)).singleElement()
        .satisfies(team -> assertThat(team.started()).as("the same seven, by team").isEqualTo(7L));

    TasklistSessionClient psw = new TasklistSessionClient(port).logIn("sam.patel");
    String page = psw.get("/swp/reports?from=2032-03-01&to=2032-04-30");
    assertThat(page).contains("By cohort").contains("the financial year, 1 April to 31 March");
    assertThat(cohortRow(page, "April 2031 to March 2032")).containsExactly("5", "fewer than 5");
    assertThat(cohortRow(page, "April 2032 to March 2033")).containsExactly("fewer than 5", "0");
    String csv = psw.get("/swp/reports.csv?from=2032-03-01&to=2032-04-30");
    assertThat(csv).contains("route,cohort (financial year the application started),started,progressed")
        .contains("\"" + ROUTE + "\",\"April 2031 to March 2032\",5,fewer than 5\n")
        .contains("\"" + ROUTE + "\",\"April 2032 to March 2033\",fewer than 5,0\n");
  }

  /** The started and progressed cells of a cohort's row in the page's table. */
  private static List<String> cohortRow(String page, String cohort) {
    Matcher row = Pattern.compile(Pattern.quote(cohort) + "</td>\\s*<td[^>]*>([^<]*)</td>\\s*<td[^>]*>([^<]*)</td>").matcher(page);
    assertThat(row.find()).as("a row for %s", cohort).isTrue();
    return List.of(row.group(1).trim(), row.group(2).trim());
  }

  private String levelOne() {
    return staff.nelcLevelOne();
  }

  private ProcessInstance start(String worker) {
    return start(worker, "2030-03-01");
  }

  private ProcessInstance start(String worker, String supervisionDate) {
    return workflow.start(worker, "nelc", "nelcLevelTwo", Map.of("supervisionDate", supervisionDate, "readinessSummary", "Ready."));
  }
}
