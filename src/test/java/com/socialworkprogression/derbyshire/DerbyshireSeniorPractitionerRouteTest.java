package com.socialworkprogression.derbyshire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.support.RouteTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Derbyshire: grade 11 to grade 12 is not a progression but competitive recruitment to a senior practitioner post,
 * where a full PQ specialist award is essential for shortlisting. Rules: ../shared/SCHEMES.md DER-11-01.
 */
class DerbyshireSeniorPractitionerRouteTest extends RouteTest {

  static final String ROUTE = "derbyshireSeniorPractitionerPost";
  static final String RECRUITING_MANAGER = "raj.mehta";

  @Test
  @DisplayName("DER-11-01: senior practitioner posts are for grade 11; a grade 10 worker is told to progress first")
  void gradeTenCannotApply() {
    String worker = staff.derbyshireWorker("10", LocalDate.of(2024, 1, 1));
    assertThatThrownBy(() -> apply(worker, false)).isInstanceOf(RuleRefusal.class).hasMessageStartingWith("DER-11-01")
        .hasMessageContaining("records you on grade 10");
  }

  @Test
  @DisplayName("DER-11-01: shortlisting an applicant without a full PQ specialist award is refused; not shortlisted, they are told why")
  void noAwardNoShortlist() {
    String worker = staff.derbyshireWorker("11", LocalDate.of(2023, 9, 1));
    ProcessInstance application = apply(worker, false);
    assertThat(application).isWaitingAt("shortlist").task().hasCandidateGroup("derbyshire-district-managers");
    assertThatThrownBy(() -> workflow.complete(RECRUITING_MANAGER, application, "shortlist", Map.of("shortlistDecision", "shortlisted")))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("DER-11-01").hasMessageContaining("essential to be shortlisted");
    assertThat(application).isWaitingAt("shortlist");
    workflow.complete(RECRUITING_MANAGER, application, "shortlist", Map.of("shortlistDecision", "notShortlisted",
        "notShortlistedReasons", "No full PQ specialist award."));
    assertThat(application).hasPassed("notifyNotShortlisted", "notShortlisted").isEnded();
    assertThat(body(emailTo(worker, "Senior practitioner post DCC-SP-0427: you have not been shortlisted"))).contains("No full PQ specialist award.");
  }

  @Test
  @DisplayName("DER-11-01: with the award, shortlisted and appointed: the start date is required, and grade 12 takes effect from it")
  void appointed() {
    String worker = staff.derbyshireWorker("11", LocalDate.of(2023, 9, 1));
    ProcessInstance application = shortlisted(worker);
    assertThat(application).task("recordInterview").isAssignedTo(RECRUITING_MANAGER);
    assertThatThrownBy(() -> workflow.complete(RECRUITING_MANAGER, application, "recordInterview", Map.of("interviewDecision", "appointed")))
        .isInstanceOf(RuleRefusal.class).hasMessageContaining("Give the start date in the post");
    workflow.complete(RECRUITING_MANAGER, application, "recordInterview", Map.of("interviewDecision", "appointed",
        "postStartDate", "2027-01-04"));
    assertThat(application).hasPassed("recordGradeTwelve", "notifyAppointed", "appointed").isEnded();
    assertThat(directory.get("derbyshire", worker).currentLevel()).isEqualTo("12");
    assertThat(directory.levelChanges("derbyshire", worker)).last()
        .satisfies(change -> assertThat(change.effectiveOn()).isEqualTo(LocalDate.of(2027, 1, 4)));
  }

  @Test
  @DisplayName("DER-11-01: shortlisted, not appointed: the applicant gets the interview feedback and stays on grade 11")
  void notAppointed() {
    String worker = staff.derbyshireWorker("11", LocalDate.of(2023, 9, 1));
    ProcessInstance application = shortlisted(worker);
    workflow.complete(RECRUITING_MANAGER, application, "recordInterview", Map.of("interviewDecision", "notAppointed",
        "interviewFeedback", "A strong field; build more court experience."));
    assertThat(application).hasPassed("notifyNotAppointed", "notAppointed").isEnded();
    assertThat(directory.get("derbyshire", worker).currentLevel()).isEqualTo("11");
    assertThat(body(emailTo(worker, "Senior practitioner post DCC-SP-0427: the outcome"))).contains("build more court experience");
  }

  private ProcessInstance apply(String worker, boolean award) {
    Map<String, Object> form = new HashMap<>(Map.of("postReference", "DCC-SP-0427", "pqSpecialistAward", award ? "held" : "notHeld",
        "supportingStatement", "I lead complex safeguarding work and mentor PQ candidates."));
    if (award) {
      form.put("pqSpecialistAwardTitle", "Specialist Award in Child Care, 2025");
    }
    return workflow.start(worker, "derbyshire", ROUTE, form);
  }

  private ProcessInstance shortlisted(String worker) {
    ProcessInstance application = apply(worker, true);
    workflow.complete(RECRUITING_MANAGER, application, "shortlist", Map.of("shortlistDecision", "shortlisted"));
    return application;
  }

  private MimeMessage emailTo(String userId, String subjectStart) {
    return lastEmail(userId + "@derbyshire.example", subjectStart);
  }
}
