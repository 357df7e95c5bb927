package id.serambi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PackedKeysTest {

    @Test
    void behavesLikeAHashMapOverManyKeysOfEveryLength() {
        Random random = new Random(20261127);
        PackedKeys packed = PackedKeys.withNumbers();
        Map<ByteBuffer, Long> model = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            // Short keys repeat often (few distinct values), long ones rarely; lengths 0 to 300 (past one byte).
            int length = i % 50 == 0 ? random.nextInt(301) : random.nextInt(4);
            byte[] key = new byte[length];
            random.nextBytes(key);
            long number = random.nextLong(1_000_000);
            Long before = model.putIfAbsent(ByteBuffer.wrap(key.clone()), number);
            long answer = packed.putIfAbsent(key, number);
            assertThat(answer).isEqualTo(before == null ? PackedKeys.ABSENT : before);
            if (length > 0) {
                key[0] ^= 1; // the table keeps its own copy
            }
        }
        assertThat(packed.size()).isEqualTo(model.size());
        model.forEach((key, number) -> {
            byte[] bytes = new byte[key.remaining()];
            key.duplicate().get(bytes);
            assertThat(packed.contains(bytes)).isTrue();
            assertThat(packed.putIfAbsent(bytes, -1)).isEqualTo(number);
        });
        for (int i = 0; i < 20_000; i++) {
            byte[] key = new byte[4 + random.nextInt(40)];
            random.nextBytes(key);
            assertThat(packed.contains(key)).isEqualTo(model.containsKey(ByteBuffer.wrap(key)));
        }
    }

    @Test
    void tellsKeysApartThatDifferOnlyInLengthOrInTheirLastByte() {
        PackedKeys set = PackedKeys.set();
        assertThat(set.add(new byte[0])).isTrue();
        assertThat(set.add(new byte[1])).isTrue();
        assertThat(set.add(new byte[2])).isTrue();
        assertThat(set.add(new byte[] {0, 1})).isTrue();
        assertThat(set.add(new byte[] {0, 1})).isFalse();
        assertThat(set.contains(new byte[] {0, 2})).isFalse();
        assertThat(set.contains(new byte[3])).isFalse();
        assertThat(set.size()).isEqualTo(4);
    }

    @Test
    void holdsAMillionBlindIndexesAndMemberNumbers() {
        PackedKeys niks = PackedKeys.withNumbers();
        PackedKeys numbers = PackedKeys.set();
        Random random = new Random(7);
        byte[][] kept = new byte[1000][];
        for (int row = 0; row < 1_000_000; row++) {
            byte[] index = new byte[32];
            random.nextBytes(index);
            if (row < kept.length) {
                kept[row] = index;
            }
            assertThat(niks.putIfAbsent(index, row)).isEqualTo(PackedKeys.ABSENT);
            assertThat(numbers.add("M" + row)).isTrue();
        }
        for (int row = 0; row < kept.length; row++) {
            assertThat(niks.putIfAbsent(kept[row], -1)).isEqualTo(row);
        }
        assertThat(numbers.contains("M999999")).isTrue();
        assertThat(numbers.contains("M1000000")).isFalse();
        assertThat(numbers.add("M42")).isFalse();
        assertThat(niks.size()).isEqualTo(1_000_000);
    }

    @Test
    void aSetKeepsNoNumbers() {
        assertThatThrownBy(() -> PackedKeys.set().putIfAbsent(new byte[] {1}, 1))
                .isInstanceOf(IllegalStateException.class);
    }
}
