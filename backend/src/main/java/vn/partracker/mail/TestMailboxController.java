package vn.partracker.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.org.UnitScope;
import vn.partracker.org.UserService;
import vn.partracker.shared.ApiException;

/** "Hộp thư thử nghiệm": the mails the embedded catcher received, for administrators. */
@RestController
@RequestMapping("/api/admin/test-mailbox")
@PreAuthorize("hasRole('ADMIN')")
class TestMailboxController {

  record MailView(String id, String from, List<String> to, String subject, Instant receivedAt, @Nullable String text, @Nullable String html) {}

  record Mailbox(boolean enabled, List<MailView> messages) {}

  private final MailCatcher catcher;
  private final JavaMailSender sender;
  private final UserService users;
  private final String from;

  TestMailboxController(
      MailCatcher catcher, JavaMailSender sender, UserService users, @Value("${par.mail.from}") String from) {
    this.catcher = catcher;
    this.sender = sender;
    this.users = users;
    this.from = from;
  }

  @GetMapping
  Mailbox list() throws MessagingException, IOException {
    List<MailView> views = new java.util.ArrayList<>();
    for (MimeMessage message : catcher.messages()) {
      views.add(view(message));
    }
    return new Mailbox(catcher.isEnabled(), views);
  }

  @PostMapping("/test-message")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void sendTest() throws MessagingException {
    String username = UnitScope.currentUser().getUsername();
    String to = users.findByUsername(username).map(u -> u.getEmail()).filter(e -> e != null && !e.isBlank())
        .orElseThrow(() -> ApiException.invalidField("email", "mail.noEmailAddress"));
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(from);
    helper.setTo(to);
    helper.setSubject("[PAR Tracker] Thư thử nghiệm – Theo dõi Chỉ số CCHC");
    helper.setText(
        "Xin chào,\n\nĐây là thư thử nghiệm từ hệ thống Theo dõi Chỉ số CCHC. Nếu bạn đọc được thư này, cấu hình gửi thư đã hoạt động.",
        "<p>Xin chào,</p><p>Đây là thư thử nghiệm từ hệ thống <b>Theo dõi Chỉ số CCHC</b>. "
            + "Nếu bạn đọc được thư này, cấu hình gửi thư đã hoạt động.</p>");
    try {
      sender.send(message);
    } catch (MailException e) {
      throw new ApiException(HttpStatus.BAD_GATEWAY, vn.partracker.shared.Message.of("mail.sendFailed", e.getMostSpecificCause().getMessage()), List.of());
    }
  }

  @DeleteMapping
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void clear() throws Exception {
    catcher.clear();
  }

  private static MailView view(MimeMessage message) throws MessagingException, IOException {
    StringBuilder text = new StringBuilder();
    StringBuilder html = new StringBuilder();
    collect(message, text, html);
    return new MailView(
        message.getMessageID(),
        addresses(message.getFrom()).stream().findFirst().orElse(""),
        addresses(message.getRecipients(Message.RecipientType.TO)),
        message.getSubject(),
        MailCatcher.received(message).toInstant(),
        text.toString(),
        html.isEmpty() ? null : html.toString());
  }

  private static List<String> addresses(Address[] addresses) {
    return addresses == null ? List.of() : Arrays.stream(addresses)
        .map(a -> a instanceof InternetAddress internet ? internet.toUnicodeString() : a.toString())
        .toList();
  }

  private static void collect(Part part, StringBuilder text, StringBuilder html) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      text.append(part.getContent());
    } else if (part.isMimeType("text/html")) {
      html.append(part.getContent());
    } else if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        collect(body, text, html);
      }
    }
  }
}
