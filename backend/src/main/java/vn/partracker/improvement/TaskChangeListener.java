package vn.partracker.improvement;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.context.ApplicationEventPublisher;

/** JPA lifecycle listener of {@link ImprovementTask} (created by Spring through Hibernate's bean container). */
class TaskChangeListener {

  private final ApplicationEventPublisher events;

  TaskChangeListener(ApplicationEventPublisher events) {
    this.events = events;
  }

  @PostPersist
  @PostUpdate
  @PostRemove
  void changed(ImprovementTask task) {
    events.publishEvent(new ImprovementTasksChanged());
  }
}
