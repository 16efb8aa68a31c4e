package com.socialworkprogression.support;

import java.util.HashMap;
import java.util.Map;

/** Derbyshire's grade 10 to grade 11 portfolio (DER-10-03), complete, as a worker fills it in. */
public final class DerbyshireApplications {

  private DerbyshireApplications() {}

  public static Map<String, Object> gradeElevenPortfolio() {
    Map<String, Object> form = new HashMap<>();
    form.put("qualificationDate", "2021-07-01");
    form.put("registrationNumber", "SWE-123456");
    form.put("registrationCurrent", true);
    form.put("gradeTenDate", "2024-09-01");
    form.put("pqConsolidationEvidence", "Consolidation module, University of Derby, passed June 2026.");
    form.put("pqSpecialistAwardPlans", "Child Care Specialist Award from September 2027.");
    form.put("kseStatement", "I assess and plan for complex cases with increasing autonomy.");
    form.put("supportForOthers", "Practice educator for a final-year student.");
    form.put("trainingAndCpd", "Court skills, 2025; motivational interviewing, 2026.");
    form.put("flexibleWorking", "Covered duty for a neighbouring team during a vacancy.");
    form.put("caseExampleOne", "The K. family, Framework-i 1234: care proceedings.");
    form.put("caseExampleTwo", "The P. family, Framework-i 5678: a complex safeguarding plan.");
    return form;
  }
}
