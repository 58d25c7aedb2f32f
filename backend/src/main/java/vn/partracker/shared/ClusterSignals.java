package vn.partracker.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Tells the other nodes of a cluster that something they may have cached changed, through
 * PostgreSQL's LISTEN/NOTIFY on one channel. {@link #changed} only marks a topic; one thread per
 * node sends each marked topic at most every half second (an activation of 10,000 tasks is one
 * notification, not 10,000) and turns other nodes' notifications into a local {@link Received}
 * event. On H2 (one node) it does nothing. A node that misses notifications while its listening
 * connection is down still drops its caches after their maximum age.
 */
@Component
public class ClusterSignals implements SmartLifecycle {

  /** Another node changed this topic. */
  public record Received(String topic) {}

  private static final Logger log = LoggerFactory.getLogger(ClusterSignals.class);
  private static final String CHANNEL = "par_changes";
  private static final int WAIT_MILLIS = 500;

  private final DataSource dataSource;
  private final ApplicationEventPublisher events;
  private final boolean enabled;
  private final Set<String> pending = ConcurrentHashMap.newKeySet();
  private volatile Thread thread;

  ClusterSignals(DataSource dataSource, ApplicationEventPublisher events,
      @Value("${spring.datasource.url:}") String url) {
    this.dataSource = dataSource;
    this.events = events;
    this.enabled = url.startsWith("jdbc:postgresql:");
  }

  /** Marks the topic as changed on this node; the other nodes hear of it within about a second. */
  public void changed(String topic) {
    if (enabled) {
      pending.add(topic);
    }
  }

  @Override
  public synchronized void start() {
    if (enabled && thread == null) {
      thread = new Thread(this::run, "cluster-signals");
      thread.setDaemon(true);
      thread.start();
    }
  }

  @Override
  public synchronized void stop() {
    Thread running = thread;
    thread = null;
    if (running != null) {
      running.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }

  private void run() {
    while (thread == Thread.currentThread()) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(true);
        PGConnection postgres = connection.unwrap(PGConnection.class);
        int self = postgres.getBackendPID();
        try (Statement statement = connection.createStatement()) {
          statement.execute("listen " + CHANNEL);
        }
        while (thread == Thread.currentThread()) {
          send(connection);
          PGNotification[] received = postgres.getNotifications(WAIT_MILLIS);
          if (received != null) {
            for (PGNotification notification : received) {
              if (notification.getPID() != self) {
                events.publishEvent(new Received(notification.getParameter()));
              }
            }
          }
        }
      } catch (SQLException e) {
        if (thread == Thread.currentThread()) {
          log.warn("Cluster signals interrupted ({}); listening again in 5 s", e.getMessage());
          sleep();
        }
      }
    }
  }

  private void send(Connection connection) throws SQLException {
    for (String topic : Set.copyOf(pending)) {
      pending.remove(topic);
      try (var statement = connection.prepareStatement("select pg_notify(?, ?)")) {
        statement.setString(1, CHANNEL);
        statement.setString(2, topic);
        statement.execute();
      }
    }
  }

  private void sleep() {
    try {
      Thread.sleep(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
