"""Scoring output against gold, with the same figures as the project's shared scorer.

Spans match strictly (start, end, label); normalised attributes are compared
on matched spans after folding case and whitespace; a holder link counts when
the same (PERSON span, TITLE span) pair is linked on both sides.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

__all__ = ["NORMALISED_ATTRIBUTES", "load_records", "score", "format_report"]

NORMALISED_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "DATE": ("value",),
    "LEGAL_DOC": ("code", "doc_type", "number", "year"),
    "TITLE": ("role", "organization"),
}


def load_records(path: str | Path) -> dict[str, dict[str, Any]]:
    """Records by id (line number where a record has none); error records have no entities."""
    records: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if line.strip():
                record = json.loads(line)
                records[str(record.get("id", number))] = record
    return records


def _fold(value: Any) -> Any:
    return re.sub(r"\s+", " ", value).strip().casefold() if isinstance(value, str) else value


def _prf(true_positives: int, predicted: int, gold: int) -> dict[str, float]:
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": precision, "r": recall, "f": f1}


def _holder_pairs(entities: Iterable[Mapping[str, Any]]) -> set[tuple[tuple[int, int], tuple[int, int]]]:
    entities = list(entities)
    spans = {entity.get("id"): (entity["start"], entity["end"]) for entity in entities}
    pairs = set()
    for entity in entities:
        holder = (entity.get("attrs") or {}).get("holder")
        if entity["label"] == "TITLE" and holder in spans:
            pairs.add((spans[holder], (entity["start"], entity["end"])))
    return pairs


def score(
    gold: Mapping[str, Mapping[str, Any]],
    predicted: Mapping[str, Mapping[str, Any]],
    label_map: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """P/R/F1 per label and micro, attribute accuracy, holder-link P/R/F1."""
    label_map = dict(label_map or {})
    true_pos: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    attr_ok: Counter[tuple[str, str]] = Counter()
    attr_n: Counter[tuple[str, str]] = Counter()
    links = Counter(tp=0, gold=0, pred=0)
    missing = 0
    for doc_id, gold_doc in gold.items():
        pred_doc = predicted.get(doc_id)
        if pred_doc is None:
            missing += 1
            pred_doc = {"entities": []}
        gold_entities = gold_doc.get("entities") or []
        pred_entities = pred_doc.get("entities") or []
        gold_by_key = {(e["start"], e["end"], label_map.get(e["label"], e["label"])): e for e in gold_entities}
        pred_by_key = {(e["start"], e["end"], e["label"]): e for e in pred_entities}
        n_gold.update(key[2] for key in gold_by_key)
        n_pred.update(key[2] for key in pred_by_key)
        for key in gold_by_key.keys() & pred_by_key.keys():
            label = key[2]
            true_pos[label] += 1
            gold_attrs = gold_by_key[key].get("attrs") or {}
            pred_attrs = pred_by_key[key].get("attrs") or {}
            for field in NORMALISED_ATTRIBUTES.get(label, ()):
                if field in gold_attrs:
                    attr_n[(label, field)] += 1
                    attr_ok[(label, field)] += _fold(gold_attrs.get(field)) == _fold(pred_attrs.get(field))
        gold_pairs, pred_pairs = _holder_pairs(gold_entities), _holder_pairs(pred_entities)
        links["tp"] += len(gold_pairs & pred_pairs)
        links["gold"] += len(gold_pairs)
        links["pred"] += len(pred_pairs)
    return {
        "labels": {
            label: {**_prf(true_pos[label], n_pred[label], n_gold[label]),
                    "tp": true_pos[label], "pred": n_pred[label], "gold": n_gold[label]}
            for label in sorted(n_gold.keys() | n_pred.keys())
        },
        "micro": _prf(sum(true_pos.values()), sum(n_pred[label] for label in n_gold), sum(n_gold.values())),
        "attributes": {
            f"{label}.{field}": {"acc": attr_ok[(label, field)] / n, "n": n}
            for (label, field), n in sorted(attr_n.items())
        },
        "holder": {**_prf(links["tp"], links["pred"], links["gold"]), "gold": links["gold"], "pred": links["pred"]},
        "docs": len(gold),
        "docs_missing_in_pred": missing,
    }


def format_report(result: Mapping[str, Any]) -> str:
    """The figures as a plain-text table, laid out like the shared scorer's."""
    lines = [f"{'label':14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}"]
    for label, s in result["labels"].items():
        lines.append(f"{label:14} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f} {s['tp']:5} {s['pred']:5} {s['gold']:5}")
    micro = result["micro"]
    lines.append(f"{'micro':14} {micro['p']:6.3f} {micro['r']:6.3f} {micro['f']:6.3f}")
    for key, s in result["attributes"].items():
        lines.append(f"attr {key:20} acc {s['acc']:.3f} (n={s['n']})")
    holder = result["holder"]
    lines.append(
        f"holder         {holder['p']:6.3f} {holder['r']:6.3f} {holder['f']:6.3f} "
        f"gold={holder['gold']} pred={holder['pred']}"
    )
    return "\n".join(lines)
