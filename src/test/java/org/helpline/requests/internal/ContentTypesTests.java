package org.helpline.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ContentTypesTests {

    @Test
    void theTypeComesFromTheContent() throws IOException {
        assertThat(detect("<!DOCTYPE html><html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/html");
        assertThat(detect("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("application/pdf");
        assertThat(detect(image("png", 10, 10))).isEqualTo("image/png");
        assertThat(detect(image("jpeg", 10, 10))).isEqualTo("image/jpeg");
        assertThat(detect("just words".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
    }

    @Test
    void aPictureGetsAThumbnailAtMost240PixelsWideOrHighAndOtherContentNone() throws IOException {
        var thumbnail = Thumbnails.of(new ByteArrayInputStream(image("jpeg", 3000, 1000)))
                .orElseThrow();
        var small = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertThat(small.getWidth()).isEqualTo(240);
        assertThat(small.getHeight()).isEqualTo(80);
        assertThat(Thumbnails.of(new ByteArrayInputStream(image("png", 100, 50)))
                        .orElseThrow())
                .satisfies(bytes -> assertThat(
                                ImageIO.read(new ByteArrayInputStream(bytes)).getWidth())
                        .isEqualTo(100));
        assertThat(Thumbnails.of(new ByteArrayInputStream("not a picture".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
        assertThat(Thumbnails.drawable("image/svg+xml")).isFalse();
    }

    private static String detect(byte[] content) throws IOException {
        return ContentTypes.detect(new ByteArrayInputStream(content));
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
