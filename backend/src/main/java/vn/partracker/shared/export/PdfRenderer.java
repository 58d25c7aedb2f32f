package vn.partracker.shared.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A4 (landscape when asked) with Liberation Serif (metric-compatible with Times New Roman, full
 * Vietnamese diacritics) embedded as Identity-H, so the text reads and copies back intact.
 */
final class PdfRenderer {

  private static final BaseFont REGULAR = font("LiberationSerif-Regular.ttf");
  private static final BaseFont BOLD = font("LiberationSerif-Bold.ttf");

  private PdfRenderer() {}

  static byte[] render(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(report.landscape() ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(report.title());
      document.open();
      document.add(paragraph(report.title(), Element.ALIGN_CENTER, new Font(BOLD, 13), 10));
      for (Block block : report.blocks()) {
        if (block instanceof Heading h) {
          document.add(paragraph(h.text(), Element.ALIGN_LEFT, new Font(BOLD, 12), 6));
        } else if (block instanceof Paragraph p) {
          document.add(paragraph(p.text(), align(p.align()), new Font(p.bold() ? BOLD : REGULAR, 11), 6));
        } else if (block instanceof TableBlock t) {
          document.add(table(t));
        }
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Không tạo được tệp PDF", e);
    }
    return out.toByteArray();
  }

  private static com.lowagie.text.Paragraph paragraph(String text, int align, Font font, float after) {
    com.lowagie.text.Paragraph paragraph = new com.lowagie.text.Paragraph(text == null ? "" : text, font);
    paragraph.setAlignment(align);
    paragraph.setSpacingAfter(after);
    return paragraph;
  }

  private static PdfPTable table(TableBlock block) {
    PdfPTable table = new PdfPTable(block.headers().size());
    table.setWidthPercentage(100);
    float[] widths = new float[block.headers().size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Math.max(1, block.relativeWidths().get(c));
    }
    table.setWidths(widths);
    table.setHeaderRows(1);
    table.setSpacingAfter(10);
    Font bold = new Font(BOLD, 8);
    Font regular = new Font(REGULAR, 8);
    for (String header : block.headers()) {
      PdfPCell cell = new PdfPCell(new Phrase(header, bold));
      cell.setHorizontalAlignment(Element.ALIGN_CENTER);
      cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
      cell.setPadding(2);
      table.addCell(cell);
    }
    for (List<Object> row : block.rows()) {
      for (Object value : row) {
        PdfPCell cell = new PdfPCell(new Phrase(Cells.text(value), regular));
        cell.setHorizontalAlignment(value instanceof Number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setPadding(2);
        table.addCell(cell);
      }
    }
    return table;
  }

  private static int align(Align align) {
    return switch (align) {
      case LEFT -> Element.ALIGN_LEFT;
      case CENTER -> Element.ALIGN_CENTER;
      case RIGHT -> Element.ALIGN_RIGHT;
    };
  }

  private static BaseFont font(String file) {
    try (InputStream in = PdfRenderer.class.getResourceAsStream("/liberation/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Thiếu phông chữ " + file + " (openpdf-fonts-extra)");
      }
      return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
