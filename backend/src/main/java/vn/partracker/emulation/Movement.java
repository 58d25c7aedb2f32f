package vn.partracker.emulation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A year's emulation movement: which unit levels take part and how many heads may be awarded. */
@Entity
@Table(name = "emulation_movement")
class Movement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "movement_year")
  private int year;

  private String name;

  /** Unit level codes, comma separated. */
  private String levels;

  private int awardLimit;

  private String createdBy;

  private Instant createdAt;

  protected Movement() {}

  Movement(int year, String name, List<String> levels, int awardLimit, String createdBy, Instant createdAt) {
    this.year = year;
    this.name = name;
    this.levels = String.join(",", levels);
    this.awardLimit = awardLimit;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  Long getId() { return id; }

  int getYear() { return year; }

  String getName() { return name; }

  List<String> getLevels() { return Arrays.asList(levels.split(",")); }

  int getAwardLimit() { return awardLimit; }
}
