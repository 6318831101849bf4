"""bench/record.py: every recorded run says its load and machine, noisy runs are marked, and the top of
docs/benchmarks.md keeps the latest quiet run of each benchmark and size (issue 19 part 4)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bench import record

TABLE = "| benchmark | db | p95 ms |\n|---|---|---|\n| queue | postgresql | 6.7 |\n| roster | sqlite | 5.9 |"


def _conditions(before: float, after: float, minute: int = 0) -> record.Conditions:
    return record.Conditions(dt.datetime(2026, 12, 4, 19, minute, tzinfo=dt.UTC), (before, 0.5, 0.5),
                             (after, 0.5, 0.5))


def test_a_run_at_load_above_one_before_or_after_is_noisy() -> None:
    assert not _conditions(0.2, 0.9).noisy
    assert _conditions(0.2, 1.3).noisy and _conditions(4.0, 0.3).noisy
    assert _conditions(14.03, 12.8).label() == "noisy (load 14.03 → 12.80)"


def test_every_row_of_the_table_is_marked_with_the_runs_load() -> None:
    marked = record.mark_table(TABLE, _conditions(3.0, 2.0)).splitlines()
    assert marked[0].endswith("| run |") and marked[1].endswith("|---|")
    assert all(line.endswith("| noisy (load 3.00 → 2.00) |") for line in marked[2:])


def test_the_latest_quiet_run_of_each_size_is_on_top_and_noisy_runs_only_appended(tmp_path: Path) -> None:
    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\nIntro.\n\n## How to run\n\nText.\n", encoding="utf-8")
    record.record("run", "100,000 physicians", _conditions(0.2, 0.3, 1), "first quiet", doc=doc)
    record.record("run", "1,000,000 physicians", _conditions(0.4, 0.5, 2), "big quiet", doc=doc)
    record.record("run", "100,000 physicians", _conditions(9.0, 8.0, 3), "noisy one", doc=doc)
    record.record("run", "100,000 physicians", _conditions(0.1, 0.2, 4), "second quiet", doc=doc)
    text = doc.read_text(encoding="utf-8")
    top = text[text.index(record.BEGIN): text.index(record.END)]
    assert text.index(record.BEGIN) < text.index("## How to run")  # on top, before the other sections
    assert "second quiet" in top and "big quiet" in top
    assert "first quiet" not in top and "noisy one" not in top
    assert top.count("### run, 100,000 physicians") == 1
    runs = text[text.index(record.END):]
    assert [h for h in runs.splitlines() if h.startswith("## Run: run, 100,000")] == [
        "## Run: run, 100,000 physicians — 2026-12-04 19:01 UTC, quiet (load 0.20 → 0.30)",
        "## Run: run, 100,000 physicians — 2026-12-04 19:03 UTC, noisy (load 9.00 → 8.00)",
        "## Run: run, 100,000 physicians — 2026-12-04 19:04 UTC, quiet (load 0.10 → 0.20)",
    ]
    assert "**noisy**" in runs and f"{__import__('os').cpu_count()} cores" in runs and "Python " in runs
