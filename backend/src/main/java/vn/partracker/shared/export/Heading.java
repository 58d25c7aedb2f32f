package vn.partracker.shared.export;

/** A section heading; in xlsx it also names the sheet of the table that follows. */
public record Heading(String text) implements Block {}
