/**
 * The organisation: units (the unit tree, its levels, names and collective phrases), users and roles, login, and the engine's identity provider.
 *
 * <p>Its allowed dependencies are checked by {@code ModularityTest}: using another module means
 * declaring it here first.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package vn.partracker.org;
