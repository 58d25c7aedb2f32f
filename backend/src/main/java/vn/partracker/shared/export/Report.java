package vn.partracker.shared.export;

import java.util.List;

/**
 * A document in an official table format: a title, then headings, paragraphs and tables in order.
 * Rendered by {@link Reports} as xlsx, docx or PDF with the same content.
 *
 * @param fileName the download's name without extension
 */
public record Report(String fileName, String title, boolean landscape, List<Block> blocks) {

  public Report {
    blocks = List.copyOf(blocks);
  }
}
