package id.serambi.membership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;

import id.serambi.membership.ImageRefusedException;
import id.serambi.membership.internal.PhotoProcessor;

import jakarta.servlet.ServletInputStream;

/**
 * The photo body as the API reads it: a photo a little over the cap is read to its end before the 413 (so the sender,
 * still sending, gets the answer rather than a cut connection); one declared far larger is refused unread.
 */
class PhotoBodyTest {

    @Test
    void keepsAPhotoWithinTheCap() throws IOException {
        assertThat(MemberApiController.readCapped(request(new CountingBody(1000), 1000))).hasSize(1000);
    }

    @Test
    void readsAPhotoALittleOverTheCapToItsEndBeforeRefusingIt() {
        int size = PhotoProcessor.MAX_BYTES + 1_000_000;
        CountingBody declared = new CountingBody(size);
        CountingBody chunked = new CountingBody(size);

        assertThatThrownBy(() -> MemberApiController.readCapped(request(declared, size)))
                .isInstanceOf(ImageRefusedException.class);
        assertThatThrownBy(() -> MemberApiController.readCapped(request(chunked, -1)))
                .isInstanceOf(ImageRefusedException.class);

        assertThat(declared.read).isEqualTo(size);
        assertThat(chunked.read).isEqualTo(size);
    }

    @Test
    void refusesABodyDeclaredFarLargerUnread() {
        CountingBody body = new CountingBody(1000);
        assertThatThrownBy(() -> MemberApiController.readCapped(
                request(body, MemberApiController.DRAINED_AT_MOST + 1))).isInstanceOf(ImageRefusedException.class);
        assertThat(body.read).isZero();
    }

    private static MockHttpServletRequest request(CountingBody body, long declaredLength) {
        return new MockHttpServletRequest("PUT", "/photo") {
            @Override
            public long getContentLengthLong() {
                return declaredLength;
            }

            @Override
            public ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(body);
            }
        };
    }

    /** A body of zeros that counts what was read from it. */
    private static final class CountingBody extends InputStream {

        private final InputStream bytes;
        long read;

        CountingBody(int size) {
            bytes = new ByteArrayInputStream(new byte[size]);
        }

        @Override
        public int read() throws IOException {
            int b = bytes.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = bytes.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }
    }
}
