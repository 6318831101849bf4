"""Trustworthy figures (issue 19 part 4): what every recorded bench run says about the machine it ran on.

    conditions = record.start()              # load average and time before the run
    ...measure...
    conditions.finish()                      # load average after
    text = record.mark_table(table, conditions)   # every row says quiet/noisy with its load
    record.record("run", "100,000 physicians", conditions, summary, details=plans, urls=urls)

A run taken while the 1-minute load average (before or after) was above ``NOISY_LOAD`` is *noisy*: on this
2-core machine shared by other work its figures are mostly waiting for a core. Every run is appended to
docs/benchmarks.md (its heading says noisy or quiet); a quiet run also replaces the previous quiet run of the
same benchmark and size in the block at the top of the file, so the top always shows the latest quiet
figures at each size.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "benchmarks.md"

#: A run at a higher 1-minute load average (before or after) is marked noisy.
NOISY_LOAD = 1.0

BEGIN = "<!-- latest-quiet-runs: kept by bench/record.py; do not edit inside -->"
END = "<!-- /latest-quiet-runs -->"
ENTRY = "<!-- quiet-run: {key} -->"
TOP_HEADING = (
    "## Latest quiet runs (load ≤ {limit:g}), one per benchmark and size\n\n"
    "Replaced by `--record` whenever a run at that size is taken at a 1-minute load average ≤ {limit:g} "
    "before and after; noisy runs are only appended below under \"Recorded runs\"."
)


@dataclass
class Conditions:
    """When a run started and the load average (1/5/15 min) before and after it."""

    started: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    load_before: tuple[float, float, float] = field(default_factory=os.getloadavg)
    load_after: tuple[float, float, float] | None = None

    def finish(self) -> Conditions:
        self.load_after = os.getloadavg()
        return self

    @property
    def peak_load(self) -> float:
        after = self.load_after[0] if self.load_after else 0.0
        return max(self.load_before[0], after)

    @property
    def noisy(self) -> bool:
        return self.peak_load > NOISY_LOAD

    def load_text(self) -> str:
        after = f"{self.load_after[0]:.2f}" if self.load_after else "?"
        return f"load {self.load_before[0]:.2f} → {after}"

    def label(self) -> str:
        """"quiet (load 0.21 → 0.30)" or "noisy (load 14.03 → 12.80)"."""
        return f"{'noisy' if self.noisy else 'quiet'} ({self.load_text()})"

    def lines(self) -> list[str]:
        def three(load: tuple[float, float, float] | None) -> str:
            return " / ".join(f"{x:.2f}" for x in load) if load else "—"

        verdict = (f"**noisy**: load above {NOISY_LOAD:g}, the figures include waiting for a core"
                   if self.noisy else f"quiet: load ≤ {NOISY_LOAD:g} before and after")
        return [
            f"- load average (1/5/15 min) before: {three(self.load_before)}; after: {three(self.load_after)} "
            f"— {verdict}",
        ]


def start() -> Conditions:
    return Conditions()


def machine_facts(urls: list[str] | None = None) -> list[str]:
    """The machine as markdown list lines: date, CPU model and count, RAM, OS, Python, SQLite, PostgreSQL."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        ram = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    osname = platform.platform()
    try:
        release = Path("/etc/os-release").read_text().splitlines()
        pretty = [ln for ln in release if ln.startswith("PRETTY_NAME=")]
        if pretty:
            osname = f"{pretty[0].split('=', 1)[1].strip(chr(34))} (kernel {platform.release()})"
    except OSError:
        pass
    facts = [
        f"- date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
        f"- CPU: {cpu}, {os.cpu_count()} cores",
        f"- RAM: {ram}",
        f"- OS: {osname}",
        f"- Python {platform.python_version()}",
        f"- SQLite {sqlite3.sqlite_version}",
    ]
    for url in urls or []:
        version = postgres_version(url)
        if version:
            facts.append(version)
            break
    return facts


def postgres_version(url: str) -> str | None:
    """"- PostgreSQL 15.8 (shared_buffers …, synchronous_commit …)" for a PostgreSQL URL, else None."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    if make_url(url).get_backend_name() != "postgresql":
        return None
    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar()
            shared = conn.execute(text("SHOW shared_buffers")).scalar()
            sync = conn.execute(text("SHOW synchronous_commit")).scalar()
    finally:
        eng.dispose()
    return (f"- PostgreSQL {version} on the same machine (shared_buffers {shared}, "
            f"synchronous_commit {sync}; server defaults otherwise)")


def mark_table(table: str, conditions: Conditions) -> str:
    """Add a ``run`` column to every row of the markdown table(s) in ``table``: quiet/noisy with the load."""
    out: list[str] = []
    for line in table.splitlines():
        stripped = line.rstrip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = stripped.strip("|").split("|")
            if all(set(c.strip()) <= set("-:") and c.strip() for c in cells):  # the separator row
                stripped += "---|"
            elif stripped.startswith("| benchmark") or _is_header(out):
                stripped += " run |"
            else:
                stripped += f" {conditions.label()} |"
        out.append(stripped)
    return "\n".join(out)


def _is_header(previous: list[str]) -> bool:
    """The first row of a table is its header (the line before it is not a table row)."""
    return not previous or not previous[-1].startswith("|")


def record(
    bench: str,
    size: str,
    conditions: Conditions,
    summary: str,
    *,
    details: str = "",
    urls: list[str] | None = None,
    doc: Path | None = None,
) -> None:
    """Append the run to ``doc`` (docs/benchmarks.md) and, when quiet, put it on top for its benchmark
    and size. ``summary`` is the part shown on top (data, tables); ``details`` (plans…) only below.
    """
    path = doc or DOC
    if conditions.load_after is None:
        conditions.finish()
    state = "noisy" if conditions.noisy else "quiet"
    when = f"{conditions.started:%Y-%m-%d %H:%M} UTC"
    heading = f"{bench}, {size} — {when}, {state} ({conditions.load_text()})"
    facts = ["Machine:", *machine_facts(urls), *conditions.lines(), ""]
    body = "\n".join([*facts, summary.strip(), ""])
    path.parent.mkdir(parents=True, exist_ok=True)
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    appended = f"\n## Run: {heading}\n\n{body}" + (f"\n{details.strip()}\n" if details.strip() else "")
    text = text.rstrip("\n") + "\n" + appended
    if not conditions.noisy:
        text = put_on_top(text, f"{bench}, {size}", f"### {heading}\n\n{body}")
    path.write_text(text, encoding="utf-8")


def put_on_top(text: str, key: str, entry: str) -> str:
    """The document with ``entry`` as the quiet run of ``key`` in the top block (replacing the older)."""
    if BEGIN not in text:
        block = f"{BEGIN}\n{TOP_HEADING.format(limit=NOISY_LOAD)}\n\n{END}\n"
        lines = text.splitlines(keepends=True)
        at = next((i for i, ln in enumerate(lines) if ln.startswith("## ")), len(lines))
        text = "".join(lines[:at]) + block + "\n" + "".join(lines[at:])
    head, rest = text.split(BEGIN, 1)
    inside, tail = rest.split(END, 1)
    intro, *chunks = inside.split("<!-- quiet-run: ")
    entries = {}
    for chunk in chunks:
        name, _sep, content = chunk.partition(" -->")
        entries[name] = content
    entries[key] = "\n" + entry.strip() + "\n\n"
    kept = "".join(f"{ENTRY.format(key=k)}{v}" for k, v in sorted(entries.items()))
    return f"{head}{BEGIN}{intro.rstrip()}\n\n{kept}{END}{tail}"


__all__ = ["NOISY_LOAD", "Conditions", "machine_facts", "mark_table", "put_on_top", "record", "start"]
