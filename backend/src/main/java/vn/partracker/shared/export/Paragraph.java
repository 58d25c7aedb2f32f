package vn.partracker.shared.export;

/** A line of text under the title or a heading. */
public record Paragraph(String text, Align align, boolean bold) implements Block {

  public Paragraph {
    align = align == null ? Align.LEFT : align;
  }

  public static Paragraph of(String text) {
    return new Paragraph(text, Align.LEFT, false);
  }
}
