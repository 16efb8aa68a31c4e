package com.socialworkprogression.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.SwpSpringTest;
import com.socialworkprogression.tenancy.Role;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The staff directory's admin API: People and Culture maintain their own authority's records. */
@SwpSpringTest
class StaffDirectoryApiTest {

  @Autowired IdentityService identityService;
  @Autowired StaffDirectory directory;
  @LocalServerPort int port;

  Rest rest;
  String userId;

  @BeforeEach
  void aNewColleague() {
    rest = new Rest(port);
    userId = "new." + System.nanoTime();
    User user = identityService.newUser(userId);
    user.setPassword("Progress-2026");
    identityService.saveUser(user);
    identityService.createMembership(userId, Role.STAFF.groupId("nelc"));
  }

  @Test
  void peopleAndCultureAddARecordWithItsCaseload() {
    Rest.Response saved = rest.put("hannah.lee", "/api/authorities/nelc/staff/" + userId, record("2", null));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body()).contains("\"caseload\":[\"NELC-X1\",\"NELC-X2\"]").contains("\"lineManagerId\":\"lewis.brown\"");
    assertThat(directory.get("nelc", userId).asyeCompletedOn()).isEqualTo(LocalDate.of(2020, 9, 1));
    assertThat(rest.get("hannah.lee", "/api/authorities/nelc/staff/" + userId).body()).contains("Rita Ng");
  }

  @Test
  void aChangeOfLevelIsRecordedWithItsEffectiveDate() {
    rest.put("hannah.lee", "/api/authorities/nelc/staff/" + userId, record("2", null));
    Rest.Response changed = rest.put("hannah.lee", "/api/authorities/nelc/staff/" + userId, record("3", "2026-10-01"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(directory.levelChanges("nelc", userId)).singleElement().satisfies(change -> {
      assertThat(change.fromLevel()).isEqualTo("2");
      assertThat(change.toLevel()).isEqualTo("3");
      assertThat(change.effectiveOn()).isEqualTo(LocalDate.of(2026, 10, 1));
      assertThat(change.recordedBy()).isEqualTo("hannah.lee");
    });
    assertThat(rest.get("hannah.lee", "/api/authorities/nelc/staff/" + userId + "/level-changes").body())
        .contains("\"effectiveOn\":\"2026-10-01\"");
  }

  @Test
  void badInputIsRefusedWithWhatIsWrong() {
    Rest.Response noName = rest.put("hannah.lee", "/api/authorities/nelc/staff/" + userId,
        "{\"currentLevel\": \"2\"}");
    assertThat(noName.status()).isEqualTo(400);
    assertThat(noName.body()).contains("fullName is required");

    Rest.Response unknownManager = rest.put("hannah.lee", "/api/authorities/nelc/staff/" + userId,
        record("2", null).replace("lewis.brown", "nobody.here"));
    assertThat(unknownManager.status()).isEqualTo(400);
    assertThat(unknownManager.body()).contains("lineManagerId 'nobody.here' is not in the nelc directory");

    Rest.Response noSuchUser = rest.put("hannah.lee", "/api/authorities/nelc/staff/ghost." + System.nanoTime(), record("2", null));
    assertThat(noSuchUser.status()).isEqualTo(400);
    assertThat(noSuchUser.body()).contains("create the user in Camunda Admin first");
    assertThat(directory.find("nelc", userId)).isEmpty();
  }

  @Test
  void onlyPeopleAndCultureAndAdministratorsMayUseIt() {
    assertThat(rest.get("lewis.brown", "/api/authorities/nelc/staff").status()).isEqualTo(403);
    assertThat(rest.put("amira.khan", "/api/authorities/nelc/staff/" + userId, record("3", null)).status()).isEqualTo(403);
    assertThat(rest.get(null, "/api/authorities/nelc/staff").status()).isEqualTo(401);
    assertThat(rest.get("admin", "/api/authorities/nelc/staff").status()).isEqualTo(200);
    assertThat(rest.get("admin", "/api/authorities/atlantis/staff").status()).isEqualTo(404);
  }

  @Test
  void openAndCloseAProcedure() {
    rest.put("hannah.lee", "/api/authorities/nelc/staff/" + userId, record("2", null));
    Rest.Response opened = rest.post("hannah.lee", "/api/authorities/nelc/staff/" + userId + "/procedures",
        "{\"kind\": \"SICKNESS\", \"openedOn\": \"2026-11-01\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    assertThat(directory.procedures(userId)).singleElement().satisfies(p -> assertThat(p.open()).isTrue());
    long id = directory.procedures(userId).get(0).id();
    assertThat(rest.post("hannah.lee", "/api/authorities/nelc/staff/" + userId + "/procedures/" + id + "/close", "").status())
        .isEqualTo(200);
    assertThat(directory.procedures(userId)).singleElement().satisfies(p -> assertThat(p.open()).isFalse());
    assertThat(rest.post("hannah.lee", "/api/authorities/nelc/staff/" + userId + "/procedures",
        "{\"kind\": \"HOLIDAY\"}").status()).isEqualTo(400);
  }

  private static String record(String level, String effectiveOn) {
    return """
        {"fullName": "Rita Ng", "email": "rita.ng@nelc.example", "jobTitle": "Social Worker", "currentLevel": "%s",
         "qualifiedOn": "2019-07-01", "asyeCompletedOn": "2020-09-01", "registrationNumber": "SWE-2001",
         "lineManagerId": "lewis.brown", "teamManagerId": "tara.wilson", "caseload": ["NELC-X1", "NELC-X2"]%s}"""
        .formatted(level, effectiveOn == null ? "" : ", \"levelEffectiveOn\": \"" + effectiveOn + "\"");
  }
}
