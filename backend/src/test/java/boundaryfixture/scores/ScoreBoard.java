package boundaryfixture.scores;

import boundaryfixture.tasks.TaskFigures;

public class ScoreBoard {
  public int points(TaskFigures figures) {
    return figures.done();
  }
}
