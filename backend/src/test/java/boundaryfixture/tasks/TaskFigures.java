package boundaryfixture.tasks;

public class TaskFigures {
  public int done() {
    return 3;
  }
}
