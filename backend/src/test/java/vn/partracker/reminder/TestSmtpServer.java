package vn.partracker.reminder;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * GreenMail's SMTP server on 127.0.0.1, as a real server behaves in two cases GreenMail does not
 * offer: it refuses recipients whose address starts with {@value #REFUSED} ({@code 550}, the
 * connection stays open) and drops the connection when asked for a recipient starting with
 * {@value #DROPPED}. It counts the SMTP connections that carried a recipient.
 */
class TestSmtpServer extends GreenMail {

  static final String REFUSED = "khong-nhan";
  static final String DROPPED = "ngat-ket-noi";

  private final Set<SmtpState> connections = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

  TestSmtpServer(int port) {
    super(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  /** Connections (one SMTP session state each) that asked for at least one recipient since the last reset. */
  int connections() {
    return connections.size();
  }

  void resetConnections() {
    connections.clear();
  }

  @Override
  protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
    return super.createServices(config, new Refusing(managers, this));
  }

  private static final class Refusing extends Managers {

    private final Managers base;
    private final SmtpManager smtp;

    Refusing(Managers base, TestSmtpServer server) {
      this.base = base;
      this.smtp = new SmtpManager(base.getImapHostManager(), base.getUserManager()) {
        @Override
        public String checkRecipient(SmtpState state, MailAddress address) {
          // called from the server's constructor, before the field is set: no recipient then
          if (server.connections != null) {
            server.connections.add(state);
          }
          if (address.getUser().startsWith(DROPPED)) {
            throw new IllegalStateException("the test server drops the connection");
          }
          if (address.getUser().startsWith(REFUSED)) {
            return "550 5.1.1 <" + address.getEmail() + ">: no such mailbox";
          }
          return null;
        }
      };
    }

    @Override
    public SmtpManager getSmtpManager() {
      return smtp;
    }

    @Override
    public UserManager getUserManager() {
      return base.getUserManager();
    }

    @Override
    public ImapHostManager getImapHostManager() {
      return base.getImapHostManager();
    }
  }
}
