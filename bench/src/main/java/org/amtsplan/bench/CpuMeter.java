package org.amtsplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * CPU time a process used, read from {@code /proc/<pid>/stat}. On a machine shared with other work
 * the rates vary with what else runs, while the CPU milliseconds a request costs the server (and the
 * database) stay comparable between runs; the report gives both.
 */
final class CpuMeter {

  private static final double MILLIS_PER_TICK = 10; // USER_HZ is 100 on Linux

  private final long[] pids;

  private CpuMeter(long... pids) {
    this.pids = pids;
  }

  /** The process listening on this TCP port on this machine, if it can be seen (Linux, same user or root). */
  static OptionalLong listeningOn(int port) {
    try {
      Process ss = new ProcessBuilder("ss", "-ltnpH", "sport = :" + port).redirectErrorStream(true).start();
      String output = new String(ss.getInputStream().readAllBytes());
      ss.waitFor(10, TimeUnit.SECONDS);
      int at = output.indexOf("pid=");
      if (at < 0) {
        return OptionalLong.empty();
      }
      int end = at + 4;
      while (end < output.length() && Character.isDigit(output.charAt(end))) {
        end++;
      }
      return OptionalLong.of(Long.parseLong(output.substring(at + 4, end)));
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalLong.empty();
    }
  }

  static CpuMeter of(OptionalLong pid) {
    return pid.isPresent() ? new CpuMeter(pid.getAsLong()) : null;
  }

  /** The processes together (the nodes of a cluster); null unless every one of them can be seen. */
  static CpuMeter ofAll(List<OptionalLong> pids) {
    return pids.stream().allMatch(OptionalLong::isPresent)
        ? new CpuMeter(pids.stream().mapToLong(OptionalLong::getAsLong).toArray()) : null;
  }

  /** User and system CPU time of the process(es) so far, in milliseconds; -1 when it cannot be read. */
  double millis() {
    double total = 0;
    for (long pid : pids) {
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        // the command name in parentheses may contain spaces: count fields after the closing one
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
      } catch (IOException | RuntimeException e) {
        return -1;
      }
    }
    return total;
  }
}
