package vn.partracker.improvement;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs plan activation jobs on this node: woken when a request's transaction that recorded a job
 * commits, and every {@code par.activation.poll-interval} for jobs left by a node that died (their
 * claim gone stale) or by a failed chunk. One thread per node runs the jobs one after another; the
 * scheduler's thread only wakes it (an activation of 10,000 tasks takes about a minute).
 *
 * <p>A table-claimed worker rather than Camunda's job executor: a chunk must commit our task rows,
 * the engine's process instances and the job's cursor in one transaction, and resume from that
 * cursor on any node. The engine's job executor would need an engine-internal {@code JobHandler}
 * (or a process per activation, with its own rows and history), and its retries end in an incident
 * after three attempts. The claim rules are those of {@code reminder/Outbox}.
 */
@Component
@EnableScheduling
public class PlanActivationWorker {

  private static final Logger log = LoggerFactory.getLogger(PlanActivationWorker.class);

  private final PlanActivation activation;
  private final Clock clock;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "plan-activation");
    t.setDaemon(true);
    return t;
  });
  private final AtomicBoolean queued = new AtomicBoolean();
  private volatile boolean enabled;

  PlanActivationWorker(PlanActivation activation, Clock clock, ActivationProperties properties) {
    this.activation = activation;
    this.clock = clock;
    this.enabled = properties.worker();
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void requested(PlanActivation.ActivationRequested event) {
    wake();
  }

  @Scheduled(initialDelayString = "${par.activation.poll-interval:PT10S}",
      fixedDelayString = "${par.activation.poll-interval:PT10S}")
  void poll() {
    wake();
  }

  /** Queues one run of the pending jobs on the worker's thread (at most one waits). */
  void wake() {
    if (enabled && queued.compareAndSet(false, true)) {
      thread.execute(() -> {
        queued.set(false);
        runPending();
      });
    }
  }

  /** Runs every job no live claim holds, to its end; returns how many this node finished. */
  public int runPending() {
    int finished = 0;
    if (!enabled) {
      return finished;
    }
    for (long planId : activation.claimable(clock.instant())) {
      if (!enabled) { // turned off meanwhile (a node being drained): take no further job
        break;
      }
      try {
        if (activation.runHere(planId)) {
          finished++;
        }
      } catch (RuntimeException e) {
        // the chunk rolled back and the job is free again: the next poll retries it
        log.warn("Activation of plan {} failed in a chunk; retried at the next poll", planId, e);
      }
    }
    return finished;
  }

  /** Stops or resumes taking jobs on this node (a node being drained; tests that drive the steps). */
  public void enabled(boolean on) {
    this.enabled = on;
    if (on) {
      wake();
    }
  }

  @PreDestroy
  void stop() {
    thread.shutdownNow();
  }
}
