package vn.partracker.improvement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.partracker.org.IdentityGroups;
import vn.partracker.shared.ProcessDates;

/**
 * A plan's activation as a job (table {@code improvement_activation}, migration V23): {@link #begin}
 * puts the plan in ACTIVATING and records the tasks to start; a worker ({@link PlanActivationWorker}
 * on any node, or {@link #runHere} in the caller's transaction) claims the job and starts the tasks in
 * chunks of whole items, at least {@link PlanLifecycle#STARTS_PER_COMMAND} starts each, in one engine
 * command per chunk (the engine batches each kind of row of the command).
 *
 * <p>Concurrency, as in {@code reminder/Outbox}: a job is taken by a conditional UPDATE with a fresh
 * claim token; a claim older than {@code par.activation.stale-claim-after} (its node died) is taken
 * over. Each chunk first locks the job row by refreshing its claim (the UPDATE matches only while
 * this claim holds it), then writes its task rows and processes and advances the cursor (the position
 * of the last item done) in the same transaction. So a chunk either commits all of its items' tasks
 * and the cursor, or nothing; a node whose claim was taken over finds no row to lock and stops; a
 * taker waits on the lock of a chunk in progress and then sees its claim refreshed. No item's tasks
 * are started twice, and the plan becomes ACTIVE in the last chunk's transaction.
 */
@Service
public class PlanActivation {

  static final String RUNNING = "RUNNING";
  static final String DONE = "DONE";

  /** What a chunk did: started some items and more remain, started the last ones, or lost the claim. */
  public enum Chunk { MORE, DONE, LOST }

  /**
   * The activation of a plan as the API shows it: the plan's status, the tasks to start and started
   * ({@code started == total} once ACTIVE), and the last error of a chunk that failed (retried).
   */
  public record Progress(
      @Schema(allowableValues = {"DRAFT", "APPROVED", "ACTIVATING", "ACTIVE", "CLOSED"}) String status, int total, int started, @Nullable String error) {}

  private record Job(long planId, LocalDate asOf, int total, int started, int lastPosition, String status,
      String claimToken, Instant claimedAt, String lastError) {}

  private static final RowMapper<Job> JOB = (rs, i) -> new Job(rs.getLong("plan_id"),
      rs.getObject("as_of", LocalDate.class), rs.getInt("total"), rs.getInt("started"), rs.getInt("last_position"),
      rs.getString("status"), rs.getString("claim_token"), instant(rs.getObject("claimed_at", OffsetDateTime.class)),
      rs.getString("last_error"));

  private static final String CLAIMABLE = " (status = 'RUNNING' and (claimed_at is null or claimed_at < :stale))";

  private final ImprovementPlanRepository plans;
  private final PlanItemRepository items;
  private final ImprovementTaskRepository tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final CommandExecutor engineCommands;
  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ActivationProperties properties;
  private final String nodeId;

  PlanActivation(ImprovementPlanRepository plans, PlanItemRepository items, ImprovementTaskRepository tasks,
      RuntimeService runtime, RepositoryService repository, ProcessEngineConfigurationImpl engine,
      NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events,
      Clock clock, ActivationProperties properties) {
    this.plans = plans;
    this.items = items;
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.engineCommands = engine.getCommandExecutorTxRequired();
    this.jdbc = jdbc;
    // REQUIRED: a chunk is its own transaction in the worker, and joins the caller's in runHere
    this.tx = new TransactionTemplate(transactions);
    this.events = events;
    this.clock = clock;
    this.properties = properties;
    this.nodeId = vn.partracker.shared.NodeIds.of(properties.nodeId());
  }

  /** This node's name in the claims. */
  public String nodeId() {
    return nodeId;
  }

  /**
   * Puts an approved plan in ACTIVATING and records its job: the occurrences are those of today
   * (kept as {@code as_of}, so a job that resumes tomorrow starts the same tasks). In the caller's
   * transaction; the worker is woken after its commit.
   */
  void begin(ImprovementPlan plan) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    int total = 0;
    for (PlanItem item : items.findByPlanIdOrderByPositionAsc(plan.getId())) {
      if (item.hasWork()) {
        total += item.deadline(plan.getYear()).occurrences(plan.getYear(), today).size()
            * item.content().leadUnitIds().size();
      }
    }
    plan.startActivation(now);
    jdbc.update("""
        insert into improvement_activation (plan_id, as_of, total, started, last_position, status, created_at)
        values (:plan, :asOf, :total, 0, -1, 'RUNNING', :now)""", new MapSqlParameterSource()
        .addValue("plan", plan.getId()).addValue("asOf", today).addValue("total", total).addValue("now", ts(now)));
    events.publishEvent(new ActivationRequested(plan.getId()));
  }

  /** A job was recorded: the worker runs it once the recording transaction commits. */
  record ActivationRequested(long planId) {}

  /**
   * The progress of a plan's activation, read in one statement (the plan's status and the job's
   * count agree); a plan activated before jobs existed, or not yet: its task count.
   */
  public Optional<Progress> progress(long planId) {
    return jdbc.query("""
        select p.status, a.total, a.started, a.last_error,
          (select count(*) from improvement_task t where t.plan_id = p.id and a.plan_id is null) as tasks
        from improvement_plan p left join improvement_activation a on a.plan_id = p.id where p.id = :plan""",
        new MapSqlParameterSource("plan", planId), (rs, i) -> {
          int tasks = rs.getInt("tasks");
          return rs.getObject("total") == null ? new Progress(rs.getString("status"), tasks, tasks, null)
              : new Progress(rs.getString("status"), rs.getInt("total"), rs.getInt("started"), rs.getString("last_error"));
        }).stream().findFirst();
  }

  /** Jobs no live claim holds (never claimed, or claimed longer ago than the stale time), oldest first. */
  public List<Long> claimable(Instant now) {
    return jdbc.queryForList("select plan_id from improvement_activation where" + CLAIMABLE + " order by created_at",
        new MapSqlParameterSource("stale", ts(now.minus(properties.staleClaimAfter()))), Long.class);
  }

  /** Takes the job for a fresh claim token (returned); empty when a live claim holds it or it is done. */
  public Optional<String> claim(long planId, String node, Instant now) {
    String token = UUID.randomUUID().toString();
    int claimed = tx.execute(s -> jdbc.update("""
        update improvement_activation set claim_token = :token, claimed_by = :node, claimed_at = :now
        where plan_id = :plan and""" + CLAIMABLE, new MapSqlParameterSource().addValue("token", token)
        .addValue("node", node).addValue("now", ts(now)).addValue("plan", planId)
        .addValue("stale", ts(now.minus(properties.staleClaimAfter())))));
    return claimed == 1 ? Optional.of(token) : Optional.empty();
  }

  /**
   * Starts the tasks of the next items, at least {@code minStarts} task processes (whole items), in
   * one transaction; the plan becomes ACTIVE in the transaction that starts the last ones.
   */
  public Chunk runChunk(long planId, String token, int minStarts) {
    return tx.execute(status -> {
      Instant now = clock.instant();
      // the job row's lock, held to the commit: only while this claim holds the job
      int held = jdbc.update("""
          update improvement_activation set claimed_at = :now
          where plan_id = :plan and claim_token = :token and status = 'RUNNING'""",
          new MapSqlParameterSource().addValue("now", ts(now)).addValue("plan", planId).addValue("token", token));
      if (held != 1) {
        return Chunk.LOST;
      }
      Job job = job(planId).orElseThrow();
      ImprovementPlan plan = plans.findById(planId).orElseThrow();
      List<Start> starts = new ArrayList<>();
      int lastPosition = job.lastPosition();
      boolean rest = true;
      // pages of items (an item has one start or more, or none) until the chunk has its starts
      int page = Math.max(1, minStarts);
      pages:
      while (starts.size() < minStarts) {
        List<PlanItem> next = items.findByPlanIdAndPositionGreaterThanOrderByPositionAsc(planId, lastPosition,
            Limit.of(page));
        for (PlanItem item : next) {
          if (starts.size() >= minStarts) {
            break pages;
          }
          lastPosition = item.getPosition();
          addStarts(plan, item, job.asOf(), now, starts);
        }
        if (next.size() < page) {
          rest = false;
          break;
        }
      }
      if (!starts.isEmpty()) {
        // resolved once per chunk, not once per task process (a query each by key)
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(ImprovementProcess.KEY)
            .latestVersion().singleResult().getId();
        // a command for many starts, not one each: the engine flushes once per command, batching
        // each kind of row, and reads its definitions once
        engineCommands.execute(context -> {
          for (Start start : starts) {
            start.task().started(runtime.startProcessInstanceById(definitionId,
                ImprovementProcess.SUBJECT_TYPE + ":" + start.task().getId(), start.variables()).getId());
          }
          return null;
        });
      }
      boolean done = !rest;
      jdbc.update("""
          update improvement_activation set last_position = :position, started = started + :started,
            chunks = chunks + 1, status = :status, finished_at = :finished, last_error = null
          where plan_id = :plan""", new MapSqlParameterSource().addValue("position", lastPosition)
          .addValue("started", starts.size()).addValue("status", done ? DONE : RUNNING)
          .addValue("finished", done ? ts(now) : null).addValue("plan", planId));
      if (done) {
        plan.activate(now);
      }
      return done ? Chunk.DONE : Chunk.MORE;
    });
  }

  /**
   * Claims the job and runs its chunks to the end on this thread: the worker's loop, and the whole
   * activation inside the caller's transaction when there is one (demo data at start-up). Returns
   * false when another claim holds the job or this one was taken over.
   */
  public boolean runHere(long planId) {
    Optional<String> token = claim(planId, nodeId, clock.instant());
    if (token.isEmpty()) {
      return false;
    }
    try {
      Chunk chunk;
      do {
        chunk = runChunk(planId, token.get(), properties.chunkStarts());
      } while (chunk == Chunk.MORE);
      return chunk == Chunk.DONE;
    } catch (RuntimeException e) {
      release(planId, token.get(), e);
      throw e;
    }
  }

  /** After a failed chunk (rolled back): the error for the progress view, and the job free for the next poll. */
  private void release(long planId, String token, RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    try {
      tx.execute(s -> jdbc.update("""
          update improvement_activation set claim_token = null, claimed_at = null, last_error = :error
          where plan_id = :plan and claim_token = :token""", new MapSqlParameterSource()
          .addValue("error", message.length() > 1000 ? message.substring(0, 1000) : message)
          .addValue("plan", planId).addValue("token", token)));
    } catch (RuntimeException ignored) {
      // in a caller's transaction that is rolling back, nothing can be written: the claim goes stale
    }
  }

  /** Task rows (saved) and process variables for one item: one per occurrence and lead unit. */
  private void addStarts(ImprovementPlan plan, PlanItem item, LocalDate asOf, Instant now, List<Start> starts) {
    if (!item.hasWork()) {
      return;
    }
    ItemContent c = item.content();
    for (Deadline.Occurrence occurrence : item.deadline(plan.getYear()).occurrences(plan.getYear(), asOf)) {
      boolean opensLater = occurrence.opensOn().isAfter(asOf);
      for (Long leadUnitId : c.leadUnitIds()) {
        ImprovementTask task = tasks.save(new ImprovementTask(plan.getId(), item.getId(), leadUnitId,
            leadUnitId.equals(c.principalLeadId()), occurrence, !opensLater, now));
        Map<String, Object> vars = new HashMap<>();
        vars.put(ImprovementProcess.VAR_SUBJECT_ID, task.getId());
        vars.put(ImprovementProcess.VAR_LEAD_GROUP, IdentityGroups.unit(leadUnitId));
        if (opensLater) {
          vars.put(ImprovementProcess.VAR_OPENS_AT, ProcessDates.at(occurrence.opensOn(), 0));
        }
        vars.put(ImprovementProcess.VAR_DUE_DATE, ProcessDates.at(occurrence.dueOn(), 17));
        starts.add(new Start(task, vars));
      }
    }
  }

  /** A task process to start: its task row and the process variables. */
  private record Start(ImprovementTask task, Map<String, Object> variables) {}

  private Optional<Job> job(long planId) {
    return jdbc.query("select * from improvement_activation where plan_id = :plan",
        new MapSqlParameterSource("plan", planId), JOB).stream().findFirst();
  }

  private static OffsetDateTime ts(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }

}
