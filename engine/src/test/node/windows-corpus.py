#!/usr/bin/env python3
"""Writes corpus/windows.json: the window-function cases (Perspective 5.5's
`windows` view option) that generate.mjs records. Deterministic: run it again
after changing it, then `node generate.mjs windows`."""
import json
import os

SCHEMA = {"id": "integer", "g": "string", "h": "boolean", "t": "integer", "v": "integer", "f": "float",
          "s": "string", "b": "boolean", "d": "date", "dt": "datetime"}
H = 3600000
ROWS = [
    {"id": 1, "g": "a", "h": True, "t": 1, "v": 1, "f": 1.5, "s": "x", "b": True, "d": "2024-01-01", "dt": 1 * H},
    {"id": 2, "g": "a", "h": False, "t": 2, "v": 2, "f": None, "s": "y", "b": False, "d": "2024-01-03", "dt": 3 * H},
    {"id": 3, "g": "b", "h": True, "t": 1, "v": 10, "f": 2.5, "s": None, "b": None, "d": "2024-01-02", "dt": 2 * H},
    {"id": 4, "g": "a", "h": True, "t": 3, "v": None, "f": 3.5, "s": "a", "b": True, "d": None, "dt": None},
    {"id": 5, "g": None, "h": None, "t": 2, "v": 20, "f": 4.5, "s": "z", "b": False, "d": "2024-01-05", "dt": 7 * H},
    {"id": 6, "g": "a", "h": False, "t": 2, "v": 7, "f": -5.25, "s": "q", "b": True, "d": "2024-01-04", "dt": 4 * H},
    {"id": 7, "g": "b", "h": True, "t": None, "v": 5, "f": 6.5, "s": "r", "b": True, "d": "2024-01-06", "dt": 5 * H},
    {"id": 8, "g": "b", "h": False, "t": 4, "v": -3, "f": 0.25, "s": "m", "b": False, "d": "2024-01-02", "dt": 5 * H},
    {"id": 9, "g": "a", "h": True, "t": 5, "v": 4, "f": 8.0, "s": "b", "b": None, "d": "2024-01-08", "dt": 9 * H},
    {"id": 10, "g": "b", "h": True, "t": 4, "v": 6, "f": None, "s": None, "b": False, "d": "2024-01-07", "dt": None},
]
SOURCES = ["v", "f", "s", "b", "d", "dt"]
BASE = {"partition_by": ["g"], "order_by": ["t", "asc"]}
FRAMES = [
    ("default", {}),
    ("cumulative", {"cumulative": True}),
    ("rows0", {"rows": 0}),
    ("rows2", {"rows": 2}),
    ("range1", {"range": 1}),
    ("desc-range1", {"order_by": ["t", "desc"], "range": 1}),
    ("range-f", {"order_by": ["f", "asc"], "range": 1.5}),
    ("range-d", {"order_by": ["d", "asc"], "range": 2}),
    ("range-dt", {"order_by": ["dt", "desc"], "range": 2 * H}),
    ("unpartitioned-rows1", {"partition_by": [], "rows": 1}),
]
OFFSETS = [("default", {}), ("offset0", {"offset": 0}), ("offset2", {"offset": 2}),
           ("offset-big", {"offset": 100}), ("desc", {"order_by": ["t", "desc"]}),
           ("with-frame", {"rows": 1}), ("unordered", {"order_by": None, "partition_by": ["h"]})]
EMAS = [("alpha-half", {"alpha": 0.5}), ("alpha-one", {"alpha": 1}), ("cumulative", {"alpha": 0.25, "cumulative": True}),
        ("no-alpha", {}), ("alpha-zero", {"alpha": 0}), ("alpha-big", {"alpha": 1.5}), ("rows", {"alpha": 0.5, "rows": 1}),
        ("desc", {"alpha": 0.5, "order_by": ["t", "desc"]})]
RATES = [("range1", {"range": 1}), ("range10", {"range": 10}), ("desc", {"order_by": ["t", "desc"], "range": 2}),
         ("date", {"order_by": ["d", "asc"], "range": 3}), ("datetime", {"order_by": ["dt", "asc"], "range": 4 * H}),
         ("float", {"order_by": ["f", "asc"], "range": 2}),
         ("cumulative", {"cumulative": True}), ("rows", {"rows": 1}), ("default", {})]


def table():
    return {"format": "schema", "data": SCHEMA, "options": {}}


def load():
    return {"op": "update", "format": "rows", "data": ROWS}


def view_steps(vid, config):
    return [{"op": "view", "id": vid, "config": config}, {"op": "outputs", "id": vid}]


def window_case(name, op, variants, sources=SOURCES):
    steps = [load()]
    for src in sources:
        for label, extra in variants:
            spec = {"column": src, "aggregate": op, **BASE, **extra}
            spec = {k: v for k, v in spec.items() if v is not None}
            steps += view_steps(f"{src}-{label}", {"columns": ["id", "g", "t", src, "w"], "windows": {"w": spec}})
    return {"name": name, "table": table(), "steps": steps}


def case(name, steps, options=None, tbl=None):
    t = tbl or table()
    if options:
        t = {**t, "options": options}
    return {"name": name, "table": t, "steps": steps}


def w(column, aggregate, **kw):
    return {"column": column, "aggregate": aggregate, **kw}


cases = []
for op in ["sum", "avg", "count", "min", "max", "stddev", "var"]:
    cases.append(window_case(f"windows-{op}", op, FRAMES))
for op in ["lag", "lead", "diff"]:
    cases.append(window_case(f"windows-{op}", op, OFFSETS))
cases.append(window_case("windows-rate", "rate", RATES, ["v", "f", "s"]))
cases.append(window_case("windows-ema", "ema", EMAS, ["v", "f", "d"]))

cases.append(case("windows-partitions", [load()]
    + view_steps("none", {"columns": ["id", "v", "w"], "windows": {"w": w("v", "sum")}})
    + view_steps("two", {"columns": ["id", "g", "h", "v", "w"], "windows": {"w": w("v", "sum", partition_by=["g", "h"])}})
    + view_steps("bool", {"columns": ["id", "h", "v", "w"], "windows": {"w": w("v", "count", partition_by=["h"])}})
    + view_steps("date", {"columns": ["id", "d", "v", "w"], "windows": {"w": w("v", "sum", partition_by=["d"])}})
    + view_steps("float", {"columns": ["id", "f", "w"], "windows": {"w": w("v", "max", partition_by=["f"])}})
    + view_steps("string-order", {"columns": ["id", "s", "v", "w"], "windows": {"w": w("v", "sum", order_by=["s", "desc"])}})
    + view_steps("bool-order", {"columns": ["id", "b", "v", "w"], "windows": {"w": w("v", "sum", order_by=["b", "desc"])}})
    + view_steps("null-ties", {"columns": ["id", "t", "v", "w"], "windows": {"w": w("v", "sum", order_by=["t", "asc"], range=1)}})
    + view_steps("partition-null", {"columns": ["id", "order", "partition", "v"], "windows": {"partition": w("v", "sum", partition_by=None, order_by=None)}, "expressions": {"order": "\"v\" + 1"}})))

cases.append(case("windows-indexed-order",
    [{"op": "update", "format": "rows", "data": list(reversed(ROWS))}]
    + view_steps("pk", {"columns": ["id", "v", "w"], "windows": {"w": w("v", "sum")}})
    + view_steps("ties", {"columns": ["id", "t", "v", "w"], "windows": {"w": w("v", "lag", order_by=["t", "desc"])}}),
    options={"index": "id"}))
cases.append(case("windows-string-index",
    [{"op": "update", "format": "rows", "data": [{"s": "q", "v": 1}, {"s": "b", "v": 2}, {"s": None, "v": 3}, {"s": "k", "v": 4}]}]
    + view_steps("pk", {"windows": {"w": w("v", "sum"), "n": w("s", "lead")}}),
    options={"index": "s"}, tbl={"format": "schema", "data": {"s": "string", "v": "integer"}, "options": {}}))

DATA_TABLE = {"format": "rows", "data": [{k: v for k, v in r.items() if k != "dt"} for r in ROWS], "options": {}}
cases.append(case("windows-combined", []
    + view_steps("filter", {"filter": [["g", "==", "a"]], "columns": ["id", "t", "v", "w"], "windows": {"w": w("v", "sum", order_by=["t", "asc"])}})
    + view_steps("filter-window", {"filter": [["w", ">", 5]], "columns": ["id", "w"], "windows": {"w": w("v", "sum", order_by=["t", "asc"])}})
    + view_steps("sort-window", {"sort": [["w", "desc"]], "columns": ["id", "w"], "windows": {"w": w("v", "sum", order_by=["t", "asc"])}})
    + view_steps("sort-other", {"sort": [["t", "desc"]], "columns": ["id", "t", "w"], "windows": {"w": w("v", "sum", partition_by=["g"], order_by=["t", "asc"])}})
    + view_steps("expression-source", {"columns": ["id", "e", "w"], "expressions": {"e": "\"v\" * 2"}, "windows": {"w": w("e", "sum", partition_by=["g"])}})
    + view_steps("window-of-window", {"columns": ["id", "v", "w", "w2"], "windows": {"w2": w("w", "sum"), "w": w("v", "max", partition_by=["g"])}})
    + view_steps("default-columns", {"windows": {"zz": w("v", "sum"), "b2": w("v", "count"), "Q": w("s", "min")}})
    + view_steps("hidden-window", {"columns": ["id", "v"], "windows": {"w": w("v", "sum")}})
    + view_steps("empty-windows", {"windows": {}})
    + view_steps("group-by", {"group_by": ["g"], "columns": ["v", "w", "m"], "windows": {"w": w("v", "sum", partition_by=["g"], order_by=["t", "asc"]), "m": w("s", "max")}})
    + view_steps("group-by-aggregates", {"group_by": ["h"], "columns": ["w", "c"], "aggregates": {"w": "mean", "c": "count"}, "windows": {"w": w("f", "avg", rows=1), "c": w("v", "count", partition_by=["g"])}})
    + view_steps("group-split", {"group_by": ["g"], "split_by": ["h"], "columns": ["w"], "windows": {"w": w("v", "lag")}})
    + view_steps("total", {"group_rollup_mode": "total", "group_by": ["g"], "columns": ["w"], "windows": {"w": w("v", "sum")}}), tbl=DATA_TABLE))

BAD = [
    ("unknown-aggregate", {"w": w("v", "median")}),
    ("aggregate-case", {"w": w("v", "SUM")}),
    ("unknown-column", {"w": w("zz", "sum")}),
    ("unknown-partition", {"w": w("v", "sum", partition_by=["zz"])}),
    ("expression-partition", {"w": w("v", "sum", partition_by=["e"])}),
    ("unknown-order", {"w": w("v", "sum", order_by=["zz", "asc"])}),
    ("window-order", {"w": w("v", "sum"), "w2": w("v", "sum", order_by=["w", "asc"])}),
    ("bad-direction", {"w": w("v", "sum", order_by=["t", "up"])}),
    ("order-one-element", {"w": w("v", "sum", order_by=["t"])}),
    ("order-string", {"w": w("v", "sum", order_by="t")}),
    ("sum-string", {"w": w("s", "sum")}),
    ("avg-bool", {"w": w("b", "avg")}),
    ("var-date", {"w": w("d", "var")}),
    ("diff-datetime", {"w": w("dt", "diff")}),
    ("ema-string", {"w": w("s", "ema", alpha=0.5)}),
    ("rows-negative", {"w": w("v", "sum", rows=-1)}),
    ("rows-fraction", {"w": w("v", "sum", rows=1.5)}),
    ("rows-string", {"w": w("v", "sum", rows="2")}),
    ("range-zero", {"w": w("v", "sum", order_by=["t", "asc"], range=0)}),
    ("range-negative", {"w": w("v", "sum", order_by=["t", "asc"], range=-2)}),
    ("range-no-order", {"w": w("v", "sum", range=1)}),
    ("range-string-order", {"w": w("v", "sum", order_by=["s", "asc"], range=1)}),
    ("range-bool-order", {"w": w("v", "sum", order_by=["b", "asc"], range=1)}),
    ("two-frames", {"w": w("v", "sum", rows=1, range=1, order_by=["t", "asc"])}),
    ("rows-and-cumulative", {"w": w("v", "sum", rows=1, cumulative=True)}),
    ("cumulative-false", {"w": w("v", "sum", cumulative=False)}),
    ("lag-cumulative", {"w": w("v", "lag", cumulative=True)}),
    ("offset-negative", {"w": w("v", "lag", offset=-1)}),
    ("offset-fraction", {"w": w("v", "lead", offset=0.5)}),
    ("alpha-string", {"w": w("v", "ema", alpha="0.5")}),
    ("missing-column", {"w": {"aggregate": "sum"}}),
    ("missing-aggregate", {"w": {"column": "v"}}),
    ("unknown-key", {"w": {"column": "v", "aggregate": "sum", "frame": "rows"}}),
    ("not-an-object", {"w": "sum"}),
    ("name-clash-column", {"v": w("v", "sum")}),
    ("name-clash-expression", {"e": w("v", "sum")}),
    ("name-empty", {"": w("v", "sum")}),
    ("self-source", {"w": w("w", "sum")}),
    ("cycle", {"w": w("w2", "sum"), "w2": w("w", "sum")}),
]
bad_steps = [load()]
for label, windows in BAD:
    bad_steps += view_steps(label, {"expressions": {"e": "\"v\" + 1"}, "windows": windows})
bad_steps += view_steps("windows-list", {"windows": []})
bad_steps += view_steps("windows-null", {"windows": None})
bad_steps.append({"op": "table_meta"})
cases.append(case("windows-bad-specs", bad_steps))


LIVE_VIEWS = {
    "flat": {"columns": ["id", "g", "t", "v", "cum", "prev"], "windows": {
        "cum": w("v", "sum", partition_by=["g"], order_by=["t", "asc"]),
        "prev": w("v", "lag", partition_by=["g"], order_by=["t", "asc"])}},
    "sorted": {"columns": ["id", "g", "cum"], "sort": [["cum", "desc"]], "filter": [["cum", ">", 3]], "windows": {
        "cum": w("v", "sum", partition_by=["g"], order_by=["t", "asc"])}},
    "grouped": {"group_by": ["g"], "columns": ["v", "cum"], "windows": {
        "cum": w("v", "sum", partition_by=["g"], order_by=["t", "asc"])}},
    "whole": {"columns": ["id", "run", "roll"], "windows": {
        "run": w("v", "count"), "roll": w("f", "avg", order_by=["t", "asc"], rows=1)}},
}


def live_steps(indexed, views):
    steps = []
    for vid in views:
        steps.append({"op": "view", "id": vid, "config": LIVE_VIEWS[vid]})
    if indexed:
        steps.append({"op": "update", "format": "rows", "data": [{"id": 1, "v": 100}]})
        steps.append({"op": "update", "format": "rows", "data": [{"id": 9, "f": 0.5}]})
        steps.append({"op": "update", "format": "rows", "data": [{"id": 4, "g": "b"}]})
        steps.append({"op": "update", "format": "rows", "data": [{"id": 6, "t": 0}]})
        steps.append({"op": "remove", "keys": [2]})
        steps.append({"op": "update", "format": "rows", "data": [{"id": 11, "g": "b", "t": 0, "v": 1000}]})
        steps.append({"op": "update", "format": "rows", "data": [{"id": 3, "s": "changed"}]})
    else:
        steps.append({"op": "update", "format": "rows", "data": [{"id": 11, "g": "a", "t": 0, "v": 100}]})
        steps.append({"op": "update", "format": "rows", "data": [{"id": 12, "g": "b", "t": 9, "v": 1}]})
        steps.append({"op": "update", "format": "rows", "data": [{"id": 13, "g": "c", "t": 1, "v": 2}, {"id": 14, "g": "a", "t": 3, "v": 3}]})
    for vid in views:
        steps.append({"op": "outputs", "id": vid})
    steps.append({"op": "clear"})
    steps.append({"op": "update", "format": "rows", "data": [{"id": 20, "g": "a", "t": 5, "v": 5}]})
    steps.append({"op": "replace", "format": "rows", "data": DATA_TABLE["data"][:4]})
    for vid in views:
        steps.append({"op": "outputs", "id": vid})
    return steps


for vid in LIVE_VIEWS:
    cases.append(case(f"windows-live-indexed-{vid}", live_steps(True, [vid]), options={"index": "id"}, tbl=DATA_TABLE))
    cases.append(case(f"windows-live-unindexed-{vid}", live_steps(False, [vid]), tbl=DATA_TABLE))
# Two windowed views of one table: 5.5.1 also reports, in one view's row delta,
# rows that only the other view's windows touched.
cases.append(case("quirk-windows-shared-table", live_steps(True, ["flat", "whole"]), options={"index": "id"},
                  tbl=DATA_TABLE))
cases.append(case("windows-live-limit", [
    {"op": "view", "id": "flat", "config": {"columns": ["x", "w", "l"], "windows": {"w": w("x", "sum"), "l": w("x", "lag")}}},
    {"op": "update", "format": "rows", "data": [{"x": 1}, {"x": 2}, {"x": 3}]},
    {"op": "update", "format": "rows", "data": [{"x": 4}, {"x": 5}]},
    {"op": "outputs", "id": "flat"}], options={"limit": 3}, tbl={"format": "schema", "data": {"x": "integer"}, "options": {}}))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "corpus", "windows.json"), "w") as out:
    json.dump({"cases": cases}, out, indent=1)
    out.write("\n")
