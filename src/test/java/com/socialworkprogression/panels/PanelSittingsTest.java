package com.socialworkprogression.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.socialworkprogression.support.PanelCalendar;
import com.socialworkprogression.support.RouteTest;
import com.socialworkprogression.tenancy.Role;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The panel administrator's calendar of sittings, for every authority with a panel that sits on dates
 * (here Leicestershire's Progression Panel, LEI-L3-04 and LEI-L3-06): what a sitting needs, who may keep
 * the calendar, and who sees it.
 */
class PanelSittingsTest extends RouteTest {

  static final String TENANT = PanelCalendar.TENANT;
  static final String PANEL = PanelCalendar.PANEL;

  @Autowired PanelSittings sittings;
  @Autowired SittingStore store;

  PanelCalendar calendar;

  @BeforeEach
  void emptyCalendar() {
    calendar = new PanelCalendar(workflow).empty();
  }

  @Test
  @DisplayName("LEI-L3-04: a sitting's cut-off is the end of the day three weeks before it, from the authority's file")
  void cutOffThreeWeeksBefore() {
    PanelSitting sitting = calendar.schedule(LocalDate.of(2027, 1, 12));
    assertThat(sitting.submitBy()).isEqualTo(LocalDate.of(2026, 12, 22));
    assertThat(sitting.takesSubmissionOn(LocalDate.of(2026, 12, 22))).isTrue();
    assertThat(sitting.takesSubmissionOn(LocalDate.of(2026, 12, 23))).isFalse();
    assertThat(store.find(sitting.id())).get().satisfies(stored -> {
      assertThat(stored.seats()).containsAllEntriesOf(PanelCalendar.MEMBERS);
      assertThat(stored.chair(sittings.panel(workflow.caller(PanelCalendar.ADMINISTRATOR), TENANT, PANEL)))
          .isEqualTo(PanelCalendar.CHAIR);
      assertThat(stored.where()).isEqualTo("Room 2, County Hall, Glenfield");
    });
  }

  @Test
  @DisplayName("LEI-L3-06: every problem with a sitting is named by its field at once, and nothing is saved")
  void everyProblemNamed() {
    Map<String, String> members = new HashMap<>(PanelCalendar.MEMBERS);
    members.put("chair", "jas.kaur");
    members.put("learningAndDevelopment", "nina.patel");
    members.remove("serviceManagerOperations");
    SittingForm form = new SittingForm("12/01/2027", "ten", "", "zoom.example/123", members);

    assertThatThrownBy(() -> workflow.as(PanelCalendar.ADMINISTRATOR, () ->
        sittings.schedule(workflow.caller(PanelCalendar.ADMINISTRATOR), TENANT, PANEL, form)))
        .isInstanceOfSatisfying(SittingProblems.class, problems -> assertThat(problems.byField())
            .containsEntry("sitsOn", "Enter the date of the sitting as a date, like 2027-01-12; '12/01/2027' is not one.")
            .containsEntry("startsAt", "Enter the time the sitting starts, like 10:00.")
            .containsEntry("onlineLink", "The online link must be a web address starting with https://, without spaces, at most 500 characters.")
            .containsEntry("seat-chair", "LEI-L3-06: Chair, Head of Service (Practice Excellence) must be one of the heads of service; Jas Kaur is not.")
            .containsEntry("seat-learningAndDevelopment", "LEI-L3-06: Learning and Development must be one of the learning and development team; Nina Patel is not.")
            .containsEntry("seat-serviceManagerOperations", "LEI-L3-06: Choose who sits as Service Manager Operations."));
    assertThat(store.calendar(TENANT, PANEL)).isEmpty();
  }

  @Test
  @DisplayName("LEI-L3-06: one person cannot take two seats, a sitting is after today, and a panel sits once a day")
  void seatsDatesAndDays() {
    String headAndServiceManager = staff.member(TENANT, "HOS", Role.HEADS_OF_SERVICE, Role.SERVICE_MANAGERS);
    Map<String, String> twice = new HashMap<>(PanelCalendar.MEMBERS);
    twice.put("chair", headAndServiceManager);
    twice.put("serviceManagerOperations", headAndServiceManager);
    calendar.schedule(LocalDate.of(2027, 2, 9));
    workflow.clock(LocalDate.of(2026, 11, 23));

    assertThatThrownBy(() -> calendar.schedule(LocalDate.of(2027, 2, 9)))
        .isInstanceOfSatisfying(SittingProblems.class, problems -> assertThat(problems.byField().get("sitsOn"))
            .isEqualTo("The Progression Panel already sits on 9 February 2027. Choose another day, or change that sitting."));
    assertThatThrownBy(() -> calendar.schedule(LocalDate.of(2026, 11, 23)))
        .isInstanceOfSatisfying(SittingProblems.class, problems -> assertThat(problems.byField().get("sitsOn"))
            .isEqualTo("The date of the sitting must be after today, 23 November 2026."));
    assertThatThrownBy(() -> calendar.schedule(LocalDate.of(2027, 2, 16), twice))
        .isInstanceOfSatisfying(SittingProblems.class, problems -> assertThat(problems.byField())
            .containsOnlyKeys("seat-serviceManagerOperations").extractingByKey("seat-serviceManagerOperations").asString()
            .endsWith(" already has another seat at this sitting; each seat needs its own person."));
    assertThat(store.calendar(TENANT, PANEL)).hasSize(1);
  }

  @Test
  @DisplayName("DUD-SSW-06: a guest seat takes the name of someone who is not staff, and may stay empty where the panel says 'where possible'")
  void aGuestSeat() {
    PanelCalendar dudley = PanelCalendar.dudley(workflow).empty();
    Map<String, String> withoutGuest = new HashMap<>(Map.of("chair", "ruth.green", "cppServiceManager", "clare.webb",
        "cppRepresentative", "tom.price"));
    PanelSitting sitting = dudley.schedule(LocalDate.of(2027, 1, 13), withoutGuest);
    assertThat(sitting.guests()).isEmpty();
    assertThat(sitting.memberIds()).containsExactly("ruth.green", "clare.webb", "tom.price");
    withoutGuest.put("childrenInCareCouncil", "x".repeat(201));
    assertThatThrownBy(() -> dudley.schedule(LocalDate.of(2027, 4, 14), withoutGuest))
        .isInstanceOfSatisfying(SittingProblems.class, problems -> assertThat(problems.byField().get("seat-childrenInCareCouncil"))
            .isEqualTo("The name of the Children in Care Council representative can be at most 200 characters."));
    PanelSitting withGuest = dudley.schedule(LocalDate.of(2027, 4, 14));
    assertThat(store.find(withGuest.id())).get().satisfies(stored ->
        assertThat(stored.guests()).containsEntry("childrenInCareCouncil", "Jordan (Children in Care Council)"));
  }

  @Test
  @DisplayName("Only the authority's panel administrators keep its calendar; another authority's people do not see it")
  void onlyPanelAdministrators() {
    SittingForm form = new SittingForm("2027-03-09", "10:00", "County Hall", "", PanelCalendar.MEMBERS);
    assertThatThrownBy(() -> workflow.as("grace.turner", () -> sittings.schedule(workflow.caller("grace.turner"), TENANT, PANEL, form)))
        .isInstanceOfSatisfying(PanelRefusal.class, refusal -> {
          assertThat(refusal.status().value()).isEqualTo(403);
          assertThat(refusal.getMessage()).startsWith("Only the authority's panel administrators keep the panel calendar.");
        });
    PanelSitting sitting = calendar.schedule(LocalDate.of(2027, 3, 9));
    assertThatThrownBy(() -> sittings.sitting(workflow.caller("mark.ellis"), sitting.id()))
        .isInstanceOfSatisfying(PanelRefusal.class, refusal -> assertThat(refusal.status().value()).isEqualTo(404));
    assertThatThrownBy(() -> sittings.panel(workflow.caller("mark.ellis"), TENANT, PANEL))
        .isInstanceOfSatisfying(PanelRefusal.class, refusal -> assertThat(refusal.status().value()).isEqualTo(404));
    assertThat(sittings.maySee(workflow.caller("liam.walsh"), sitting)).as("a member").isTrue();
    assertThat(sittings.maySee(workflow.caller("nina.patel"), sitting)).as("the Principal Social Worker").isTrue();
    assertThat(sittings.maySee(workflow.caller("jas.kaur"), sitting)).as("a social worker").isFalse();
    assertThat(sittings.maySee(workflow.caller("admin"), sitting)).as("a platform administrator").isTrue();
  }
}
