package vn.partracker.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One audited transaction (Hibernate Envers): when, by whom and from which client address. Every
 * entity marked {@code @Audited} writes its state after the change under this revision.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @RevisionNumber
  private long id;

  @RevisionTimestamp
  @Column(name = "revised_at")
  private long revisedAt;

  private String username;

  private String clientAddress;

  public long getId() {
    return id;
  }

  public Instant at() {
    return Instant.ofEpochMilli(revisedAt);
  }

  public String getUsername() {
    return username;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  void describe(String username, String clientAddress) {
    this.username = username;
    this.clientAddress = clientAddress;
  }
}
