"""Export benchmark: the roster to XLSX through the service pages (as 导出 Excel does), the public register
to CSV and to a FHIR R4 Bundle (as ``regdesk export`` does); rows per second and peak memory, each
measurement in a fresh process so its peak RSS is its own. Run at two sizes, the peaks show whether memory
stays flat as the export grows.

    python -m bench exports --db URL [--sizes 20000,100000] [--record]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.generate import BENCH_PASSWORD

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
KINDS = ("roster-xlsx", "register-csv", "register-fhir")
CSV_TARGET = 20_000.0  # rows/s (issue 17)
ROSTER_HEADERS = ("姓名", "性别", "身份证号", "级别", "类别", "执业范围", "电子化注册识别码", "执业证书编码",
                  "主执业/多机构备案", "状态")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def measure(url: str, kind: str, limit: int, out: Path) -> dict[str, Any]:
    """One export of at most ``limit`` rows, in this process: rows, seconds, peak RSS (MB)."""
    from app.services import open_desk
    from app.services.opendata import PHYSICIAN_HEADERS, _bundle_head
    from app.spreadsheet import Sheet, write_csv, write_xlsx
    
    desk = open_desk(url)
    try:
        baseline = _peak_mb()
        if kind == "roster-xlsx":
            actor = desk.auth.login(_national_user(desk), BENCH_PASSWORD)
        started = time.perf_counter()
        cpu = time.process_time()
        if kind == "roster-xlsx":

            def roster() -> Any:
                after = None
                while True:
                    page = desk.roster.physicians(actor, after=after, limit=500)
                    for r in page.items:
                        yield [r.name, r.gender, r.id_number, r.level, r.category, "、".join(r.scopes),
                               r.registration_code or "", r.practice_certificate_number or "", r.relation,
                               r.status_label]
                    if page.next_after is None:
                        return
                    after = page.next_after

            rows = write_xlsx(out, [Sheet("医师名册", ROSTER_HEADERS, itertools.islice(roster(), limit))])
        elif kind == "register-csv":
            rows = write_csv(out, PHYSICIAN_HEADERS, itertools.islice(desk.opendata.physician_rows(), limit))
        else:
            rows = 0
            with open(out, "w", encoding="utf-8") as f:
                _bundle_head(f, dt.datetime.now(dt.UTC))
                for entry in itertools.islice(desk.opendata.fhir_entries(), limit):
                    if rows:
                        f.write(",\n")
                    f.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
                    rows += 1
                f.write("\n]}\n")
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
        return {"kind": kind, "limit": limit, "rows": rows, "seconds": round(seconds, 2),
                "cpu_seconds": round(cpu, 2), "rows_per_cpu_s": round(rows / cpu) if cpu else None,
                "rows_per_s": round(rows / seconds) if seconds else None,
                "peak_mb": round(_peak_mb(), 1), "baseline_mb": round(baseline, 1),
                "bytes": out.stat().st_size}
    finally:
        desk.close()


def _national_user(desk: Any) -> str:
    """A national commission clerk (000000) so the roster lists every physician; added once to the bench
    database (the generator's commission is provincial)."""
    from sqlalchemy import select

    from app import models as m
    from app.services.auth import hash_password

    name = "bench_nation"
    with desk.db.write() as s:
        if s.scalar(select(m.UserAccount.id).where(m.UserAccount.username == name)) is None:
            s.add(m.UserAccount(username=name, password_hash=hash_password(BENCH_PASSWORD), role="commission",
                                display_name="全国", jurisdiction="000000"))
    return name


def _child(url: str, kind: str, limit: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        suffix = {"roster-xlsx": ".xlsx", "register-csv": ".csv", "register-fhir": ".json"}[kind]
        out = Path(tmp) / f"out{suffix}"
        done = subprocess.run(
            [sys.executable, "-m", "bench.exports", "--one", kind, "--db", url, "--limit", str(limit),
             "--out", str(out)],
            capture_output=True, text=True, check=True, cwd=ROOT)
        return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def table(results: list[dict[str, Any]]) -> str:
    lines = ["| export | rows | wall s | rows/s (wall) | CPU s | rows/s (CPU) | peak RSS MB (process) "
             "| file MB |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        lines.append(f"| {r['kind']} | {r['rows']:,} | {r['seconds']} | {r['rows_per_s']:,} "
                     f"| {r['cpu_seconds']} | {r['rows_per_cpu_s']:,} | {r['peak_mb']} "
                     f"| {r['bytes'] / 1e6:.1f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench exports", description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--sizes", default="20000,100000", help="row limits to run each export at")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--record", action="store_true", help="append the table to docs/benchmarks.md")
    parser.add_argument("--one", choices=KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, default=100_000, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.db, args.one, args.limit, Path(args.out))))
        return 0
    from bench import record as recording

    conditions = recording.start()
    results = []
    for kind in args.kinds.split(","):
        for size in (int(s) for s in args.sizes.split(",")):
            result = _child(args.db, kind, size)
            results.append(result)
            print(f"{kind:14} {result['rows']:>9,} rows {result['seconds']:>7} s "
                  f"{result['rows_per_s']:>9,} rows/s ({result['rows_per_cpu_s']:,} per CPU s) "
                  f"peak {result['peak_mb']} MB", flush=True)
    conditions.finish()
    text = recording.mark_table(table(results), conditions)
    print(text)
    print(f"run: {conditions.label()}")
    if args.record:
        from sqlalchemy.engine import make_url

        where = make_url(args.db)
        summary = (f"{where.get_backend_name()} {where.database}. Each export in a fresh process (`python -m "
                   "bench exports`); peak RSS is the whole process (Python, SQLAlchemy, openpyxl loaded). "
                   "Memory is flat when the peak does not grow with the rows.\n\n" + text)
        recording.record("bench exports", f"{where.get_backend_name()}, rows {args.sizes}", conditions,
                         summary, urls=[args.db], doc=DOC)
    return 0


if __name__ == "__main__":
    sys.exit(main())
