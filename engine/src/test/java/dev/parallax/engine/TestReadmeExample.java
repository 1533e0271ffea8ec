package dev.parallax.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.engine.format.Format;
import dev.parallax.engine.format.TableReader;
import dev.parallax.engine.output.OutputOptions;
import dev.parallax.engine.output.ViewOutput;
import dev.parallax.engine.table.Table;
import dev.parallax.engine.table.TableOptions;
import dev.parallax.engine.view.View;
import dev.parallax.engine.view.ViewConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's library example, as it is written there, does what the README says. */
class TestReadmeExample {
  @Test
  void readmeExampleRunsAndReportsTheUpdateAsARowDelta() {
    List<byte[]> sent = new ArrayList<>();
    Table trades = Table.create(
        TableReader.read(Format.CSV, "id,sym,qty,price\n1,AAPL,10,187.5\n2,MSFT,5,411.2\n", null),
        TableOptions.indexed("id"));
    View view = View.create(trades, ViewConfig.parse(
        "{\"columns\": [\"sym\", \"price\"], \"filter\": [[\"qty\", \">\", 1]], \"sort\": [[\"price\", \"desc\"]]}"));
    view.onUpdate((v, update) -> sent.add(ViewOutput.toArrow(update.rows())));
    trades.update(TableReader.read(Format.JSON_ROWS, "[{\"id\": 2, \"price\": 409.9}]", trades.schema()));
    String json = ViewOutput.toJson(view.window(0, 100, 0, Integer.MAX_VALUE), new OutputOptions());
    String csv = ViewOutput.toCsv(view.window());

    assertEquals(1, sent.size());
    assertEquals("[{\"sym\":\"MSFT\",\"price\":409.9},{\"sym\":\"AAPL\",\"price\":187.5}]", json);
    assertEquals("\"sym\",\"price\"\n\"MSFT\",409.9\n\"AAPL\",187.5\n", csv);
  }
}
