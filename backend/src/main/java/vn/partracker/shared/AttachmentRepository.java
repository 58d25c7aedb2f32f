package vn.partracker.shared;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

  List<Attachment> findByOwnerTypeAndOwnerIdOrderByUploadedAtAsc(String ownerType, Long ownerId);
}
