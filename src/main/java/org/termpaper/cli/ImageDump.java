package org.termpaper.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.termpaper.model.Article;
import org.termpaper.model.Figure;
import org.termpaper.model.TermpaperException;
import org.termpaper.picture.PictureDecoder;
import org.termpaper.picture.Sizes;
import org.termpaper.text.TextCleaner;
import org.termpaper.ui.PictureBytes;

/**
 * {@code dump --article ID --images DIR}: writes an article's pictures into a folder as
 * {@code ID-01.jpg}, {@code ID-02.png} … in article order, the extension from what the bytes
 * are. Each picture that cannot be had is a warning line and the others are still written.
 */
final class ImageDump {
  private final PictureBytes pictures;
  private final PrintWriter err;

  ImageDump(PictureBytes pictures, PrintWriter err) {
    this.pictures = pictures;
    this.err = err;
  }

  /** Writes the pictures of {@code article} into {@code dir}; returns how many are missing. */
  int write(Article article, Path dir) {
    List<Figure> figures = article.figures().stream().filter(f -> f.src() != null).toList();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new TermpaperException("cannot create " + dir + ": " + e.getMessage(), e);
    }
    int missing = 0;
    String id = article.id().replaceAll("[^A-Za-z0-9_.-]", "_");
    for (int i = 0; i < figures.size(); i++) {
      String url = figures.get(i).src();
      try {
        PictureBytes.Fetched fetched = pictures.read(url);
        String name = String.format(Locale.ROOT, "%s-%02d.%s", id, i + 1,
            extension(fetched.data()));
        Path file = dir.resolve(name);
        Files.write(file, fetched.data());
        err.println("wrote " + file + " (" + Sizes.bytes(fetched.data().length) + ", from "
            + fetched.from() + ")");
      } catch (TermpaperException | IOException e) {
        missing++;
        err.println("termpaper: warning: picture " + (i + 1) + " of " + article.id() + " ("
            + TextCleaner.line(url) + "): " + TextCleaner.line(String.valueOf(e.getMessage())));
      }
    }
    if (figures.isEmpty()) {
      err.println("termpaper: warning: " + article.id() + " has no pictures");
    }
    return missing;
  }

  /** The file extension for what {@code data} is. */
  static String extension(byte[] data) {
    return switch (PictureDecoder.format(data)) {
      case "JPEG" -> "jpg";
      case "PNG" -> "png";
      case "GIF" -> "gif";
      case "BMP" -> "bmp";
      case "WebP" -> "webp";
      case "PDF" -> "pdf";
      default -> "bin";
    };
  }
}
