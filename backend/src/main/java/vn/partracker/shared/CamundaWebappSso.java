package vn.partracker.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Cockpit, Tasklist and Admin trust the PAR Tracker login: whoever Spring Security authenticated
 * (an administrator, by {@link SecurityConfig}) is logged in to the webapps, with the groups the
 * engine's identity service gives them. There is no second password.
 */
@Configuration(proxyBeanMethods = false)
public class CamundaWebappSso {

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication(ProcessEngine engine) {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ThisEngineFilter(engine));
    registration.setInitParameters(Map.of("authentication-provider", SpringSecurityProvider.class.getName()));
    registration.addUrlPatterns("/camunda/*");
    // after the Spring Security filter chain, which has established the user
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }

  /**
   * The webapps share the HTTP session with PAR Tracker, and Camunda ends it in places where it
   * means only its own part: a failed webapp CSRF check ({@code CsrfPreventionFilter} invalidates
   * the session), the webapp login (session fixation guard) and logout. Under {@code /camunda/*}
   * the session's {@code invalidate()} forgets the webapps' attributes only (their authentication
   * and CSRF token) and keeps the PAR Tracker login (Spring Security's attributes), so that a
   * failed check or a second tab on Cockpit never logs the person out of PAR Tracker.
   */
  @Bean
  FilterRegistrationBean<jakarta.servlet.Filter> camundaSessionKeptApart() {
    jakarta.servlet.Filter filter = (request, response, chain) -> chain.doFilter(
        new jakarta.servlet.http.HttpServletRequestWrapper((HttpServletRequest) request) {
          @Override
          public jakarta.servlet.http.HttpSession getSession() {
            return getSession(true);
          }

          @Override
          public jakarta.servlet.http.HttpSession getSession(boolean create) {
            jakarta.servlet.http.HttpSession session = super.getSession(create);
            return session == null ? null : webappPart(session);
          }
        }, response);
    FilterRegistrationBean<jakarta.servlet.Filter> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/camunda/*");
    // ahead of the webapps' own filters (their CSRF filter among them), and behind Spring Session's,
    // whose session (the one in the database) is the one to keep
    registration.setOrder(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER + 1);
    return registration;
  }

  static final String KEPT_PREFIX = "SPRING_SECURITY_";

  private static jakarta.servlet.http.HttpSession webappPart(jakarta.servlet.http.HttpSession session) {
    return (jakarta.servlet.http.HttpSession) java.lang.reflect.Proxy.newProxyInstance(
        CamundaWebappSso.class.getClassLoader(), new Class<?>[] {jakarta.servlet.http.HttpSession.class},
        (proxy, method, args) -> {
          if (method.getName().equals("invalidate")) {
            java.util.Collections.list(session.getAttributeNames()).stream()
                .filter(name -> !name.startsWith(KEPT_PREFIX))
                .forEach(session::removeAttribute);
            return null;
          }
          try {
            return method.invoke(session, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /**
   * Authenticates against this application's engine, not whichever engine of that name the
   * JVM-wide registry holds (which matters when several application contexts share a JVM).
   */
  static class ThisEngineFilter extends ContainerBasedAuthenticationFilter {
    private final ProcessEngine engine;

    ThisEngineFilter(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    protected ProcessEngine getAddressedEngine(String engineName) {
      return engine.getName().equals(engineName) ? engine : super.getAddressedEngine(engineName);
    }
  }

  /** Hands the Spring Security user to the Camunda webapps. */
  public static class SpringSecurityProvider extends ContainerBasedAuthenticationProvider {
    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication == null
          || authentication instanceof AnonymousAuthenticationToken
          || !authentication.isAuthenticated()) {
        return AuthenticationResult.unsuccessful();
      }
      return AuthenticationResult.successful(authentication.getName());
    }
  }
}
