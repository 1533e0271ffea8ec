package dev.parallax.engine.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.util.List;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.ArrowWriter;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/** Writes Arrow IPC payloads for the tests. */
final class ArrowBytes {
  private ArrowBytes() {
  }

  /**
   * An IPC stream (or file) of {@code batches} record batches, each filled by
   * {@code fill} given the root and the batch number.
   */
  static byte[] write(List<Field> fields, boolean file, int batches, DictionaryProvider dictionaries,
      java.util.function.BiConsumer<VectorSchemaRoot, Integer> fill) {
    try (BufferAllocator allocator = new RootAllocator();
        VectorSchemaRoot root = VectorSchemaRoot.create(new Schema(fields), allocator)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DictionaryProvider provider = dictionaries == null ? new DictionaryProvider.MapDictionaryProvider()
          : dictionaries;
      try (ArrowWriter w = file ? new ArrowFileWriter(root, provider, Channels.newChannel(out))
          : new ArrowStreamWriter(root, provider, out)) {
        w.start();
        for (int b = 0; b < batches; b++) {
          root.allocateNew();
          fill.accept(root, b);
          w.writeBatch();
        }
        w.end();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-batch stream of one column filled by {@code fill}, which must set the value count. */
  static byte[] column(Field field, int rows, Consumer<FieldVector> fill) {
    return write(List.of(field), false, 1, null, (root, b) -> {
      fill.accept(root.getVector(0));
      root.setRowCount(rows);
    });
  }
}
