package vn.partracker.org;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.Message;

/** Session login for the SPA. */
@RestController
class AuthController {

  record LoginRequest(String username, String password) {}

  private final AuthenticationManager authenticationManager;
  private final SecurityContextRepository contextRepository;
  private final CsrfTokenRepository csrfTokens;
  private final LoginThrottle throttle;
  private final UserService users;
  private final UnitService units;

  AuthController(
      AuthenticationManager authenticationManager,
      SecurityContextRepository contextRepository,
      CsrfTokenRepository csrfTokens,
      LoginThrottle throttle,
      UserService users,
      UnitService units) {
    this.authenticationManager = authenticationManager;
    this.contextRepository = contextRepository;
    this.csrfTokens = csrfTokens;
    this.throttle = throttle;
    this.users = users;
    this.units = units;
  }

  @PostMapping("/api/auth/login")
  MeView login(@RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
    String username = body == null || body.username() == null ? "" : body.username().strip();
    String password = body == null || body.password() == null ? "" : body.password();
    String address = request.getRemoteAddr();
    Optional<Duration> locked = throttle.lockedFor(username, address);
    if (locked.isPresent()) {
      long minutes = Math.max(1, (locked.get().getSeconds() + 59) / 60);
      response.setHeader("Retry-After", Long.toString(Math.max(1, locked.get().getSeconds())));
      throw new ApiException(HttpStatus.TOO_MANY_REQUESTS,
          Message.of("org.loginThrottled", minutes), List.of());
    }
    Authentication authentication;
    try {
      authentication = authenticationManager.authenticate(
          UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    } catch (AuthenticationException e) {
      throttle.failed(username, address);
      throw new ApiException(HttpStatus.UNAUTHORIZED, Message.of("org.badCredentials"), List.of());
    }
    throttle.succeeded(username, address);
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    contextRepository.saveContext(context, request, response);
    renewCsrfToken(request, response);
    return me((CurrentUser) authentication.getPrincipal());
  }

  @PostMapping("/api/auth/logout")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void logout(HttpServletRequest request, HttpServletResponse response) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
    renewCsrfToken(request, response);
  }

  @GetMapping("/api/me")
  MeView me() {
    return me(UnitScope.currentUser());
  }

  private MeView me(CurrentUser principal) {
    AppUser user = users.findByUsername(principal.getUsername())
        .orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, Message.of("org.accountGone"), List.of()));
    MeView.UnitRef unit = units.find(user.getUnitId())
        .map(u -> new MeView.UnitRef(u.id(), u.name(), u.shortName(), u.level()))
        .orElse(null);
    return new MeView(
        user.getUsername(), user.getDisplayName(), user.getEmail(), user.getRoles().stream().sorted().toList(), unit);
  }

  /** A new CSRF token whenever the session changes hands. */
  private void renewCsrfToken(HttpServletRequest request, HttpServletResponse response) {
    csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
  }
}
