#!/usr/bin/env python3
"""convert-peer-plans.py PLANS.json OUTDIR

Turns the peer baseline's synthetic plans (bench-peers/gen.py: one JSON array of
{id, title, organisation, date, rows: [{fokusomraade, hvad, ansvarlige, status, maal}]})
into this package's `workplace-action-plan` documents, one file per plan: OUTDIR/<id>.json.
The Jinja2 baseline and the Swift renderer can then be timed on the same data.

Mapping: organisation -> workplace; date -> adopted and asOf; each row -> a row with
id "row-<n>", fokusomraade -> focusArea, hvad -> whatHowWhen, ansvarlige -> responsible
(one entry), status -> one undated status entry's note, maal -> goal. Text is copied unchanged.
"""
import json
import os
import sys


def convert_row(index, row):
    return {
        "id": f"row-{index}",
        "focusArea": row["fokusomraade"],
        "whatHowWhen": row["hvad"],
        "responsible": [row["ansvarlige"]],
        "statusHistory": [{"note": row["status"]}],
        "goal": row["maal"],
    }


def convert_plan(plan):
    return {
        "type": "workplace-action-plan",
        "version": 1,
        "title": plan["title"],
        "workplace": plan["organisation"],
        "adopted": plan["date"],
        "asOf": plan["date"],
        "rows": [convert_row(i, row) for i, row in enumerate(plan["rows"], start=1)],
    }


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, out_dir = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        plans = json.load(f)
    os.makedirs(out_dir, exist_ok=True)
    for plan in plans:
        name = os.path.basename(plan["id"]) + ".json"
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            json.dump(convert_plan(plan), f, ensure_ascii=False, indent=2, sort_keys=True)
            f.write("\n")
    print(f"wrote {len(plans)} workplace-action-plan files to {out_dir}")


if __name__ == "__main__":
    main()
