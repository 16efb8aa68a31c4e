package com.socialworkprogression.kit.schedule;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.WorkingDays;
import com.socialworkprogression.kit.StepSettings;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Kit block "Recurring sessions from a start date" (service task): the dates of sessions that recur at a rate
 * that changes through the year, e.g. supervision weekly for the first 6 weeks, fortnightly to 6 months and
 * monthly after (NELC-ASYE-02), each with the person who holds it. Each date is counted from the start of its
 * stretch (the start date, then the end of the stretch before), never from the session before, so dates do not
 * drift at the ends of months.
 *
 * Inputs: startDate; stretches (Map: a name for the sessions, e.g. "Weekly supervision", to "every P1W until P6W
 * with earlySupervisor": the rate, the end of the stretch from the start, and the variable holding who holds
 * them); outputVariable (the text variable to write, one session a line: date|holder variable|name number).
 * A multi-instance call activity then makes one instance per session with
 * collection ${recurringSessions.list(supervisionSessions)}; in it, ${recurringSessions.due(execution, session)}
 * and the other methods read each session, moved by any pause of the application ({@link MoveTheDates}).
 */
@Component("recurringSessions")
public class RecurringSessions implements JavaDelegate {

  private static final Pattern STRETCH = Pattern.compile("every\\s+(\\S+)\\s+until\\s+(\\S+)\\s+with\\s+(\\w+)");

  private final WorkingDays workingDays;

  public RecurringSessions(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StepSettings settings = new StepSettings(execution, "Recurring sessions from a start date", execution.getCurrentActivityName());
    LocalDate start = Dates.toLocalDate(execution.getVariable("startDate"));
    if (start == null) {
      throw new IllegalStateException("The step '" + execution.getCurrentActivityName() + "' has no start date: set its "
          + "input startDate, e.g. ${asyeStartDate}.");
    }
    List<String> sessions = sessions(start, settings.map("stretches"), execution.getCurrentActivityName());
    execution.getProcessInstance().setVariable(settings.text("outputVariable"), String.join("\n", sessions));
  }

  /** Each session as "2026-12-14|earlySupervisor|Weekly supervision 1", in date order. */
  public static List<String> sessions(LocalDate start, Map<String, String> stretches, String step) {
    List<String> sessions = new ArrayList<>();
    LocalDate stretchStart = start;
    // The stretches in the order they end (a map set in Modeler keeps no order of its own).
    List<Map.Entry<String, Matcher>> ordered = new ArrayList<>();
    for (Map.Entry<String, String> stretch : stretches.entrySet()) {
      Matcher matcher = STRETCH.matcher(stretch.getValue().trim());
      if (!matcher.matches()) {
        throw new IllegalStateException("The step '" + step + "' sets '" + stretch.getKey() + "' to '" + stretch.getValue()
            + "'; write it as 'every P1W until P6W with lineManager'.");
      }
      period(matcher.group(1), step);
      period(matcher.group(2), step);
      ordered.add(Map.entry(stretch.getKey(), matcher));
    }
    ordered.sort(java.util.Comparator.comparing(entry -> start.plus(Period.parse(entry.getValue().group(2)))));
    for (Map.Entry<String, Matcher> stretch : ordered) {
      Matcher matcher = stretch.getValue();
      Period every = period(matcher.group(1), step);
      LocalDate until = start.plus(period(matcher.group(2), step));
      int number = 1;
      for (int n = 1; ; n++) {
        LocalDate date = stretchStart.plus(every.multipliedBy(n));
        if (date.isAfter(until)) {
          break;
        }
        sessions.add(date + "|" + matcher.group(3) + "|" + stretch.getKey() + " " + number++);
      }
      stretchStart = until;
    }
    return sessions;
  }

  /** The sessions of that text variable, for a multi-instance collection. */
  public List<String> list(Object sessions) {
    return sessions == null ? List.of() : Arrays.stream(sessions.toString().split("\n")).filter(s -> !s.isBlank()).toList();
  }

  /** The session's date, moved by the application's pauses and extensions: due by the end of it, UK time. */
  public Date due(VariableScope execution, String session) {
    return Dates.endOfDay(date(execution, session));
  }

  public String dueText(VariableScope execution, String session) {
    return Dates.text(date(execution, session));
  }

  /** When the session's task appears: that many days before it. */
  public Date opens(VariableScope execution, String session, int daysBefore) {
    return Dates.startOfDay(date(execution, session).minusDays(daysBefore));
  }

  /** When a session not held is missed: that many working days after it. */
  public Date missedAfter(VariableScope execution, String session, int workingDaysAfter) {
    return Dates.endOfDay(workingDays.add(date(execution, session), workingDaysAfter));
  }

  /** Who holds it: the value of the variable the stretch names. */
  public String holder(VariableScope execution, String session) {
    Object holder = execution.getVariable(part(session, 1));
    return holder == null ? null : holder.toString();
  }

  public String name(String session) {
    return part(session, 2);
  }

  private static LocalDate date(VariableScope execution, String session) {
    Object moved = execution.getVariable(MoveTheDates.DAYS_MOVED);
    int days = moved instanceof Number number ? number.intValue() : 0;
    return LocalDate.parse(part(session, 0)).plusDays(days);
  }

  private static String part(String session, int index) {
    String[] parts = session.split("\\|");
    if (parts.length != 3) {
      throw new IllegalArgumentException("Not a session: '" + session + "'");
    }
    return parts[index];
  }

  private static Period period(String text, String step) {
    try {
      return Period.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("The step '" + step + "' uses '" + text + "', which is not a period such as P1W or P6M.");
    }
  }
}
