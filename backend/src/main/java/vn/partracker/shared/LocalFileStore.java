package vn.partracker.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The file store in a directory ({@code par.files.dir}, default {@code ./data/files}); for
 * several nodes, a directory every node mounts. A file appears whole: it is written under a
 * temporary name and then renamed.
 */
@Component
@ConditionalOnProperty(name = "par.files.store", havingValue = "local", matchIfMissing = true)
class LocalFileStore implements FileStore {

  private final Path directory;

  LocalFileStore(@Value("${par.files.dir:./data/files}") String directory) {
    this.directory = Path.of(directory).toAbsolutePath().normalize();
  }

  @Override
  public void put(String key, byte[] bytes) throws IOException {
    Files.createDirectories(directory);
    Path temporary = directory.resolve(key + ".part");
    Files.write(temporary, bytes);
    Files.move(temporary, directory.resolve(key), StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public byte[] get(String key) throws IOException {
    return Files.readAllBytes(directory.resolve(key));
  }
}
