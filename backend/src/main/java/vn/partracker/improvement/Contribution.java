package vn.partracker.improvement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a supporting unit reported for a task. */
@Entity
@Table(name = "improvement_contribution")
class Contribution {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long taskId;

  private Long unitId;

  private String note;

  private Instant doneAt;

  private String doneBy;

  protected Contribution() {}

  Contribution(Long taskId, Long unitId, String note, String doneBy, Instant doneAt) {
    this.taskId = taskId;
    this.unitId = unitId;
    this.note = note;
    this.doneBy = doneBy;
    this.doneAt = doneAt;
  }

  Long getUnitId() {
    return unitId;
  }

  String getNote() {
    return note;
  }

  Instant getDoneAt() {
    return doneAt;
  }

  String getDoneBy() {
    return doneBy;
  }
}
