package org.termpaper.ui;

import java.util.function.Consumer;
import org.termpaper.speech.Speaker;
import org.termpaper.speech.SpeechSetup;
import org.termpaper.speech.SpokenText;
import org.termpaper.speech.SpokenText.Segment;
import org.termpaper.ui.nav.ReadAloud;
import org.termpaper.ui.nav.ReadAloud.Refusal;
import org.termpaper.ui.nav.ReadAloud.Request;

/**
 * The {@code a} key's engine side: starts and stops the {@link Speaker} as the navigation model
 * asks, refuses at once when the terminal is remote or no engine is there, and posts where the
 * reading is as {@link Event}s. Closing it ends any engine process. Its methods are called on
 * the UI thread only.
 */
final class ReadAloudWorker implements AutoCloseable {
  private final SpeechSetup setup;
  private final Consumer<Event> post;
  private Speaker speaker;

  ReadAloudWorker(SpeechSetup setup, Consumer<Event> post) {
    this.setup = setup;
    this.post = post;
  }

  /** Does what {@code model} asks for, if anything. */
  void take(ReadAloud model) {
    model.take().ifPresent(request -> run(request, model));
  }

  /** Hands a reading's event to {@code model}; false for an event of another kind. */
  static boolean handle(Event event, ReadAloud model) {
    if (event instanceof Event.Speaking at) {
      model.speaking(at.serial(), ReadAloud.Part.valueOf(at.segment().part().name()),
          at.segment().number(), at.segment().count());
    } else if (event instanceof Event.SpeechEnded ended) {
      model.ended(ended.serial(), ended.failure());
    } else {
      return false;
    }
    return true;
  }

  private void run(Request request, ReadAloud model) {
    if (request.isStop()) {
      if (speaker != null) {
        speaker.stop();
      }
      return;
    }
    if (setup.remote()) {
      model.refused(request.serial(), Refusal.REMOTE, "");
      return;
    }
    if (setup.engine() == null) {
      model.refused(request.serial(), Refusal.NO_ENGINE, setup.missing());
      return;
    }
    if (speaker == null) {
      speaker = setup.speaker().orElseThrow();
    }
    int serial = request.serial();
    speaker.start(SpokenText.of(request.article()), new Speaker.Listener() {
      @Override
      public void speaking(Segment segment) {
        post.accept(new Event.Speaking(serial, segment));
      }

      @Override
      public void ended(String failure) {
        post.accept(new Event.SpeechEnded(serial, failure));
      }
    });
  }

  @Override
  public void close() {
    if (speaker != null) {
      speaker.close();
    }
  }
}
