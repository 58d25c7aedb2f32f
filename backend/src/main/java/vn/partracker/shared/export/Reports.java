package vn.partracker.shared.export;

import org.springframework.http.ResponseEntity;
import vn.partracker.shared.Downloads;

/** The one way an official table is rendered and sent: xlsx, docx or PDF from the same {@link Report}. */
public final class Reports {

  private Reports() {}

  public static ResponseEntity<byte[]> download(Report report, ExportFormat format) {
    return Downloads.file(render(report, format), report.fileName() + "." + format.extension(), format.mediaType());
  }

  public static byte[] render(Report report, ExportFormat format) {
    return switch (format) {
      case XLSX -> XlsxRenderer.render(report);
      case DOCX -> DocxRenderer.render(report);
      case PDF -> PdfRenderer.render(report);
    };
  }
}
