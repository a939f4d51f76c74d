package org.amtsplan.disruption.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Base64;
import java.util.Random;
import org.amtsplan.testing.QrCodes;
import org.junit.jupiter.api.Test;

class ConfirmationQrCodeTest {

    @Test
    void everyDrawnQrCodeReadsBackAsItsPayload() {
        ConfirmationSigning signing = new ConfirmationSigning();
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] body = new byte[110 + random.nextInt(40)];
            byte[] signature = new byte[64];
            random.nextBytes(body);
            random.nextBytes(signature);
            // the shape of a real payload: AP1.<base64url JSON>.<base64url signature>
            String payload =
                    "AP1."
                            + Base64.getUrlEncoder().withoutPadding().encodeToString(body)
                            + "."
                            + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
            assertEquals(payload, QrCodes.read(signing.qrCode(payload)));
        }
    }
}
