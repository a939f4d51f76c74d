package org.amtsplan.disruption.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.amtsplan.disruption.SignedConfirmations;
import org.amtsplan.platform.JsonObjects;

/** What a signed confirmation contains, and how it becomes a QR code. */
@ApplicationScoped
public class ConfirmationSigning implements SignedConfirmations {

  @Inject ConfirmationSigner signer;

  @Override
  public boolean enabled() {
    return signer.enabled();
  }

  @Override
  public Optional<String> payload(String code, String unit, String location, OffsetDateTime start, String name) {
    if (!signer.enabled()) {
      return Optional.empty();
    }
    return Optional.of(signer.sign(JsonObjects.objectBuilder()
        .add("code", code)
        .add("unit", unit)
        .add("location", location)
        .add("start", start.toString())
        .add("initials", initials(name))
        .build()));
  }

  @Override
  public byte[] qrCode(String payload) {
    try {
      BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 320, 320,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
      BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < matrix.getWidth(); x++) {
          image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (WriterException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** "Erika Mustermann" → "EM": enough to match a person to an ID card, no more. */
  static String initials(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    return Arrays.stream(name.strip().split("\\s+"))
        .map(part -> part.substring(0, part.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT))
        .collect(Collectors.joining());
  }
}
