package boundaryfixture;

/**
 * A two-module application used only by {@code ModularityTest}: {@code scores} reads
 * {@code tasks} without declaring it, so verifying these modules must fail.
 */
public final class BoundaryFixture {
  private BoundaryFixture() {}
}
