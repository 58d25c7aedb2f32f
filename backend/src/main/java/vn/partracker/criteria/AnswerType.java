package vn.partracker.criteria;

/**
 * How an item is answered in a self-assessment: points up to the max; yes (max) / no (0); a rate
 * (numerator of denominator) whose bands give the points; or a count of events, each deducting
 * points from the max down to 0. Not applicable is a separate flag of the node.
 */
public enum AnswerType {
  POINTS,
  YES_NO,
  RATE,
  DEDUCTION
}
