package vn.partracker.shared;

import java.net.InetAddress;
import java.util.UUID;

/** The name a node gives itself in the claims it writes (outbox rows, activation jobs). */
public final class NodeIds {

  private NodeIds() {}

  /** The configured id, else the host name with a random suffix (two JVMs on one host differ). */
  public static String of(String configured) {
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      host = "node";
    }
    return host + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
