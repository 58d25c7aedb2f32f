package vn.partracker.improvement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on a task. */
@Entity
@Table(name = "improvement_comment")
class Comment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long taskId;

  private String author;

  private String body;

  private Instant createdAt;

  protected Comment() {}

  Comment(Long taskId, String author, String body, Instant createdAt) {
    this.taskId = taskId;
    this.author = author;
    this.body = body;
    this.createdAt = createdAt;
  }

  String getAuthor() {
    return author;
  }

  String getBody() {
    return body;
  }

  Instant getCreatedAt() {
    return createdAt;
  }
}
