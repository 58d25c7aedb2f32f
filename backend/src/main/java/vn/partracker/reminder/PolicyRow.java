package vn.partracker.reminder;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * A stored reminder policy as a person writes it: versioned (a write based on an older read is
 * refused) and audited by Hibernate Envers (who, when, from where). The sweeps read the same table
 * with JDBC ({@link Policies}).
 */
@Entity
@Audited
@Table(name = "rem_policy")
class PolicyRow {

  @Id
  private String policyKey;

  private String beforeDays;

  private boolean onDueDay;

  private int overdueEveryDays;

  private int escalateAfterDays;

  private boolean workingDays;

  private boolean shiftDueDate;

  private Instant updatedAt;

  @Version
  private long version;

  protected PolicyRow() {}

  /** A policy stored for the first time: version 1, as version 0 is what a read of the defaults gives. */
  PolicyRow(String policyKey) {
    this.policyKey = policyKey;
    this.version = 1;
  }

  void update(ReminderPolicy policy, Instant now) {
    this.beforeDays = policy.beforeDaysText();
    this.onDueDay = policy.onDueDay();
    this.overdueEveryDays = policy.overdueEveryDays();
    this.escalateAfterDays = policy.escalateAfterDays();
    this.workingDays = policy.workingDays();
    this.shiftDueDate = policy.shiftDueDate();
    this.updatedAt = now;
  }

  long getVersion() {
    return version;
  }
}
