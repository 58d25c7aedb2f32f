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
