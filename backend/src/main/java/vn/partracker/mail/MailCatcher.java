package vn.partracker.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import vn.partracker.shared.DemoMode;

/**
 * The embedded SMTP catcher of the demo run: in demo mode it listens on {@code spring.mail.host}
 * and {@code spring.mail.port} (localhost:3025), so every mail the application sends lands in
 * the "Hộp thư thử nghiệm" page instead of a real mailbox. Off in production, and in a demo
 * whose nodes share one SMTP server ({@code par.demo.mail-catcher=false}). GreenMail, which it runs,
 * is left out of the production jar: only {@link GreenMailServer} names it, and only when on.
 */
@Component
public class MailCatcher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);

  private final boolean enabled;
  private final int port;
  private GreenMailServer greenMail;

  MailCatcher(DemoMode demoMode, @Value("${spring.mail.port:3025}") int port,
      @Value("${par.demo.mail-catcher:true}") boolean catcher) {
    this.enabled = demoMode.isOn() && catcher;
    this.port = port;
    if (enabled && !ClassUtils.isPresent("com.icegreen.greenmail.util.GreenMail", getClass().getClassLoader())) {
      throw new IllegalStateException("The demo's mail catcher is on (par.demo) but this jar has no GreenMail"
          + " (par-tracker-production.jar leaves it out): run par-tracker.jar for a demo, or set"
          + " par.demo.mail-catcher=false and spring.mail.host/port to a real SMTP server");
    }
  }

  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public synchronized void start() {
    if (enabled && greenMail == null) {
      greenMail = GreenMailServer.start(port);
      log.info("Embedded mail catcher listening on 127.0.0.1:{} (Hộp thư thử nghiệm)", port);
    }
  }

  @Override
  public synchronized void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return greenMail != null;
  }

  /** Starts before the web server and the process engine's job executor. */
  @Override
  public int getPhase() {
    return Integer.MIN_VALUE + 100;
  }

  /** Caught messages, newest first. */
  public synchronized List<MimeMessage> messages() {
    if (greenMail == null) {
      return List.of();
    }
    return Arrays.stream(greenMail.received())
        .sorted(Comparator.comparing(MailCatcher::received).reversed())
        .toList();
  }

  public synchronized void clear() throws Exception {
    if (greenMail != null) {
      greenMail.purge();
    }
  }

  static java.util.Date received(MimeMessage message) {
    try {
      java.util.Date date = message.getReceivedDate();
      return date != null ? date : message.getSentDate() != null ? message.getSentDate() : new java.util.Date(0);
    } catch (MessagingException e) {
      return new java.util.Date(0);
    }
  }
}
