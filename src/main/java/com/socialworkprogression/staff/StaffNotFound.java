package com.socialworkprogression.staff;

/** No such member of staff in this authority's directory. */
public class StaffNotFound extends RuntimeException {

  public StaffNotFound(String tenantId, String userId) {
    super("No member of staff '" + userId + "' in the " + tenantId + " staff directory");
  }
}
