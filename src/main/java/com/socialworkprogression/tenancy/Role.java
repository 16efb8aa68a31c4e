package com.socialworkprogression.tenancy;

/**
 * The roles the schemes name. Each is a Camunda group per authority, "<tenant>-<role>", so that
 * membership of one authority's group says nothing about another's. A line manager is not a role:
 * it is the applicant's own manager, from the staff directory.
 */
public enum Role {
  STAFF("staff", "All staff"),
  SOCIAL_WORKERS("social-workers", "Social workers"),
  ASSISTANT_TEAM_MANAGERS("assistant-team-managers", "Assistant team managers"),
  TEAM_MANAGERS("team-managers", "Team managers"),
  PRACTICE_IMPROVEMENT_PRACTITIONERS("practice-improvement-practitioners", "Practice improvement practitioners"),
  PRINCIPAL_SOCIAL_WORKERS("principal-social-workers", "Principal social worker"),
  SERVICE_MANAGERS("service-managers", "Service managers"),
  HEADS_OF_SERVICE("heads-of-service", "Heads of service"),
  LEARNING_AND_DEVELOPMENT("learning-and-development", "Learning and development team"),
  PANEL_ADMINISTRATORS("panel-administrators", "Panel administrators"),
  CPP("cpp", "CPP staff (Centre for Professional Practice)"),
  ASYE_ASSESSORS("asye-assessors", "ASYE assessors"),
  DISTRICT_MANAGERS("district-managers", "District/area managers"),
  PROFESSIONAL_DEVELOPMENT("professional-development", "Professional development team"),
  DIRECTORS("directors", "Directors"),
  PEOPLE_AND_CULTURE("people-and-culture", "People and Culture (HR)"),
  PROCESS_OWNERS("process-owners", "Process owners");

  private final String suffix;
  private final String title;

  Role(String suffix, String title) {
    this.suffix = suffix;
    this.title = title;
  }

  public String suffix() {
    return suffix;
  }

  /** "service managers", "ASYE assessors": the role inside a sentence, its acronyms kept. */
  public String inASentence() {
    String first = title.split(" ")[0];
    boolean acronym = first.length() > 1 && first.equals(first.toUpperCase());
    return acronym ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
  }

  /** "Service managers": the role as people name it. */
  public String title() {
    return title;
  }

  public String groupId(String tenantId) {
    return tenantId + "-" + suffix;
  }

  public String groupName(String authorityName) {
    return title + " (" + authorityName + ")";
  }

  public static Role bySuffix(String suffix) {
    for (Role role : values()) {
      if (role.suffix.equals(suffix)) {
        return role;
      }
    }
    throw new IllegalArgumentException("No role '" + suffix + "'");
  }
}
