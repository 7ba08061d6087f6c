package org.termpaper.serve.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.termpaper.model.TermpaperException;

/**
 * The station's SSH host key: an ECDSA P-256 key pair (ecdsa-sha2-nistp256, which every SSH
 * client takes) made on first start and kept in one file, mode 600 from its creation on, so that
 * clients see the same key at every start. The file holds the private key (PKCS #8) and the
 * public key (X.509), each as a PEM block.
 */
final class HostKey {
  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");
  private static final String PRIVATE = "PRIVATE KEY";
  private static final String PUBLIC = "PUBLIC KEY";

  private HostKey() {}

  /** The key pair in {@code file}, made and written there first if there is none. */
  static KeyPair loadOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      return read(file);
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw new TermpaperException("cannot use the SSH host key " + file + ": " + e.getMessage()
          + " (move the file away to make a new key)");
    }
  }

  private static void create(Path file) throws IOException, GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = generator.generateKeyPair();
    String text = pem(PRIVATE, pair.getPrivate().getEncoded())
        + pem(PUBLIC, pair.getPublic().getEncoded());
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temp = file.resolveSibling(file.getFileName() + ".new");
    Files.deleteIfExists(temp);
    Files.createFile(temp,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(temp, text, StandardCharsets.US_ASCII);
    try {
      Files.move(temp, file);
    } catch (FileAlreadyExistsException e) {
      Files.deleteIfExists(temp); // another station made it first: keep theirs
    }
  }

  private static KeyPair read(Path file) throws IOException, GeneralSecurityException {
    String text = Files.readString(file, StandardCharsets.US_ASCII);
    byte[] privateKey = null;
    byte[] publicKey = null;
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      byte[] der = Base64.getMimeDecoder().decode(m.group(2));
      if (m.group(1).equals(PRIVATE)) {
        privateKey = der;
      } else if (m.group(1).equals(PUBLIC)) {
        publicKey = der;
      }
    }
    if (privateKey == null || publicKey == null) {
      throw new IllegalArgumentException("it does not hold a private and a public key");
    }
    KeyFactory keys = KeyFactory.getInstance("EC");
    return new KeyPair(keys.generatePublic(new X509EncodedKeySpec(publicKey)),
        keys.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }
}
