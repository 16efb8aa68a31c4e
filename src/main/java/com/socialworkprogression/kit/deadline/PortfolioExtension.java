package com.socialworkprogression.kit.deadline;

import static com.socialworkprogression.process.Variables.required;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.process.SystemAccess;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Kit block "Extend the portfolio deadline": the assessor extends the portfolio deadline (NELC-L3-02).
 * The new date must be later than the current one; the open evidence tasks take the new due date, so
 * every inbox shows it. Input: extensionRule, the rule a refusal names.
 */
@Component("portfolioExtension")
public class PortfolioExtension implements JavaDelegate {

  private final Today today;
  private final TaskService taskService;

  public PortfolioExtension(Today today, TaskService taskService) {
    this.today = today;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String rule = new StepSettings(execution, "Extend the portfolio deadline", execution.getCurrentActivityName())
        .text("extensionRule", "");
    Date current = (Date) execution.getVariable("portfolioDeadline");
    LocalDate currentDue = Dates.toLocalDate(current);
    String requested = required(execution, "newPortfolioDeadline", rule, "Give the new portfolio deadline.");
    required(execution, "extensionReason", rule, "Say why the deadline is extended.");
    LocalDate newDue = Dates.toLocalDate(requested);
    if (!newDue.isAfter(currentDue)) {
      throw RuleRefusal.of(rule, "The new deadline (" + Dates.text(newDue) + ") must be after the current one ("
          + Dates.text(currentDue) + ").");
    }
    Period reminderBefore = Period.parse(String.valueOf(execution.getVariable("portfolioReminderBefore")));
    PortfolioDeadlineSetter.set(execution, newDue, reminderBefore, today);
    Date newDeadline = Dates.endOfDay(newDue);
    SystemAccess.run(() -> {
      for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
        if (current.equals(task.getDueDate())) {
          task.setDueDate(newDeadline);
          taskService.saveTask(task);
        }
      }
      return null;
    });
  }
}
