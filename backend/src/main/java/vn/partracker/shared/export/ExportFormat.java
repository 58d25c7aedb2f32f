package vn.partracker.shared.export;

import java.util.Locale;
import org.springframework.http.MediaType;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.Downloads;

/** The formats a report downloads in, as the {@code format} request parameter names them. */
public enum ExportFormat {
  XLSX("xlsx", Downloads.XLSX),
  DOCX("docx", Downloads.DOCX),
  PDF("pdf", Downloads.PDF);

  private final String extension;
  private final MediaType mediaType;

  ExportFormat(String extension, MediaType mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** "xlsx", "DOCX", "Pdf"...; anything else is an invalid {@code format}. */
  public static ExportFormat parse(String value) {
    if (value != null) {
      for (ExportFormat format : values()) {
        if (format.extension.equals(value.strip().toLowerCase(Locale.ROOT))) {
          return format;
        }
      }
    }
    throw ApiException.invalidField("format", "shared.exportFormatXlsxDocxPdf");
  }

  public String extension() {
    return extension;
  }

  public MediaType mediaType() {
    return mediaType;
  }
}
