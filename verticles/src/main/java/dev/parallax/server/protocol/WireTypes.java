package dev.parallax.server.protocol;

import dev.parallax.engine.ParallaxException;
import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.column.Schema;
import dev.parallax.server.protocol.wire.Wire;
import java.util.ArrayList;
import java.util.List;

/** Column types and schemas between the engine and the wire. */
public final class WireTypes {
  private WireTypes() {
  }

  public static Wire.ColumnType toWire(ColumnType type) {
    switch (type) {
      case STRING:
        return Wire.ColumnType.STRING;
      case DATE:
        return Wire.ColumnType.DATE;
      case DATETIME:
        return Wire.ColumnType.DATETIME;
      case INTEGER:
        return Wire.ColumnType.INTEGER;
      case FLOAT:
        return Wire.ColumnType.FLOAT;
      default:
        return Wire.ColumnType.BOOLEAN;
    }
  }

  public static ColumnType fromWire(Wire.ColumnType type) {
    switch (type) {
      case STRING:
        return ColumnType.STRING;
      case DATE:
        return ColumnType.DATE;
      case DATETIME:
        return ColumnType.DATETIME;
      case INTEGER:
        return ColumnType.INTEGER;
      case FLOAT:
        return ColumnType.FLOAT;
      case BOOLEAN:
        return ColumnType.BOOLEAN;
      default:
        throw new ParallaxException("Unknown column type number " + type.getNumber());
    }
  }

  public static Wire.Schema toWire(Schema schema) {
    Wire.Schema.Builder b = Wire.Schema.newBuilder();
    for (int i = 0; i < schema.size(); i++) {
      b.addSchema(Wire.Schema.KeyTypePair.newBuilder()
          .setName(schema.name(i)).setType(toWire(schema.type(i))));
    }
    return b.build();
  }

  public static Schema fromWire(Wire.Schema schema) {
    List<String> names = new ArrayList<>(schema.getSchemaCount());
    List<ColumnType> types = new ArrayList<>(schema.getSchemaCount());
    for (Wire.Schema.KeyTypePair p : schema.getSchemaList()) {
      names.add(p.getName());
      types.add(fromWire(p.getType()));
    }
    return Schema.of(names, types);
  }
}
