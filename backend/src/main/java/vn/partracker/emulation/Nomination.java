package vn.partracker.emulation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The coordinator's proposal to award a unit's head the chairman's certificate of merit. */
@Entity
@Table(name = "emulation_nomination")
class Nomination {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long movementId;

  private Long unitId;

  private String reason;

  private String proposedBy;

  private Instant proposedAt;

  protected Nomination() {}

  Nomination(Long movementId, Long unitId, String reason, String proposedBy, Instant proposedAt) {
    this.movementId = movementId;
    this.unitId = unitId;
    this.reason = reason;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
  }

  Long getId() { return id; }

  Long getMovementId() { return movementId; }

  Long getUnitId() { return unitId; }

  String getReason() { return reason; }

  String getProposedBy() { return proposedBy; }

  Instant getProposedAt() { return proposedAt; }
}
