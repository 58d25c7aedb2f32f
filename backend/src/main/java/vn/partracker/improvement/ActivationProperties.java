package vn.partracker.improvement;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code par.activation.*}: the plan activation worker (see the configuration table of README.md).
 * {@code worker}: false on a node that should not run activations (it still records them);
 * {@code chunkStarts}: task processes a chunk starts at least (whole items) in one transaction.
 */
@ConfigurationProperties("par.activation")
record ActivationProperties(
    @DefaultValue("true") boolean worker,
    @DefaultValue("") String nodeId,
    @DefaultValue("PT10S") Duration pollInterval,
    @DefaultValue("PT2M") Duration staleClaimAfter,
    @DefaultValue("" + PlanLifecycle.STARTS_PER_COMMAND) int chunkStarts) {}
