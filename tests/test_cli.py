"""`vnpolitics annotate` as a user runs it: hostile input, signals, resuming, determinism, exit codes.

Each test runs the real command in a subprocess. Most use the tiny pipeline of
test_runner (fast, independent of the recognisers under development); the
determinism test uses the real one.
"""

from __future__ import annotations

import gzip
import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_runner import TINY, write_shards, visible_files

from vnpolitics.records import annotate_line, dump_record
from vnpolitics.runner import RunSettings, plan_shards, run

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(TESTS), os.environ.get("PYTHONPATH")]))}


def vnpolitics(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vnpolitics", "annotate", *args],
        input=stdin,
        capture_output=True,
        env=ENV,
        timeout=120,
    )


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


GOOD = {"id": "g", "text": "Nghị quyết được ban hành năm 2021.", "doc_date": "2021-05-01"}
# (line, expected): an error fragment for a bad line, the DATE values for a good one.
HOSTILE_LINES: list[tuple[bytes, str | list[str]]] = [
    (json.dumps({**GOOD, "id": "g1"}, ensure_ascii=False).encode(), ["2021"]),
    (b'{"id": "bad-utf8", "text": "ng\xe0y \xff\xfe"}', "UTF-8"),
    (b"[1, 2, 3]", "not an object"),
    (b'"just a string"', "not an object"),
    (b'{"id": "num", "text": 42}', "int"),
    (b'{"id": "null", "text": null}', "null"),
    (b'{"id": "none"}', "missing"),
    (b"", "empty"),
    (b'{"id": "cut", "text": "abc', "invalid JSON"),
    (b"[" * 100_000 + b"]" * 100_000, "nested"),
    (b'{"id": "date", "text": "x", "doc_date": "not a date"}', "doc_date"),
    (b'{"id": "surrogate", "text": "n\\u0103m 2001 \\ud800"}', ["2001"]),  # valid JSON, not valid UTF-8
    (json.dumps({**GOOD, "id": "g2", "text": "Khóa họp năm 1999 🇻🇳\u0301 và năm 2000"}).encode(), ["1999", "2000"]),
]


def test_hostile_lines_each_get_one_record_in_order_and_good_ones_are_annotated(tmp_path: Path) -> None:
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_bytes(b"\n".join(line for line, _ in HOSTILE_LINES) + b"\n")
    result = vnpolitics(str(corpus), "-o", str(tmp_path / "out.jsonl"), "--pipeline", TINY, "--workers", "2")

    assert result.returncode == 1, result.stderr
    records = read_lines(tmp_path / "out.jsonl")
    assert len(records) == len(HOSTILE_LINES)
    for number, ((line, expected), record) in enumerate(zip(HOSTILE_LINES, records), start=1):
        if isinstance(expected, list):
            assert "error" not in record
            assert record["text"] == json.loads(line)["text"]
            assert [entity["attrs"]["value"] for entity in record["entities"]] == expected
        else:
            assert expected in record["error"], record
            assert (record["line"], record["source_file"]) == (number, str(corpus))


def test_a_20_mb_line_is_annotated_in_memory_proportional_to_it(tmp_path: Path) -> None:
    paragraph = "Ủy ban nhân dân tỉnh giao chỉ tiêu cho các xã. " * 30 + "Tổng kết năm 2020.\n"
    text = paragraph * (20 * 2**20 // len(paragraph.encode()))
    big, small = tmp_path / "big.jsonl", tmp_path / "small.jsonl"
    big.write_text(json.dumps({"id": "big", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    small.write_text(json.dumps({"id": "small", "text": paragraph}, ensure_ascii=False) + "\n", encoding="utf-8")
    # Peak RSS after a one-paragraph run (everything loaded), then after the big line, in one process.
    measure = (
        "import resource, sys\n"
        "from vnpolitics.cli import app\n"
        "for name in sys.argv[1:]:\n"
        "    try:\n"
        f"        app(['annotate', name, '-o', name + '.out.jsonl', '--pipeline', '{TINY}', '--workers', '1'])\n"
        "    except SystemExit as end:\n"
        "        assert not end.code, end.code\n"
        "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)\n"
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run([sys.executable, "-c", measure, str(small), str(big)], capture_output=True, env=ENV)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_seconds = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime  # load-independent

    assert result.returncode == 0, result.stderr
    loaded, peak = map(int, result.stdout.split())
    (record,) = read_lines(tmp_path / "big.jsonl.out.jsonl")
    assert record["text"] == text and len(record["entities"]) == text.count("năm 2020")
    line_bytes = big.stat().st_size
    assert peak - loaded < 4 * line_bytes, f"{(peak - loaded) / line_bytes:.1f} x the line size"
    assert cpu_seconds < 60


def test_a_folder_with_a_truncated_gzip_and_an_empty_shard_loses_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (good,) = write_shards(folder, 1, 3)
    whole = gzip.compress(good.read_bytes() * 40)
    (folder / "cut.jsonl.gz").write_bytes(whole[: len(whole) * 2 // 3])
    (folder / "empty.jsonl").write_bytes(b"")
    out = tmp_path / "out"

    result = vnpolitics(str(folder), "-o", str(out), "--pipeline", TINY, "--workers", "2")

    assert result.returncode == 1, result.stderr
    assert visible_files(out) == {"part-0.jsonl", "cut.jsonl", "empty.jsonl"}
    assert (out / "empty.jsonl").read_bytes() == b""
    assert json.loads((out / ".empty.jsonl.done").read_text())["records"] == 0
    assert len(read_lines(out / "part-0.jsonl")) == 3
    cut = read_lines(out / "cut.jsonl")
    *annotated, failure = cut
    assert annotated and all("entities" in record for record in annotated)
    assert [record["id"] for record in annotated] == [f"0-{n % 3}" for n in range(len(annotated))]
    assert failure["line"] == len(annotated) + 1 and "unreadable" in failure["error"]
    assert failure["source_file"] == str(folder / "cut.jsonl.gz")


def test_a_missing_input_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.jsonl"
    result = vnpolitics(str(missing), "-o", str(tmp_path / "out.jsonl"), "--pipeline", TINY)
    assert result.returncode == 2
    assert str(missing) in result.stderr.decode()


def test_an_unwritable_output_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    (corpus,) = write_shards(tmp_path, 1, 1)
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    target = blocker / "out.jsonl"
    result = vnpolitics(str(corpus), "-o", str(target), "--pipeline", TINY)
    assert result.returncode == 2
    assert str(target) in result.stderr.decode()


def test_standard_input_to_standard_output() -> None:
    lines = [json.dumps({"id": str(n), "text": f"Đại hội năm {1990 + n}."}, ensure_ascii=False) for n in range(3)]
    result = vnpolitics("-", "-o", "-", "--pipeline", TINY, stdin=("\n".join(lines) + "\n").encode())
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["entities"][0]["attrs"]["value"] for r in records] == ["1990", "1991", "1992"]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_killed_run_resumes_to_the_same_output_as_an_uninterrupted_one(tmp_path: Path, signum: int) -> None:
    folder = tmp_path / "in"
    write_shards(folder, 4, 40)  # slow pipeline: at least 0.8 s a shard
    out = tmp_path / "out"
    args = [str(folder), "-o", str(out), "--pipeline", "test_runner:slow_pipeline", "--workers", "1"]
    process = subprocess.Popen(
        [sys.executable, "-m", "vnpolitics", "annotate", *args], env=ENV, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 60
    while not (out.exists() and any(p.name.endswith(".done") for p in out.iterdir())):
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.01)
    process.send_signal(signum)
    process.wait(timeout=60)

    assert process.returncode == 128 + signum
    finished = {p.name[1:-5] for p in out.iterdir() if p.name.endswith(".done")}
    assert 1 <= len(finished) < 4
    assert visible_files(out) == finished  # nothing half-written under a real name
    assert not [p for p in out.iterdir() if p.name.endswith(".partial")]
    first_done = {name: (out / name).stat().st_mtime_ns for name in finished}

    resumed = vnpolitics(*args)
    assert resumed.returncode == 0, resumed.stderr
    assert {name: (out / name).stat().st_mtime_ns for name in finished} == first_done

    reference = tmp_path / "reference"
    run(plan_shards([str(folder)], str(reference), output_format="jsonl"), RunSettings(pipeline=TINY))
    assert visible_files(out) == visible_files(reference)
    for name in visible_files(reference):
        assert (out / name).read_bytes() == (reference / name).read_bytes()


def test_one_and_two_workers_write_byte_identical_output(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as handle:  # a few hundred short records: several batches
        for copy in range(30):
            for article in (ROOT / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
                record = json.loads(article)
                for number, paragraph in enumerate(filter(None, record["text"].split("\n"))):
                    line = {**record, "id": f"{record.get('id')}-{copy}-{number}", "text": paragraph}
                    handle.write(json.dumps(line, ensure_ascii=False) + "\n")

    one = vnpolitics(str(corpus), "-o", str(tmp_path / "one.jsonl"), "--workers", "1")
    two = vnpolitics(str(corpus), "-o", str(tmp_path / "two.jsonl"), "--workers", "2")

    assert one.returncode == two.returncode == 0, (one.stderr, two.stderr)
    output = (tmp_path / "one.jsonl").read_bytes()
    assert output == (tmp_path / "two.jsonl").read_bytes()
    lines = corpus.read_bytes().splitlines()
    assert len(lines) > 128 and len(output.splitlines()) == len(lines)  # two batches at least
    expected = [dump_record(annotate_line(line, source=str(corpus), line_number=n)) for n, line in enumerate(lines[:3], 1)]
    assert output.decode("utf-8").splitlines()[:3] == expected
