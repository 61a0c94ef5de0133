"""`vnpolitics evaluate` gives the same figures as the project's shared scorer."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import SHARED, shared_file

from vnpolitics.evaluate import format_report, load_records, score


def _doc(entities):
    return {"d": {"id": "d", "text": "x" * 50, "entities": entities}}


def _ent(eid, start, end, label, **attrs):
    return {"id": eid, "start": start, "end": end, "label": label, "text": "x" * (end - start), "attrs": attrs}


def test_strict_spans_attributes_and_holders():
    gold = _doc([_ent("e1", 0, 5, "PERSON"), _ent("e2", 6, 10, "TITLE", role="Bí thư", organization=None, holder="e1"),
                 _ent("e3", 11, 20, "DATE", value="2020-01-02")])
    pred = _doc([_ent("p1", 0, 5, "PERSON"), _ent("p2", 6, 10, "TITLE", role="bí  thư", organization=None, holder="p1"),
                 _ent("p3", 11, 19, "DATE", value="2020-01-02")])
    result = score(gold, pred)
    assert result["labels"]["PERSON"]["f"] == 1.0
    assert result["labels"]["DATE"]["tp"] == 0  # one character short is a miss
    assert result["attributes"]["TITLE.role"]["acc"] == 1.0  # case and spaces are folded
    assert result["holder"]["f"] == 1.0
    assert result["micro"]["p"] == 2 / 3


def test_matches_the_shared_scorer_on_the_dev_set(tmp_path):
    gold_path = shared_file("data", "gold", "dev.jsonl")
    scorer = SHARED / "eval" / "score.py"
    predicted = tmp_path / "pred.jsonl"
    subprocess.run([sys.executable, "-m", "vnpolitics", "annotate", str(gold_path), "-o", str(predicted)], check=True)
    shared = json.loads(subprocess.run([sys.executable, str(scorer), str(gold_path), str(predicted), "--json"],
                                       check=True, capture_output=True, text=True).stdout)
    ours = score(load_records(gold_path), load_records(predicted))
    assert json.loads(json.dumps(ours)) == shared
    assert "micro" in format_report(ours)
