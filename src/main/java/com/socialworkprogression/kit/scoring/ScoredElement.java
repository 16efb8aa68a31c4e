package com.socialworkprogression.kit.scoring;

/** The names the scoring blocks and the forms share for an element key such as caseFiles. */
public final class ScoredElement {

  /** The process variable listing what was scored (JSON array of key, title, score, met). */
  public static final String SCORED_ELEMENTS = "scoredElements";

  private ScoredElement() {}

  private static String capitalised(String key) {
    return Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }

  /** The scoring form's field: scoreCaseFiles. */
  public static String scoreField(String key) {
    return "score" + capitalised(key);
  }

  /** Written by the scoring: caseFilesMet. */
  public static String metField(String key) {
    return key + "Met";
  }

  /** The panel's feedback on the element: feedbackCaseFiles. */
  public static String feedbackField(String key) {
    return "feedback" + capitalised(key);
  }
}
