"""Writes corpus/pivot-random.json: 24 seeded random tables (indexed or not, with
nulls), each updated a few times (never to null: Perspective's live views keep
old values then), then 4 random pivots made afresh (group_by, split_by, every
aggregate that applies, sorts incl. column and abs sorts, rollup modes, filters,
group_by_depth). Views are made only after the updates, so the fixture holds
Perspective's answers, not its live views' drift. Run from this directory, then
`node generate.mjs pivot-random`.
"""
import json, random
R = random.Random(20261120)
GS = ["a", "b", "c", None]
HS = ["x", "y", None]
AGG = {
  "integer": ["sum", "count", "avg", "mean", "min", "max", "high", "low", "any", "first", "last", "last by index",
              "median", "q1", "q3", "distinct count", "dominant", "unique", "abs sum", "sum abs", "high minus low",
              "last minus first", "distinct leaf"],
  "float": ["sum", "count", "avg", "min", "max", "any", "first", "last", "median", "q1", "q3", "distinct count",
            "dominant", "unique", "pct sum parent", "pct sum total", "abs sum", "gmv", ["weighted mean", ["w"]]],
  "string": ["count", "any", "first", "last", "distinct count", "dominant", "unique", "join", "median", "q1", "q3",
             ["max by", ["w"]], ["min by", ["w"]], "distinct leaf"],
  "boolean": ["count", "any", "distinct count", "and", "or", "first", "last", "unique", "dominant"],
}
TYPES = {"n": "integer", "f": "float", "s": "string", "b": "boolean"}
def val(col):
    if R.random() < 0.15: return None
    if col == "n": return R.randint(-3, 9)
    if col in ("f", "w"): return R.randint(-6, 12) / 2
    if col == "s": return R.choice(["p", "q", "r", "s"])
    if col == "b": return R.random() < 0.5
def row(i):
    return {"id": i, "g": R.choice(GS), "h": R.choice(HS), "n": val("n"), "f": val("f"), "s": val("s"),
            "b": val("b"), "w": val("w")}
def config():
    c = {}
    gb = R.sample(["g", "h", "b"], R.choice([0, 1, 1, 2, 2]))
    sb = R.sample([x for x in ["g", "h", "b"] if x not in gb], R.choice([0, 0, 1, 1]))
    if not gb and not sb: gb = ["g"]
    if gb: c["group_by"] = gb
    if sb: c["split_by"] = sb
    cols = R.sample(["n", "f", "s", "b"], R.randint(1, 3))
    c["columns"] = cols
    aggs = {}
    for col in cols:
        if R.random() < 0.7:
            aggs[col] = R.choice(AGG[TYPES[col]])
    if aggs: c["aggregates"] = aggs
    if R.random() < 0.6:
        dirs = ["asc", "desc", "asc abs", "desc abs"] + (["col asc", "col desc", "col desc abs"] if sb else [])
        srt = [[R.choice(cols + gb), R.choice(dirs)]]
        if R.random() < 0.3: srt.append([R.choice(cols), R.choice(["asc", "desc"])])
        c["sort"] = srt
    if gb and R.random() < 0.3:
        c["group_rollup_mode"] = R.choice(["flat", "rollup"])
    if sb and R.random() < 0.3:
        c["split_rollup_mode"] = "rollup"
    if R.random() < 0.25:
        c["filter"] = [R.choice([["n", ">", 0], ["f", "<=", 2], ["s", "!=", "q"], ["g", "is not null", None]])]
    if gb and R.random() < 0.15:
        c["group_by_depth"] = R.randint(0, len(gb))
    return c
cases = []
for k in range(24):
    indexed = k % 3 != 2
    n = R.randint(8, 30)
    rows = [row(i) for i in range(n)]
    # A float column whose first value looks integral is read as integer by
    # Perspective, which then loses the nulls before its first fraction.
    rows[0]["f"] = 0.25
    rows[0]["w"] = 0.25
    steps = []
    ids = []
    configs = {}
    for v in range(4):
        vid = "v%d" % v
        ids.append(vid)
        configs[vid] = config()
    for u in range(3):
        if indexed:
            upd = []
            for _ in range(R.randint(1, 4)):
                r = row(R.randint(0, n + 3))
                # Keep live values non-null: Perspective's live aggregates mishandle updates to null.
                for key in ("g", "h", "n", "f", "s", "b", "w"):
                    if r[key] is None:
                        r[key] = {"g": "a", "h": "x", "n": 1, "f": 0.5, "s": "p", "b": True, "w": 1.0}[key]
                upd.append(r)
            steps.append({"op": "update", "format": "rows", "data": upd})
            if R.random() < 0.5:
                steps.append({"op": "remove", "keys": [R.randint(0, n)]})
        else:
            upd = [row(n + u * 10 + j) for j in range(R.randint(1, 3))]
            for r in upd:
                for key in ("g", "h", "n", "f", "s", "b", "w"):
                    if r[key] is None:
                        r[key] = {"g": "a", "h": "x", "n": 1, "f": 0.5, "s": "p", "b": True, "w": 1.0}[key]
            steps.append({"op": "update", "format": "rows", "data": upd})
    for vid in ids:
        steps.append({"op": "view", "id": vid + "f", "config": configs[vid]})
        steps.append({"op": "window", "id": vid + "f", "window": {}, "id_index": False})
    cases.append({"name": "random-%02d" % k, "table": {"format": "rows", "data": rows,
                  "options": {"index": "id"} if indexed else {}}, "steps": steps})
json.dump({"cases": cases}, open("corpus/pivot-random.json", "w"), indent=1)
