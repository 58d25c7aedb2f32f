package vn.partracker.reminder;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.partracker.shared.TimeConfig;

/**
 * Renders reminder and hand-over mails from the Thymeleaf templates under {@code templates/mail/} (HTML and
 * plain text, Vietnamese) and sends them with Spring Mail, many over one SMTP connection ({@link #connect()}). Every mail carries the headers
 * {@code X-PAR-Reminder} (kind) and {@code X-PAR-Subject} (subject type:id) for filters and tests.
 */
@Component
class ReminderMail {

  private final JavaMailSender sender;
  private final SpringTemplateEngine templates = new SpringTemplateEngine();
  private final String from;
  private final String baseUrl;

  ReminderMail(JavaMailSender sender, @Value("${par.mail.from}") String from, @Value("${par.base-url}") String baseUrl) {
    this.sender = sender;
    this.from = from;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    templates.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
    templates.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
  }

  private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setResolvablePatterns(java.util.Set.of(pattern));
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setOrder(order);
    resolver.setCheckExistence(true);
    return resolver;
  }

  String link(String path) {
    return baseUrl + (path == null || path.isBlank() ? "/" : path.startsWith("/") ? path : "/" + path);
  }

  /** One reminder or one hand-over, one mail, over a connection of its own (the administrator's test mail). */
  void send(Outbox.Row row) throws MessagingException {
    sender.send(message(row));
  }

  /** One reminder or one hand-over as a message, not sent. */
  MimeMessage message(Outbox.Row row) throws MessagingException {
    Outbox.Item item = row.item();
    if (item.handOver()) {
      Context context = new Context();
      context.setVariables(Map.of(
          "name", item.recipientName() == null ? "" : item.recipientName(),
          "headline", HandOverTexts.headline(item.kind()),
          "sentence", item.message() == null ? item.title() : item.message(),
          "title", item.title(),
          "link", link(item.linkPath())));
      return build(item.email(), HandOverTexts.subject(item.kind(), item.title()), context, "handover", item.kind(),
          item.subjectType() + ":" + item.subjectId());
    }
    Context context = new Context();
    context.setVariables(Map.of(
        "name", item.recipientName() == null ? "" : item.recipientName(),
        "headline", ReminderTexts.headline(item.kind(), item.days(), item.workingDays()),
        "sentence", ReminderTexts.sentence(item),
        "title", item.title(),
        "due", TimeConfig.DATE.format(item.dueDate()),
        "link", link(item.linkPath())));
    return build(item.email(), ReminderTexts.subject(item), context, "reminder", item.kind(),
        item.subjectType() + ":" + item.subjectId());
  }

  /** Several reminders of one recipient in one message, not sent. */
  MimeMessage digest(List<Outbox.Row> rows) throws MessagingException {
    Outbox.Item first = rows.get(0).item();
    List<Map<String, String>> lines = rows.stream().map(r -> Map.of(
        "line", ReminderTexts.line(r.item()),
        "link", link(r.item().linkPath()),
        "overdue", String.valueOf(r.item().kind().equals(ReminderSchedule.OVERDUE)
            || r.item().kind().equals(ReminderSchedule.ESCALATION)))).toList();
    long overdue = lines.stream().filter(l -> l.get("overdue").equals("true")).count();
    Context context = new Context();
    context.setVariables(Map.of(
        "name", first.recipientName() == null ? "" : first.recipientName(),
        "items", lines,
        "overdue", overdue,
        "soon", lines.size() - overdue,
        "link", link("/")));
    String subject = "[PAR Tracker] Tổng hợp nhắc việc: " + (lines.size() - overdue) + " sắp đến hạn, "
        + overdue + " quá hạn";
    return build(first.email(), subject, context, "digest", "DIGEST", null);
  }

  private MimeMessage build(String to, String subject, Context context, String template, String kind, String subjectKey)
      throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(from);
    helper.setTo(to);
    helper.setSubject(subject);
    helper.setText(templates.process(template + ".txt", context), templates.process(template + ".html", context));
    message.setHeader("X-PAR-Reminder", kind);
    if (subjectKey != null) {
      message.setHeader("X-PAR-Subject", subjectKey);
    }
    return message;
  }

  /**
   * One SMTP connection for many messages: a Jakarta Mail {@link Transport} opened once from the
   * sender's session and settings, {@code sendMessage} per message, so that each message's
   * acceptance is known as it happens. A sender that is not Spring's {@link JavaMailSenderImpl}
   * (none in this application) sends each message on its own.
   */
  Connection connect() throws MessagingException {
    if (!(sender instanceof JavaMailSenderImpl impl)) {
      return new Connection(null);
    }
    Session session = impl.getSession();
    Transport transport = impl.getProtocol() != null ? session.getTransport(impl.getProtocol()) : session.getTransport();
    String username = impl.getUsername();
    String password = impl.getPassword();
    transport.connect(impl.getHost(), impl.getPort(), username == null || username.isEmpty() ? null : username,
        password == null || password.isEmpty() ? null : password);
    return new Connection(transport);
  }

  /** An open SMTP connection; closed with QUIT. */
  final class Connection implements AutoCloseable {

    private final Transport transport;

    private Connection(Transport transport) {
      this.transport = transport;
    }

    /**
     * Sends one message; returns when the server accepted it. A rejection of this message (a
     * refused recipient, {@link jakarta.mail.SendFailedException}) leaves the connection usable;
     * after any other failure ask {@link #open()}.
     */
    void send(MimeMessage message) throws MessagingException {
      if (transport == null) {
        sender.send(message);
        return;
      }
      if (message.getSentDate() == null) {
        message.setSentDate(new Date());
      }
      message.saveChanges();
      Address[] recipients = message.getAllRecipients();
      transport.sendMessage(message, recipients == null ? new Address[0] : recipients);
    }

    /** Whether the connection still answers (a NOOP to the server). */
    boolean open() {
      return transport == null || transport.isConnected();
    }

    @Override
    public void close() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException e) {
          // the messages were accepted or not before; a failed QUIT changes nothing
        }
      }
    }
  }
}
