package com.socialworkprogression.dudley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.documents.DocumentStore;
import com.socialworkprogression.documents.StoredDocument;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.support.RouteTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dudley: the Social Work Apprenticeship (DUD-APP-01) and Return to Social Work (DUD-RTS-01), each with a panel
 * arranged when the application arrives and the outcome notified within three working days.
 */
class DudleyTrainOrReturnRouteTest extends RouteTest {

  static final String APPRENTICESHIP = "dudleyApprenticeship";
  static final String RETURN = "dudleyReturnToSocialWork";
  static final String MANAGER = "dan.foster";
  static final String CPP = "neil.ward";
  static final String PSW = "ruth.green";
  static final String HEAD_OF_SERVICE = "helen.shaw";

  @Autowired DocumentStore documents;

  @Test
  @DisplayName("DUD-APP-01: a member of staff who is not a social worker starts the apprenticeship; a social worker is offered the Senior route instead")
  void whoStartsTheApprenticeship() {
    String sendOfficer = staff.dudleyStaff("SEND", null, true, 0);
    ProcessInstance instance = apply(APPRENTICESHIP, sendOfficer);
    assertThat(instance).isWaitingAt("endorseApplication").task().isAssignedTo(MANAGER);

    String socialWorker = staff.dudleyStaff("SW", LocalDate.of(2022, 1, 10), true, 16);
    assertThatThrownBy(() -> apply(APPRENTICESHIP, socialWorker)).isInstanceOf(RuleRefusal.class)
        .hasMessageStartingWith("DUD-APP-01").hasMessageContaining("apply for Senior Social Worker");
    String qualified = staff.dudleyStaff("FS", LocalDate.of(2010, 7, 1), true, 0);
    assertThatThrownBy(() -> apply(APPRENTICESHIP, qualified)).isInstanceOf(RuleRefusal.class)
        .hasMessageContaining("apply to Return to Social Work instead");
  }

  @Test
  @DisplayName("DUD-RTS-01: a qualified member of staff applies to return; one never qualified is offered the apprenticeship")
  void whoReturns() {
    assertThat(apply(RETURN, staff.dudleyStaff("FS", LocalDate.of(2010, 7, 1), true, 0))).isWaitingAt("endorseApplication");
    assertThatThrownBy(() -> apply(RETURN, staff.dudleyStaff("SEND", null, true, 0))).isInstanceOf(RuleRefusal.class)
        .hasMessageStartingWith("DUD-RTS-01").hasMessageContaining("Social Work Apprenticeship");
  }

  @Test
  @DisplayName("DUD-APP-01, DUD-RTS-01: the manager does not support it: the member of staff is told why")
  void notSupported() {
    for (ProcessInstance instance : new ProcessInstance[] {apply(APPRENTICESHIP, staff.dudleyStaff("SEND", null, true, 0)),
        apply(RETURN, staff.dudleyStaff("FS", LocalDate.of(2010, 7, 1), true, 0))}) {
      workflow.complete(MANAGER, instance, "endorseApplication", Map.of("managerDecision", "notSupported",
          "subjectToProcedures", "no", "notSupportedReasons", "Finish the level 3 diploma first.", "managerSignature", true));
      assertThat(instance).hasPassed("notifyNotSupported").isEnded();
    }
  }

  @Test
  @DisplayName("DUD-APP-01: a panel arranged on receipt decides; the outcome is due three working days later, over Christmas's bank holidays, and sent with a letter")
  void apprenticeshipAgreedOverChristmas() {
    String sendOfficer = staff.dudleyStaff("SEND", null, true, 0);
    ProcessInstance instance = endorsed(APPRENTICESHIP, sendOfficer);
    ProcessInstance panel = panel(instance);
    assertThat(panel).task("arrangePanel").hasCandidateGroup("dudley-cpp");
    arrange(panel, "2026-12-24");
    assertThat(panel).task("decideOnReceipt").isAssignedTo(PSW);

    workflow.clock(LocalDate.of(2026, 12, 24));
    decide(panel, "agreed");
    assertThat(workflow.variable(panel, "outcomeDueText")).as("Thursday 24 December + 3 working days, past 25, 28 December")
        .isEqualTo("31 December 2026");
    assertThat(workflow.task(panel, "sendOutcome").getDueDate()).isEqualTo(Dates.endOfDay(LocalDate.of(2026, 12, 31)));

    workflow.complete(CPP, panel, "sendOutcome", Map.of("outcomeMessage", "The next cohort starts in September."));
    assertThat(instance).isEnded();
    MimeMessage outcome = emailTo(sendOfficer, "The outcome of your application");
    assertThat(recipients(outcome)).contains(MANAGER + "@dudley.example");
    assertThat(documents.ofApplication(panel.getId())).extracting(StoredDocument::kind).contains(StoredDocument.Kind.LETTER);
  }

  @Test
  @DisplayName("DUD-RTS-01: an outcome not notified within three working days escalates to the panel and CPP")
  void returnOutcomeOverdue() {
    String returner = staff.dudleyStaff("FS", LocalDate.of(2010, 7, 1), true, 0);
    ProcessInstance instance = endorsed(RETURN, returner);
    ProcessInstance panel = panel(instance);
    arrange(panel, "2026-12-02");
    workflow.clock(LocalDate.of(2026, 12, 2));
    decide(panel, "notAgreed");

    workflow.fire(panel, "outcomeOverdue");
    MimeMessage overdue = emailTo(PSW, "Overdue: the outcome for");
    assertThat(recipients(overdue)).contains(HEAD_OF_SERVICE + "@dudley.example", CPP + "@dudley.example");
    assertThat(body(overdue)).contains("7 December 2026").contains("Return to Social Work");
    assertThat(panel).isWaitingAt("sendOutcome");
    workflow.complete(CPP, panel, "sendOutcome", Map.of());
    assertThat(instance).isEnded();
  }

  @Test
  @DisplayName("DUD-APP-01: the panel is three different people in their roles")
  void thePanelsPeople() {
    ProcessInstance panel = panel(endorsed(APPRENTICESHIP, staff.dudleyStaff("SEND", null, true, 0)));
    Map<String, Object> wrong = new HashMap<>(arrangement("2026-12-24"));
    wrong.put("receiptPanelChair", CPP);
    assertThatThrownBy(() -> workflow.complete(CPP, panel, "arrangePanel", wrong)).isInstanceOf(RuleRefusal.class)
        .hasMessageStartingWith("DUD-APP-01");
    assertThat(panel).isWaitingAt("arrangePanel");
  }

  // The routes' steps, as the people do them.

  private ProcessInstance apply(String route, String applicant) {
    Map<String, Object> form = new HashMap<>(Map.of("supervisionDate", "2026-11-16", "currentRoleAndGrade", "Grade F",
        "lengthOfService", "Six years", "roleDescription", "Work with families of children with SEND.",
        "motivation", "I want to qualify and stay in Dudley.", "applicantSignature", true));
    if (route.equals(RETURN)) {
      form.put("lastRegistrationDate", "Qualified 2010; last registered 2016");
      form.put("previousEmployment", "Social worker, Walsall, 2010 to 2016.");
      form.put("reasonsForReturning", "My children are at school now.");
    }
    return workflow.start(applicant, "dudley", route, form);
  }

  private ProcessInstance endorsed(String route, String applicant) {
    ProcessInstance instance = apply(route, applicant);
    workflow.complete(MANAGER, instance, "endorseApplication", Map.of("managerDecision", "supported",
        "managerSummary", "Reliable, committed, excellent with families.", "subjectToProcedures", "no", "managerSignature", true));
    assertThat(instance).isWaitingAt("panelOnReceipt");
    return instance;
  }

  private ProcessInstance panel(ProcessInstance application) {
    ProcessInstance panel = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(application.getId())
        .singleResult();
    assertThat(panel).as("the panel on receipt").isNotNull();
    return panel;
  }

  private static Map<String, Object> arrangement(String date) {
    return Map.of("receiptPanelDate", date, "receiptPanelChair", PSW, "receiptPanelCpp", CPP,
        "receiptPanelHeadOfService", HEAD_OF_SERVICE);
  }

  private void arrange(ProcessInstance panel, String date) {
    workflow.complete(CPP, panel, "arrangePanel", arrangement(date));
  }

  private void decide(ProcessInstance panel, String decision) {
    workflow.complete(PSW, panel, "decideOnReceipt", Map.of("suitability", "Strong values and experience.",
        "courseCommitment", "Understands the three-year commitment.", "postEmploymentPlans", "Children in care team.",
        "receiptDecision", decision, "receiptReasons", "A considered, well supported application."));
  }

  private MimeMessage emailTo(String userId, String subjectStart) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(message -> recipients(message).contains(userId + "@dudley.example") && subject(message).startsWith(subjectStart))
        .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no email to " + userId + " starting '"
            + subjectStart + "'"));
  }
}
