package com.socialworkprogression.kit.role;

import com.socialworkprogression.kit.StepSettings;
import java.util.List;
import java.util.Map;

/**
 * A part someone plays in an application (Lead Assessor, a panel's team manager, the applicant), as
 * the route's positions table defines it: the process variable that holds the person, who may hold it
 * (roles, a level in the staff directory, or the person in another position), who may not, and the
 * rule that says so.
 *
 * @param variable    the process variable holding the person's user id, e.g. leadAssessor
 * @param title       how a sentence names it: "the Lead Assessor"
 * @param roles       role groups any of which qualifies, e.g. practice-improvement-practitioners
 * @param level       a level in the staff directory that qualifies, e.g. "3"
 * @param alsoAllowed positions whose holder also qualifies, e.g. lineManager
 * @param notAnyOf    positions whose holder may not take this one, e.g. applicant, lineManager
 * @param involvement how the holder took part, for independence refusals: "was the Lead Assessor"
 * @param rule        the scheme rule, e.g. NELC-L3-04
 */
public record Position(String variable, String title, List<String> roles, String level, List<String> alsoAllowed,
    List<String> notAnyOf, String involvement, String rule) {

  static Position from(String variable, Map<String, Object> row) {
    return new Position(variable, text(row, "title", variable), StepSettings.split(text(row, "roles", "")),
        text(row, "level", ""), StepSettings.split(text(row, "alsoAllowed", "")),
        StepSettings.split(text(row, "notAnyOf", "")), text(row, "involvement", "was " + text(row, "title", variable)),
        text(row, "rule", ""));
  }

  private static String text(Map<String, Object> row, String column, String otherwise) {
    Object value = row.get(column);
    return value == null || value.toString().isBlank() ? otherwise : value.toString().trim();
  }

  /** "The Lead Assessor": the title at the start of a sentence. */
  public String capitalisedTitle() {
    return Character.toUpperCase(title.charAt(0)) + title.substring(1);
  }
}
