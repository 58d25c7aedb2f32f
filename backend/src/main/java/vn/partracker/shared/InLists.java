package vn.partracker.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Values for a SQL {@code in (…)} list, a thousand at a time (the most some databases and drivers take in one). */
public final class InLists {

  public static final int MAX = 1000;

  private InLists() {}

  /** The values in lists of at most {@link #MAX}, in their order. */
  public static <T> List<List<T>> split(Collection<T> values) {
    List<T> all = List.copyOf(values);
    List<List<T>> lists = new ArrayList<>();
    for (int from = 0; from < all.size(); from += MAX) {
      lists.add(all.subList(from, Math.min(all.size(), from + MAX)));
    }
    return lists;
  }
}
