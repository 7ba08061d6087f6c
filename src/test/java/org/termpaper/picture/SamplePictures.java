package org.termpaper.picture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes the sample paper's pictures: for every {@code bundled:sample/images/….jpg} (or
 * {@code .png}) its feeds name, a small scene of our own (sky, sun, water or land, buildings),
 * seeded by its name so that running this again makes the same files. Run from the project:
 * {@code java -cp target/classes:target/test-classes org.termpaper.picture.SamplePictures
 * src/main/resources/org/termpaper/sample}.
 */
final class SamplePictures {
  private static final Pattern NAMED =
      Pattern.compile("bundled:sample/(images/[A-Za-z0-9/_-]+\\.(jpg|png))");

  private SamplePictures() {}

  public static void main(String[] args) throws IOException {
    Path sample = Path.of(args[0]);
    try (var feeds = Files.newDirectoryStream(sample, "2*.json")) {
      for (Path feed : feeds) {
        Matcher m = NAMED.matcher(Files.readString(feed));
        while (m.find()) {
          Path out = sample.resolve(m.group(1));
          Files.createDirectories(out.getParent());
          BufferedImage scene = scene(m.group(1).hashCode());
          if (m.group(2).equals("png")) {
            ImageIO.write(map(m.group(1).hashCode()), "png", out.toFile());
          } else {
            jpeg(scene, out);
          }
        }
      }
    }
  }

  static BufferedImage scene(long seed) {
    Random random = new Random(seed);
    boolean portrait = random.nextInt(5) == 0;
    int w = portrait ? 120 : 160;
    int h = portrait ? 160 : 120;
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    float hue = random.nextFloat();
    int horizon = h / 2 + random.nextInt(h / 5);
    g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.5f, 0.95f), 0, horizon,
        Color.getHSBColor(hue + 0.08f, 0.2f, 1f)));
    g.fillRect(0, 0, w, horizon);
    g.setColor(Color.getHSBColor(0.12f, 0.7f, 1f));
    int sun = 14 + random.nextInt(12);
    g.fillOval(random.nextInt(w - sun), 6 + random.nextInt(horizon / 3), sun, sun);
    g.setPaint(new GradientPaint(0, horizon, Color.getHSBColor(hue + 0.45f, 0.6f, 0.6f), 0, h,
        Color.getHSBColor(hue + 0.5f, 0.7f, 0.3f)));
    g.fillRect(0, horizon, w, h - horizon);
    int buildings = 3 + random.nextInt(6);
    for (int i = 0; i < buildings; i++) {
      int bw = 10 + random.nextInt(22);
      int bh = 12 + random.nextInt(horizon - 10);
      int x = random.nextInt(w - bw);
      g.setColor(Color.getHSBColor(random.nextFloat(), 0.35f, 0.35f + random.nextFloat() / 2));
      g.fillRect(x, horizon - bh, bw, bh);
      g.setColor(new Color(255, 240, 180));
      for (int wy = horizon - bh + 4; wy < horizon - 4; wy += 7) {
        for (int wx = x + 3; wx < x + bw - 3; wx += 6) {
          if (random.nextInt(3) > 0) {
            g.fillRect(wx, wy, 3, 3);
          }
        }
      }
    }
    g.dispose();
    return image;
  }

  /** A route map: a pale ground, a river, and a red line between two dots. */
  static BufferedImage map(long seed) {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(245, 240, 225));
    g.fillRect(0, 0, 160, 120);
    g.setColor(new Color(120, 170, 220));
    g.setStroke(new BasicStroke(9));
    g.drawLine(0, 80, 160, 50);
    g.setColor(new Color(210, 40, 40));
    g.setStroke(new BasicStroke(3));
    int x = 15;
    int y = 20 + random.nextInt(20);
    for (int i = 0; i < 6; i++) {
      int nx = x + 20 + random.nextInt(5);
      int ny = 15 + random.nextInt(90);
      g.drawLine(x, y, nx, ny);
      x = nx;
      y = ny;
    }
    g.setColor(new Color(30, 120, 40));
    g.fillOval(10, 15 + 5, 10, 10);
    g.fillOval(x - 5, y - 5, 10, 10);
    g.dispose();
    return image;
  }

  private static void jpeg(BufferedImage image, Path out) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0.8f);
    Files.deleteIfExists(out);
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out.toFile())) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }
}
