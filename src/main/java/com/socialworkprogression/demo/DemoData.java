package com.socialworkprogression.demo;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.staff.StaffMember;
import com.socialworkprogression.tenancy.Authorities;
import com.socialworkprogression.tenancy.AuthorityFiles;
import com.socialworkprogression.tenancy.AuthoritySetup;
import com.socialworkprogression.tenancy.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * The demo's people (swp.demo-data=true: the demo and test profiles), from one file per authority,
 * demo/&lt;tenant&gt;.yaml on the classpath (src/main/resources/demo/): a Camunda user for each, in
 * &lt;tenant&gt;-staff and their role's group, and their staff record. Everyone's password is
 * {@link #PASSWORD}. Idempotent: people and records already there are left as they are.
 */
@Component
@ConditionalOnProperty(name = "swp.demo-data", havingValue = "true")
public class DemoData {

  public static final String PASSWORD = "Progress-2026";
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  /** One authority's demo file. */
  public record People(String emailDomain, List<Person> people) {}

  /** One person: their login and their staff record. See demo/nelc.yaml for the fields. */
  public record Person(String id, String firstName, String lastName, String role, String jobTitle, String level,
      LocalDate qualifiedOn, LocalDate asyeCompletedOn, boolean pre2012Equivalent, String registrationNumber,
      String lineManager, String teamManager, Caseload caseload, RelativeDate nextPmr,
      @DefaultValue("true") boolean permanent, List<String> alsoRoles, LevelSince levelSince) {}

  /**
   * When the person reached their level, for a scheme that counts time on it (DER-10-01: two years on grade 10):
   * recorded in the level history as a change from the previous level.
   */
  public record LevelSince(String previousLevel, RelativeDate date) {}

  /** Case references prefix + 1001 to prefix + (1000 + size), e.g. NELC-K1001. */
  public record Caseload(String prefix, int size) {
    List<String> references() {
      return IntStream.rangeClosed(1, size).mapToObj(n -> prefix + String.format("%04d", 1000 + n)).toList();
    }
  }

  /** A date counted from when the demo data is created: from "today" or "next-monday", plus a period. */
  public record RelativeDate(String from, Period plus) {
    LocalDate on(LocalDate today) {
      LocalDate start = switch (from == null ? "today" : from) {
        case "today" -> today;
        case "next-monday" -> today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        default -> throw new IllegalArgumentException("from: '" + from + "' is neither today nor next-monday");
      };
      return plus == null ? start : start.plus(plus);
    }
  }

  private final IdentityService identityService;
  private final StaffDirectory directory;

  public DemoData(IdentityService identityService, StaffDirectory directory, Authorities authorities,
      AuthoritySetup authoritiesFirst) {
    this.identityService = identityService;
    this.directory = directory;
    for (String tenantId : authorities.ids()) {
      String file = "demo/" + tenantId + ".yaml";
      AuthorityFiles.read(file, People.class).ifPresent(people -> seed(tenantId, file, people));
    }
    LOG.info("Demo users ready; every demo password is {}", PASSWORD);
  }

  private void seed(String tenantId, String file, People people) {
    LocalDate today = LocalDate.now(Dates.UK);
    Set<String> listed = new HashSet<>();
    for (Person person : people.people()) {
      for (String manager : new String[] {person.lineManager(), person.teamManager()}) {
        if (manager != null && !listed.contains(manager)) {
          throw new IllegalStateException(file + ": " + person.id() + "'s manager " + manager
              + " must be listed above them");
        }
      }
      listed.add(person.id());
      String email = person.id() + "@" + people.emailDomain();
      user(tenantId, person, email);
      if (directory.find(tenantId, person.id()).isEmpty()) {
        directory.save(new StaffMember(person.id(), tenantId, person.firstName() + " " + person.lastName(), email,
            person.jobTitle(), person.level(), person.qualifiedOn(), person.asyeCompletedOn(),
            person.pre2012Equivalent(), person.registrationNumber(), person.lineManager(), person.teamManager(),
            person.nextPmr() == null ? null : person.nextPmr().on(today), person.permanent()));
        if (person.levelSince() != null) {
          StaffMember before = directory.get(tenantId, person.id());
          directory.save(withLevel(before, person.levelSince().previousLevel()));
          directory.changeLevel(withLevel(before, person.levelSince().previousLevel()), person.level(),
              person.levelSince().date().on(today), "demo", null, "Demo data", java.time.Instant.now());
        }
        if (person.caseload() != null) {
          directory.replaceCaseload(person.id(), person.caseload().references());
        }
      }
    }
  }

  private static StaffMember withLevel(StaffMember m, String level) {
    return new StaffMember(m.userId(), m.tenantId(), m.fullName(), m.email(), m.jobTitle(), level, m.qualifiedOn(),
        m.asyeCompletedOn(), m.pre2012Equivalent(), m.registrationNumber(), m.lineManagerId(), m.teamManagerId(),
        m.nextPmrDate(), m.permanent());
  }

  private void user(String tenantId, Person person, String email) {
    if (identityService.createUserQuery().userId(person.id()).count() == 0) {
      User user = identityService.newUser(person.id());
      user.setFirstName(person.firstName());
      user.setLastName(person.lastName());
      user.setEmail(email);
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
    List<Role> groups = new java.util.ArrayList<>(List.of(Role.STAFF, Role.bySuffix(person.role())));
    if (person.alsoRoles() != null) {
      person.alsoRoles().forEach(also -> groups.add(Role.bySuffix(also)));
    }
    for (Role group : groups) {
      if (identityService.createUserQuery().userId(person.id()).memberOfGroup(group.groupId(tenantId)).count() == 0) {
        identityService.createMembership(person.id(), group.groupId(tenantId));
      }
    }
  }
}
