package vn.partracker.emulation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A figure a unit entered for a target and quarter. A later entry for the same unit, target and
 * quarter replaces it in the scoreboard; the old one stays as history.
 */
@Entity
@Table(name = "emulation_entry")
class Entry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long movementId;

  private Long unitId;

  private String targetCode;

  private String period;

  private BigDecimal numerator;

  private BigDecimal denominator;

  private String note;

  private String enteredBy;

  private Instant enteredAt;

  @Column(name = "current_version")
  private boolean current;

  protected Entry() {}

  Entry(Long movementId, Long unitId, String targetCode, String period, BigDecimal numerator, BigDecimal denominator,
      String note, String enteredBy, Instant enteredAt) {
    this.movementId = movementId;
    this.unitId = unitId;
    this.targetCode = targetCode;
    this.period = period;
    this.numerator = numerator;
    this.denominator = denominator;
    this.note = note;
    this.enteredBy = enteredBy;
    this.enteredAt = enteredAt;
    this.current = true;
  }

  void replaced() {
    this.current = false;
  }

  Long getId() { return id; }

  Long getMovementId() { return movementId; }

  Long getUnitId() { return unitId; }

  String getTargetCode() { return targetCode; }

  String getPeriod() { return period; }

  BigDecimal getNumerator() { return numerator; }

  BigDecimal getDenominator() { return denominator; }

  String getNote() { return note; }

  String getEnteredBy() { return enteredBy; }

  Instant getEnteredAt() { return enteredAt; }

  boolean isCurrent() { return current; }
}
