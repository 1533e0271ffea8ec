package dev.parallax.server.verticle;

import dev.parallax.engine.column.ColumnType;
import dev.parallax.engine.expression.ExpressionValidation;
import dev.parallax.engine.expression.Expressions;
import dev.parallax.engine.table.Table;
import dev.parallax.server.protocol.WireTypes;
import dev.parallax.server.protocol.wire.Wire;
import java.util.Map;

/**
 * {@code validate_expressions}: the type of each valid expression, where each
 * invalid one fails (message, line, column), and every name's text as its
 * alias, as Perspective 5.5.1 answers it.
 */
public final class Validation {
  private Validation() {
  }

  public static Wire.TableValidateExprResp validate(Table table, Map<String, String> expressions) {
    ExpressionValidation v = Expressions.validate(table.schema(), expressions);
    Wire.TableValidateExprResp.Builder b = Wire.TableValidateExprResp.newBuilder();
    for (Map.Entry<String, ColumnType> e : v.expressionSchema().entrySet()) {
      b.putExpressionSchema(e.getKey(), WireTypes.toWire(e.getValue()));
    }
    for (Map.Entry<String, ExpressionValidation.Error> e : v.errors().entrySet()) {
      b.putErrors(e.getKey(), Wire.TableValidateExprResp.ExprValidationError.newBuilder()
          .setErrorMessage(e.getValue().errorMessage())
          .setLine(e.getValue().line()).setColumn(e.getValue().column()).build());
    }
    b.putAllExpressionAlias(expressions);
    return b.build();
  }
}
