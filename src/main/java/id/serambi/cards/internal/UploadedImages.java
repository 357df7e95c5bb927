package id.serambi.cards.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import id.serambi.shared.ImageUploads;
import id.serambi.shared.InvalidInputException;

/**
 * Takes an uploaded image (a logo, a drawn signature) only when its bytes really are a PNG or JPEG of sensible size,
 * and keeps a fresh PNG drawn from its pixels (no metadata, no trailing payload, at most {@value #MAX_SIDE} pixels a
 * side). The pixel size is read from the header first: a small file declaring a huge image is never decoded.
 */
public final class UploadedImages {

    public static final int MAX_UPLOAD = 2 * 1024 * 1024;
    static final int MAX_SIDE = 600;
    private static final int MAX_STORED = 512 * 1024;
    private static final int MIN_SIDE = 32;
    private static final int MAX_PIXELS = 16_000_000;

    private UploadedImages() {
    }

    /** An image sent as a {@code data:image/png;base64,…} URL, as a canvas gives it. */
    public static byte[] fromDataUrl(String dataUrl, String field) {
        String prefix = "data:image/png;base64,";
        if (!dataUrl.startsWith(prefix) || dataUrl.length() > MAX_UPLOAD) {
            throw InvalidInputException.of(field, "cards.image.type");
        }
        try {
            return normalise(Base64.getDecoder().decode(dataUrl.substring(prefix.length())), field);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "cards.image.type");
        }
    }

    public static byte[] normalise(byte[] upload, String field) {
        if (upload == null || upload.length == 0 || upload.length > MAX_UPLOAD) {
            throw InvalidInputException.of(field, "cards.image.size", MAX_UPLOAD / 1024 / 1024);
        }
        BufferedImage image = ImageUploads.decode(upload, UploadedImages::sensible,
                () -> InvalidInputException.of(field, "cards.image.dimensions", MIN_SIDE, MAX_PIXELS / 1_000_000),
                () -> InvalidInputException.of(field, "cards.image.type"));
        byte[] png = png(scaled(image));
        if (png.length > MAX_STORED) {
            throw InvalidInputException.of(field, "cards.image.size", MAX_UPLOAD / 1024 / 1024);
        }
        return png;
    }

    private static boolean sensible(ImageUploads.Size size) {
        return size.width() >= MIN_SIDE && size.height() >= MIN_SIDE && size.pixels() <= MAX_PIXELS;
    }

    private static BufferedImage scaled(BufferedImage image) {
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = copy.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return copy;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
