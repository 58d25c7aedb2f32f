package vn.partracker.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The caller's units are read once per request, not once per check. */
class UnitScopeTest {

  final JdbcTemplate jdbc = mock(JdbcTemplate.class);
  final UnitScope scope = new UnitScope(null, new UnitTree(null, Clock.systemUTC()), jdbc);

  @AfterEach
  void noRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  void aUnitsSubtreeIsReadOncePerRequest() {
    when(jdbc.queryForList(anyString(), eq(Long.class), eq(7L))).thenReturn(List.of(7L, 8L, 9L));

    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    assertThat(scope.subtree(7)).containsExactlyInAnyOrder(7L, 8L, 9L);
    scope.subtree(7).add(99L); // a caller's own copy
    assertThat(scope.subtree(7)).containsExactlyInAnyOrder(7L, 8L, 9L);
    verify(jdbc, times(1)).queryForList(anyString(), eq(Long.class), eq(7L));

    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    scope.subtree(7);
    verify(jdbc, times(2)).queryForList(anyString(), eq(Long.class), eq(7L));

    RequestContextHolder.resetRequestAttributes(); // a worker thread: read each time
    scope.subtree(7);
    scope.subtree(7);
    verify(jdbc, times(4)).queryForList(anyString(), eq(Long.class), eq(7L));
  }
}
