package dev.parallax.engine.format;

import dev.parallax.engine.column.Dictionary;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.arrow.memory.util.MemoryUtil;

/**
 * Maps UTF-8 byte ranges in native memory to codes of a {@link Dictionary},
 * decoding each distinct string once: a column of a million rows and a few
 * distinct values costs a million hash probes, not a million new strings.
 */
final class Utf8Interner {
  private final Dictionary dictionary;
  private int[] slots = new int[1024];
  private byte[][] keys = new byte[1024][];
  private int[] hashes = new int[1024];
  private int[] codes = new int[1024];
  private int size;

  Utf8Interner(Dictionary dictionary) {
    this.dictionary = dictionary;
    Arrays.fill(slots, -1);
  }

  int code(long address, int length) {
    int h = hash(address, length);
    int mask = slots.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int e = slots[i];
      if (e < 0) {
        byte[] bytes = new byte[length];
        MemoryUtil.copyFromMemory(address, bytes, 0, length);
        int code = dictionary.encode(new String(bytes, StandardCharsets.UTF_8));
        insert(i, h, bytes, code);
        return code;
      }
      if (hashes[e] == h && matches(keys[e], address, length)) {
        return codes[e];
      }
    }
  }

  private void insert(int slot, int h, byte[] bytes, int code) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
      codes = Arrays.copyOf(codes, size * 2);
    }
    keys[size] = bytes;
    hashes[size] = h;
    codes[size] = code;
    slots[slot] = size++;
    if (size * 2 > slots.length) {
      rehash();
    }
  }

  private void rehash() {
    int[] grown = new int[slots.length * 2];
    Arrays.fill(grown, -1);
    int mask = grown.length - 1;
    for (int e = 0; e < size; e++) {
      int i = hashes[e] & mask;
      while (grown[i] >= 0) {
        i = (i + 1) & mask;
      }
      grown[i] = e;
    }
    slots = grown;
  }

  private static boolean matches(byte[] key, long address, int length) {
    if (key.length != length) {
      return false;
    }
    int i = 0;
    for (; i + 8 <= length; i += 8) {
      if (MemoryUtil.getLong(key, i) != MemoryUtil.getLong(address + i)) {
        return false;
      }
    }
    for (; i < length; i++) {
      if (key[i] != MemoryUtil.getByte(address + i)) {
        return false;
      }
    }
    return true;
  }

  private static int hash(long address, int length) {
    long h = length;
    int i = 0;
    for (; i + 8 <= length; i += 8) {
      h = (h ^ MemoryUtil.getLong(address + i)) * 0x9E3779B97F4A7C15L;
    }
    if (i < length) {
      long tail = 0;
      for (int shift = 0; i < length; i++, shift += 8) {
        tail |= (MemoryUtil.getByte(address + i) & 0xFFL) << shift;
      }
      h = (h ^ tail) * 0x9E3779B97F4A7C15L;
    }
    // murmur3's finaliser: every input bit reaches the low bits the table indexes by
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return (int) h;
  }
}
