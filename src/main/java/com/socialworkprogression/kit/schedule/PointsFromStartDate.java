package com.socialworkprogression.kit.schedule;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.WorkingDays;
import com.socialworkprogression.kit.StepSettings;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Kit block "Points from a start date" (service task): the dates of a year's assessment points, each
 * counted from the start date itself, never from the point before, so a start on 31 January has its
 * 3-month point on 30 April and its 6-month point on 31 July (LEI-ASYE-01).
 *
 * Inputs: startDate (a date, e.g. ${asyeStartDate}); points (Map: point to an ISO period from the start,
 * e.g. threeMonths = P3M); opensBefore (how long before its due date a point's task appears, e.g. P14D);
 * escalateAfterWorkingDays (how many working days after its due date an unfinished point is escalated);
 * optional startDateTextVariable (a variable to hold the start date in words, e.g. asyeStartDateText).
 * Outputs, for each point: &lt;point&gt;Due (end of that day, UK time), &lt;point&gt;DueText ("30 April 2027"),
 * &lt;point&gt;Opens (start of its day) and &lt;point&gt;Escalate (end of the day it is escalated).
 */
@Component("pointsFromStartDate")
public class PointsFromStartDate implements JavaDelegate {

  private final WorkingDays workingDays;

  public PointsFromStartDate(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StepSettings settings = new StepSettings(execution, "Points from a start date", execution.getCurrentActivityName());
    LocalDate start = Dates.toLocalDate(execution.getVariable("startDate"));
    if (start == null) {
      throw new IllegalStateException("The step '" + execution.getCurrentActivityName() + "' has no start date: set its "
          + "input startDate, e.g. ${asyeStartDate}.");
    }
    String startText = settings.text("startDateTextVariable", "");
    if (!startText.isEmpty()) {
      execution.getProcessInstance().setVariable(startText, Dates.text(start));
    }
    Period opensBefore = period(settings, "opensBefore");
    int escalateAfter = settings.number("escalateAfterWorkingDays");
    for (Map.Entry<String, LocalDate> point : dueDates(start, periods(settings)).entrySet()) {
      LocalDate due = point.getValue();
      String name = point.getKey();
      execution.getProcessInstance().setVariable(name + "Due", Dates.endOfDay(due));
      execution.getProcessInstance().setVariable(name + "DueText", Dates.text(due));
      execution.getProcessInstance().setVariable(name + "Opens", Dates.startOfDay(due.minus(opensBefore)));
      execution.getProcessInstance().setVariable(name + "Escalate", Dates.endOfDay(workingDays.add(due, escalateAfter)));
    }
  }

  /** Each point's due date, from the start date and its period, in the order the diagram lists them. */
  public static Map<String, LocalDate> dueDates(LocalDate start, Map<String, Period> points) {
    Map<String, LocalDate> due = new LinkedHashMap<>();
    points.forEach((name, period) -> due.put(name, start.plus(period)));
    return due;
  }

  private static Map<String, Period> periods(StepSettings settings) {
    Map<String, Period> periods = new LinkedHashMap<>();
    settings.map("points").forEach((name, period) -> {
      try {
        periods.put(name, Period.parse(period.trim()));
      } catch (DateTimeParseException e) {
        throw new IllegalStateException("The point '" + name + "' is set to '" + period + "', which is not a period "
            + "such as P3M (three months) or P12M.");
      }
    });
    return periods;
  }

  private static Period period(StepSettings settings, String name) {
    try {
      return Period.parse(settings.text(name));
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("The input '" + name + "' must be a period such as P14D; it is '"
          + settings.text(name) + "'.");
    }
  }
}
