package org.amtsplan.disruption.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.PublicEndpoint;
import org.amtsplan.scheduling.api.AppointmentView;
import org.amtsplan.scheduling.api.Appointments;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed confirmation of an appointment, for the citizen's phone or printout: the payload, and
 * the same as a QR code. A clerk checks it with the verification page, without the server.
 */
@Path("confirmations/{code}")
@RequestScoped
@Tag(name = "Offline kit")
public class ConfirmationResource {

  public record SignedConfirmation(String code, String payload) {}

  @Inject Appointments appointments;
  @Inject ConfirmationSigner signer;

  @GET
  @PublicEndpoint
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Signierte Bestätigung / signed confirmation")
  public SignedConfirmation payload(
      @PathParam("code") String code, @QueryParam("token") String token, @HeaderParam("X-Access-Token") String header) {
    return new SignedConfirmation(code, signedPayload(code, token != null ? token : header));
  }

  @GET
  @PublicEndpoint
  @Produces("image/png")
  @Operation(summary = "Signierte Bestätigung als QR-Code / signed confirmation as QR code")
  public Response qrCode(
      @PathParam("code") String code, @QueryParam("token") String token, @HeaderParam("X-Access-Token") String header) {
    String payload = signedPayload(code, token != null ? token : header);
    return Response.ok(png(payload), "image/png").build();
  }

  private String signedPayload(String code, String token) {
    AppointmentView appointment = appointments.find(code, token);
    if (!signer.enabled()) {
      throw new ProblemException(503, "about:blank", "Service Unavailable",
          "Signierte Bestätigungen sind nicht eingerichtet. / Signed confirmations are not configured.",
          java.util.List.of(), Map.of());
    }
    JsonObject content = Json.createObjectBuilder()
        .add("code", appointment.code())
        .add("unit", appointment.unit())
        .add("location", appointment.location())
        .add("start", appointment.start().toString())
        .add("initials", initials(appointment.name()))
        .build();
    return signer.sign(content);
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

  static byte[] png(String payload) {
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
}
