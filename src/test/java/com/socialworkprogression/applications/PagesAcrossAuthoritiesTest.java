package com.socialworkprogression.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.documents.DocumentStore;
import com.socialworkprogression.support.RouteTest;
import com.socialworkprogression.support.SampleFiles;
import com.socialworkprogression.support.TasklistSessionClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page and download of ours, tried as a user of another authority and as an uninvolved colleague: each is
 * refused with a 403 or 404 (never a 500), and none shows the application's worker, reasons or files.
 */
class PagesAcrossAuthoritiesTest extends RouteTest {

  @LocalServerPort int port;
  @Autowired DocumentStore documents;

  @Test
  @DisplayName("Another authority's People and Culture and an uninvolved colleague get 403 or 404 for every page and file of an application")
  void everyPageRefused() throws Exception {
    String worker = staff.nelcLevelOne();
    var member = directory.get("nelc", worker);
    ProcessInstance application = workflow.start(worker, "nelc", "nelcLevelTwo", Map.of("supervisionDate",
        MONDAY.minusDays(3).toString(), "readinessSummary", "Ready."));
    workflow.complete("lewis.brown", application, "agreeReadiness", Map.of("readinessDecision", "ready"));
    workflow.complete("tara.wilson", application, "endorse", Map.of("endorsement", "endorsed"));
    workflow.attach(worker, application, "submitPieceOfWork", "confidential-report.pdf", SampleFiles.pdf("Confidential"));
    String documentId = documents.ofApplication(application.getId()).get(0).id();
    List<String> pages = List.of("/swp/applications/" + application.getId(), "/swp/staff/nelc/" + worker,
        "/swp/documents/" + documentId);

    for (String user : List.of("gill.hughes", "chloe.davies")) {
      TasklistSessionClient client = new TasklistSessionClient(port).logIn(user);
      for (String page : pages) {
        assertThat(client.status(page)).as("%s asking for %s", user, page).isIn(403, 404);
      }
      assertThat(client.status("/swp/applications/all")).as("%s: the pipeline", user).isEqualTo(403);
      String own = client.get("/swp/applications");
      assertThat(own).as("%s's own applications", user).doesNotContain(member.fullName()).doesNotContain("confidential-report.pdf");
      assertThat(client.get("/swp/accessibility")).contains("Accessibility statement");
    }
  }
}
