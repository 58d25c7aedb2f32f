/**
 * Work items: the projection of every engine user task kept in the engine's transaction, and the inbox that lists them per person, unit and role.
 *
 * <p>Its allowed dependencies are checked by {@code ModularityTest}: using another module means
 * declaring it here first.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"org", "shared"})
package vn.partracker.inbox;
