package org.termpaper.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.termpaper.picture.Drawing;
import org.termpaper.picture.Picture;
import org.termpaper.picture.PictureDecoder;
import org.termpaper.picture.PictureMode;
import org.termpaper.picture.PictureRenderer;
import org.termpaper.picture.Protocol;

/**
 * The work between the {@code i} key and the picture on the wire, warm: decoding the photo's
 * bytes (the baseline) and decoding plus scaling and encoding for the view's box at 80x24 and
 * 200x60. Sample time, so the report gives medians ({@code p0.50}). Photos: one of the bundled
 * sample (160x120 JPEG) and a generated 2400x1600 JPEG, as large as a site's photos are, which
 * is subsampled while read. Run with {@code bench/jmh PictureBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PictureBenchmark {
  @Param({"sample", "large"})
  public String photo;

  private byte[] bytes;
  private final PictureDecoder decoder = new PictureDecoder();

  @Setup
  public void setUp() {
    bytes = photo.equals("sample") ? SamplePhotos.bytes("images/2026-11-04/01-p1.jpg")
        : large();
  }

  @Benchmark
  public Picture decodeOnly() {
    return decoder.decode(bytes, "p.jpg");
  }

  @Benchmark
  public Drawing blocks80x24() {
    return render(Protocol.BLOCKS, 76, 17);
  }

  @Benchmark
  public Drawing blocks200x60() {
    return render(Protocol.BLOCKS, 196, 53);
  }

  @Benchmark
  public Drawing kitty200x60() {
    return render(Protocol.KITTY, 196, 53);
  }

  @Benchmark
  public Drawing sixel200x60() {
    return render(Protocol.SIXEL, 196, 53);
  }

  private Drawing render(Protocol protocol, int columns, int rows) {
    Picture picture = decoder.decode(bytes, "p.jpg");
    return PictureRenderer.render(picture, new PictureMode(protocol, true, null), 2, 3, columns,
        rows);
  }

  private static byte[] large() {
    Random random = new Random(7);
    BufferedImage image = new BufferedImage(2400, 1600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(90, 140, 220), 0, 1600, new Color(30, 60, 40)));
    g.fillRect(0, 0, 2400, 1600);
    for (int i = 0; i < 400; i++) {
      g.setColor(new Color(random.nextInt(0x1000000)));
      g.fillRect(random.nextInt(2400), random.nextInt(1600), 20 + random.nextInt(200),
          20 + random.nextInt(200));
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
