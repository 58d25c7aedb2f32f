package vn.partracker.emulation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.emulation.EmulationViews.NominationRequest;
import vn.partracker.emulation.EmulationViews.NominationView;
import vn.partracker.emulation.EmulationViews.Row;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;

/**
 * Nominations of unit heads for the movement's award (never more than its limit), each with the
 * head's row of the scoreboard, and the data of a nomination's dossier.
 */
@Service
@Transactional
class NominationService {

  private final MovementService movements;
  private final NominationRepository nominations;
  private final ScoreboardService scoreboard;
  private final Clock clock;

  NominationService(MovementService movements, NominationRepository nominations, ScoreboardService scoreboard,
      Clock clock) {
    this.movements = movements;
    this.nominations = nominations;
    this.scoreboard = scoreboard;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<NominationView> nominations(long id) {
    Movement m = movements.movement(id);
    Map<Long, Row> rows = scoreboard.rank(m).stream().collect(Collectors.toMap(Row::unitId, r -> r));
    return nominations.findByMovementIdOrderByProposedAtAscIdAsc(id).stream().map(n -> view(n, rows.get(n.getUnitId())))
        .toList();
  }

  NominationView nominate(long id, NominationRequest request, CurrentUser user) {
    Movement m = movements.lock(id);
    Map<Long, Row> rows = scoreboard.rank(m).stream().collect(Collectors.toMap(Row::unitId, r -> r));
    Row row = request.unitId() == null ? null : rows.get(request.unitId());
    if (row == null) {
      throw ApiException.invalidField("unitId", "emulation.unitInScopeRequired");
    }
    if (row.headUsername() == null) {
      throw ApiException.invalidField("unitId", "emulation.noHeadAccount", row.unitName());
    }
    String reason = request.reason() == null ? null : request.reason().strip();
    if (reason != null && reason.length() > 4000) {
      throw ApiException.invalidField("reason", "emulation.reasonTooLong");
    }
    if (nominations.existsByMovementIdAndUnitId(id, row.unitId())) {
      throw ApiException.conflict("emulation.headAlreadyNominated", row.unitName());
    }
    long count = nominations.countByMovementId(id);
    if (count >= m.getAwardLimit()) {
      throw ApiException.conflict("emulation.awardLimitReached", m.getAwardLimit(), count);
    }
    Nomination n = nominations.save(new Nomination(id, row.unitId(), reason, user.getUsername(), clock.instant()));
    return view(n, row);
  }

  void withdraw(long id, long nominationId) {
    nominations.delete(nomination(id, nominationId));
  }

  /** A nomination with the head's row in the scoreboard, for the dossier. */
  @Transactional(readOnly = true)
  NominationDossier.Data dossierData(long id, long nominationId) {
    Movement m = movements.movement(id);
    Nomination n = nomination(id, nominationId);
    Row row = scoreboard.rank(m).stream().filter(r -> r.unitId().equals(n.getUnitId())).findFirst()
        .orElseThrow(() -> ApiException.conflict("emulation.nominationUnitOutOfScope"));
    return new NominationDossier.Data(movements.get(id), view(n, row), row);
  }

  private Nomination nomination(long id, long nominationId) {
    return nominations.findById(nominationId).filter(n -> n.getMovementId() == id)
        .orElseThrow(() -> ApiException.notFound("emulation.nominationNotFound", nominationId));
  }

  private NominationView view(Nomination n, Row row) {
    return new NominationView(n.getId(), n.getUnitId(), row == null ? null : row.unitName(),
        row == null ? null : row.headName(), n.getReason(), n.getProposedBy(), n.getProposedAt(),
        row == null ? 0 : row.met(), row == null ? 0 : row.applicable());
  }
}
