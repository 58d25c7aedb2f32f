package vn.partracker.shared;

/** The roles of PAR Tracker. A user may hold several; the first in this order is their primary role. */
public enum Role {
  ADMIN,
  COORDINATOR,
  LEADER,
  COUNCIL,
  UNIT_HEAD,
  UNIT_STAFF;

  public String authority() {
    return "ROLE_" + name();
  }
}
