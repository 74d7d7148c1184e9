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

    @Test
    void everyDisplayCodeTheWalletRendersCanBeScanned() throws Exception {
        java.util.Random random = new java.util.Random(20261122L);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < 300; i++) {
            StringBuilder token = new StringBuilder("YWZZ1:");
            for (int c = 0; c < 43; c++) {
                token.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(scan(QrCodes.png(token.toString()))).isEqualTo(token.toString());
        }
    }

    /**
     * What a verifier's scanner does with the picture on the holder's phone. The picture is a
     * clean rendering, so it is read as a pure barcode; ZXing's camera-image detector alone
     * (HybridBinarizer) missed the finder patterns of some generated codes now and then.
     */
    public static String scan(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        } catch (com.google.zxing.NotFoundException notPure) {
            return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
    }
}
