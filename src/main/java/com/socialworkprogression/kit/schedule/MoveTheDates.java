package com.socialworkprogression.kit.schedule;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.process.SystemAccess;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Kit block "Move the application's dates" (service task): a pause or an extension of a year, e.g. an ASYE paused
 * for long sickness or extended for part-time work (NELC-ASYE-01 to 06), moves every date still ahead with it: the
 * timers waiting in the application and in every process it called, the due dates of its open tasks, the dates of
 * its points (inputs alsoMove: e.g. "threeMonths, twelveMonths" moves threeMonthsDue, threeMonthsOpens,
 * threeMonthsEscalate and threeMonthsDueText) and the days moved so far (datesMovedDays), which the sessions still to
 * come are counted with ({@link RecurringSessions}). What is already done stays as it was.
 *
 * Inputs: days (how many days later, e.g. ${pauseWeeks * 7}); optional alsoMove.
 */
@Component("moveTheDates")
public class MoveTheDates implements JavaDelegate {

  public static final String DAYS_MOVED = "datesMovedDays";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  public MoveTheDates(RuntimeService runtime, TaskService tasks, ManagementService management) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StepSettings settings = new StepSettings(execution, "Move the application's dates", execution.getCurrentActivityName());
    int days = settings.number("days");
    if (days <= 0) {
      throw new IllegalStateException("The step '" + execution.getCurrentActivityName() + "' moves the dates by " + days
          + " days; it moves them later, by one day or more.");
    }
    String root = execution.getProcessInstanceId();
    List<String> tree = SystemAccess.run(() -> tree(root));
    SystemAccess.run(() -> {
      for (String instance : tree) {
        for (Job job : management.createJobQuery().processInstanceId(instance).timers().list()) {
          if (job.getDuedate() != null) {
            management.setJobDuedate(job.getId(), plusDays(job.getDuedate(), days));
          }
        }
        for (Task task : tasks.createTaskQuery().processInstanceId(instance).list()) {
          if (task.getDueDate() != null) {
            task.setDueDate(plusDays(task.getDueDate(), days));
            tasks.saveTask(task);
          }
        }
        Object moved = runtime.getVariable(instance, DAYS_MOVED);
        runtime.setVariable(instance, DAYS_MOVED, (moved instanceof Number number ? number.intValue() : 0) + days);
      }
      return null;
    });
    for (String point : settings.list("alsoMove", "")) {
      for (String suffix : new String[] {"Due", "Opens", "Escalate"}) {
        Object value = execution.getVariable(point + suffix);
        if (value instanceof Date date) {
          execution.getProcessInstance().setVariable(point + suffix, plusDays(date, days));
        }
      }
      Object due = execution.getVariable(point + "Due");
      if (due instanceof Date date) {
        execution.getProcessInstance().setVariable(point + "DueText", Dates.text(Dates.toLocalDate(date)));
      }
    }
  }

  /** The application and every process it called, still running. */
  private List<String> tree(String root) {
    List<String> all = new ArrayList<>(List.of(root));
    for (int i = 0; i < all.size(); i++) {
      for (ProcessInstance called : runtime.createProcessInstanceQuery().superProcessInstanceId(all.get(i)).list()) {
        all.add(called.getId());
      }
    }
    return all;
  }

  /** The same time of day, that many calendar days later in UK time (a clock change keeps the hour). */
  static Date plusDays(Date date, int days) {
    ZoneId uk = Dates.UK;
    return Date.from(date.toInstant().atZone(uk).plusDays(days).toInstant());
  }

}
