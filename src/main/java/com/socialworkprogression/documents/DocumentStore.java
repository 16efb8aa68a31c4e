package com.socialworkprogression.documents;

import com.socialworkprogression.documents.StoredDocument.Kind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The documents table (V3__evidence_documents.sql). Its writes join the caller's transaction, so a
 * letter written by a step that is rolled back is not kept either.
 */
@Repository
public class DocumentStore {

  private static final String COLUMNS = "id, tenant_id, application_id, kind, step_id, step_name, task_id, file_name, "
      + "media_type, size_bytes, sha256, added_by, added_at";

  private final JdbcTemplate jdbc;

  public DocumentStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(StoredDocument document, byte[] content) {
    jdbc.update("insert into swp_document (" + COLUMNS + ", content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        document.id(), document.tenantId(), document.applicationId(), document.kind().name(), document.stepId(),
        document.stepName(), document.taskId(), document.fileName(), document.mediaType(), document.size(),
        document.sha256(), document.addedBy(), new Timestamp(document.addedAt().getTime()), content);
  }

  public Optional<StoredDocument> find(String id) {
    return jdbc.query("select " + COLUMNS + " from swp_document where id = ?", DocumentStore::document, id).stream().findFirst();
  }

  public byte[] content(String id) {
    return jdbc.queryForObject("select content from swp_document where id = ?", byte[].class, id);
  }

  /** In the order they were added. */
  public List<StoredDocument> ofApplication(String applicationId) {
    return jdbc.query("select " + COLUMNS + " from swp_document where application_id = ? order by added_at, file_name",
        DocumentStore::document, applicationId);
  }

  public int countAtStep(String applicationId, String stepId) {
    Integer count = jdbc.queryForObject("select count(*) from swp_document where application_id = ? and step_id = ? and kind = ?",
        Integer.class, applicationId, stepId, Kind.EVIDENCE.name());
    return count == null ? 0 : count;
  }

  public void delete(String id) {
    jdbc.update("delete from swp_document where id = ?", id);
  }

  public Optional<EvidenceFreeze> freezeOf(String applicationId) {
    return jdbc.query("select application_id, frozen_at, step_name, rule from swp_evidence_freeze where application_id = ?",
        (row, n) -> new EvidenceFreeze(row.getString(1), row.getTimestamp(2), row.getString(3), row.getString(4)),
        applicationId).stream().findFirst();
  }

  /** Frozen once: a later freeze (a panel sitting again after an appeal) keeps the first. */
  public void freeze(String tenantId, EvidenceFreeze freeze) {
    if (freezeOf(freeze.applicationId()).isEmpty()) {
      jdbc.update("insert into swp_evidence_freeze (application_id, tenant_id, frozen_at, step_name, rule) values (?, ?, ?, ?, ?)",
          freeze.applicationId(), tenantId, new Timestamp(freeze.frozenAt().getTime()), freeze.stepName(), freeze.rule());
    }
  }

  /** Every application that has documents or a freeze, for the retention sweep. */
  public List<String> applications() {
    return jdbc.queryForList("select application_id from swp_document union select application_id from swp_evidence_freeze", String.class);
  }

  public int deleteApplication(String applicationId) {
    jdbc.update("delete from swp_evidence_freeze where application_id = ?", applicationId);
    return jdbc.update("delete from swp_document where application_id = ?", applicationId);
  }

  private static StoredDocument document(ResultSet row, int n) throws SQLException {
    return new StoredDocument(row.getString("id"), row.getString("tenant_id"), row.getString("application_id"),
        Kind.valueOf(row.getString("kind")), row.getString("step_id"), row.getString("step_name"), row.getString("task_id"),
        row.getString("file_name"), row.getString("media_type"), row.getLong("size_bytes"), row.getString("sha256"),
        row.getString("added_by"), row.getTimestamp("added_at"));
  }
}
