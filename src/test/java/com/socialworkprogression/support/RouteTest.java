package com.socialworkprogression.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.socialworkprogression.staff.StaffDirectory;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every route test (*RouteTest) starts from: the engine's clock on a Monday, fresh applicants,
 * camunda-bpm-assert on the application's engine, and the emails the route sends caught by GreenMail.
 */
@SwpSpringTest
public abstract class RouteTest {

  protected static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  @RegisterExtension
  protected static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired protected ProcessEngine engine;
  @Autowired protected StaffDirectory directory;

  protected Workflow workflow;
  protected TestStaff staff;

  @BeforeEach
  void setUpRoute() {
    BpmnAwareTests.init(engine);
    workflow = new Workflow(engine);
    staff = new TestStaff(engine.getIdentityService(), directory);
    workflow.clock(MONDAY);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** The first email sent with exactly that subject. */
  protected MimeMessage email(String subject) {
    return Emails.withSubject(mail.getReceivedMessages(), subject);
  }

  /** The last email to that address whose subject starts so; fails naming what it looked for. */
  protected MimeMessage lastEmail(String address, String subjectStart) {
    return java.util.Arrays.stream(mail.getReceivedMessages())
        .filter(message -> recipients(message).contains(address) && subject(message).startsWith(subjectStart))
        .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no email to " + address + " starting '"
            + subjectStart + "'"));
  }

  protected static String subject(MimeMessage message) {
    return Emails.subject(message);
  }

  protected static String body(MimeMessage message) {
    return Emails.text(message);
  }

  protected static List<String> recipients(MimeMessage message) {
    return Emails.recipients(message);
  }
}
