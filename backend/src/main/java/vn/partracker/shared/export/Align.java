package vn.partracker.shared.export;

/** Horizontal alignment of a {@link Paragraph}. */
public enum Align { LEFT, CENTER, RIGHT }
