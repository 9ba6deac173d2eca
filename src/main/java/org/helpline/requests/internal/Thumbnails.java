package org.helpline.requests.internal;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * A small PNG of an image, at most {@value #SIZE} pixels on its longer side. The image is decoded
 * with subsampling, every n-th pixel only, so a 20 MB photo costs a few megabytes of memory and not
 * its full size; pictures larger than {@value #MAX_PIXELS} pixels, or that do not decode, get none.
 */
final class Thumbnails {

    static final int SIZE = 240;
    private static final long MAX_PIXELS = 100_000_000L;
    private static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/bmp");

    private Thumbnails() {}

    static boolean drawable(String contentType) {
        return TYPES.contains(contentType);
    }

    static Optional<byte[]> of(InputStream content) throws IOException {
        try (var input = ImageIO.createImageInputStream(content)) {
            var readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return Optional.ofNullable(scaled(reader)).map(Thumbnails::png);
            } catch (IOException | RuntimeException undecodable) {
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaled(ImageReader reader) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
            return null;
        }
        int longer = Math.max(width, height);
        var param = reader.getDefaultReadParam();
        int step = Math.max(1, longer / (SIZE * 2));
        param.setSourceSubsampling(step, step, 0, 0);
        var decoded = reader.read(0, param);
        double scale = Math.min(1.0, (double) SIZE / Math.max(decoded.getWidth(), decoded.getHeight()));
        int w = Math.max(1, (int) Math.round(decoded.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(decoded.getHeight() * scale));
        var small = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        var g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(decoded, 0, 0, w, h, null);
        g.dispose();
        return small;
    }

    private static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
