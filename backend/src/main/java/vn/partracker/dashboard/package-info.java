/**
 * Read-only dashboards for the coordinator and units: deadlines, progress, scores and their exports.
 *
 * <p>Its allowed dependencies are checked by {@code ModularityTest}: using another module means
 * declaring it here first.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessment", "improvement", "inbox", "org", "shared"})
package vn.partracker.dashboard;
