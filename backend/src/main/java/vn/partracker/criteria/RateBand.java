package vn.partracker.criteria;

import java.math.BigDecimal;

/**
 * One band of a rate item: a rate at or above ({@code inclusive}) or above {@code lowerPercent}
 * (and below the next band's bound) gives {@code points}. The lowest band starts at 0 %, inclusive.
 */
public record RateBand(BigDecimal lowerPercent, boolean inclusive, BigDecimal points) {}
