package com.socialworkprogression.nelc;

import com.socialworkprogression.support.DecisionTableTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * processes/nelc/positions.dmn on the DMN engine alone: who may hold each position of a Senior Social
 * Worker application, who is ruled out, and the rule a refusal names (NELC-L3-04 to L3-16).
 */
class NelcPositionsTableTest extends DecisionTableTest {

  static final String PIP = "practice-improvement-practitioners";
  static final String ATM = "assistant-team-managers";

  @Override
  protected String file() {
    return "processes/nelc/positions.dmn";
  }

  @Override
  protected String key() {
    return "nelcPositions";
  }

  @Override
  protected int expectedRules() {
    return 17;
  }

  @Override
  protected Stream<Scenario> scenarioList() {
    return scenarios();
  }

  static Stream<Scenario> scenarios() {
    return Stream.of(
        scenario("NELC-L3-01 applicant: the applicant is named, and chosen by no one")
            .facts("position", "applicant").matches("applicant", "title", "the applicant",
                "involvement", "is the applicant", "rule", "NELC-L3-01"),
        scenario("NELC-L3-02 lineManager: the line manager comes from the directory")
            .facts("position", "lineManager").matches("lineManager", "title", "the applicant's line manager"),
        scenario("NELC-L3-02 teamManager: the team manager approved the Expression of Intent")
            .facts("position", "teamManager").matches("teamManager",
                "involvement", "is the team manager who approved the Expression of Intent"),
        scenario("NELC-L3-04 leadAssessor: a PIP, not the applicant or their line manager")
            .facts("position", "leadAssessor").matches("leadAssessor", "title", "the Lead Assessor", "roles", PIP,
                "notAnyOf", "applicant, lineManager", "rule", "NELC-L3-04"),
        scenario("NELC-L3-07 independentObserver: an ATM or PIP independent of the process")
            .facts("position", "independentObserver").matches("independentObserver", "roles", ATM + ", " + PIP,
                "notAnyOf", "applicant, lineManager, teamManager, leadAssessor", "rule", "NELC-L3-07"),
        scenario("NELC-L3-05 selfAssessmentSignatory: the line manager, or an ATM, PIP, team manager or service manager")
            .facts("position", "selfAssessmentSignatory").matches("selfAssessmentSignatory",
                "roles", ATM + ", " + PIP + ", team-managers, service-managers", "alsoAllowed", "lineManager",
                "notAnyOf", "applicant", "rule", "NELC-L3-05"),
        scenario("NELC-L3-08 presentationPanelAtm: an ATM, not the applicant or the Lead Assessor")
            .facts("position", "presentationPanelAtm").matches("presentationPanelAtm", "roles", ATM,
                "notAnyOf", "applicant, leadAssessor", "rule", "NELC-L3-08"),
        scenario("NELC-L3-08 presentationPanelSeniorSocialWorker: Level 3 in the staff directory")
            .facts("position", "presentationPanelSeniorSocialWorker").matches("presentationPanelSeniorSocialWorker",
                "level", "3", "notAnyOf", "applicant, leadAssessor", "rule", "NELC-L3-08"),
        scenario("NELC-L3-12 panelTeamManager: a team manager, not the applicant or the Lead Assessor")
            .facts("position", "panelTeamManager").matches("panelTeamManager", "roles", "team-managers",
                "notAnyOf", "applicant, leadAssessor", "involvement", "sat on the Progression Review Panel", "rule", "NELC-L3-12"),
        scenario("NELC-L3-12 panelChair: the Principal Social Worker chairs the panel")
            .facts("position", "panelChair").matches("panelChair", "roles", "principal-social-workers",
                "involvement", "chaired the Progression Review Panel", "rule", "NELC-L3-12"),
        scenario("NELC-L3-16 appealsPanelChair: a service manager chairs the Appeals Panel")
            .facts("position", "appealsPanelChair").matches("appealsPanelChair", "roles", "service-managers", "rule", "NELC-L3-16"),
        scenario("NELC-L3-16 appealsPanelTeamManager: a team manager sits on the Appeals Panel")
            .facts("position", "appealsPanelTeamManager").matches("appealsPanelTeamManager", "roles", "team-managers", "rule", "NELC-L3-16"),
        scenario("NELC-L3-16 appealsPanelPip: a PIP sits on the Appeals Panel")
            .facts("position", "appealsPanelPip").matches("appealsPanelPip", "roles", PIP, "rule", "NELC-L3-16"),
        scenario("NELC-L2-02 levelTwoPanelPip: a PIP, not the applicant or their line manager, sits with the Principal Social Worker")
            .facts("position", "levelTwoPanelPip").matches("levelTwoPanelPip", "roles", PIP, "notAnyOf", "applicant, lineManager",
                "rule", "NELC-L2-02"),
        scenario("NELC-ASYE-04 asyeCoordinator: a PIP leads the ASYE")
            .facts("position", "asyeCoordinator").matches("asyeCoordinator", "roles", PIP, "rule", "NELC-ASYE-04"),
        scenario("NELC-ASYE-02 earlySupervisor: a PIP or an ATM for the first 6 weeks")
            .facts("position", "earlySupervisor").matches("earlySupervisor", "roles", PIP + ", " + ATM, "rule", "NELC-ASYE-02"),
        scenario("NELC-ASYE-04 thirdObserver: the line manager or a senior social worker")
            .facts("position", "thirdObserver").matches("thirdObserver", "level", "3", "alsoAllowed", "lineManager",
                "rule", "NELC-ASYE-04"));
  }

  @Test
  void anUnknownPositionMatchesNoRuleSoTheBlockUsingItFailsLoudly() {
    assertThat(evaluate(Map.of("position", "nobodyKnows")).matchedRules()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(Scenario scenario) {
    check(scenario);
  }
}
