package com.socialworkprogression.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.staff.StaffMember;
import com.socialworkprogression.support.SwpSpringTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo people of README.md ("Demo logins"), made from demo/nelc.yaml and demo/redbridge.yaml: each
 * with their login, groups and staff record, as the browser suite and the route tests expect them.
 */
@SwpSpringTest
class DemoDataTest {

  @Autowired IdentityService identityService;
  @Autowired StaffDirectory directory;

  /** Every demo user of README.md and their role group; each is also in their authority's staff group. */
  static final Map<String, String> ROLES = Map.ofEntries(
      Map.entry("amira.khan", "nelc-social-workers"), Map.entry("ben.carter", "nelc-social-workers"),
      Map.entry("chloe.davies", "nelc-social-workers"), Map.entry("olivia.grant", "nelc-social-workers"),
      Map.entry("lewis.brown", "nelc-assistant-team-managers"), Map.entry("aisha.rahman", "nelc-assistant-team-managers"),
      Map.entry("tara.wilson", "nelc-team-managers"), Map.entry("tom.hughes", "nelc-team-managers"),
      Map.entry("tessa.ward", "nelc-team-managers"),
      Map.entry("priya.shah", "nelc-practice-improvement-practitioners"),
      Map.entry("peter.jones", "nelc-practice-improvement-practitioners"),
      Map.entry("paula.green", "nelc-practice-improvement-practitioners"),
      Map.entry("sam.patel", "nelc-principal-social-workers"), Map.entry("sian.edwards", "nelc-service-managers"),
      Map.entry("steve.morgan", "nelc-service-managers"), Map.entry("hannah.lee", "nelc-people-and-culture"),
      Map.entry("oscar.fisher", "nelc-process-owners"),
      Map.entry("ravi.mehta", "redbridge-social-workers"), Map.entry("grace.obi", "redbridge-social-workers"),
      Map.entry("daniel.frost", "redbridge-social-workers"), Map.entry("nadia.hussain", "redbridge-social-workers"),
      Map.entry("mark.ellis", "redbridge-team-managers"), Map.entry("helen.baker", "redbridge-heads-of-service"),
      Map.entry("omar.said", "redbridge-heads-of-service"), Map.entry("julia.price", "redbridge-people-and-culture"),
      Map.entry("priti.nair", "redbridge-principal-social-workers"), Map.entry("robert.king", "redbridge-process-owners"));

  @Test
  void everyDemoUserHasTheirLoginGroupsAndRecord() {
    ROLES.forEach((id, role) -> {
      String tenant = role.substring(0, role.indexOf('-'));
      User user = identityService.createUserQuery().userId(id).singleResult();
      assertThat(user).as(id).isNotNull();
      assertThat(user.getEmail()).isEqualTo(id + "@" + tenant + ".example");
      assertThat(identityService.checkPassword(id, DemoData.PASSWORD)).as(id + "'s password").isTrue();
      assertThat(identityService.createGroupQuery().groupMember(id).list()).extracting(Group::getId)
          .as(id + "'s groups").containsExactlyInAnyOrder(tenant + "-staff", role);
      StaffMember record = directory.find(tenant, id).orElseThrow();
      assertThat(record.fullName()).isEqualTo(user.getFirstName() + " " + user.getLastName());
      assertThat(record.email()).isEqualTo(user.getEmail());
    });
  }

  @Test
  void nelcsSocialWorkersAreManagedByLewisBrownAndTaraWilsonWithTheirCaseloads() {
    StaffMember amira = directory.get("nelc", "amira.khan");
    assertThat(amira).isEqualTo(new StaffMember("amira.khan", "nelc", "Amira Khan", "amira.khan@nelc.example",
        "Experienced Social Worker (Level 2)", "2", LocalDate.of(2018, 9, 1), LocalDate.of(2019, 9, 1), false,
        "SWE-104211", "lewis.brown", "tara.wilson", null, true));
    assertThat(directory.caseload("amira.khan")).containsExactly("NELC-K1001", "NELC-K1002", "NELC-K1003",
        "NELC-K1004", "NELC-K1005", "NELC-K1006", "NELC-K1007", "NELC-K1008");
    assertThat(directory.caseload("ben.carter")).hasSize(6).first().isEqualTo("NELC-C1001");
    StaffMember chloe = directory.get("nelc", "chloe.davies");
    assertThat(chloe.currentLevel()).isEqualTo("1");
    assertThat(chloe.jobTitle()).isEqualTo("Social Worker (Level 1)");
    assertThat(directory.caseload("chloe.davies")).containsExactly("NELC-D1001", "NELC-D1002", "NELC-D1003",
        "NELC-D1004", "NELC-D1005");
    assertThat(directory.get("nelc", "olivia.grant").currentLevel()).isEqualTo("3");
    StaffMember tara = directory.get("nelc", "tara.wilson");
    assertThat(tara).isEqualTo(new StaffMember("tara.wilson", "nelc", "Tara Wilson", "tara.wilson@nelc.example",
        "Team Manager", "TM", null, null, true, null, null, null, null, true));
  }

  @Test
  void redbridgesNextPmrDatesCountFromToday() {
    LocalDate today = LocalDate.now(Dates.UK);
    LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    assertThat(directory.get("redbridge", "ravi.mehta").nextPmrDate()).isEqualTo(nextMonday.plusWeeks(3));
    assertThat(directory.get("redbridge", "grace.obi").nextPmrDate()).isEqualTo(today.plusDays(4));
    assertThat(directory.get("redbridge", "daniel.frost").nextPmrDate()).isEqualTo(nextMonday.plusWeeks(6));
    assertThat(directory.get("redbridge", "nadia.hussain").nextPmrDate()).isEqualTo(nextMonday.plusWeeks(8));
    StaffMember ravi = directory.get("redbridge", "ravi.mehta");
    assertThat(ravi).isEqualTo(new StaffMember("ravi.mehta", "redbridge", "Ravi Mehta", "ravi.mehta@redbridge.example",
        "Social Worker", "2", LocalDate.of(2021, 7, 1), LocalDate.of(2022, 9, 1), false, "SWE-MEHTA", "mark.ellis",
        null, nextMonday.plusWeeks(3), true));
    assertThat(List.of("grace.obi", "daniel.frost", "nadia.hussain"))
        .extracting(id -> directory.get("redbridge", id).currentLevel()).containsExactly("1", "3", "SSWP");
  }
}
