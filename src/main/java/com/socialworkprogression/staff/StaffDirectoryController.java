package com.socialworkprogression.staff;

import com.socialworkprogression.calendar.Today;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import com.socialworkprogression.tenancy.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The staff directory's admin API: /api/authorities/{tenant}/staff. Authenticated with HTTP Basic. */
@RestController
@RequestMapping("/api/authorities/{tenantId}/staff")
public class StaffDirectoryController {

  private final StaffDirectory directory;
  private final DirectoryAccess access;
  private final People people;
  private final Today today;
  private final StaffRecords records;

  public StaffDirectoryController(StaffDirectory directory, DirectoryAccess access, People people, Today today,
      StaffRecords records) {
    this.records = records;
    this.directory = directory;
    this.access = access;
    this.people = people;
    this.today = today;
  }

  @GetMapping
  public List<StaffRecord> list(@PathVariable String tenantId) {
    access.require(tenantId);
    return directory.list(tenantId).stream().map(this::record).toList();
  }

  @GetMapping("/{userId}")
  public StaffRecord get(@PathVariable String tenantId, @PathVariable String userId) {
    access.require(tenantId);
    return record(existing(tenantId, userId));
  }

  /** Creates or replaces a record. A change of level is recorded with its effective date. One transaction. */
  @PutMapping("/{userId}")
  @Transactional
  public StaffRecord put(@PathVariable String tenantId, @PathVariable String userId, @Valid @RequestBody StaffRecord body) {
    return records.replace(tenantId, userId, body, access.require(tenantId));
  }

  @GetMapping("/{userId}/level-changes")
  public List<LevelChange> levelChanges(@PathVariable String tenantId, @PathVariable String userId) {
    access.require(tenantId);
    existing(tenantId, userId);
    return directory.levelChanges(tenantId, userId);
  }

  /** Opens a performance, disciplinary or sickness-absence procedure: {"kind": "DISCIPLINARY", "openedOn": "2026-11-01"}. */
  @PostMapping("/{userId}/procedures")
  @Transactional
  public Map<String, Object> openProcedure(@PathVariable String tenantId, @PathVariable String userId,
      @RequestBody Procedure procedure) {
    access.require(tenantId);
    existing(tenantId, userId);
    if (procedure.kind() == null || !List.of("PERFORMANCE", "DISCIPLINARY", "SICKNESS").contains(procedure.kind())) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "kind must be PERFORMANCE, DISCIPLINARY or SICKNESS.");
    }
    LocalDate opened = procedure.openedOn() == null ? today.date() : procedure.openedOn();
    return Map.of("id", directory.openProcedure(userId, procedure.kind(), opened));
  }

  @PostMapping("/{userId}/procedures/{id}/close")
  public void closeProcedure(@PathVariable String tenantId, @PathVariable String userId, @PathVariable long id) {
    access.require(tenantId);
    existing(tenantId, userId);
    if (!directory.closeProcedure(userId, id, today.date())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No procedure " + id + " for " + userId + ".");
    }
  }

  private StaffMember existing(String tenantId, String userId) {
    return directory.find(tenantId, userId).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "No member of staff '" + userId + "' in the " + tenantId + " directory."));
  }

  private StaffRecord record(StaffMember member) {
    return StaffRecord.of(member, directory.caseload(member.userId()), directory.procedures(member.userId()));
  }
}
