package dev.parallax.engine.view;

import static dev.parallax.engine.view.TestData.row;
import static dev.parallax.engine.view.TestData.schema;

import dev.parallax.engine.column.Schema;
import dev.parallax.engine.output.OutputOptions;
import dev.parallax.engine.output.ViewOutput;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;

/** The table of the pivot tests (the conformance fixtures' own) and JSON reads of views. */
final class PivotData {
  static final Schema SALES = schema("id", "integer", "region", "string", "cat", "string", "qty", "integer",
      "price", "float", "flag", "boolean");

  private PivotData() {
  }

  /** Ten sales, with a null in each column but id. */
  static Table sales() {
    return TestData.table(SALES, TableOptions.indexed("id"),
        row(1, "East", "A", 5, 1.5, true), row(2, "East", "B", 3, 2.25, false),
        row(3, "West", "A", 7, -1.0, true), row(4, "West", "B", 1, 4.0, true),
        row(5, "East", "A", 2, 0.5, false), row(6, null, "A", 4, 3.0, null),
        row(7, "West", null, 6, 2.0, false), row(8, "North", "B", null, 5.5, true),
        row(9, "East", "A", 5, 1.5, true), row(10, "West", "B", 9, null, true));
  }

  /** The whole view as {@code to_json}, with double quotes written as single ones. */
  static String json(View view) {
    return ViewOutput.toJson(view.window(), null).replace('"', '\'');
  }

  static String json(ViewWindow window) {
    return ViewOutput.toJson(window, null).replace('"', '\'');
  }

  /** {@code to_json({id: true, index: true})}. */
  static String jsonWithIds(View view) {
    return ViewOutput.toJson(view.window(), new OutputOptions().setId(true).setIndex(true)).replace('"', '\'');
  }
}
