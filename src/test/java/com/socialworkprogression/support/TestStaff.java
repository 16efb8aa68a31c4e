package com.socialworkprogression.support;

import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.staff.StaffMember;
import com.socialworkprogression.tenancy.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Fresh applicants for each test, managed by the demo managers (Lewis Brown, line manager; Tara
 * Wilson, team manager), so that tests never meet each other's applications.
 */
public class TestStaff {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final IdentityService identityService;
  private final StaffDirectory directory;

  public TestStaff(IdentityService identityService, StaffDirectory directory) {
    this.identityService = identityService;
    this.directory = directory;
  }

  public String socialWorker(String tenantId, String level, int cases) {
    return socialWorker(tenantId, level, LocalDate.of(2019, 9, 1), false, cases);
  }

  public String socialWorker(String tenantId, String level, LocalDate asyeCompletedOn, boolean pre2012, int cases) {
    String id = user("sw", tenantId);
    directory.save(new StaffMember(id, tenantId, "Test Worker " + SEQUENCE.get(), id + "@" + tenantId + ".example",
        "Experienced Social Worker", level, LocalDate.of(2018, 7, 1), asyeCompletedOn, pre2012, "SWE-" + id,
        "lewis.brown", "tara.wilson", null, true));
    directory.replaceCaseload(id, IntStream.rangeClosed(1, cases).mapToObj(n -> "CASE-" + id + "-" + n).toList());
    return id;
  }

  /** A member of staff in the given roles, at a level in the directory (e.g. "3"), with no managers. */
  public String member(String tenantId, String level, Role... roles) {
    String id = user("st", tenantId);
    for (Role role : roles) {
      identityService.createMembership(id, role.groupId(tenantId));
    }
    directory.save(new StaffMember(id, tenantId, "Test Member " + SEQUENCE.get(), id + "@" + tenantId + ".example",
        "Member of staff", level, null, null, true, null, null, null, null, true));
    return id;
  }

  /**
   * A social worker of any authority, managed by the given line manager (a member of staff of the same authority)
   * and no team manager; with no ASYE when asyeCompletedOn is null.
   */
  public String socialWorkerManagedBy(String tenantId, String level, LocalDate asyeCompletedOn, String lineManager) {
    String id = user("sw", tenantId);
    directory.save(new StaffMember(id, tenantId, "Test Worker " + SEQUENCE.get(), id + "@" + tenantId + ".example",
        "Social Worker", level, LocalDate.of(2018, 7, 1), asyeCompletedOn, false, "SWE-" + id, lineManager, null, null,
        true));
    return id;
  }

  /** A Redbridge social worker managed by Mark Ellis, with their next PMR diarised. */
  public String redbridgeWorker(String level, LocalDate nextPmr) {
    String id = user("rb", "redbridge");
    directory.save(new StaffMember(id, "redbridge", "Test Worker " + SEQUENCE.get(), id + "@redbridge.example",
        "Social Worker", level, LocalDate.of(2021, 7, 1), LocalDate.of(2022, 9, 1), false, "SWE-" + id,
        "mark.ellis", null, nextPmr, true));
    return id;
  }

  /** A Leicestershire social worker whose line and team manager is Rachel Adams. */
  public String leicestershireWorker(String level, LocalDate qualifiedOn) {
    String id = user("le", "leicestershire");
    directory.save(new StaffMember(id, "leicestershire", "Test Worker " + SEQUENCE.get(), id + "@leicestershire.example",
        "Social Worker", level, qualifiedOn, qualifiedOn.plusYears(1), false, "SWE-" + id, "rachel.adams",
        "rachel.adams", null, true));
    return id;
  }

  /** A member of Dudley's staff managed by Dan Foster: at a level, qualified or not, permanent or not, with cases. */
  public String dudleyStaff(String level, LocalDate qualifiedOn, boolean permanent, int cases) {
    String id = user("du", "dudley");
    directory.save(new StaffMember(id, "dudley", "Test Worker " + SEQUENCE.get(), id + "@dudley.example",
        "Social Worker", level, qualifiedOn, qualifiedOn == null ? null : qualifiedOn.plusYears(1), false,
        qualifiedOn == null ? null : "SWE-" + id, "dan.foster", "dan.foster", null, permanent));
    directory.replaceCaseload(id, IntStream.rangeClosed(1, cases).mapToObj(n -> "DUD-" + id + "-" + n).toList());
    return id;
  }

  /**
   * A Derbyshire social worker managed by Karen Boyd, on that grade since that date (recorded in the level history
   * as a change from the grade below; no history when levelSince is null).
   */
  public String derbyshireWorker(String grade, LocalDate levelSince) {
    String id = user("de", "derbyshire");
    String below = String.valueOf(Integer.parseInt(grade) - 1);
    StaffMember member = new StaffMember(id, "derbyshire", "Test Worker " + SEQUENCE.get(), id + "@derbyshire.example",
        "Social Worker", levelSince == null ? grade : below, LocalDate.of(2021, 7, 1), null, false, "SWE-" + id,
        "karen.boyd", "karen.boyd", null, true);
    directory.save(member);
    if (levelSince != null) {
      directory.changeLevel(member, grade, levelSince, "test", null, "Test history", java.time.Instant.now());
    }
    directory.replaceCaseload(id, IntStream.rangeClosed(1, 12).mapToObj(n -> "DER-" + id + "-" + n).toList());
    return id;
  }

  /** A NELC Level 1 social worker with the ASYE done, whose ATM is Lewis Brown and team manager Tara Wilson. */
  public String nelcLevelOne() {
    String id = socialWorkerManagedBy("nelc", "1", LocalDate.of(2024, 7, 31), "lewis.brown");
    StaffMember member = directory.get("nelc", id);
    directory.save(new StaffMember(id, "nelc", member.fullName(), member.email(), member.jobTitle(), "1",
        member.qualifiedOn(), member.asyeCompletedOn(), false, member.registrationNumber(), "lewis.brown", "tara.wilson",
        null, true));
    return id;
  }

  /** A new social worker's login: password Progress-2026, in the authority's staff and social worker groups. */
  private String user(String prefix, String tenantId) {
    String id = prefix + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
    User user = identityService.newUser(id);
    user.setFirstName("Test");
    user.setLastName("Worker " + SEQUENCE.get());
    user.setEmail(id + "@" + tenantId + ".example");
    user.setPassword("Progress-2026");
    identityService.saveUser(user);
    identityService.createMembership(id, Role.STAFF.groupId(tenantId));
    identityService.createMembership(id, Role.SOCIAL_WORKERS.groupId(tenantId));
    return id;
  }

  public List<String> caseload(String userId) {
    return directory.caseload(userId);
  }
}
