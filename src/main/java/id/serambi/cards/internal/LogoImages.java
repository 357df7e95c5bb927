package id.serambi.cards.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import id.serambi.shared.InvalidInputException;

/**
 * Takes a logo upload only when its bytes really are a PNG or JPEG of sensible size, and keeps a fresh PNG drawn
 * from its pixels (no metadata, no trailing payload, at most {@value #MAX_SIDE} pixels a side).
 */
public final class LogoImages {

    public static final int MAX_UPLOAD = 2 * 1024 * 1024;
    static final int MAX_SIDE = 600;
    private static final int MAX_STORED = 512 * 1024;
    private static final int MIN_SIDE = 32;
    private static final int MAX_PIXELS = 40_000_000;

    private LogoImages() {
    }

    public static byte[] normalise(byte[] upload) {
        if (upload == null || upload.length == 0 || upload.length > MAX_UPLOAD) {
            throw InvalidInputException.of("logo", "cards.design.logoSize", MAX_UPLOAD / 1024 / 1024);
        }
        if (!isPng(upload) && !isJpeg(upload)) {
            throw InvalidInputException.of("logo", "cards.design.logoType");
        }
        BufferedImage image = read(upload);
        if (image == null || image.getWidth() < MIN_SIDE || image.getHeight() < MIN_SIDE
                || (long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
            throw InvalidInputException.of("logo", "cards.design.logoType");
        }
        byte[] png = png(scaled(image));
        if (png.length > MAX_STORED) {
            throw InvalidInputException.of("logo", "cards.design.logoSize", MAX_UPLOAD / 1024 / 1024);
        }
        return png;
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }

    private static boolean isJpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff;
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("logo", "cards.design.logoType");
        }
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
