package vn.partracker.shared;

import java.io.IOException;

/**
 * Where the bytes of evidence and attachments live, under keys the application chooses (never a
 * user's file name). Every node of a cluster must see the same store: a directory shared by the
 * nodes (a network volume) or an S3-compatible bucket.
 */
public interface FileStore {

  /** Stores the bytes under the key, whole or not at all. */
  void put(String key, byte[] bytes) throws IOException;

  /** The bytes stored under the key; {@link java.nio.file.NoSuchFileException} when there are none. */
  byte[] get(String key) throws IOException;
}
