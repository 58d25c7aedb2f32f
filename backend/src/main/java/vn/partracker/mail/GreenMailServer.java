package vn.partracker.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/** GreenMail as the demo's SMTP catcher on 127.0.0.1; the one class that names it (see {@link MailCatcher}). */
final class GreenMailServer {

  private final GreenMail greenMail;

  private GreenMailServer(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  static GreenMailServer start(int port) {
    GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return new GreenMailServer(greenMail);
  }

  MimeMessage[] received() {
    return greenMail.getReceivedMessages();
  }

  void purge() throws Exception {
    greenMail.purgeEmailFromAllMailboxes();
  }

  void stop() {
    greenMail.stop();
  }
}
