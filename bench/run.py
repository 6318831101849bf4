"""The benchmark: the hot service calls at a given size, beside the same work in raw SQL.

For each database: the commission queue (first page, a later page by keyset), an institution's roster
page, search as a clerk types (name prefix, resident ID, certificate code, registration code), approvals
with code issuance from concurrent clients (beside pgbench running the same transaction as raw SQL on
PostgreSQL) and the change feed's commit-to-wake-up latency. Prints a table; ``--record`` appends it with
the machine's facts (and with ``--explain`` the plans of the hot queries) to docs/benchmarks.md.
"""

from __future__ import annotations

import datetime as dt
import os
import queue
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Engine, make_url

from bench.generate import (
    BENCH_PASSWORD,
    BENCH_PROVINCE,
    COMMISSION_USER,
    INSTITUTION_USER,
    add_approvable_cases,
)

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
PAGE = 50
LIST_TARGET_MS = 20.0
SEARCH_TARGET_MS = 30.0
APPROVALS_TARGET = 300.0
FEED_TARGET_MS = 1000.0
RATIO_TARGET = 1.5
CHINA = dt.timezone(dt.timedelta(hours=8))


@dataclass
class Row:
    """One line of the table."""

    name: str
    db: str
    service: list[float] = field(default_factory=list)  # ms per call
    raw: list[float] = field(default_factory=list)
    ops: float | None = None  # service throughput (approvals/s) where that is the figure
    raw_ops: float | None = None
    statements: float | None = None
    target: str = ""
    kind: str = "latency"  # latency | throughput | feed
    limit_ms: float = 0.0
    note: str = ""
    plan: str = ""
    failed: str = ""

    @staticmethod
    def _pct(values: list[float], q: float) -> float:
        if not values:
            return float("nan")
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]

    @property
    def p50(self) -> float:
        return self._pct(self.service, 0.5)

    @property
    def p95(self) -> float:
        return self._pct(self.service, 0.95)

    @property
    def raw_p50(self) -> float:
        return self._pct(self.raw, 0.5)

    @property
    def raw_p95(self) -> float:
        return self._pct(self.raw, 0.95)

    @property
    def ratio(self) -> float | None:
        if self.kind == "throughput":
            return self.raw_ops / self.ops if self.ops and self.raw_ops else None
        if self.service and self.raw and self.raw_p50 > 0:
            return self.p50 / self.raw_p50
        return None

    def verdict(self) -> str:
        if self.failed:
            return f"✗ {self.failed}"
        misses = []
        if self.kind == "latency" and self.p95 > self.limit_ms:
            misses.append(f"p95 > {self.limit_ms:g} ms")
        if self.kind == "throughput" and self.db == "PostgreSQL" and (self.ops or 0) < APPROVALS_TARGET:
            misses.append(f"< {APPROVALS_TARGET:g}/s")
        if self.kind == "feed" and self.db == "PostgreSQL" and self.p95 > FEED_TARGET_MS:
            misses.append("p95 > 1 s")
        ratio = self.ratio
        if self.kind == "latency" and ratio is not None and ratio > RATIO_TARGET:
            misses.append(f"overhead {ratio:.1f}×")
        if self.kind == "throughput" and self.db == "SQLite":
            return "(info)" if not misses else "✗ " + ", ".join(misses)
        return "✓" if not misses else "✗ " + ", ".join(misses)


def options(**overrides: Any) -> Any:
    """The run's options with their defaults (the command line sets them; tests pass small ones)."""
    import argparse

    values: dict[str, Any] = {
        "repeat": 200,
        "approvals": 3000,
        "clients": 8,
        "pgbench_seconds": 10,
        "pgbench_cases": 2000,
        "no_pgbench": False,
        "explain": False,
        "quiet": False,
        "page": PAGE,
        "feed_rounds": 20,
        "record": False,
        "size": None,
        "processes": True,
        "server": False,
        "server_workers": 2,
    }
    values.update(overrides)
    return argparse.Namespace(**values)


# ---- helpers -----------------------------------------------------------------------------------------


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000.0


class StatementCounter:
    """Counts (and keeps) the statements an engine sends, with the time each took."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.calls: list[tuple[str, Any, float]] = []
        self._local = threading.local()
        self.active = False
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        self._local.t0 = time.perf_counter()

    def _after(self, conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        if self.active:
            self.calls.append((statement, params, _ms(self._local.t0)))

    def capture(self, fn: Callable[[], Any]) -> list[tuple[str, Any, float]]:
        self.calls = []
        self.active = True
        try:
            fn()
        finally:
            self.active = False
        return self.calls

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._before)
        event.remove(self.engine, "after_cursor_execute", self._after)


def explain(engine: Engine, statement: str, params: Any) -> str:
    """The plan of one captured statement: EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL, QUERY PLAN on SQLite."""
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        if engine.dialect.name == "postgresql":
            cur.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, params)
            lines = [r[0] for r in cur.fetchall()]
        else:
            cur.execute("EXPLAIN QUERY PLAN " + statement, params)
            lines = [f"{'  ' * _depth(r)}{r[3]}" for r in _sqlite_plan(cur.fetchall())]
        raw.rollback()
        return "\n".join(lines)
    finally:
        raw.close()


def _sqlite_plan(rows: list[Any]) -> list[Any]:
    parents = {r[0]: r[1] for r in rows}
    for r in rows:
        _DEPTHS[r[0]] = 0 if r[1] == 0 else _DEPTHS.get(parents.get(r[0], 0), 0) + 1
    return rows


_DEPTHS: dict[int, int] = {}
_LOAD = os.getloadavg()


def _depth(r: Any) -> int:
    return _DEPTHS.get(r[0], 0)


def _time_calls(fn: Callable[[Any], Any], args: Sequence[Any], repeat: int, warm: int = 5) -> list[float]:
    for i in range(min(warm, repeat)):
        fn(args[i % len(args)])
    out = []
    for i in range(repeat):
        t0 = time.perf_counter()
        fn(args[i % len(args)])
        out.append(_ms(t0))
    return out


def _raw_runner(engine: Engine, sql: str, limit: int = PAGE) -> Callable[[dict[str, Any]], Any]:
    stmt = text(sql.replace("LIMIT 51", f"LIMIT {limit + 1}"))

    def run(params: dict[str, Any]) -> Any:
        with engine.connect() as conn:
            rows = conn.execute(stmt, params).all()
            conn.rollback()
            return rows

    return run


# ---- raw SQL: what a DBA would write for the same listing ---------------------------------------------

_ROSTER_COLUMNS = """
SELECT pg.id, pg.name, pg.gender, pg.id_number, r.level, r.category, r.scopes, r.registration_code,
       r.practice_certificate_number, r.status, i.name AS institution, q.certificate_code
FROM pg
LEFT JOIN registrations r ON r.physician_id = pg.id AND r.status IN ('active', 'filed')
LEFT JOIN institutions i ON i.id = r.main_institution_id
LEFT JOIN qualifications q ON q.physician_id = pg.id
ORDER BY pg.name_pinyin, pg.id"""

# the institution's physicians in name order from roster_members (migration 0015): one index range
RAW_ROSTER = (
    """
WITH pg AS (
    SELECT p.id, p.name, p.name_pinyin, p.gender, p.id_number
    FROM roster_members rm JOIN physicians p ON p.id = rm.physician_id
    WHERE rm.institution_id = :inst AND p.merged_into_id IS NULL
    ORDER BY rm.name_pinyin, rm.physician_id LIMIT 51
)"""
    + _ROSTER_COLUMNS
)

_VISIBLE_PROVINCE = """(
        EXISTS (SELECT 1 FROM registrations r WHERE r.physician_id = p.id AND r.province = :prov)
        OR EXISTS (SELECT 1 FROM cases c WHERE c.physician_id = p.id AND c.province = :prov)
        OR p.id_number LIKE :idprefix)"""


# a commission's name search from jurisdiction_members (migration 0016): one range of (area, name, id)
RAW_NAME_SEARCH = (
    """
WITH pg AS (
    SELECT p.id, p.name, p.name_pinyin, p.gender, p.id_number
    FROM jurisdiction_members j JOIN physicians p ON p.id = j.physician_id
    WHERE j.area = :prov AND j.name >= :lo AND j.name < :hi AND p.merged_into_id IS NULL
    ORDER BY j.name, j.physician_id LIMIT 51
)"""
    + _ROSTER_COLUMNS
)


def raw_search(match: str) -> str:
    return (
        f"""
WITH pg AS (
    SELECT p.id, p.name, p.name_pinyin, p.gender, p.id_number FROM physicians p
    WHERE p.merged_into_id IS NULL AND {match} AND {_VISIBLE_PROVINCE}
    ORDER BY p.name, p.id LIMIT 51
)"""
        + _ROSTER_COLUMNS
    )


# A first page carries its count, as the service's does (the queue shows 共 N 件 above the list): the same
# uncorrelated scalar subquery, so that service ÷ raw compares the same work (before 2026-12-05 the raw
# first page counted nothing: at 5M the count is 2.2 of the service's 3.7 ms on the server).
RAW_QUEUE_FIRST = """
SELECT c.*, i.name AS institution,
    (SELECT count(*) FROM cases t WHERE t.{level} = :area AND t.status = 'confirmed') AS total
FROM cases c LEFT JOIN institutions i ON i.id = c.institution_id
WHERE c.{level} = :area AND c.status = 'confirmed'
ORDER BY c.deadline, c.id LIMIT 51"""

RAW_QUEUE_AFTER = """
SELECT c.*, i.name AS institution FROM cases c LEFT JOIN institutions i ON i.id = c.institution_id
WHERE c.{level} = :area AND c.status = 'confirmed' AND (c.deadline > :d OR (c.deadline = :d AND c.id > :id))
ORDER BY c.deadline, c.id LIMIT 51"""


# ---- the benchmarks -----------------------------------------------------------------------------------


class Bench:
    """All benchmarks on one database."""

    def __init__(self, url: str, args: Any, server_url: str | None = None) -> None:
        from app.services import open_desk

        self.url = url
        self.args = args
        self.desk = open_desk(url, workstation="bench")
        self.engine = self.desk.db.engine
        self.label = "PostgreSQL" if self.desk.db.is_postgres else "SQLite"
        #: Through a desk server: service calls go to ``server_url`` (a RemoteDesk); the local desk stays
        #: for preparing data, raw SQL and checks.
        self.client_url = server_url or url
        self.api = open_desk(server_url) if server_url else self.desk
        if server_url:
            self.label = f"server ({self.label})"
        self.counter = StatementCounter(self.engine)
        self.commission = self.api.auth.login(COMMISSION_USER, BENCH_PASSWORD)
        self.institution = self.api.auth.login(INSTITUTION_USER, BENCH_PASSWORD)
        self.rows: list[Row] = []
        self.plans: list[tuple[str, str, str]] = []  # (benchmark, statement, plan)
        self.rng = random.Random(11)

    def close(self) -> None:
        self.counter.close()
        if self.api is not self.desk:
            self.api.close()
        self.desk.close()

    def log(self, msg: str) -> None:
        if not self.args.quiet:
            print(f"  [{self.label}] {msg}", flush=True)

    # one read benchmark: service calls vs raw SQL, statements per call, plan of the slowest statement
    def read_bench(
        self,
        name: str,
        limit_ms: float,
        target: str,
        service: Callable[[Any], Any],
        s_args: Sequence[Any],
        raw: Callable[[Any], Any] | None,
        r_args: Sequence[Any],
    ) -> Row:
        self.log(name)
        row = Row(name, self.label, target=target, limit_ms=limit_ms)
        try:
            service(s_args[0])  # steady state: the caller's session resolved (reads reuse it for 5 s)
            calls = self.counter.capture(lambda: service(s_args[0]))
            row.statements = float(len(calls))
            row.service = _time_calls(service, s_args, self.args.repeat)
            if raw is not None:
                row.raw = _time_calls(raw, r_args, self.args.repeat)
            if self.args.explain and calls:
                # the listing itself (the slowest statement with a LIMIT) and the slowest one if another
                listing = [c for c in calls if " LIMIT " in c[0]]
                chosen = [max(listing, key=lambda c: c[2])] if listing else []
                slowest = max(calls, key=lambda c: c[2])
                if slowest not in chosen:
                    chosen.append(slowest)
                for stmt, params, _ in chosen:
                    self.plans.append((f"{name} — {self.label}", stmt, explain(self.engine, stmt, params)))
        except Exception as exc:  # noqa: BLE001 - a failing service is a finding, not a crash of the run
            row.failed = f"{type(exc).__name__}: {exc}"[:160]
        self.rows.append(row)
        return row

    # -- the queue --------------------------------------------------------------------------------------
    def queue(self) -> None:
        cases = self.api.cases
        target = f"p95 ≤ {LIST_TARGET_MS:g} ms"
        area = BENCH_PROVINCE + "0000"
        first = _raw_runner(self.engine, RAW_QUEUE_FIRST.format(level="province"), self.args.page)
        self.read_bench(
            "queue: first page (province, confirmed, by deadline)",
            LIST_TARGET_MS,
            target,
            lambda _: cases.queue(self.commission, status="confirmed", limit=self.args.page),
            [None],
            first,
            [{"area": area}],
        )
        # walk to page 10 with the keyset cursor, then time that page
        after = None
        pages = 0
        for _ in range(9):
            page = cases.queue(self.commission, status="confirmed", limit=self.args.page, after=after)
            if page.next_after is None:
                break
            after = page.next_after
            pages += 1
        later = _raw_runner(self.engine, RAW_QUEUE_AFTER.format(level="province"), self.args.page)
        if after is not None:
            day = dt.date.fromisoformat(after[0]) if after[0] else dt.date(9999, 12, 31)
            r = self.read_bench(
                f"queue: page {pages + 1} (keyset after)",
                LIST_TARGET_MS,
                target,
                lambda a: cases.queue(self.commission, status="confirmed", limit=self.args.page, after=a),
                [after],
                later,
                [{"area": area, "d": day, "id": after[1]}],
            )
            r.note = f"{pages * self.args.page} rows before it"
        county_actor = self.api.auth.login("bench_county", BENCH_PASSWORD)
        self.read_bench(
            "queue: first page (county commission)",
            LIST_TARGET_MS,
            target,
            lambda _: cases.queue(county_actor, status="confirmed", limit=self.args.page),
            [None],
            _raw_runner(self.engine, RAW_QUEUE_FIRST.format(level="jurisdiction"), self.args.page),
            [{"area": county_actor.jurisdiction}],
        )

    # -- the roster --------------------------------------------------------------------------------------
    def roster(self) -> None:
        roster = self.desk.roster
        target = f"p95 ≤ {LIST_TARGET_MS:g} ms"
        inst = self.institution.institution_id
        raw = _raw_runner(self.engine, RAW_ROSTER, self.args.page)
        self.read_bench(
            "roster: institution's first page (largest hospital)",
            LIST_TARGET_MS,
            target,
            lambda _: roster.physicians(self.institution, limit=self.args.page),
            [None],
            raw,
            [{"inst": inst}],
        )
        after = None
        for _ in range(5):
            page = roster.physicians(self.institution, limit=self.args.page, after=after)
            if page.next_after is None:
                break
            after = page.next_after
        if after is not None:
            raw_after = _raw_runner(
                self.engine,
                RAW_ROSTER.replace(
                    "AND p.merged_into_id IS NULL\n",
                    "AND p.merged_into_id IS NULL AND (rm.name_pinyin, rm.physician_id) > (:n, :i)\n",
                ),
                self.args.page,
            )
            self.read_bench(
                "roster: institution's page 6 (keyset after)",
                LIST_TARGET_MS,
                target,
                lambda a: roster.physicians(self.institution, limit=self.args.page, after=a),
                [after],
                raw_after,
                [{"inst": inst, "n": after[0], "i": after[1]}],
            )

    # -- search --------------------------------------------------------------------------------------------
    def samples(self, n: int = 60) -> list[tuple[str, str, str | None, str | None]]:
        """(name, resident ID, certificate code, registration code) of physicians registered in 广东."""
        with self.engine.connect() as conn:
            total = conn.execute(text("SELECT MAX(id) FROM physicians")).scalar() or 1
            step = max(total // (n * 40), 1)
            rows = conn.execute(
                text(
                    "SELECT p.name, p.id_number, q.certificate_code, r.registration_code FROM physicians p "
                    "JOIN registrations r ON r.physician_id = p.id AND r.province = :prov "
                    "AND r.status = 'active' "
                    "JOIN qualifications q ON q.physician_id = p.id AND q.certificate_code IS NOT NULL "
                    "WHERE p.id % :step = 0 ORDER BY p.id LIMIT :n"
                ),
                {"prov": BENCH_PROVINCE + "0000", "step": step, "n": n},
            ).all()
        return [tuple(r) for r in rows]  # type: ignore[misc]

    def search(self) -> None:
        roster = self.api.roster
        target = f"p95 ≤ {SEARCH_TARGET_MS:g} ms"
        samples = self.samples()
        if not samples:
            self.rows.append(Row("search", self.label, failed="no physicians registered in the province"))
            return
        prov = {"prov": BENCH_PROVINCE + "0000", "idprefix": BENCH_PROVINCE + "%"}
        # a clerk types a name: the surname, then surname + one character, then the whole name
        typed = []
        for name, *_ in samples:
            typed += sorted({name[:1], name[:2], name})
        self.read_bench(
            "search: name prefix as typed (张 → 张伟 → 张伟明)",
            SEARCH_TARGET_MS,
            target,
            lambda q: roster.physicians(self.commission, q, limit=self.args.page),
            typed,
            _raw_runner(self.engine, RAW_NAME_SEARCH, self.args.page),
            [{"prov": prov["prov"], "lo": t, "hi": t + "\U0010ffff"} for t in typed],
        )
        ids = [s[1] for s in samples]
        self.read_bench(
            "search: resident ID",
            SEARCH_TARGET_MS,
            target,
            lambda q: roster.physicians(self.commission, q, limit=self.args.page),
            ids,
            _raw_runner(self.engine, raw_search("p.id_number = :v"), self.args.page),
            [{**prov, "v": v} for v in ids],
        )
        certs = [s[2] for s in samples if s[2]]
        self.read_bench(
            "search: certificate code",
            SEARCH_TARGET_MS,
            target,
            lambda q: roster.physicians(self.commission, q, limit=self.args.page),
            certs,
            _raw_runner(
                self.engine,
                raw_search("p.id IN (SELECT physician_id FROM qualifications WHERE certificate_code = :v)"),
                self.args.page,
            ),
            [{**prov, "v": v} for v in certs],
        )
        regs = [s[3] for s in samples if s[3]]
        self.read_bench(
            "search: registration code",
            SEARCH_TARGET_MS,
            target,
            lambda q: roster.physicians(self.commission, q, limit=self.args.page),
            regs,
            _raw_runner(
                self.engine,
                raw_search("p.id IN (SELECT physician_id FROM registrations WHERE registration_code = :v)"),
                self.args.page,
            ),
            [{**prov, "v": v} for v in regs],
        )

    # -- approvals ----------------------------------------------------------------------------------------
    def approvals(self) -> None:
        from app.services import open_desk

        n = self.args.approvals if self.desk.db.is_postgres else max(self.args.approvals // 5, 50)
        clients = self.args.clients
        name = f"approvals with code issuance, {clients} clients"
        self.log(f"{name}: preparing {n} confirmed cases")
        row = Row(
            name,
            self.label,
            kind="throughput",
            target=f"≥ {APPROVALS_TARGET:g}/s (PostgreSQL), no duplicate, no gap",
        )
        pool = add_approvable_cases(self.desk.db, n, seed=int(time.time()))
        work: queue.Queue[tuple[int, int]] = queue.Queue()
        for item in pool:
            work.put(item)
        desks = [open_desk(self.url, workstation=f"bench-{i}") for i in range(clients)]
        actors = [d.auth.login(COMMISSION_USER, BENCH_PASSWORD) for d in desks]
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        start = threading.Barrier(clients + 1)

        def client(i: int) -> None:
            d, a = desks[i], actors[i]
            mine: list[float] = []
            start.wait()
            while True:
                try:
                    cid, version = work.get_nowait()
                except queue.Empty:
                    break
                t0 = time.perf_counter()
                try:
                    d.cases.approve(a, cid, version)
                except Exception as exc:  # noqa: BLE001
                    with lock:
                        errors.append(f"{type(exc).__name__}: {exc}")
                mine.append(_ms(t0))
            with lock:
                latencies.extend(mine)

        threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
        for t in threads:
            t.start()
        self.log(f"{name}: running")
        start.wait()
        t0 = time.perf_counter()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        for d in desks:
            d.close()
        row.service = latencies
        row.ops = (len(latencies) - len(errors)) / wall if wall else 0.0
        check = self.check_codes()
        row.note = f"{len(latencies) - len(errors)} approved in {wall:.1f} s; {check}"
        if errors:
            row.failed = f"{len(errors)} errors, first: {errors[0][:100]}"
        elif not check.startswith("codes unique and gapless"):
            row.failed = check
        if self.desk.db.is_postgres and not self.args.no_pgbench:
            self.pgbench(row)
        self.rows.append(row)

    def approvals_processes(self) -> None:
        """The same approvals from separate processes (as 8 office PCs would run them: no shared GIL)."""
        import multiprocessing as mp

        clients = self.args.clients
        n = self.args.approvals
        name = f"approvals with code issuance, {clients} client processes"
        self.log(f"{name}: preparing {n} confirmed cases")
        row = Row(
            name,
            self.label,
            kind="throughput",
            target=f"≥ {APPROVALS_TARGET:g}/s (PostgreSQL), no duplicate, no gap",
        )
        pool = add_approvable_cases(self.desk.db, n, seed=int(time.time()) + 3)
        ctx = mp.get_context("spawn")
        barrier = ctx.Barrier(clients)
        results: Any = ctx.Queue()
        procs = [
            ctx.Process(target=_approve_worker, args=(self.client_url, pool[i::clients], barrier, results))
            for i in range(clients)
        ]
        for proc in procs:
            proc.start()
        self.log(f"{name}: running")
        outs: list[Any] = []
        while len(outs) < len(procs):
            try:
                outs.append(results.get(timeout=1.0))
            except queue.Empty:
                if not any(proc.is_alive() for proc in procs) and results.empty():
                    break
        for proc in procs:
            proc.join(timeout=10)
        if len(outs) < len(procs):
            row.failed = f"{len(procs) - len(outs)} client processes died"
            self.rows.append(row)
            return
        start = min(o[0] for o in outs)
        end = max(o[1] for o in outs)
        errors = [e for o in outs for e in o[3]]
        row.service = [x for o in outs for x in o[2]]
        wall = end - start
        row.ops = (len(row.service) - len(errors)) / wall if wall else 0.0
        check = self.check_codes()
        row.note = f"{len(row.service) - len(errors)} approved in {wall:.1f} s; {check}"
        if errors:
            row.failed = f"{len(errors)} errors, first: {errors[0][:100]}"
        elif not check.startswith("codes unique and gapless"):
            row.failed = check
        self.rows.append(row)

    def check_codes(self) -> str:
        """Every registration code unique; the serials of (province, this year) exactly 1..counter."""
        year = dt.datetime.now(CHINA).year
        prov = BENCH_PROVINCE + "0000"
        prefix = f"{BENCH_PROVINCE}{year}"
        with self.engine.connect() as conn:
            dup = conn.execute(
                text(
                    "SELECT COUNT(*) FROM (SELECT registration_code FROM registrations "
                    "WHERE registration_code "
                    "IS NOT NULL GROUP BY registration_code HAVING COUNT(*) > 1) d"
                )
            ).scalar()
            last = (
                conn.execute(
                    text("SELECT last_value FROM code_counters WHERE province = :p AND year = :y"),
                    {"p": prov, "y": year},
                ).scalar()
                or 0
            )
            serials = conn.execute(
                text(
                    "SELECT COUNT(*), MIN(CAST(SUBSTR(c, 7, 8) AS INTEGER)), "
                    "MAX(CAST(SUBSTR(c, 7, 8) AS INTEGER)), COUNT(DISTINCT c) FROM ("
                    "SELECT registration_code AS c FROM registrations WHERE registration_code LIKE :pf "
                    "UNION ALL SELECT permit_number FROM short_term_permits WHERE permit_number LIKE :pf) x"
                ),
                {"pf": prefix + "%"},
            ).one()
        count, low, high, distinct = serials
        if dup:
            return f"{dup} duplicate codes"
        if count != last or distinct != count or (count and (low != 1 or high != last)):
            return f"gap: {count} codes for serials {low}..{high}, counter at {last}"
        return f"codes unique and gapless (serials 1..{last} of {prefix})"

    def pgbench(self, row: Row) -> None:
        exe = shutil.which("pgbench")
        if exe is None:
            row.note += "; pgbench not installed (apt-get install postgresql-client)"
            return
        self.log("pgbench: same transaction as raw SQL")
        pool = add_approvable_cases(self.desk.db, self.args.pgbench_cases, seed=int(time.time()) + 1)
        lo, hi = pool[0][0], pool[-1][0]
        with self.engine.connect() as conn:
            uid = conn.execute(
                text("SELECT id FROM user_accounts WHERE username = :u"), {"u": COMMISSION_USER}
            ).scalar()
            conn.execute(text("DELETE FROM auth_sessions WHERE token_hash = 'pgbench'"))
            conn.execute(
                text(
                    "INSERT INTO auth_sessions (token_hash, user_id, created_at, expires_at, revoked, "
                    "workstation) VALUES ('pgbench', :u, now(), now() + interval '1 day', false, 'pgbench')"
                ),
                {"u": uid},
            )
            conn.commit()
        here = Path(__file__).resolve().parent
        params = {"lo": lo, "hi": hi, "uid": uid, "year": dt.datetime.now(CHINA).year}
        result = self._pgbench(exe, here / "pgbench_approve.sql", params)
        if isinstance(result, str):
            row.note += f"; pgbench failed: {result}"
            return
        row.raw_ops, row.raw, failed = result
        row.note += f"; pgbench {row.raw_ops:.0f} tps, {failed} failed"
        variant = self._pgbench(exe, here / "pgbench_approve_counter_last.sql", params)
        if not isinstance(variant, str):
            row.note += (
                f"; the same with the code counter taken last (pgbench_approve_counter_last.sql): "
                f"{variant[0]:.0f} tps"
            )
        check = self.check_codes()
        row.note += f"; after pgbench: {check}"
        if not check.startswith("codes unique"):
            row.failed = check

    def _pgbench(
        self, exe: str, script: Path, params: dict[str, Any]
    ) -> tuple[float, list[float], str] | str:
        """Run one pgbench script; (tps, per-transaction latencies in ms, failed count) or the error."""
        url = make_url(self.url)
        with tempfile.TemporaryDirectory() as tmp:
            cmd = [
                exe,
                "-n",
                "-f",
                str(script),
                "-c",
                str(self.args.clients),
                "-j",
                "2",
                "-T",
                str(self.args.pgbench_seconds),
                "-l",
                "--log-prefix",
                f"{tmp}/pgb",
                "-h",
                url.host or "127.0.0.1",
                "-p",
                str(url.port or 5432),
                "-U",
                url.username or "postgres",
            ]
            for key, value in params.items():
                cmd += ["-D", f"{key}={value}"]
            cmd.append(url.database or "")
            env = dict(os.environ)
            if url.password:
                env["PGPASSWORD"] = url.password
            proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp, timeout=600)
            lat: list[float] = []
            for log in Path(tmp).glob("pgb*"):
                for line in log.read_text().splitlines():
                    parts = line.split()
                    if len(parts) >= 3:
                        lat.append(int(parts[2]) / 1000.0)
        out = proc.stdout + proc.stderr
        tps = re.search(r"tps = ([0-9.]+) \(without initial", out)
        failed = re.search(r"number of failed transactions: (\d+)", out)
        if proc.returncode != 0 or tps is None:
            return out.strip().splitlines()[-1] if out.strip() else str(proc.returncode)
        return float(tps.group(1)), lat, failed.group(1) if failed else "0"

    # -- change feed ----------------------------------------------------------------------------------
    def feed(self) -> None:
        from app.services import open_desk

        rounds = self.args.feed_rounds
        name = "change feed: commit on one client → wake-up of another"
        self.log(name)
        row = Row(name, self.label, kind="feed", target=f"≤ {FEED_TARGET_MS / 1000:g} s (PostgreSQL)")
        pool = add_approvable_cases(self.desk.db, rounds, seed=int(time.time()) + 2)
        listener = open_desk(self.client_url, workstation="bench-listener")
        writer = open_desk(self.client_url, workstation="bench-writer")
        actor = writer.auth.login(COMMISSION_USER, BENCH_PASSWORD)
        watcher = listener.auth.login(COMMISSION_USER, BENCH_PASSWORD)
        commits: list[float] = []
        remote = self.client_url != self.url
        if not remote:
            event.listen(writer.db.engine, "commit", lambda conn: commits.append(time.perf_counter()))
        try:
            listener.feed.wait(watcher, 0.01)
            for cid, version in pool:
                while listener.feed.wait(watcher, 0.05):  # drain wake-ups left from the previous round
                    pass
                cursor = listener.feed.head(watcher)
                woke: list[float] = []

                def wait(c: int = cursor, out: list[float] = woke) -> None:
                    if listener.feed.wait(watcher, 5.0, c):
                        out.append(time.perf_counter())

                th = threading.Thread(target=wait)
                th.start()
                time.sleep(0.05)
                commits.clear()
                if remote:  # the commit happens inside the server: time from the request (an upper bound)
                    commits.append(time.perf_counter())
                writer.cases.approve(actor, cid, version)
                th.join()
                if woke and commits and woke[0] >= commits[-1]:
                    row.service.append((woke[0] - commits[-1]) * 1000.0)
            if self.desk.db.is_postgres:
                row.raw = raw_notify_latency(self.url, rounds)
            row.note = (
                "SQLite has no notification: feed.wait polls 5×/s"
                if not self.desk.db.is_postgres
                else "raw: LISTEN/NOTIFY between two psycopg connections"
            )
            if remote:
                row.note += "; through the server: from the approve request's start to the long poll's answer"
        except Exception as exc:  # noqa: BLE001
            row.failed = f"{type(exc).__name__}: {exc}"[:160]
        finally:
            listener.close()
            writer.close()
        self.rows.append(row)


def _approve_worker(url: str, items: list[tuple[int, int]], barrier: Any, results: Any) -> None:
    """One client process: its own desk and sign-in, then its share of the approvals."""
    from app.services import open_desk

    desk = open_desk(url, workstation=f"bench-proc-{os.getpid()}")
    actor = desk.auth.login(COMMISSION_USER, BENCH_PASSWORD)
    latencies: list[float] = []
    errors: list[str] = []
    barrier.wait()
    start = time.time()
    for cid, version in items:
        t0 = time.perf_counter()
        try:
            desk.cases.approve(actor, cid, version)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{type(exc).__name__}: {exc}")
        latencies.append(_ms(t0))
    end = time.time()
    desk.close()
    results.put((start, end, latencies, errors))


def raw_notify_latency(url: str, rounds: int) -> list[float]:
    """COMMIT of a change-feed row with NOTIFY on one connection → the LISTENing connection receives it."""
    import psycopg

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    out: list[float] = []
    with psycopg.connect(dsn, autocommit=True) as listen, psycopg.connect(dsn) as notify:
        listen.execute("LISTEN regdesk_feed_bench")
        for i in range(rounds):
            got: list[float] = []

            def wait(out: list[float] = got) -> None:
                for _ in listen.notifies(timeout=5.0, stop_after=1):
                    out.append(time.perf_counter())

            th = threading.Thread(target=wait)
            th.start()
            time.sleep(0.05)
            notify.execute(
                "INSERT INTO change_feed (at, table_name, row_id, kind) VALUES (now(), 'bench', %s, 'ping')",
                (i,),
            )
            notify.execute("SELECT pg_notify('regdesk_feed_bench', %s)", (str(i),))
            t0 = time.perf_counter()
            notify.commit()
            th.join()
            if got:
                out.append((got[0] - t0) * 1000.0)
        notify.execute("DELETE FROM change_feed WHERE table_name = 'bench'")
        notify.commit()
    return out


# ---- reporting -----------------------------------------------------------------------------------------


def _fmt(v: float | None, digits: int = 1) -> str:
    if v is None or v != v:  # None or NaN
        return "—"
    return f"{v:,.{digits}f}"


def table(rows: list[Row]) -> str:
    head = (
        "| benchmark | db | service p50 ms | service p95 ms | service ops/s | raw p50 ms | raw p95 ms | "
        "raw ops/s | overhead | stmts/call | target | result |"
    )
    lines = [head, "|" + "---|" * 12]
    for r in rows:
        if r.kind == "throughput":
            ops, raw_ops = _fmt(r.ops, 0), _fmt(r.raw_ops, 0)
            overhead = f"pgbench {r.ratio:.1f}× faster" if r.ratio else "—"
        else:
            mean = statistics.fmean(r.service) if r.service else None
            ops = _fmt(1000.0 / mean if mean else None, 0)
            raw_mean = statistics.fmean(r.raw) if r.raw else None
            raw_ops = _fmt(1000.0 / raw_mean if raw_mean else None, 0)
            overhead = f"{r.ratio:.2f}×" if r.ratio else "—"
        target = r.target + (f"; ≤ {RATIO_TARGET:g}× raw" if r.kind == "latency" else "")
        lines.append(
            f"| {r.name} | {r.db} | {_fmt(r.p50)} | {_fmt(r.p95)} | {ops} | {_fmt(r.raw_p50)} | "
            f"{_fmt(r.raw_p95)} | {raw_ops} | {overhead} | {_fmt(r.statements, 0)} | {target} | "
            f"{r.verdict()} |"
        )
    notes = [f"- {r.db}, {r.name}: {r.note}" for r in rows if r.note]
    return "\n".join(lines + ([""] + notes if notes else []))


def machine(urls: list[str]) -> list[str]:
    """The machine's facts (bench/record.py) and the load average when the run started."""
    from bench import record as recording

    return [*recording.machine_facts(urls),
            "- load average when the run started (1/5/15 min): " + " / ".join(f"{x:.2f}" for x in _LOAD)]


def sizes(url: str) -> str:
    from sqlalchemy import create_engine

    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            counts = {
                t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar()
                for t in ("physicians", "registrations", "institutions", "cases", "case_events", "nurses")
            }
    finally:
        eng.dispose()
    return ", ".join(f"{v:,} {k}" for k, v in counts.items())


def run_all(url: str, args: Any) -> tuple[list[Row], list[tuple[str, str, str]]]:
    bench = Bench(url, args)
    try:
        bench.queue()
        bench.roster()
        bench.search()
        bench.approvals()
        if args.processes:
            bench.approvals_processes()
        bench.feed()
        rows, plans = bench.rows, bench.plans
    finally:
        bench.close()
    if args.server and make_url(url).get_backend_name() == "postgresql":
        rows += run_server(url, args, rows)
    return rows, plans


#: What the desk server may cost (issue 14): p95 of a read, share of the direct approvals per second.
SERVER_READ_EXTRA_MS = 5.0
SERVER_APPROVALS_SHARE = 0.8


def run_server(url: str, args: Any, direct: list[Row]) -> list[Row]:
    """The same queue, search, approvals (client processes) and feed through a ``regdesk serve`` subprocess
    on the same database, each row compared with its direct PostgreSQL row."""
    import socket
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server_url = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "app.server", "--db", url, "--host", "127.0.0.1", "--port", str(port),
           "--workers", str(args.server_workers), "--log-level", "warning"]
    proc = subprocess.Popen(cmd, cwd=Path(__file__).resolve().parents[1])
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(server_url + "/health", timeout=1) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("the desk server did not start") from None
                time.sleep(0.2)
        bench = Bench(url, args, server_url=server_url)
        try:
            bench.queue()
            bench.search()
            if args.processes:
                bench.approvals_processes()
            bench.feed()
            rows = bench.rows
        finally:
            bench.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    by_name = {r.name: r for r in direct}
    for row in rows:
        row.statements = None  # counted in the server process, not here
        row.raw = []  # raw SQL is the direct row's column
        base = by_name.get(row.name)
        if base is None or row.failed or base.failed:
            continue
        if row.kind == "latency" and row.service and base.service:
            extra = row.p95 - base.p95
            mark = "✓" if extra <= SERVER_READ_EXTRA_MS else "✗"
            row.note = f"{mark} +{extra:.1f} ms p95 over direct (target ≤ {SERVER_READ_EXTRA_MS:g})"
        if row.kind == "throughput" and row.ops and base.ops:
            share = row.ops / base.ops
            mark = "✓" if share >= SERVER_APPROVALS_SHARE else "✗"
            row.note = (f"{mark} {share:.0%} of direct approvals/s (target ≥ {SERVER_APPROVALS_SHARE:.0%}); "
                        + row.note)
    return rows


def main(args: Any) -> int:
    args = options(**vars(args))
    urls: list[str] = args.db or []
    if not urls:
        size = args.size or 100_000
        label = f"{size // 1000}k" if size < 1_000_000 else f"{size // 1_000_000}m"
        urls = [
            f"sqlite:////tmp/regdesk_bench_{label}.db",
            f"postgresql+psycopg://postgres@127.0.0.1:5432/regdesk_bench_{label}",
        ]
    if args.pg_only:
        urls = [u for u in urls if make_url(u).get_backend_name() == "postgresql"]
    if args.sqlite_only:
        urls = [u for u in urls if make_url(u).get_backend_name() == "sqlite"]
    global _LOAD
    from bench import record as recording

    conditions = recording.start()
    _LOAD = conditions.load_before
    all_rows: list[Row] = []
    all_plans: list[tuple[str, str, str]] = []
    described = []
    for url in urls:
        described.append(f"- {make_url(url).get_backend_name()}: {sizes(url)}")
        if not args.quiet:
            print(f"benchmarking {make_url(url).render_as_string(hide_password=True)}", flush=True)
        rows, plans = run_all(url, args)
        all_rows += rows
        all_plans += plans
    conditions.finish()
    result = recording.mark_table(table(all_rows), conditions)
    print(result)
    print(f"run: {conditions.label()}")
    if args.explain and not args.quiet:
        for name, stmt, plan in all_plans:
            print(f"\n### {name}\n{stmt}\n{plan}")
    if args.record:
        record(args, urls, described, result, all_plans, conditions)
    return 0


def record(
    args: Any,
    urls: list[str],
    described: list[str],
    result: str,
    plans: list[tuple[str, str, str]],
    conditions: Any = None,
) -> None:
    """Append the run to docs/benchmarks.md through bench/record.py (on top too when it was quiet)."""
    from bench import record as recording

    size = args.size
    title = f"{size:,} physicians" if size else "databases given"
    summary = "\n".join([
        "Data:",
        *described,
        "",
        f"Read benchmarks: {args.repeat} calls each after 5 warm-up calls, "
        "one client; p50/p95 in milliseconds; overhead = service p50 / raw SQL p50.",
        "",
        result,
        "",
    ])
    details: list[str] = []
    if plans:
        details.append("<details><summary>Plans of the slowest statement of each call</summary>\n")
        for name, stmt, plan in plans:
            details += [f"#### {name}", "```sql", stmt.strip(), "```", "```", plan, "```", ""]
        details.append("</details>\n")
    recording.record("bench run", title, conditions or recording.start().finish(), summary,
                     details="\n".join(details), urls=urls, doc=DOC)
