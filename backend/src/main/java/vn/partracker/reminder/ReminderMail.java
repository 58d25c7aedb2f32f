package vn.partracker.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.partracker.shared.TimeConfig;

/**
 * Renders reminder and hand-over mails from the Thymeleaf templates under {@code templates/mail/} (HTML and
 * plain text, Vietnamese) and sends them with Spring Mail. Every mail carries the headers
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

  /** One reminder or one hand-over, one mail. */
  void send(Outbox.Row row) throws MessagingException {
    Outbox.Item item = row.item();
    if (item.handOver()) {
      Context context = new Context();
      context.setVariables(Map.of(
          "name", item.recipientName() == null ? "" : item.recipientName(),
          "headline", HandOverTexts.headline(item.kind()),
          "sentence", item.message() == null ? item.title() : item.message(),
          "title", item.title(),
          "link", link(item.linkPath())));
      deliver(item.email(), HandOverTexts.subject(item.kind(), item.title()), context, "handover", item.kind(),
          item.subjectType() + ":" + item.subjectId());
      return;
    }
    Context context = new Context();
    context.setVariables(Map.of(
        "name", item.recipientName() == null ? "" : item.recipientName(),
        "headline", ReminderTexts.headline(item.kind(), item.days(), item.workingDays()),
        "sentence", ReminderTexts.sentence(item),
        "title", item.title(),
        "due", TimeConfig.DATE.format(item.dueDate()),
        "link", link(item.linkPath())));
    deliver(item.email(), ReminderTexts.subject(item), context, "reminder", item.kind(),
        item.subjectType() + ":" + item.subjectId());
  }

  /** Several reminders of one recipient in one mail. */
  void sendDigest(List<Outbox.Row> rows) throws MessagingException {
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
    deliver(first.email(), subject, context, "digest", "DIGEST", null);
  }

  private void deliver(String to, String subject, Context context, String template, String kind, String subjectKey)
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
    sender.send(message);
  }
}
