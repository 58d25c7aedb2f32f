package vn.partracker.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppraisalRoundRepository extends JpaRepository<AppraisalRound, Long> {

  List<AppraisalRound> findByAnswerIdIn(Collection<Long> answerIds);
}
