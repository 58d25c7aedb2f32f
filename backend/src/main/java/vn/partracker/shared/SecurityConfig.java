package vn.partracker.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Session login from the SPA, CSRF through the {@code XSRF-TOKEN} cookie and {@code X-XSRF-TOKEN}
 * header, BCrypt, and the engine's REST API and webapps for administrators only.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfig {

  /** Camunda's webapps keep their own CSRF filter (and cookie) under this path. */
  public static final String CAMUNDA_WEBAPP = "/camunda/**";

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, CookieCsrfTokenRepository csrfTokens) throws Exception {
    http.authorizeHttpRequests(auth -> auth
            .requestMatchers(path("/api/auth/login"), path("/api/public/**")).permitAll()
            // calendar feeds (reminder feature): the secret token in the URL is the credential
            .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/calendar/*.ics")).permitAll()
            .requestMatchers(path("/api/**")).authenticated()
            .requestMatchers(path("/engine-rest/**"), path(CAMUNDA_WEBAPP)).hasRole(Role.ADMIN.name())
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Role.ADMIN.name())
            .requestMatchers(path("/swagger-ui/**"), path("/swagger-ui.html"), path("/v3/api-docs/**")).authenticated()
            // the SPA's files and client-side routes; every API call behind them is checked above
            .anyRequest().permitAll())
        .csrf(csrf -> csrf
            .csrfTokenRepository(csrfTokens)
            .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
            .ignoringRequestMatchers(path(CAMUNDA_WEBAPP)))
        .addFilterAfter(new CsrfCookieFilter(), org.springframework.security.web.csrf.CsrfFilter.class)
        .securityContext(ctx -> ctx.securityContextRepository(securityContextRepository()))
        .exceptionHandling(ex -> ex
            .defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint("/login"), path(CAMUNDA_WEBAPP))
            .defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), request -> true))
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        // HSTS is Spring Security's default on secure requests (TLS, or a trusted proxy's X-Forwarded-Proto);
        // the Camunda webapps send their own Content-Security-Policy
        .headers(headers -> headers
            .frameOptions(frame -> frame.sameOrigin())
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(new OrRequestMatcher(path(CAMUNDA_WEBAPP), path("/swagger-ui/**"))),
                new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY))));
    return http.build();
  }

  /**
   * What the SPA may load: its own files and API only; styles inline too (antd writes its CSS at
   * run time), images also as data: and blob: URLs (charts, the BPMN viewer, photo previews).
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
      + " base-uri 'self'; form-action 'self'; frame-ancestors 'self'; manifest-src 'self'";

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  /** A URL the firewall refuses (encoded slashes, "..", control characters…): 400, not 500. */
  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return new HttpStatusRequestRejectedHandler();
  }

  /**
   * Path parameters (/engine-rest;x=1/task) are refused before any filter parses the path: Spring's
   * path parsing, which runs ahead of Spring Security's firewall, fails on them with a 500.
   */
  @Bean
  org.springframework.boot.web.servlet.FilterRegistrationBean<OncePerRequestFilter> pathParametersRefused() {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws java.io.IOException, jakarta.servlet.ServletException {
        if (request.getRequestURI().indexOf(';') >= 0) {
          response.setStatus(HttpStatus.BAD_REQUEST.value());
          response.setContentType("application/problem+json;charset=UTF-8");
          response.getWriter().write("{\"title\":\"Bad Request\",\"status\":400,"
              + "\"detail\":\"" + Message.of("shared.pathParametersRefused").text(Messages.localeOf(request)) + "\"}");
          return;
        }
        chain.doFilter(request, response);
      }
    };
    var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
    registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  CookieCsrfTokenRepository csrfTokenRepository() {
    CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
    repository.setCookiePath("/");
    // Secure comes from the request (TLS, or a trusted proxy's X-Forwarded-Proto); SameSite like the session's
    repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    return repository;
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(encoder);
    return new ProviderManager(provider);
  }

  /**
   * The SPA sends the raw cookie value in the header; server-rendered forms would send the masked
   * (BREACH-safe) value. Accept both, as the Spring Security reference shows for SPAs.
   */
  static final class SpaCsrfTokenRequestHandler implements CsrfTokenRequestHandler {
    private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
    private final CsrfTokenRequestHandler xor = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
      xor.handle(request, response, csrfToken);
      csrfToken.get();
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
      String header = request.getHeader(csrfToken.getHeaderName());
      return (StringUtils.hasText(header) ? plain : xor).resolveCsrfTokenValue(request, csrfToken);
    }
  }

  /** Makes sure the XSRF-TOKEN cookie is set on every response, so the SPA always has it. */
  static final class CsrfCookieFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
      if (token != null) {
        token.getToken();
      }
      chain.doFilter(request, response);
    }
  }
}
