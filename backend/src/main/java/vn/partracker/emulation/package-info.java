/**
 * Emulation movements (thi đua): targets, quarterly figures, the scoreboard and nominations with their dossiers.
 *
 * <p>Its allowed dependencies are checked by {@code ModularityTest}: using another module means
 * declaring it here first.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"criteria", "improvement", "org", "shared"})
package vn.partracker.emulation;
