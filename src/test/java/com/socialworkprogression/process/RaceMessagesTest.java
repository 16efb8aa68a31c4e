package com.socialworkprogression.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.RestTest;
import com.socialworkprogression.tenancy.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Races a person can cause, over REST as Tasklist sends them (issue 15, hostile input): a plain 400 with
 * what happened and what to do, never a 500, and the task as the winner left it.
 */
class RaceMessagesTest extends RestTest {

  static final String PSW = "sam.patel";

  @Test
  void claimingATaskSomeoneElseHoldsSaysWhoHasIt() {
    String otherPsw = staff.member("nelc", "PSW", Role.PRINCIPAL_SOCIAL_WORKERS);
    Task task = appointLeadAssessor();
    assertThat(claim(PSW, task).status()).isEqualTo(204);
    Rest.Response second = claim(otherPsw, task);
    assertThat(second.status()).as(second.body()).isEqualTo(400);
    assertThat(second.body()).contains("Someone else has already taken this task (sam.patel)").doesNotContain("at org.", "at com.");
    assertThat(assignee(task)).isEqualTo(PSW);
  }

  @Test
  void twoPeopleClaimingOneTaskAtOnceOneWinsAndTheOtherIsToldPlainly() throws Exception {
    String otherPsw = staff.member("nelc", "PSW", Role.PRINCIPAL_SOCIAL_WORKERS);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 8; round++) {
        Task task = appointLeadAssessor();
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Rest.Response>> claims = new ArrayList<>();
        for (String user : List.of(PSW, otherPsw)) {
          claims.add(pool.submit(() -> {
            together.await();
            return claim(user, task);
          }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Rest.Response> claim : claims) {
          Rest.Response response = claim.get();
          statuses.add(response.status());
          if (response.status() != 204) {
            assertThat(response.body()).containsAnyOf("Someone else has already taken this task",
                "Someone else has just changed this application");
          }
        }
        assertThat(statuses).as("round %d: one wins, the other is told plainly", round).containsExactlyInAnyOrder(204, 400);
        assertThat(assignee(task)).isIn(PSW, otherPsw);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void submittingAFormTwiceFromTwoTabsTheSecondIsToldTheTaskIsDone() {
    Task task = appointLeadAssessor();
    assertThat(claim(PSW, task).status()).isEqualTo(204);
    String form = "{\"variables\": {\"leadAssessor\": {\"value\": \"priya.shah\", \"type\": \"String\"}}}";
    Rest.Response first = rest.post(PSW, "/engine-rest/task/" + task.getId() + "/submit-form", form);
    assertThat(first.status()).as(first.body()).isIn(200, 204);
    Rest.Response again = rest.post(PSW, "/engine-rest/task/" + task.getId() + "/submit-form", form);
    assertThat(again.status()).as(again.body()).isEqualTo(400);
    assertThat(again.body()).contains("This task is no longer open").doesNotContain("at org.", "is null");
  }

  Task appointLeadAssessor() {
    ProcessInstance instance = NelcApplications.apply(workflow, "nelc", staff.socialWorker("nelc", "2", 8));
    workflow.complete("lewis.brown", instance, "supportExpressionOfIntent", Map.of("lineManagerDecision", "supported"));
    workflow.complete("tara.wilson", instance, "approveExpressionOfIntent", Map.of("teamManagerDecision", "approved"));
    return workflow.task(instance, "appointLeadAssessor");
  }

  Rest.Response claim(String user, Task task) {
    return rest.post(user, "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\": \"" + user + "\"}");
  }

  String assignee(Task task) {
    return engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
  }
}
