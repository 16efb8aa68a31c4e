package com.socialworkprogression.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.support.RestTest;
import com.socialworkprogression.tenancy.Role;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the staff directory API (issue 15, hostile input): each answered with a 400 that names
 * the field and what is allowed, never a 500, an SQL statement or a stack trace, and nothing saved in
 * part: a change of record is one transaction.
 */
class StaffDirectoryHostileInputTest extends RestTest {

  String userId;
  String path;

  @BeforeEach
  void aColleagueAtLevelTwo() {
    userId = "hostile." + System.nanoTime();
    User user = engine.getIdentityService().newUser(userId);
    user.setPassword("Progress-2026");
    engine.getIdentityService().saveUser(user);
    engine.getIdentityService().createMembership(userId, Role.STAFF.groupId("nelc"));
    path = "/api/authorities/nelc/staff/" + userId;
    assertThat(rest.put("hannah.lee", path, record("2", "\"NELC-X1\"", "")).status()).isEqualTo(200);
  }

  @Test
  void aCaseReferenceTooLongIsRefusedAndTheLevelIsNotChangedInPart() {
    Rest400 refused = put(record("3", "\"" + "X".repeat(65) + "\"", ", \"levelEffectiveOn\": \"2026-12-01\""));
    refused.names("caseload", "64");
    assertThat(directory.get("nelc", userId).currentLevel()).as("nothing saved in part").isEqualTo("2");
    assertThat(directory.levelChanges("nelc", userId)).isEmpty();
    assertThat(directory.caseload(userId)).containsExactly("NELC-X1");
  }

  @Test
  void overLongValuesAreRefusedNamingTheFieldNotTheSql() {
    put(record("2", "\"NELC-X1\"", "").replace("\"Rita Ng\"", "\"" + "R".repeat(201) + "\"")).names("fullName", "200");
    put(record("2", "\"NELC-X1\"", "").replace("\"SWE-2001\"", "\"" + "9".repeat(33) + "\"")).names("registrationNumber", "32");
    put(record("2" + "2".repeat(40), "\"NELC-X1\"", "")).names("currentLevel", "32");
  }

  @Test
  void aDateInTheWrongFormatIsRefusedNamingTheField() {
    put(record("3", "\"NELC-X1\"", ", \"levelEffectiveOn\": \"1 December 2026\"")).names("levelEffectiveOn", "2026-12-01");
    assertThat(directory.get("nelc", userId).currentLevel()).isEqualTo("2");
  }

  @Test
  void malformedJsonIsRefused() {
    com.socialworkprogression.support.Rest.Response response = rest.put("hannah.lee", path, "{\"fullName\": \"Rita Ng\", ");
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("not valid JSON").doesNotContain("Exception", "at com.", "at org.");
  }

  @Test
  void sqlLookingTextIsKeptAsText() {
    String text = "Robert'); DROP TABLE staff_member;--";
    com.socialworkprogression.support.Rest.Response saved = rest.put("hannah.lee", path, record("2", "\"NELC-X1\"", "").replace("\"Rita Ng\"", "\"" + text + "\""));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(directory.get("nelc", userId).fullName()).isEqualTo(text);
    assertThat(directory.list("nelc")).isNotEmpty();
  }

  Rest400 put(String body) {
    return new Rest400(rest.put("hannah.lee", path, body));
  }

  record Rest400(com.socialworkprogression.support.Rest.Response response) {
    void names(String field, String allowed) {
      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.body()).contains(field).contains(allowed)
          .doesNotContainIgnoringCase("insert into").doesNotContainIgnoringCase("update ")
          .doesNotContain("Exception", "at com.", "at org.", "SQL");
    }
  }

  static String record(String level, String caseload, String more) {
    return """
        {"fullName": "Rita Ng", "email": "rita.ng@nelc.example", "jobTitle": "Social Worker", "currentLevel": "%s",
         "qualifiedOn": "2019-07-01", "asyeCompletedOn": "2020-09-01", "registrationNumber": "SWE-2001",
         "lineManagerId": "lewis.brown", "teamManagerId": "tara.wilson", "caseload": [%s]%s}"""
        .formatted(level, caseload, more);
  }
}
