package dev.parallax.engine.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.engine.format.Format;
import dev.parallax.engine.format.TableReader;
import dev.parallax.engine.output.OutputOptions;
import dev.parallax.engine.output.ViewOutput;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pivots over computed columns stay live (values recorded from Perspective 5.5.1, expr-live-updates). */
class TestPivotExpressions {
  private static final String CONFIG = "{\"group_by\":[\"su\"],\"columns\":[\"x2\"],"
      + "\"expressions\":{\"x2\":\"\\\"x\\\" * 2\",\"su\":\"upper(\\\"s\\\")\"}}";

  private static Table table() {
    return Table.create(TableReader.read(Format.JSON_ROWS,
        "[{\"k\":1,\"x\":1.5,\"s\":\"a\"},{\"k\":2,\"x\":2.5,\"s\":\"b\"},{\"k\":3,\"x\":-1,\"s\":\"c\"}]", null),
        TableOptions.indexed("k"));
  }

  @Test
  void sumOfAComputedColumnGroupedByAComputedColumnFollowsUpdates() {
    Table t = table();
    View v = View.create(t, ViewConfig.parse(CONFIG));
    List<String> deltas = new ArrayList<>();
    v.onUpdate((view, u) -> deltas.add(ViewOutput.toJson(u.rows(), new OutputOptions())));
    t.update(TableReader.read(Format.JSON_ROWS, "[{\"k\":2,\"x\":10},{\"k\":4,\"x\":0.5,\"s\":\"a\"}]", t.schema()));
    assertEquals(List.of("[{\"x2\":22.0},{\"x2\":4.0},{\"x2\":20.0}]"), deltas);
    assertEquals("[{\"__ROW_PATH__\":[],\"x2\":22.0},{\"__ROW_PATH__\":[\"A\"],\"x2\":4.0},"
        + "{\"__ROW_PATH__\":[\"B\"],\"x2\":20.0},{\"__ROW_PATH__\":[\"C\"],\"x2\":-2.0}]",
        ViewOutput.toJson(v.window(), new OutputOptions()));
  }

  @Test
  void removedRowsLeaveTheSumOfAComputedColumn() {
    Table t = table();
    View v = View.create(t, ViewConfig.parse(CONFIG));
    t.remove(TableReader.keys(List.of(1), dev.parallax.engine.column.ColumnType.INTEGER), 1);
    assertEquals("[{\"__ROW_PATH__\":[],\"x2\":3.0},{\"__ROW_PATH__\":[\"B\"],\"x2\":5.0},"
        + "{\"__ROW_PATH__\":[\"C\"],\"x2\":-2.0}]", ViewOutput.toJson(v.window(), new OutputOptions()));
  }
}
