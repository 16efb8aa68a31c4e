package com.socialworkprogression.bench;

import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.SampleFiles;
import com.socialworkprogression.support.TestStaff;
import com.socialworkprogression.support.Workflow;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * One complete application through each benchmarked route, every step done through the Java API by the person the
 * scheme names (their authorizations checked), as the route tests do it: NELC Level 2 to 3 (NELC-L3-01 to L3-13) and
 * Redbridge's progression at the PMR (RED-01 to RED-06). Each ends with the worker at the next level.
 */
final class RouteDrivers {

  static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  static final LocalDate PMR = LocalDate.of(2026, 12, 9);

  private final ProcessEngine engine;
  private final Workflow workflow;
  private final TestStaff staff;

  RouteDrivers(ProcessEngine engine, Workflow workflow, TestStaff staff) {
    this.engine = engine;
    this.workflow = workflow;
    this.staff = staff;
  }

  /** NELC: Expression of Intent to Level 3, through evidence, scoring, panel and People and Culture. */
  ProcessInstance nelcProgressed() {
    workflow.clock(MONDAY);
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = NelcApplications.atScoring(workflow, applicant, staff.caseload(applicant));
    workflow.complete("priya.shah", instance, "scoreEvidence", Map.of("scoreSelfAssessment", 3L, "scoreCaseFiles", 3L,
        "scoreObservations", 4L, "scorePresentation", 3L, "scoreServiceUserViews", 3L, "scoreMentoringAndTraining", 3L));
    workflow.complete("priya.shah", instance, "writeAssessmentReport",
        Map.of("assessmentReport", "Strong evidence across every element.", "leadAssessorRecommendation", "progress"));
    Map<String, Object> panel = new HashMap<>();
    panel.put("panelTeamManager", "tom.hughes");
    panel.put("panelDate", MONDAY.plusMonths(5).toString());
    panel.put("panelDecision", "progress");
    workflow.complete("sam.patel", instance, "recordPanelDecision", panel);
    workflow.clock(MONDAY.plusMonths(5).plusDays(10));
    workflow.complete("hannah.lee", instance, "updateContract",
        Map.of("contractVariationReference", "VAR-2027-0412", "levelEffectiveDate", "2027-05-01"));
    return ended(instance);
  }

  /** Redbridge: a request before the PMR, the portfolio, supported at the PMR, agreed, appointment form, pay and grade. */
  ProcessInstance redbridgeProgressed() {
    workflow.clock(MONDAY);
    String worker = staff.redbridgeWorker("2", PMR);
    ProcessInstance instance = workflow.start(worker, "redbridge", "redbridgeProgressionReview",
        Map.of("pmrDate", PMR.toString(), "reviewReason", "Ready for the next level."));
    workflow.attach(worker, instance, "compilePortfolio", "portfolio.pdf", SampleFiles.pdf("Case studies and CPD records"));
    Map<String, Object> portfolio = new HashMap<>();
    portfolio.put("courtWorkCaseStudy", "Care proceedings for a sibling group; final evidence statement.");
    portfolio.put("multiAgencyCaseStudy", "Strategy meetings with police, school and health.");
    portfolio.put("childrenCaseStudy", "Direct work with a 9-year-old using the three houses tool.");
    portfolio.put("basicRequirementsEvidence", "All visits in timescale; audit score good.");
    portfolio.put("recordsUpToDate", true);
    portfolio.put("peerSupportEvidence", "Buddy to two NQSWs.");
    portfolio.put("cpdRecord", "Court skills; SoS workshop.");
    portfolio.put("criteriaMapping", "Criteria 1-8 mapped in the table attached to my PMR form.");
    workflow.complete(worker, instance, "compilePortfolio", portfolio);
    workflow.clock(PMR);
    workflow.complete("mark.ellis", instance, "reviewAtPmr", Map.of("pmrFeedback", "Strong court work.",
        "pmrSummary", "Evidence meets the criteria of the next level.", "pmrDecision", "supported"));
    workflow.complete("helen.baker", instance, "decideProgression", Map.of("headOfServiceDecision", "agreed"));
    workflow.complete("mark.ellis", instance, "completeAppointmentForm",
        Map.of("appointmentPost", "Social Worker", "appointmentTeam", "Child Protection East", "appointmentGrade", "PO3"));
    workflow.clock(PMR.plusWeeks(5));
    workflow.complete("julia.price", instance, "changePayAndGrade",
        Map.of("contractVariationReference", "VAR-RB-77", "payPoint", "SCP 36"));
    return ended(instance);
  }

  private ProcessInstance ended(ProcessInstance instance) {
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() != 0) {
      throw new IllegalStateException("The application " + instance.getId() + " did not end: it waits at "
          + engine.getRuntimeService().getActiveActivityIds(instance.getId()));
    }
    return instance;
  }
}
