"""Speed and memory of vnpolitics against underthesea's ner(), on the shared news corpus.

Run from the repository root:

    .venv/bin/python benchmarks/bench.py [--corpus ../shared/data/news_corpus/news.jsonl] [--sample 300]

Every measurement runs in its own single-threaded child process, one after
the other, so each reports its own peak RSS and none competes with another:

1. underthesea ``ner()`` on a fixed sample of articles, sentence by sentence;
2. the vnpolitics pipeline on the same sample, then on the whole corpus;
3. ``vnpolitics annotate`` with --workers 1 and 2 on the whole corpus,
   and the peak RSS of one worker on the corpus and on the corpus four times over.

Each run reports wall-clock time and CPU time (user + system, children
included). Rates are per CPU-second, which other work on a shared machine
barely changes; wall-clock figures (and the worker speed-up, which only wall
time shows) are meaningful only when the load average printed with them is
below the number of cores.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "news_corpus" / "news.jsonl"
MEASURE_RSS = (
    "import resource, sys\n"
    "from vnpolitics.cli import main\n"
    "try:\n    main()\n"
    "finally:\n    print('PEAK_RSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, file=sys.stderr)\n"
)


def read_texts(corpus: Path) -> list[tuple[str, str | None]]:
    with open(corpus, encoding="utf-8") as handle:
        return [(record["text"], record.get("date")) for record in map(json.loads, handle)]


def _run_underthesea(texts: list[tuple[str, str | None]]) -> None:
    """ner() line by line (the corpus has one sentence a line): its cost grows faster
    than the length of its input, so whole articles would make it look slower than it is."""
    from underthesea import ner

    for text, _ in texts:
        for sentence in text.splitlines():
            if sentence.strip():
                ner(sentence)


def _run_vnpolitics(texts: list[tuple[str, str | None]]) -> None:
    from vnpolitics.pipeline import default_pipeline

    pipeline = default_pipeline()
    for text, date in texts:
        pipeline(text, doc_date=date)


def _timed_child(target: Callable[[list[tuple[str, str | None]]], None], texts: list, queue: Any) -> None:
    target(texts[:3])  # load models and lexicons outside the timing
    wall, cpu = time.perf_counter(), time.process_time()
    target(texts)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    queue.put((time.perf_counter() - wall, time.process_time() - cpu, peak_kb))


def measure_in_child(name: str, target: Callable, texts: list[tuple[str, str | None]]) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: its peak RSS is its own
    queue = context.Queue()
    child = context.Process(target=_timed_child, args=(target, texts, queue))
    child.start()
    wall, cpu, peak_kb = queue.get()
    child.join()
    return _row(name, len(texts), sum(len(text) for text, _ in texts), wall, cpu, peak_kb)


def _row(name: str, docs: int, chars: int, wall: float, cpu: float, peak_kb: int) -> dict[str, Any]:
    return {
        "name": name,
        "docs": docs,
        "chars": chars,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "docs_per_cpu_s": round(docs / cpu, 1),
        "chars_per_cpu_s": round(chars / cpu),
        "chars_per_wall_s": round(chars / wall),
        "peak_rss_mb": round(peak_kb / 1024),
    }


def measure_cli(name: str, corpus: Path, workers: int, chars: int, docs: int) -> dict[str, Any]:
    """The whole command, start-up included: wall and CPU time (workers too), peak RSS of the main process."""
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-c", MEASURE_RSS, "annotate", str(corpus), "-o", f"{folder}/out.jsonl",
                   "--date-key", "date", "--workers", str(workers)]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"{name} failed: {result.stderr[-2000:]}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    peak_kb = int(result.stderr.rsplit("PEAK_RSS", 1)[1].split()[0]) // 1024
    return _row(name, docs, chars, wall, cpu, peak_kb)


def machine() -> dict[str, Any]:
    import underthesea

    import vnpolitics

    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
        platform.processor(),
    )
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "vnpolitics": vnpolitics.__version__,
        "underthesea": underthesea.__version__,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def main() -> None:
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[variable] = "1"  # one core each: no hidden thread pools in the children
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=300, help="articles for the side-by-side run")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    texts = read_texts(args.corpus)
    sample = random.Random(0).sample(texts, min(args.sample, len(texts)))
    total_chars = sum(len(text) for text, _ in texts)
    report: dict[str, Any] = {"machine": machine(), "corpus": str(args.corpus), "runs": []}
    print(json.dumps(report["machine"]), flush=True)

    def record(row: dict[str, Any]) -> dict[str, Any]:
        report["runs"].append(row)
        print(f"{row['name']:<38} {row['docs']:>6} docs {row['chars']:>10,} chars | {row['wall_s']:>7.1f} s wall "
              f"{row['cpu_s']:>7.1f} s CPU | {row['docs_per_cpu_s']:>7.1f} docs/CPU-s {row['chars_per_cpu_s']:>10,} "
              f"chars/CPU-s {row['chars_per_wall_s']:>10,} chars/wall-s | {row['peak_rss_mb']:>4} MB peak RSS",
              flush=True)
        return row

    underthesea = record(measure_in_child("underthesea ner(), sample, 1 core", _run_underthesea, sample))
    ours_sample = record(measure_in_child("vnpolitics pipeline, sample, 1 core", _run_vnpolitics, sample))
    record(measure_in_child("vnpolitics pipeline, corpus, 1 core", _run_vnpolitics, texts))
    one = record(measure_cli("annotate --workers 1, corpus", args.corpus, 1, total_chars, len(texts)))
    two = record(measure_cli("annotate --workers 2, corpus", args.corpus, 2, total_chars, len(texts)))
    with tempfile.TemporaryDirectory() as folder:
        four_times = Path(folder) / "news_x4.jsonl"
        with open(four_times, "wb") as handle:
            for _ in range(4):
                handle.write(args.corpus.read_bytes())
        four = record(measure_cli("annotate --workers 1, corpus x4", four_times, 1, 4 * total_chars, 4 * len(texts)))

    report["ratios"] = {
        "vnpolitics_vs_underthesea_same_sample_cpu": round(ours_sample["chars_per_cpu_s"] / underthesea["chars_per_cpu_s"], 1),
        "two_workers_vs_one_wall": round(one["wall_s"] / two["wall_s"], 2),
        "peak_rss_x4_vs_x1": round(four["peak_rss_mb"] / one["peak_rss_mb"], 2),
    }
    report["machine"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(report["ratios"]))
    print("load average at the end:", report["machine"]["load_average_end"])
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
