package com.socialworkprogression.staff;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad input to the directory API gets a 400 that says, in the caller's terms, what is wrong and how to
 * put it right: never a parser's or the database's own words, which show internals (an SQL statement,
 * a Java type) and help an attacker more than the caller.
 */
@RestControllerAdvice(assignableTypes = StaffDirectoryController.class)
class ApiBadInput {

  private static final Logger LOG = LoggerFactory.getLogger(ApiBadInput.class);

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
      String field = field(invalid);
      String expected = LocalDate.class.equals(invalid.getTargetType()) ? "a date like 2026-12-01"
          : "a " + invalid.getTargetType().getSimpleName().toLowerCase();
      return badRequest(field + " must be " + expected + "; '" + invalid.getValue() + "' is not one.");
    }
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return badRequest(field(mapping) + " has a value of the wrong kind: see the record fields in the README.");
    }
    return badRequest("The request body is not valid JSON: send one staff record as a JSON object.");
  }

  /** A value the checks let through but the database refuses (a column limit): nothing was saved. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<Map<String, Object>> refusedByTheDatabase(DataIntegrityViolationException e) {
    LOG.warn("Directory change refused by the database", e);
    return badRequest("A value is too long or not allowed for its field; nothing was saved. Check the record's "
        + "field limits in the README.");
  }

  private static String field(JsonMappingException e) {
    return e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static ResponseEntity<Map<String, Object>> badRequest(String message) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(Map.of("status", 400, "error", "Bad Request", "message", message));
  }
}
