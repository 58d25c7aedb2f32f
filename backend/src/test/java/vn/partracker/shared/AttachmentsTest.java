package vn.partracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.springframework.mock.web.MockMultipartFile;

/** The type of an upload is read from its bytes: the name's extension must say the same. */
class AttachmentsTest {

  @TempDir Path directory;

  private Attachments attachments() {
    AttachmentRepository repository = Mockito.mock(AttachmentRepository.class);
    Mockito.when(repository.save(Mockito.any())).thenAnswer(call -> call.getArgument(0));
    return new Attachments(repository, new LocalFileStore(directory.toString()), Clock.systemUTC());
  }

  private static MockMultipartFile file(String name, byte[] bytes) {
    return new MockMultipartFile("file", name, "application/octet-stream", bytes);
  }

  @Test
  void anExecutableRenamedPdfOrDocxIsRefusedWithTheReason() {
    byte[] exe = new byte[256];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);
    for (String name : new String[] {"bao-cao.pdf", "bao-cao.docx", "anh.jpg"}) {
      assertThatThrownBy(() -> attachments().store("TEST", 1, file(name, exe), "u"))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.errors()).singleElement().satisfies(item -> {
              assertThat(item.field()).isEqualTo("file");
              assertThat(item.message()).contains(name, "không phải tệp");
            });
          });
    }
    assertThat(directory.toFile().list()).isEmpty();
  }

  @Test
  void realFilesOfEveryKindAreStoredWithTheirType() throws Exception {
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("Báo cáo kết quả");
      document.write(docx);
    }
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Attachments store = attachments();
    assertThat(store.store("TEST", 1, file("bao-cao.pdf", "%PDF-1.7 báo cáo".getBytes(StandardCharsets.UTF_8)), "u")
        .getContentType()).isEqualTo("application/pdf");
    assertThat(store.store("TEST", 1, file("Báo cáo.docx", docx.toByteArray()), "u").getContentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(store.store("TEST", 1, file("anh-chup.png", png), "u").getContentType()).isEqualTo("image/png");
    assertThat(store.store("TEST", 1, file("so-lieu.csv", "Đơn vị;Điểm\nXã Một;27,5\n".getBytes(StandardCharsets.UTF_8)),
        "u").getContentType()).isEqualTo("text/csv");
    assertThatThrownBy(() -> store.store("TEST", 1, file("so-lieu.pdf", "chỉ là chữ".getBytes(StandardCharsets.UTF_8)), "u"))
        .isInstanceOf(ApiException.class);
  }
}
