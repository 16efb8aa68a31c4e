package com.socialworkprogression.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.socialworkprogression.support.RouteTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail is sent once per event and never lost: it is kept with the step that sends it and goes out only
 * if that step commits; a mail the server cannot take is kept and tried again; two deliverers never
 * send one mail twice. (GreenMail is the mail server; each mail here has a subject of its own, as the
 * shared database also holds other tests' mail.)
 */
@ExtendWith(OutputCaptureExtension.class)
class MailOutboxTest extends RouteTest {

  static final String TO = "outbox.reader@example.org";

  @Autowired Outbox outbox;
  @Autowired OutboxStore store;
  @Autowired OutboxPoller poller;
  @Autowired MailTransport transport;
  @Autowired Mailer mailer;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aStepThatRollsBackSendsNothingAndKeepsNothing() {
    String rolledBack = subject();
    TransactionTemplate step = new TransactionTemplate(transactions);
    assertThatThrownBy(() -> step.executeWithoutResult(status -> {
      outbox.enqueue(mail(rolledBack));
      throw new IllegalStateException("the step fails after its mail");
    })).hasMessage("the step fails after its mail");
    assertThat(received(rolledBack)).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from mail_outbox where subject = ?", Integer.class, rolledBack))
        .isZero();

    String committed = subject();
    step.executeWithoutResult(status -> {
      outbox.enqueue(mail(committed));
      assertThat(received(committed)).as("nothing goes before the commit").isEmpty();
    });
    assertThat(received(committed)).hasSize(1);
  }

  @Test
  void aProcessStepThatFailsAfterItsSendTaskSendsNothing() {
    Deployment deployment = engine.getRepositoryService().createDeployment().tenantId("nelc")
        .addModelInstance("mail-outbox-test.bpmn", notifyThenMaybeFail()).deploy();
    try {
      String failed = staff.socialWorker("nelc", "2", 1);
      assertThatThrownBy(() -> start(failed, true)).hasMessageContaining("the step after the mail fails");
      assertThat(receivedBy(failed + "@nelc.example")).isEmpty();
      assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipients = ?", Integer.class,
          failed + "@nelc.example")).isZero();

      String completed = staff.socialWorker("nelc", "2", 1);
      start(completed, false);
      assertThat(receivedBy(completed + "@nelc.example")).extracting(MimeMessage::getSubject)
          .containsExactly("Your Expression of Intent was not supported");
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void aMailTheServerCannotTakeIsKeptAndSentOnceWhenTheServerIsBack(CapturedOutput output) throws Exception {
    mail.stop();
    String subject = subject();
    OffsetDateTime enqueued = Outbox.now();
    String id = outbox.enqueue(mail(subject));

    Row row = row(id);
    assertThat(row.attempts()).isEqualTo(1);
    assertThat(row.sentAt()).isNull();
    assertThat(row.lastError()).isNotBlank();
    assertThat(row.nextAttemptAt()).isAfter(enqueued.plusSeconds(50)).isBefore(Outbox.now().plusSeconds(70));
    assertThat(output).contains("Could not send mail '" + subject + "'").contains("will be retried");

    mail.start();
    poller.deliverDue(Outbox.now());
    assertThat(received(subject)).as("not due yet: the next attempt is a minute on").isEmpty();

    poller.deliverDue(Outbox.now().plusMinutes(2));
    assertThat(received(subject)).hasSize(1);
    poller.deliverDue(Outbox.now().plusHours(3));
    assertThat(received(subject)).as("sent once").hasSize(1);
    assertThat(row(id).sentAt()).isNotNull();
    assertThat(row(id).attempts()).isEqualTo(1);
  }

  @Test
  void eachFailureWaitsLongerUpToAnHour() {
    assertThat(List.of(1, 2, 3, 4, 5, 12).stream().map(OutboxDelivery::backoff).map(Duration::toMinutes))
        .containsExactly(1L, 5L, 15L, 60L, 60L, 60L);
  }

  @Test
  void aDelivererFindsTheMailClaimedByAnotherStillSendingItAndLeavesIt() throws Exception {
    String subject = subject();
    String id = UUID.randomUUID().toString();
    store.insert(id, mail(subject), Outbox.now());
    CountDownLatch sending = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    OutboxDelivery slowNode = new OutboxDelivery(store, new MailTransport(null, null) {
      @Override
      public void send(StoredMail stored) {
        sending.countDown();
        await(release);
        transport.send(stored);
      }
    }, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    OutboxDelivery otherNode = new OutboxDelivery(store, transport, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<Boolean> slow = thread.submit(() -> slowNode.deliver(id, Outbox.now()));
      await(sending);
      assertThat(otherNode.deliver(id, Outbox.now())).isFalse();
      release.countDown();
      assertThat(slow.get(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      release.countDown();
      thread.shutdownNow();
    }
    assertThat(otherNode.deliver(id, Outbox.now().plusHours(1))).as("sent is sent").isFalse();
    assertThat(received(subject)).hasSize(1);
  }

  @Test
  void twoDeliverersRacingOverTheSameMailSendEachOnce() throws Exception {
    List<String> ids = new ArrayList<>();
    List<String> subjects = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String subject = subject();
      String id = UUID.randomUUID().toString();
      store.insert(id, mail(subject), Outbox.now());
      ids.add(id);
      subjects.add(subject);
    }
    CyclicBarrier together = new CyclicBarrier(2);
    AtomicInteger sent = new AtomicInteger();
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        OutboxDelivery delivery = new OutboxDelivery(store, transport, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        runs.add(nodes.submit(() -> {
          for (String id : ids) {
            together.await(10, TimeUnit.SECONDS);
            if (delivery.deliver(id, Outbox.now())) {
              sent.incrementAndGet();
            }
          }
          return null;
        }));
      }
      for (Future<?> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      nodes.shutdownNow();
    }
    assertThat(sent).hasValue(10);
    for (String subject : subjects) {
      assertThat(received(subject)).as(subject).hasSize(1);
    }
  }

  @Test
  void attachmentsArriveWithTheirNamesTypesAndBytes() throws Exception {
    byte[] letter = new byte[3000];
    for (int i = 0; i < letter.length; i++) {
      letter[i] = (byte) i;
    }
    // Text travels with CRLF line ends (MIME's canonical form), so that is what a text file is made of.
    byte[] table = "element,score\r\nreflection,3\r\n".getBytes(StandardCharsets.UTF_8);
    String subject = subject();
    mailer.send(new OutgoingMail("nelc", null, List.of(TO), subject, "Your letter is attached.",
        List.of(new MailAttachment("Outcome letter.pdf", "application/pdf", letter),
            new MailAttachment("scores.csv", "text/csv", table))));

    MimeMessage message = received(subject).get(0);
    MimeMultipart parts = (MimeMultipart) message.getContent();
    List<BodyPart> files = new ArrayList<>();
    String text = null;
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getFileName() != null) {
        files.add(part);
      } else {
        text = bodyText(part);
      }
    }
    assertThat(text).contains("Your letter is attached.").contains("Open Tasklist: http");
    assertThat(files).extracting(BodyPart::getFileName).containsExactly("Outcome letter.pdf", "scores.csv");
    assertThat(files.get(0).getContentType()).startsWith("application/pdf");
    assertThat(files.get(1).getContentType()).startsWith("text/csv");
    assertThat(files.get(0).getInputStream().readAllBytes()).isEqualTo(letter);
    assertThat(files.get(1).getInputStream().readAllBytes()).isEqualTo(table);
  }

  @Test
  void withoutAMailServerTheMailIsWrittenToTheLogAndCountsAsSent(CapturedOutput output) {
    String subject = subject();
    String id = UUID.randomUUID().toString();
    store.insert(id, mail(subject), Outbox.now());
    MailTransport logOnly = new MailTransport(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
        "progression@localhost");

    assertThat(new OutboxDelivery(store, logOnly, new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).deliver(id, Outbox.now())).isTrue();
    assertThat(output).contains("Notification to [" + TO + "]: " + subject);
    assertThat(row(id).sentAt()).isNotNull();
    assertThat(received(subject)).isEmpty();
  }

  // --- helpers

  void start(String applicant, boolean failAfterTheMail) {
    engine.getRuntimeService().createProcessInstanceByKey("mailOutboxTest").processDefinitionTenantId("nelc")
        .setVariables(Map.of("applicant", applicant, "fail", failAfterTheMail)).execute();
  }

  /** A send task as the routes have one, then a step that fails when asked, in the same transaction. */
  static BpmnModelInstance notifyThenMaybeFail() {
    return Bpmn.createExecutableProcess("mailOutboxTest").camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("notify").camundaDelegateExpression("${sendNotification}")
        .camundaInputParameter("template", "nelc/not-supported").camundaInputParameter("recipients", "applicant")
        .serviceTask("afterTheMail").camundaClass(FailIfAsked.class.getName())
        .endEvent()
        .done();
  }

  public static class FailIfAsked implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      if (Boolean.TRUE.equals(execution.getVariable("fail"))) {
        throw new IllegalStateException("the step after the mail fails");
      }
    }
  }

  static String subject() {
    return "Outbox test " + UUID.randomUUID();
  }

  static OutgoingMail mail(String subject) {
    return new OutgoingMail(null, null, List.of(TO), subject, "A test of the outbox.");
  }

  List<MimeMessage> received(String subject) {
    return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
      try {
        return subject.equals(message.getSubject());
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  List<MimeMessage> receivedBy(String address) {
    return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
      try {
        return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  record Row(int attempts, OffsetDateTime nextAttemptAt, OffsetDateTime sentAt, String lastError) {}

  Row row(String id) {
    return jdbc.queryForObject("select attempts, next_attempt_at, sent_at, last_error from mail_outbox where id = ?",
        (rs, n) -> new Row(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class),
            rs.getString(4)), id);
  }

  static String bodyText(BodyPart part) {
    try {
      Object content = part.getContent();
      if (content instanceof MimeMultipart nested) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < nested.getCount(); i++) {
          text.append(bodyText(nested.getBodyPart(i)));
        }
        return text.toString();
      }
      return content.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).as("waited too long").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
