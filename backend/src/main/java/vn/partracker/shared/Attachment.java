package vn.partracker.shared;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded evidence file's metadata; the bytes live in the file store under {@code storageKey}. */
@Entity
@Table(name = "attachment")
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String ownerType;

  private Long ownerId;

  private String filename;

  private String contentType;

  private long sizeBytes;

  private String storageKey;

  private String sha256;

  private String uploadedBy;

  private Instant uploadedAt;

  protected Attachment() {}

  Attachment(String ownerType, Long ownerId, String filename, String contentType, long sizeBytes, String storageKey,
      String sha256, String uploadedBy, Instant uploadedAt) {
    this.ownerType = ownerType;
    this.ownerId = ownerId;
    this.filename = filename;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.storageKey = storageKey;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public String getOwnerType() {
    return ownerType;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public String getFilename() {
    return filename;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  String getStorageKey() {
    return storageKey;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
