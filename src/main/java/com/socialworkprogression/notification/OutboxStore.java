package com.socialworkprogression.notification;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox tables (db/migration/V2__mail_outbox.sql). {@link #insert} joins the caller's transaction,
 * so a mail is kept only if the step that sent it commits. Everything delivery does runs in a
 * transaction of its own: delivery runs after the step's commit, when the step's connection may still
 * be bound to the thread but will never commit again.
 */
@Component
public class OutboxStore {

  private static final String SEPARATOR = "\n";
  private static final int ERROR_LENGTH = 2000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public OutboxStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Adds a mail, due at once, in the current transaction (if any). */
  public void insert(String id, OutgoingMail mail, OffsetDateTime now) {
    jdbc.update("insert into mail_outbox (id, tenant_id, process_instance_id, recipients, subject, body, created_at,"
            + " attempts, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?)",
        id, mail.tenantId(), mail.processInstanceId(), String.join(SEPARATOR, mail.to()), mail.subject(), mail.body(),
        now, now);
    int number = 0;
    for (MailAttachment attachment : mail.attachments()) {
      jdbc.update("insert into mail_outbox_attachment (mail_id, attachment_no, file_name, media_type, content)"
          + " values (?, ?, ?, ?, ?)", id, ++number, attachment.fileName(), attachment.mediaType(), attachment.content());
    }
  }

  /**
   * Claims an unsent, due mail that no one else holds, until now + lease. The conditional update is
   * what stops two nodes sharing the database from both sending it: only one update can match.
   */
  public boolean claim(String id, String owner, OffsetDateTime now, Duration lease) {
    Integer claimed = ownTransaction.execute(status -> jdbc.update(
        "update mail_outbox set locked_until = ?, lock_owner = ? where id = ? and sent_at is null"
            + " and next_attempt_at <= ? and (locked_until is null or locked_until < ?)",
        now.plus(lease), owner, id, now, now));
    return claimed != null && claimed == 1;
  }

  public Optional<StoredMail> load(String id) {
    return ownTransaction.execute(status -> {
      List<MailAttachment> attachments = jdbc.query("select file_name, media_type, content from mail_outbox_attachment"
              + " where mail_id = ? order by attachment_no",
          (rs, row) -> new MailAttachment(rs.getString(1), rs.getString(2), rs.getBytes(3)), id);
      return jdbc.query("select tenant_id, process_instance_id, recipients, subject, body, attempts from mail_outbox"
              + " where id = ?",
          (rs, row) -> new StoredMail(id, new OutgoingMail(rs.getString(1), rs.getString(2),
              Arrays.asList(rs.getString(3).split(SEPARATOR)), rs.getString(4), rs.getString(5), attachments),
              rs.getInt(6)), id).stream().findFirst();
    });
  }

  /** Marks the mail sent; false if the claim had run out and someone else took the mail over. */
  public boolean markSent(String id, String owner, OffsetDateTime now) {
    Integer updated = ownTransaction.execute(status -> jdbc.update(
        "update mail_outbox set sent_at = ?, locked_until = null, lock_owner = null, last_error = null"
            + " where id = ? and lock_owner = ?", now, id, owner));
    return updated != null && updated == 1;
  }

  /** Keeps the mail for another attempt at nextAttempt, with what went wrong. */
  public void recordFailure(String id, String owner, int attempts, OffsetDateTime nextAttempt, String error) {
    String shortError = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
    ownTransaction.executeWithoutResult(status -> jdbc.update(
        "update mail_outbox set attempts = ?, next_attempt_at = ?, last_error = ?, locked_until = null,"
            + " lock_owner = null where id = ? and lock_owner = ?", attempts, nextAttempt, shortError, id, owner));
  }

  /** Unsent mail that is due and not held by anyone, oldest due first. */
  public List<String> due(OffsetDateTime now, int limit) {
    return ownTransaction.execute(status -> jdbc.queryForList(
        "select id from mail_outbox where sent_at is null and next_attempt_at <= ?"
            + " and (locked_until is null or locked_until < ?) order by next_attempt_at fetch first " + limit
            + " rows only", String.class, now, now));
  }

  /** Mail not sent yet, and of it the mail whose last attempt failed, with the latest error: for health and metrics. */
  public Backlog backlog() {
    return ownTransaction.execute(status -> jdbc.queryForObject(
        "select count(*), sum(case when attempts > 0 then 1 else 0 end), max(last_error) from mail_outbox where sent_at is null",
        (row, n) -> new Backlog(row.getLong(1), row.getLong(2), row.getString(3))));
  }

  public record Backlog(long waiting, long failing, String lastError) {}

  /** The applications that have mail kept in the outbox, sent or not. */
  public List<String> applicationsWithMail() {
    return jdbc.queryForList("select distinct process_instance_id from mail_outbox where process_instance_id is not null",
        String.class);
  }

  /** Retention: an application's mail goes with it (attachments, e.g. letters, with their mail). */
  public int deleteOfApplication(String applicationId) {
    return jdbc.update("delete from mail_outbox where process_instance_id = ?", applicationId);
  }

  /** Retention: mail that belongs to no application, sent before then. */
  public int deleteSentWithoutApplicationBefore(OffsetDateTime before) {
    return jdbc.update("delete from mail_outbox where process_instance_id is null and sent_at is not null and sent_at < ?",
        before);
  }
}
