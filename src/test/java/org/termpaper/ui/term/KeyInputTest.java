package org.termpaper.ui.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeyInputTest {
  private static List<String> keys(String bytes) throws Exception {
    KeyInput input = new KeyInput(new ByteArrayInputStream(bytes.getBytes(StandardCharsets.UTF_8)));
    List<String> keys = new ArrayList<>();
    for (String key = next(input); !KeyInput.END.equals(key); key = next(input)) {
      keys.add(key);
    }
    return keys;
  }

  @Test
  void lettersAndPunctuationAreThemselves() throws Exception {
    assertThat(keys("n]>?/N")).containsExactly("n", "]", ">", "?", "/", "N");
  }

  @Test
  void theReturnOfARawTerminalIsEnterAndTheKeyAfterItIsKept() throws Exception {
    assertThat(keys("g0714\r?\t")).containsExactly("g", "0", "7", "1", "4", "Enter", "?", "Tab");
  }

  @Test
  void escapeSequencesAreNamedKeys() throws Exception {
    assertThat(keys("\u001b[A\u001b[B\u001b[5~\u001b[6~\u001b[H\u001b[F\u001b[Z"))
        .containsExactly("Up", "Down", "PageUp", "PageDown", "Home", "End", "BackTab");
  }

  @Test
  void escFollowedAtOnceByAKeyIsTwoKeys() throws Exception {
    assertThat(keys("\u001b?")).containsExactly("Esc", "?");
  }

  @Test
  void controlKeysSpaceBackspaceAndChineseCharacters() throws Exception {
    assertThat(keys("\u0003 \u007f中")).containsExactly("Ctrl-C", "Space", "Backspace", "中");
  }

  /** The next key, failing rather than hanging when none comes. */
  private static String next(KeyInput input) throws Exception {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return input.next();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).get(10, TimeUnit.SECONDS);
  }

  @Test
  void aLoneEscBracketIsTwoKeysAndTheKeyAfterItIsKept() throws Exception {
    PipedOutputStream typed = new PipedOutputStream();
    KeyInput input = new KeyInput(new PipedInputStream(typed));
    typed.write(new byte[] {0x1b, '['});
    typed.flush();
    assertThat(next(input)).isEqualTo("Esc");
    assertThat(next(input)).isEqualTo("[");
    typed.write('n');
    typed.flush();
    assertThat(next(input)).isEqualTo("n");
  }

  @Test
  void aLoneEscOIsTwoKeysAndTheKeyAfterItIsKept() throws Exception {
    PipedOutputStream typed = new PipedOutputStream();
    KeyInput input = new KeyInput(new PipedInputStream(typed));
    typed.write(new byte[] {0x1b, 'O'});
    typed.flush();
    assertThat(next(input)).isEqualTo("Esc");
    assertThat(next(input)).isEqualTo("O");
    typed.write('q');
    typed.flush();
    assertThat(next(input)).isEqualTo("q");
  }

  @Test
  void aSequenceCutByAControlByteGivesBackWhatWasRead() throws Exception {
    assertThat(keys("\u001b[1\r?")).containsExactly("Esc", "[", "1", "Enter", "?");
    assertThat(keys("\u001b[")).containsExactly("Esc", "[");
  }

  @Test
  void aBadUtf8LeadByteIsIgnoredWithoutEatingTheNextKey() throws Exception {
    assertThat(bytes(0xe4, 'n', 'q')).containsExactly(null, "n", "q");
    assertThat(bytes(0xe4, 0xb8, 'n')).containsExactly(null, "n");
    assertThat(bytes(0x80, 0xff, 'n')).containsExactly(null, null, "n");
    assertThat(bytes(0xe4, 0xb8, 0xad)).containsExactly("中");
  }

  private static List<String> bytes(int... bytes) throws Exception {
    byte[] raw = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      raw[i] = (byte) bytes[i];
    }
    KeyInput input = new KeyInput(new ByteArrayInputStream(raw));
    List<String> keys = new ArrayList<>();
    for (String key = next(input); !KeyInput.END.equals(key); key = next(input)) {
      keys.add(key);
    }
    return keys;
  }

  @Test
  void closingEndsThePumpOfAnInputThatStaysOpenAndTheKeysEnd() throws Exception {
    PipedOutputStream typed = new PipedOutputStream();
    KeyInput input = new KeyInput(new PipedInputStream(typed));
    typed.write('n');
    typed.flush();
    assertThat(next(input)).isEqualTo("n");
    input.close();
    input.pumpThread().join(10_000); // close gives it a second; a loaded machine may need more
    assertThat(input.pumpThread().isAlive()).isFalse();
    assertThat(next(input)).isEqualTo(KeyInput.END);
    assertThatThrownBy(() -> typed.write('q')).as("the pipe is closed").isInstanceOf(
        IOException.class);
  }

  @Test
  void thePumpReadsAtMostABoundAheadOfTheKeysTaken() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        reads.incrementAndGet();
        return 'n';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        reads.incrementAndGet();
        b[off] = 'n';
        return 1;
      }
    };
    KeyInput input = new KeyInput(endless);
    Thread pump = input.pumpThread();
    // Reading an endless input, the pump only ever waits once the queue is full; the bound of
    // ten seconds only turns a pump that never waits into a failure.
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (pump.getState() != Thread.State.WAITING) {
      assertThat(System.nanoTime()).as("the pump waits for room").isLessThan(giveUp);
      Thread.onSpinWait();
    }
    assertThat(reads.get()).isEqualTo(KeyInput.CHUNKS + 1);
    assertThat(next(input)).isEqualTo("n");
    input.close();
    pump.join(10_000);
    assertThat(pump.isAlive()).isFalse();
  }

  @Test
  void aFailureOfTheInputIsThrownByTheNextKeyAfterTheKeysReadBeforeIt() throws Exception {
    InputStream failing = new InputStream() {
      private boolean first = true;

      @Override
      public int read() throws IOException {
        throw new IOException("Input/output error");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (first) {
          first = false;
          b[off] = 'n';
          return 1;
        }
        return read();
      }
    };
    KeyInput input = new KeyInput(failing);
    assertThat(next(input)).isEqualTo("n");
    assertThatThrownBy(() -> next(input)).hasRootCauseInstanceOf(IOException.class)
        .hasRootCauseMessage("Input/output error");
  }
}
