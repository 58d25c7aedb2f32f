package vn.partracker.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a plan item says. */
record ItemContent(
    String code,
    String title,
    BigDecimal maxPoints,
    BigDecimal achievedPoints,
    BigDecimal targetPoints,
    String tasks,
    Long leadUnitId,
    List<Long> supportingUnitIds,
    String unitNote,
    String expectedOutput,
    String requirement,
    String deadlineText,
    LocalDate deadlineDue) {}
