package com.socialworkprogression.kit.schedule;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.process.RuleRefusal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Kit block "Inside an application window" (service task): a route that takes requests only at set times of the
 * year, e.g. 1 to 30 January, 1 to 31 May and 1 to 30 September (DER-10-02). Inside one, the application learns
 * the window's closing date (a later step may backdate to it, DER-10-05) and when the next window opens (the
 * earliest date of a further request). Outside, the request is refused with the date the next window opens,
 * and nothing is saved, so the worker simply asks again then.
 *
 * Inputs: windows (Map: the window's name to "1 January to 30 January", dates in any year); rule (the rule to
 * name). Outputs: windowName; windowOpensOn and windowClosesOn (dates, UK; windowClosesOn is the end of that day);
 * windowClosesOnText; nextWindowOpensOn and nextWindowOpensOnText (the opening of the window after this one).
 */
@Component("applicationWindow")
public class ApplicationWindows implements JavaDelegate {

  private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

  private final Today today;

  public ApplicationWindows(Today today) {
    this.today = today;
  }

  /** One window of the year: opens and closes on these days (inclusive), e.g. 1 May to 31 May. */
  public record Window(String name, MonthDay opens, MonthDay closes) {

    /** This window's dates in the year that holds that day, or the next one. */
    LocalDate opensIn(int year) {
      return opens.atYear(year);
    }

    LocalDate closesAfterOpening(LocalDate opened) {
      LocalDate close = closes.atYear(opened.getYear());
      return close.isBefore(opened) ? closes.atYear(opened.getYear() + 1) : close;
    }

    String inWords() {
      return DAY_AND_MONTH.format(opens) + " to " + DAY_AND_MONTH.format(closes);
    }
  }

  @Override
  public void execute(DelegateExecution execution) {
    StepSettings settings = new StepSettings(execution, "Inside an application window", execution.getCurrentActivityName());
    List<Window> windows = windows(settings.map("windows"), execution.getCurrentActivityName());
    LocalDate day = today.date();
    Optional<LocalDate> openedOn = Optional.empty();
    Window open = null;
    for (Window window : windows) {
      for (int year : new int[] {day.getYear() - 1, day.getYear()}) {
        LocalDate opens = window.opensIn(year);
        if (!day.isBefore(opens) && !day.isAfter(window.closesAfterOpening(opens))) {
          open = window;
          openedOn = Optional.of(opens);
        }
      }
    }
    if (open == null) {
      LocalDate next = nextOpening(windows, day);
      throw RuleRefusal.of(settings.text("rule", ""), "Requests are taken only in the application windows, "
          + String.join(", ", windows.stream().map(Window::inWords).toList()) + ". Today is outside them: the next "
          + "window opens on " + Dates.text(next) + ". Make your request then; nothing has been saved.");
    }
    LocalDate closes = open.closesAfterOpening(openedOn.get());
    LocalDate next = nextOpening(windows, closes.plusDays(1));
    execution.setVariable("windowName", open.name());
    execution.setVariable("windowOpensOn", Dates.startOfDay(openedOn.get()));
    execution.setVariable("windowClosesOn", Dates.endOfDay(closes));
    execution.setVariable("windowClosesOnText", Dates.text(closes));
    execution.setVariable("nextWindowOpensOn", Dates.startOfDay(next));
    execution.setVariable("nextWindowOpensOnText", Dates.text(next));
  }

  /** The first opening of any window on or after that day. */
  public static LocalDate nextOpening(List<Window> windows, LocalDate day) {
    return windows.stream()
        .flatMap(window -> java.util.stream.Stream.of(window.opensIn(day.getYear()), window.opensIn(day.getYear() + 1)))
        .filter(opens -> !opens.isBefore(day)).min(Comparator.naturalOrder()).orElseThrow();
  }

  /** Parses the diagram's windows; a mistake names the window and shows the form expected. */
  public static List<Window> windows(Map<String, String> settings, String step) {
    List<Window> windows = new ArrayList<>();
    settings.forEach((name, dates) -> {
      String[] ends = dates.split("\\s+to\\s+");
      try {
        if (ends.length != 2) {
          throw new DateTimeParseException("no 'to'", dates, 0);
        }
        windows.add(new Window(name, MonthDay.parse(ends[0].trim(), DAY_AND_MONTH),
            MonthDay.parse(ends[1].trim(), DAY_AND_MONTH)));
      } catch (DateTimeParseException e) {
        throw new IllegalStateException("The step '" + step + "' sets the window '" + name + "' to '" + dates
            + "'; write it as '1 January to 30 January'.");
      }
    });
    if (windows.isEmpty()) {
      throw new IllegalStateException("The step '" + step + "' sets no windows; add one, e.g. '1 January to 30 January'.");
    }
    return windows;
  }
}
