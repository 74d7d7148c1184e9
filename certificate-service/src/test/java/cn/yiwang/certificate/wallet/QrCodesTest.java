package cn.yiwang.certificate.wallet;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodesTest {

    @Test
    void aShowOnPhoneCodeIsAPngThatAScannerReadsBackExactly() throws Exception {
        String content = "YWZZ1:" + "Ab3_-".repeat(9);

        byte[] png = QrCodes.png(content);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(scan(png)).isEqualTo(content);
    }

    /** What a verifier's scanner does with the picture on the holder's phone. */
    public static String scan(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
