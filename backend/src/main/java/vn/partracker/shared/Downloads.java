package vn.partracker.shared;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The one way a file is sent to the browser: as an attachment with its (Vietnamese) name, never sniffed. */
public final class Downloads {

  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  public static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  public static final MediaType PDF = MediaType.APPLICATION_PDF;
  public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private Downloads() {}

  public static ResponseEntity<byte[]> file(byte[] body, String filename, MediaType type) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(type)
        .body(body);
  }

  public static ResponseEntity<byte[]> file(Attachments.Content content) {
    return file(content.bytes(), content.attachment().getFilename(),
        MediaType.parseMediaType(content.attachment().getContentType()));
  }
}
