package com.socialworkprogression.demo;

import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.staff.StaffMember;
import com.socialworkprogression.tenancy.AuthoritySetup;
import com.socialworkprogression.tenancy.Role;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's people (swp.demo-data=true: the demo and test profiles): one named user for each role of
 * each route, with their staff records. Everyone's password is {@link #PASSWORD}. Idempotent.
 */
@Component
@ConditionalOnProperty(name = "swp.demo-data", havingValue = "true")
public class DemoData {

  public static final String PASSWORD = "Progress-2026";
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final IdentityService identityService;
  private final StaffDirectory directory;

  public DemoData(IdentityService identityService, StaffDirectory directory, AuthoritySetup authoritiesFirst) {
    this.identityService = identityService;
    this.directory = directory;
    seedNelc();
    seedRedbridge();
    LOG.info("Demo users ready; every demo password is {}", PASSWORD);
  }

  private void seedNelc() {
    String t = "nelc";
    LocalDate asye = LocalDate.of(2019, 9, 1);
    // Managers first: social workers' records name them.
    person(t, "lewis.brown", "Lewis", "Brown", "Assistant Team Manager", "ATM", Role.ASSISTANT_TEAM_MANAGERS);
    person(t, "aisha.rahman", "Aisha", "Rahman", "Assistant Team Manager", "ATM", Role.ASSISTANT_TEAM_MANAGERS);
    person(t, "tara.wilson", "Tara", "Wilson", "Team Manager", "TM", Role.TEAM_MANAGERS);
    person(t, "tom.hughes", "Tom", "Hughes", "Team Manager", "TM", Role.TEAM_MANAGERS);
    person(t, "tessa.ward", "Tessa", "Ward", "Team Manager", "TM", Role.TEAM_MANAGERS);
    person(t, "priya.shah", "Priya", "Shah", "Practice Improvement Practitioner", "PIP", Role.PRACTICE_IMPROVEMENT_PRACTITIONERS);
    person(t, "peter.jones", "Peter", "Jones", "Practice Improvement Practitioner", "PIP", Role.PRACTICE_IMPROVEMENT_PRACTITIONERS);
    person(t, "paula.green", "Paula", "Green", "Practice Improvement Practitioner", "PIP", Role.PRACTICE_IMPROVEMENT_PRACTITIONERS);
    person(t, "sam.patel", "Sam", "Patel", "Principal Social Worker", "PSW", Role.PRINCIPAL_SOCIAL_WORKERS);
    person(t, "sian.edwards", "Sian", "Edwards", "Service Manager", "SM", Role.SERVICE_MANAGERS);
    person(t, "steve.morgan", "Steve", "Morgan", "Service Manager", "SM", Role.SERVICE_MANAGERS);
    person(t, "hannah.lee", "Hannah", "Lee", "People and Culture Adviser", "HR", Role.PEOPLE_AND_CULTURE);
    person(t, "oscar.fisher", "Oscar", "Fisher", "Process Owner, Social Work Academy", "PO", Role.PROCESS_OWNERS);
    person(t, "olivia.grant", "Olivia", "Grant", "Senior Social Worker", "3", Role.SOCIAL_WORKERS);

    socialWorker(t, "amira.khan", "Amira", "Khan", "2", asye, "SWE-104211", 8);
    socialWorker(t, "ben.carter", "Ben", "Carter", "2", asye.plusYears(1), "SWE-118034", 6);
    socialWorker(t, "chloe.davies", "Chloe", "Davies", "1", LocalDate.of(2024, 9, 1), "SWE-130977", 5);
  }

  /** Redbridge: PMRs every six months; the worker's manager reviews, a Head of Service decides. */
  private void seedRedbridge() {
    String t = "redbridge";
    LocalDate nextMonday = LocalDate.now(com.socialworkprogression.calendar.Dates.UK).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
    person(t, "mark.ellis", "Mark", "Ellis", "Team Manager", "TM", Role.TEAM_MANAGERS);
    person(t, "helen.baker", "Helen", "Baker", "Head of Service, Children's Social Care", "HOS", Role.HEADS_OF_SERVICE);
    person(t, "omar.said", "Omar", "Said", "Head of Service, Assessment and Intervention", "HOS", Role.HEADS_OF_SERVICE);
    person(t, "julia.price", "Julia", "Price", "HR Officer, Pay and Contracts", "HR", Role.PEOPLE_AND_CULTURE);
    person(t, "priti.nair", "Priti", "Nair", "Principal Child and Family Social Worker", "PSW", Role.PRINCIPAL_SOCIAL_WORKERS);
    person(t, "robert.king", "Robert", "King", "Process Owner, Workforce Development", "PO", Role.PROCESS_OWNERS);
    redbridgeWorker("ravi.mehta", "Ravi", "Mehta", "2", nextMonday.plusWeeks(3));
    // Grace's PMR is less than a week away: her request moves to the following PMR (RED-02).
    redbridgeWorker("grace.obi", "Grace", "Obi", "1", LocalDate.now(com.socialworkprogression.calendar.Dates.UK).plusDays(4));
    redbridgeWorker("daniel.frost", "Daniel", "Frost", "3", nextMonday.plusWeeks(6));
    redbridgeWorker("nadia.hussain", "Nadia", "Hussain", "SSWP", nextMonday.plusWeeks(8));
  }

  private void redbridgeWorker(String id, String first, String last, String level, LocalDate nextPmr) {
    String t = "redbridge";
    user(t, id, first, last, Role.SOCIAL_WORKERS);
    if (directory.find(t, id).isEmpty()) {
      directory.save(new StaffMember(id, t, first + " " + last, email(id, t), "Social Worker", level,
          LocalDate.of(2021, 7, 1), LocalDate.of(2022, 9, 1), false, "SWE-" + last.toUpperCase(), "mark.ellis", null,
          nextPmr, true));
    }
  }

  private void socialWorker(String tenantId, String id, String first, String last, String level, LocalDate asye,
      String registration, int cases) {
    user(tenantId, id, first, last, Role.SOCIAL_WORKERS);
    if (directory.find(tenantId, id).isEmpty()) {
      directory.save(new StaffMember(id, tenantId, first + " " + last, email(id, tenantId),
          level.equals("1") ? "Social Worker (Level 1)" : "Experienced Social Worker (Level 2)", level,
          asye.minusYears(1), asye, false, registration, "lewis.brown", "tara.wilson", null, true));
      String prefix = tenantId.toUpperCase() + "-" + last.toUpperCase().charAt(0);
      directory.replaceCaseload(id, java.util.stream.IntStream.rangeClosed(1, cases)
          .mapToObj(n -> prefix + String.format("%04d", 1000 + n)).toList());
    }
  }

  private void person(String tenantId, String id, String first, String last, String title, String level, Role role) {
    user(tenantId, id, first, last, role);
    if (directory.find(tenantId, id).isEmpty()) {
      directory.save(new StaffMember(id, tenantId, first + " " + last, email(id, tenantId), title, level,
          null, null, true, null, null, null, null, true));
    }
  }

  private void user(String tenantId, String id, String first, String last, Role role) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(first);
      user.setLastName(last);
      user.setEmail(email(id, tenantId));
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
    for (Role group : List.of(Role.STAFF, role)) {
      if (identityService.createUserQuery().userId(id).memberOfGroup(group.groupId(tenantId)).count() == 0) {
        identityService.createMembership(id, group.groupId(tenantId));
      }
    }
  }

  private static String email(String id, String tenantId) {
    return id + "@" + tenantId + ".example";
  }
}
