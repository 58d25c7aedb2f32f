package vn.partracker.shared.export;

/** One part of a {@link Report}, in document order. */
public sealed interface Block permits Heading, Paragraph, TableBlock {}
