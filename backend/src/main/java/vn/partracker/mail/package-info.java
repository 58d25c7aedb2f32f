/**
 * The demo run's embedded mail catcher and the administrators' view of it.
 *
 * <p>Its allowed dependencies are checked by {@code ModularityTest}: using another module means
 * declaring it here first.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"org", "shared"})
package vn.partracker.mail;
