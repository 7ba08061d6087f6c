package org.termpaper.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** A speech engine stood in for by a small shell script, for the tests. */
final class StandInEngine {
  private StandInEngine() {}

  /** Writes {@code body} as an executable {@code /bin/sh} script named {@code name}. */
  static Path script(Path dir, String name, String body) throws IOException {
    Path script = dir.resolve(name);
    Files.writeString(script, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  /** A speaker that runs {@code script} with {@code arguments}. */
  static Speaker speaker(Path script, String... arguments) {
    List<String> command = new java.util.ArrayList<>(List.of(script.toString()));
    command.addAll(List.of(arguments));
    return new Speaker(script, new Engine(command));
  }

  /** True while {@code pid} runs: a process that has ended but is not yet collected does not. */
  static boolean running(long pid) throws IOException {
    Path stat = Path.of("/proc/" + pid + "/stat");
    if (!Files.exists(stat)) {
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
    try {
      String text = Files.readString(stat);
      char state = text.charAt(text.lastIndexOf(')') + 2);
      return state != 'Z' && state != 'X';
    } catch (java.nio.file.NoSuchFileException gone) {
      return false;
    }
  }
}
