package vn.partracker.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerRepository extends JpaRepository<Answer, Long> {

  List<Answer> findByAssessmentId(Long assessmentId);

  Optional<Answer> findByAssessmentIdAndCode(Long assessmentId, String code);
}
