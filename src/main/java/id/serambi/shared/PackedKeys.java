package id.serambi.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An exact set of byte strings, each with an optional number, packed into two arrays: an entry takes its key's length
 * plus 4 bytes (12 with a number) and 5 to 11 bytes of table, where a {@code HashMap} of {@code ByteBuffer}s took about
 * 150 bytes and a {@code HashSet} of short strings about 100. For what an import holds per member of a million: the
 * NIK blind indexes and the member numbers it has seen, in the file and in the library.
 *
 * <p>Keys are copied in (later changes to the caller's array do not matter). Not safe for writers on many threads;
 * readers on many threads are safe once it is published and no longer written.
 */
public final class PackedKeys {

    /** What {@link #putIfAbsent} returns when the key was not there yet. */
    public static final long ABSENT = Long.MIN_VALUE;

    private static final int MAX_ARENA = Integer.MAX_VALUE - 16;

    private final boolean withValues;
    /** Entries one after the other: the key's length (4 bytes), the key, then its number (8 bytes) when kept. */
    private byte[] arena = new byte[1024];
    private int used;
    /** Open addressing, linear probing: an entry's offset in the arena plus one; 0 is a free slot. */
    private int[] slots = new int[64];
    private int size;

    private PackedKeys(boolean withValues) {
        this.withValues = withValues;
    }

    /** A set: {@link #add}, {@link #contains}. */
    public static PackedKeys set() {
        return new PackedKeys(false);
    }

    /** A map to numbers: {@link #putIfAbsent} as well. */
    public static PackedKeys withNumbers() {
        return new PackedKeys(true);
    }

    public int size() {
        return size;
    }

    public boolean contains(byte[] key) {
        return slots[find(key, hash(key))] != 0;
    }

    public boolean contains(String key) {
        return contains(key.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds the key; false when it was there already. */
    public boolean add(byte[] key) {
        return insert(key, 0) == ABSENT;
    }

    public boolean add(String key) {
        return add(key.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds the key with its number, or leaves it as it is: {@link #ABSENT} when it was added, else its number. */
    public long putIfAbsent(byte[] key, long number) {
        if (!withValues) {
            throw new IllegalStateException("a set of keys keeps no numbers");
        }
        return insert(key, number);
    }

    private long insert(byte[] key, long number) {
        int hash = hash(key);
        int slot = find(key, hash);
        if (slots[slot] != 0) {
            return withValues ? readLong(slots[slot] - 1 + 4 + key.length) : 0;
        }
        int offset = append(key, number);
        slots[slot] = offset + 1;
        size++;
        if (size > slots.length / 4 * 3) {
            grow();
        }
        return ABSENT;
    }

    /** The key's slot, or the free slot where it would go. */
    private int find(byte[] key, int hash) {
        int mask = slots.length - 1;
        for (int slot = hash & mask;; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0 || same(entry - 1, key)) {
                return slot;
            }
        }
    }

    private boolean same(int offset, byte[] key) {
        return readInt(offset) == key.length
                && Arrays.equals(arena, offset + 4, offset + 4 + key.length, key, 0, key.length);
    }

    private int append(byte[] key, long number) {
        long needed = (long) used + 4 + key.length + (withValues ? 8 : 0);
        if (needed > arena.length) {
            if (needed > MAX_ARENA) {
                throw new IllegalStateException("more keys than one table can hold: " + size);
            }
            arena = Arrays.copyOf(arena, (int) Math.min(MAX_ARENA, Math.max(needed, arena.length + (long) arena.length / 2)));
        }
        int offset = used;
        writeInt(offset, key.length);
        System.arraycopy(key, 0, arena, offset + 4, key.length);
        if (withValues) {
            writeLong(offset + 4 + key.length, number);
        }
        used = (int) needed;
        return offset;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length - 1;
        for (int entry : old) {
            if (entry != 0) {
                int offset = entry - 1;
                int slot = hashAt(offset + 4, readInt(offset)) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }
    }

    private static int hash(byte[] key) {
        return mix(key, 0, key.length);
    }

    private int hashAt(int from, int length) {
        return mix(arena, from, length);
    }

    /** FNV-1a over the bytes, then MurmurHash3's finaliser so that the low bits (the slot) depend on every byte. */
    private static int mix(byte[] bytes, int from, int length) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < from + length; i++) {
            h = (h ^ (bytes[i] & 0xff)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }

    private int readInt(int at) {
        return (arena[at] & 0xff) << 24 | (arena[at + 1] & 0xff) << 16 | (arena[at + 2] & 0xff) << 8
                | (arena[at + 3] & 0xff);
    }

    private void writeInt(int at, int value) {
        arena[at] = (byte) (value >>> 24);
        arena[at + 1] = (byte) (value >>> 16);
        arena[at + 2] = (byte) (value >>> 8);
        arena[at + 3] = (byte) value;
    }

    private long readLong(int at) {
        return (long) readInt(at) << 32 | (readInt(at + 4) & 0xffffffffL);
    }

    private void writeLong(int at, long value) {
        writeInt(at, (int) (value >>> 32));
        writeInt(at + 4, (int) value);
    }
}
