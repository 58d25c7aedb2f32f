package vn.partracker.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files: checked for size and type (the extension on the allow-list, and the content, detected
 * from the bytes by Apache Tika, of that type: an EXE renamed .pdf is refused), stored under a random key in the
 * {@link FileStore} (never a user-chosen path), with a SHA-256. Features check who may see
 * an owner's files before calling {@link #list} or {@link #read}.
 */
@Service
@Transactional
public class Attachments {

  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("pdf", "application/pdf"),
      Map.entry("doc", "application/msword"),
      Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
      Map.entry("xls", "application/vnd.ms-excel"),
      Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      Map.entry("odt", "application/vnd.oasis.opendocument.text"),
      Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("txt", "text/plain"),
      Map.entry("csv", "text/csv"),
      Map.entry("zip", "application/zip"));

  private static final Tika TIKA = new Tika();
  private static final MediaTypeRegistry REGISTRY = MediaTypeRegistry.getDefaultRegistry();

  /** A stored file's bytes with its metadata. */
  public record Content(Attachment attachment, byte[] bytes) {}

  private final AttachmentRepository attachments;
  private final FileStore store;
  private final Clock clock;

  Attachments(AttachmentRepository attachments, FileStore store, Clock clock) {
    this.attachments = attachments;
    this.store = store;
    this.clock = clock;
  }

  public Attachment store(String ownerType, long ownerId, MultipartFile file, String uploadedBy) {
    if (file == null || file.isEmpty()) {
      throw ApiException.invalidField("file", "shared.fileEmpty");
    }
    if (file.getSize() > MAX_BYTES) {
      throw ApiException.invalidField("file", "shared.fileOver20Mb");
    }
    String filename = safeName(file.getOriginalFilename());
    String extension = filename.contains(".") ? filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    String type = TYPES.get(extension);
    if (type == null) {
      throw ApiException.invalidField("file", "shared.fileTypesAccepted", String.join(", ", TYPES.keySet().stream().sorted().toList()));
    }
    String key = UUID.randomUUID().toString();
    try {
      byte[] bytes = file.getBytes();
      String detected = TIKA.detect(bytes, filename);
      if (!sameKind(detected, type)) {
        throw ApiException.invalidField("file", "shared.fileContentMismatch", filename, extension, detected);
      }
      store.put(key, bytes);
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      return attachments.save(new Attachment(ownerType, ownerId, filename, type, bytes.length, key, sha, uploadedBy,
          clock.instant()));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store an attachment", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Transactional(readOnly = true)
  public List<Attachment> list(String ownerType, long ownerId) {
    return attachments.findByOwnerTypeAndOwnerIdOrderByUploadedAtAsc(ownerType, ownerId);
  }

  @Transactional(readOnly = true)
  public Attachment find(long id) {
    return attachments.findById(id).orElseThrow(() -> ApiException.notFound("shared.fileNotFound", id));
  }

  @Transactional(readOnly = true)
  public Content read(Attachment attachment) {
    try {
      return new Content(attachment, store.get(attachment.getStorageKey()));
    } catch (IOException e) {
      throw ApiException.notFound("shared.fileGoneFromStore", attachment.getFilename());
    }
  }

  /**
   * The detected type is the extension's, or a kind of it (Tika knows that a .docx is a zip, and a
   * .csv plain text: text files have no signature, so .txt and .csv take any text).
   */
  static boolean sameKind(String detected, String expected) {
    MediaType found = MediaType.parse(detected);
    MediaType wanted = MediaType.parse(expected);
    if (wanted.getType().equals("text")) {
      wanted = MediaType.TEXT_PLAIN;
    }
    // a generic finding (OLE2 for .doc/.xls, zip for the OpenDocument formats) admits its kinds; unknown bytes admit none
    return found != null && (REGISTRY.isInstanceOf(found, wanted)
        || !found.equals(MediaType.OCTET_STREAM) && REGISTRY.isInstanceOf(wanted, found));
  }

  /** The name without any path, control characters or quotes. */
  static String safeName(String original) {
    String name = original == null ? "tep" : original.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "tep";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
