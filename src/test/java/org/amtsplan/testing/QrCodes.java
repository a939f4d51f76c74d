package org.amtsplan.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;

/** Reads a QR code back from a PNG, as a clerk's phone camera would. */
public final class QrCodes {

    private QrCodes() {}

    public static String read(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            int[] pixels =
                    image.getRGB(
                            0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap =
                    new BinaryBitmap(
                            new HybridBinarizer(
                                    new RGBLuminanceSource(
                                            image.getWidth(), image.getHeight(), pixels)));
            // the image is a generated code, not a photo: read it as such (the photo detector
            // misses some layouts)
            return new QRCodeReader()
                    .decode(
                            bitmap,
                            java.util.Map.of(
                                    com.google.zxing.DecodeHintType.PURE_BARCODE,
                                    Boolean.TRUE,
                                    com.google.zxing.DecodeHintType.TRY_HARDER,
                                    Boolean.TRUE))
                    .getText();
        } catch (Exception e) {
            throw new AssertionError("no readable QR code in the image", e);
        }
    }
}
