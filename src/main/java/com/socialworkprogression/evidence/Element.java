package com.socialworkprogression.evidence;

/** The elements of the Senior Social Worker evidence the Lead Assessor scores (NELC-L3-05 to L3-10). */
public enum Element {
  SELF_ASSESSMENT("selfAssessment", "Self-assessment against the PQS (NELC-L3-05)"),
  CASE_FILES("caseFiles", "Five case files (NELC-L3-06)"),
  OBSERVATIONS("observations", "Two observations of practice (NELC-L3-07)"),
  PRESENTATION("presentation", "Presentation to the three-person panel (NELC-L3-08)"),
  SERVICE_USER_VIEWS("serviceUserViews", "Views of service users and families (NELC-L3-09)"),
  MENTORING_AND_TRAINING("mentoringAndTraining", "Mentoring and training record (NELC-L3-10)");

  private final String key;
  private final String title;

  Element(String key, String title) {
    this.key = key;
    this.title = title;
  }

  public String key() {
    return key;
  }

  public String title() {
    return title;
  }

  private String capitalised() {
    return Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }

  /** The score form's field, e.g. scoreSelfAssessment. */
  public String scoreVariable() {
    return "score" + capitalised();
  }

  /** Written by the tabulation, e.g. selfAssessmentMet. */
  public String metVariable() {
    return key + "Met";
  }

  /** The panel's feedback on this element, e.g. feedbackSelfAssessment. */
  public String feedbackVariable() {
    return "feedback" + capitalised();
  }
}
