package dev.parallax.server.verticle;

import dev.parallax.engine.table.Table;
import dev.parallax.server.protocol.wire.Wire;
import java.util.Map;

/**
 * {@code validate_expressions}: the type of each expression, or why it is
 * invalid. Until the engine computes expressions every one is reported invalid
 * (and {@code get_features} says so), which the viewer shows in its editor.
 */
public final class Validation {
  private Validation() {
  }

  public static Wire.TableValidateExprResp validate(Table table, Map<String, String> expressions) {
    Wire.TableValidateExprResp.Builder b = Wire.TableValidateExprResp.newBuilder();
    for (Map.Entry<String, String> e : expressions.entrySet()) {
      b.putErrors(e.getKey(), Wire.TableValidateExprResp.ExprValidationError.newBuilder()
          .setErrorMessage("Expressions are not supported by this server").build());
    }
    return b.build();
  }
}
