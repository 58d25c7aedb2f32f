package vn.partracker.shared.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Names the revision after the signed-in user and the request's client address (the forwarded one
 * when the server trusts the proxy's headers); work without a request, such as a timer, is "system".
 */
class AuditRevisionListener implements RevisionListener {

  @Override
  public void newRevision(Object revision) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String username = auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    String address = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
        ? request.getRequest().getRemoteAddr() : null;
    ((AuditRevision) revision).describe(username, address);
  }
}
