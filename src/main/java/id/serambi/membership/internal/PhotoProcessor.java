package id.serambi.membership.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.stereotype.Component;

import id.serambi.membership.ImageRefusedException;
import id.serambi.membership.MemberPhoto;
import id.serambi.shared.ImageUploads;

/**
 * Turns an uploaded photo into the card's portrait (3:4, at most 600×800) as a fresh JPEG. The bytes are sniffed (never
 * the file name or content type), the pixel size is read from the header before decoding so that a small file cannot
 * unpack into a huge image, and re-encoding drops every piece of metadata (EXIF location, camera, comments).
 */
@Component
public class PhotoProcessor {

    public static final int MAX_BYTES = MemberPhoto.MAX_UPLOAD_BYTES;
    static final int MAX_SIDE = 4000;
    static final int MIN_SIDE = 60;
    static final int OUT_WIDTH = 600;
    static final int OUT_HEIGHT = 800;

    /** A processed photo. */
    public record Photo(byte[] jpeg, int width, int height) {
    }

    public Photo process(byte[] upload) {
        if (upload.length > MAX_BYTES) {
            throw ImageRefusedException.tooManyBytes(MAX_BYTES / (1024 * 1024));
        }
        BufferedImage image = decode(upload);
        return encode(portrait(image));
    }

    private static BufferedImage decode(byte[] bytes) {
        return ImageUploads.decode(bytes, size -> size.width() <= MAX_SIDE && size.height() <= MAX_SIDE
                && size.width() >= MIN_SIDE && size.height() >= MIN_SIDE,
                () -> ImageRefusedException.badDimensions(MAX_SIDE), ImageRefusedException::notAnImage);
    }

    /** The centre of the image cut to 3:4 and scaled down to the card's size, on white (PNG transparency). */
    private static BufferedImage portrait(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int cropWidth = Math.min(width, height * 3 / 4);
        int cropHeight = Math.min(height, width * 4 / 3);
        int x = (width - cropWidth) / 2;
        int y = (height - cropHeight) / 2;
        int outWidth = Math.min(OUT_WIDTH, cropWidth);
        int outHeight = outWidth * 4 / 3;
        BufferedImage out = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, outWidth, outHeight);
        g.drawImage(image, 0, 0, outWidth, outHeight, x, y, x + cropWidth, y + cropHeight, null);
        g.dispose();
        return out;
    }

    private static Photo encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.88f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return new Photo(bytes.toByteArray(), image.getWidth(), image.getHeight());
    }
}
