"""The shard runner: completed shards are skipped, interrupted ones leave nothing that looks complete.

Also home of the tiny test pipelines that the CLI tests load by name
(``--pipeline test_runner:tiny_pipeline``): fast and independent of the real
recognisers, which other work changes.
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path
from typing import Iterable

import pytest

from vnpolitics.pipeline import Pipeline
from vnpolitics.recognizers.base import Candidate, Context
from vnpolitics.registry import register_recognizer
from vnpolitics.runner import Interrupted, RunError, RunSettings, plan_shards, run

TINY = "test_runner:tiny_pipeline"
_YEAR = re.compile(r"năm (\d{4})")


@register_recognizer("tests.years.v1")
def make_year_recognizer() -> object:
    def recognize(context: Context) -> Iterable[Candidate]:
        for match in _YEAR.finditer(context.text):
            yield Candidate(match.start(), match.end(), "DATE", {"value": match.group(1)})

    return recognize


@register_recognizer("tests.sleep.v1")
def make_sleeper() -> object:
    def recognize(context: Context) -> Iterable[Candidate]:
        time.sleep(0.02)
        return ()

    return recognize


@register_recognizer("tests.interrupt.v1")
def make_interrupter() -> object:
    def recognize(context: Context) -> Iterable[Candidate]:
        if context.text.startswith("Bài 1-"):
            raise Interrupted(2)  # what the SIGINT handler raises, mid-document
        return ()

    return recognize


def interrupted_pipeline() -> Pipeline:
    """Interrupted by a "signal" in the first document of the second shard (``write_shards``)."""
    return Pipeline(recognizers=["tests.interrupt.v1"], linkers=[])


def tiny_pipeline() -> Pipeline:
    """DATE for "năm NNNN" only."""
    return Pipeline(recognizers=["tests.years.v1"], linkers=[])


def slow_pipeline() -> Pipeline:
    """The tiny pipeline, 20 ms per document: slow enough to interrupt mid-run."""
    return Pipeline(recognizers=["tests.sleep.v1", "tests.years.v1"], linkers=[])


def write_shards(folder: Path, shards: int, records: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for shard in range(shards):
        path = folder / f"part-{shard}.jsonl"
        with open(path, "w", encoding="utf-8") as handle:
            for number in range(records):
                text = f"Bài {shard}-{number}: Hội nghị tổng kết năm {2000 + number % 25} của Tỉnh ủy."
                handle.write(json.dumps({"id": f"{shard}-{number}", "text": text}, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


def visible_files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if not p.name.startswith(".")}


def mtimes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}


def test_each_shard_gets_its_output_and_a_marker_with_counts(tmp_path: Path) -> None:
    write_shards(tmp_path / "in", 3, 5)
    shards = plan_shards([str(tmp_path / "in")], str(tmp_path / "out"), output_format="jsonl")
    summary = run(shards, RunSettings(pipeline=TINY))

    assert (summary.shards, summary.records, summary.errors) == (3, 15, 0)
    assert visible_files(tmp_path / "out") == {"part-0.jsonl", "part-1.jsonl", "part-2.jsonl"}
    marker = json.loads((tmp_path / "out" / ".part-1.jsonl.done").read_text())
    assert marker["records"] == 5 and marker["errors"] == 0
    assert len(marker["input_sha256"]) == 64


def test_rerun_skips_completed_shards_and_redoes_changed_ones(tmp_path: Path) -> None:
    inputs = write_shards(tmp_path / "in", 3, 4)
    out = tmp_path / "out"
    shards = plan_shards([str(tmp_path / "in")], str(out), output_format="jsonl")
    run(shards, RunSettings(pipeline=TINY))
    before = mtimes(out)

    again = run(shards, RunSettings(pipeline=TINY))
    assert (again.skipped, again.records) == (3, 12)
    assert mtimes(out) == before

    os.utime(inputs[0])  # touched, same content: the checksum says it is still done
    inputs[2].write_text('{"id": "new", "text": "Một bài khác năm 1999."}\n', encoding="utf-8")
    third = run(shards, RunSettings(pipeline=TINY))
    after = mtimes(out)
    assert third.skipped == 2
    assert after["part-0.jsonl"] == before["part-0.jsonl"]
    assert after["part-2.jsonl"] != before["part-2.jsonl"]
    assert json.loads((out / "part-2.jsonl").read_text())["id"] == "new"

    forced = run(shards, RunSettings(pipeline=TINY, force=True))
    assert forced.skipped == 0 and forced.records == 9


def test_other_settings_redo_a_completed_shard(tmp_path: Path) -> None:
    write_shards(tmp_path / "in", 1, 3)
    shards = plan_shards([str(tmp_path / "in")], str(tmp_path / "out"), output_format="jsonl")
    run(shards, RunSettings(pipeline=TINY))
    assert run(shards, RunSettings(pipeline="test_runner:slow_pipeline")).skipped == 0


def test_output_made_by_other_rules_is_redone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vnpolitics.runner as runner

    write_shards(tmp_path / "in", 1, 3)
    shards = plan_shards([str(tmp_path / "in")], str(tmp_path / "out"), output_format="jsonl")
    run(shards, RunSettings(pipeline=TINY))
    assert run(shards, RunSettings(pipeline=TINY)).skipped == 1
    monkeypatch.setattr(runner, "_rules_fingerprint", lambda: "an edited lexicon")
    assert run(shards, RunSettings(pipeline=TINY)).skipped == 0


def test_interruption_mid_shard_leaves_only_complete_outputs(tmp_path: Path) -> None:
    write_shards(tmp_path / "in", 2, 300)  # 3 batches per shard
    out = tmp_path / "out"
    shards = plan_shards([str(tmp_path / "in")], str(out), output_format="jsonl")
    seen = []

    def interrupt_in_second_shard(records: int, chars: int) -> None:
        seen.append(records)
        if sum(seen) > 400:
            raise Interrupted(15)

    with pytest.raises(Interrupted):
        run(shards, RunSettings(pipeline=TINY), on_batch=interrupt_in_second_shard)
    assert sorted(p.name for p in out.iterdir()) == [".part-0.jsonl.done", "part-0.jsonl"]
    assert len((out / "part-0.jsonl").read_text().splitlines()) == 300


# A signal lands between any two bytecodes. These place it at the worst moments of a
# shard's life (file just created, outputs published but no marker yet) by making the
# step itself raise what the signal handler raises.


def _interrupting(real: object) -> object:
    def step(*args: object, **kwargs: object) -> object:
        real(*args, **kwargs)  # type: ignore[operator]
        raise Interrupted(2)

    return step


@pytest.mark.parametrize("moment", ["open_documents_sink", "_write_atomically"])
def test_a_signal_at_any_moment_of_a_shard_leaves_no_trace_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, moment: str
) -> None:
    import vnpolitics.runner as runner

    write_shards(tmp_path / "in", 1, 5)
    out = tmp_path / "out"
    shards = plan_shards([str(tmp_path / "in")], str(out), output_format="jsonl")
    monkeypatch.setattr(runner, moment, _interrupting(getattr(runner, moment)))
    with pytest.raises(Interrupted):
        run(shards, RunSettings(pipeline=TINY))
    assert sorted(p.name for p in out.iterdir()) == []


def test_a_signal_during_a_batch_stops_a_one_worker_run_at_once(tmp_path: Path) -> None:
    write_shards(tmp_path / "in", 3, 5)
    out = tmp_path / "out"
    shards = plan_shards([str(tmp_path / "in")], str(out), output_format="jsonl")
    with pytest.raises(Interrupted):
        run(shards, RunSettings(pipeline="test_runner:interrupted_pipeline"))
    # one worker computes a few batches ahead of writing them: the second shard's batch was
    # computed, and interrupted, before the first shard was written, which must not happen now
    assert list(out.iterdir()) == []


def test_several_inputs_need_an_output_folder(tmp_path: Path) -> None:
    a, b = write_shards(tmp_path, 2, 1)
    with pytest.raises(RunError, match="folder"):
        plan_shards([str(a), str(b)], str(tmp_path / "all.jsonl"), output_format="jsonl")


def test_an_existing_file_without_a_corpus_suffix_is_the_output_file(tmp_path: Path) -> None:
    (source,) = write_shards(tmp_path / "in", 1, 3)
    existing = tmp_path / "tmp.Xq1"  # what mktemp hands out: a file, no suffix
    existing.write_text("")
    (shard,) = plan_shards([str(source)], str(existing), output_format="jsonl")
    assert shard.output == existing
    run([shard], RunSettings(pipeline=TINY))
    assert len(existing.read_text().splitlines()) == 3


def test_inputs_that_would_write_the_same_output_are_refused(tmp_path: Path) -> None:
    (first,) = write_shards(tmp_path / "x", 1, 1)
    (second,) = write_shards(tmp_path / "y", 1, 1)
    with pytest.raises(RunError, match="both write"):
        plan_shards([str(first), str(second)], str(tmp_path / "out"), output_format="jsonl")


def test_an_output_that_would_overwrite_its_input_is_refused(tmp_path: Path) -> None:
    write_shards(tmp_path, 1, 1)
    with pytest.raises(RunError, match="overwrite"):
        plan_shards([str(tmp_path)], str(tmp_path), output_format="jsonl")


def test_outputs_inside_the_input_folder_are_not_read_back_as_inputs(tmp_path: Path) -> None:
    write_shards(tmp_path, 2, 2)
    for _ in range(2):
        shards = plan_shards([str(tmp_path)], str(tmp_path / "annotated"), output_format="jsonl")
        assert [shard.source.name for shard in shards] == ["part-0.jsonl", "part-1.jsonl"]
        run(shards, RunSettings(pipeline=TINY))
