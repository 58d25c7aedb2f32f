package vn.partracker.criteria;

/** How an item is answered in a self-assessment: points up to the max, or yes (max) / no (0). */
public enum AnswerType {
  POINTS,
  YES_NO
}
