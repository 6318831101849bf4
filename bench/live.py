"""Live sync through the windows (issue 19 part 6): from one PC's commit to another PC's list holding the row.

    python -m bench live [--db URL] [--rounds 20] [--record]

Two processes on one PostgreSQL database, as two PCs. This process is the commission's PC: the counter
clerk's commission window (offscreen Qt), its 审批队列 and 逾期 lists filtered to one applicant. The other
process is the hospital's PC: each round the applicant submits a first registration there, the HR confirms
it (timed: the moment the confirmation's commit returned), and after both of the commission's lists hold the
case the applicant withdraws it (timed again: until both lists have dropped it). The commission's clock runs
40 days ahead of the hospital's, so a case confirmed at the hospital is already past its 20-working-day
deadline at the commission and belongs in the 逾期 list as well. Times are CLOCK_MONOTONIC, shared by the two
processes; the lists are checked every ~2 ms on the GUI thread.

Without --db a database ``regdesk_bench_live`` on the local PostgreSQL is dropped and made anew with the demo
(app/services/demo.py, 40 physicians). A --db given must be an empty database (made when missing).
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/regdesk_bench_live"
#: The hospital's (fixed) time; the commission's is 40 days later.
HOSPITAL_NOW = dt.datetime(2026, 11, 24, 1, 0, tzinfo=dt.UTC)
COMMISSION_AHEAD = dt.timedelta(days=40)
TARGET_SECONDS = 1.0
HOSPITAL = "广州市第一人民医院"
HOSPITAL_PASSWORD = "Demo#2026hosp"
CLERK = ("gdclerk", "Demo#2026clerk")
DOCTOR_PASSWORD = "Demo#2026doc"


class FixedClock:
    """A clock standing still (the bench's cases get the same deadlines on every run)."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


def fresh_database(url: str) -> None:
    """Drop and create the bench's own PostgreSQL database."""
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    admin = parsed.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{parsed.database}"')


def prepare(url: str) -> dict[str, Any]:
    """Load the demo (as the hospital's PC would have seen it) and pick the applicant of the rounds."""
    from app.services import open_desk
    from app.services.demo import load_demo

    desk = open_desk(url, clock=FixedClock(HOSPITAL_NOW), workstation="bench-live-setup")
    try:
        logins = {login.who: login.username for login in load_demo(desk, physicians=40)}
        hr = desk.auth.login(logins[HOSPITAL], HOSPITAL_PASSWORD)
        earlier = desk.cases.queue(hr, status="withdrawn").items[0]
        return {
            "hr": logins[HOSPITAL],
            "doctor": logins[earlier.applicant_name],
            "physician_id": earlier.physician_id,
            "institution_id": hr.institution_id,
            "id_number": earlier.applicant_id_number,
            "details": {k: earlier.details[k] for k in ("level", "category", "scopes")},
        }
    finally:
        desk.close()


def hospital_pc(url: str, plan: dict[str, Any], conn: Any) -> None:
    """The other process: submits, confirms and withdraws on command, answering with monotonic times."""
    from app.services import open_desk

    desk = open_desk(url, clock=FixedClock(HOSPITAL_NOW), workstation="bench-live-hospital")
    try:
        hr = desk.auth.login(plan["hr"], HOSPITAL_PASSWORD)
        doctor = desk.auth.login(plan["doctor"], DOCTOR_PASSWORD)
        case: Any = None
        conn.send("ready")
        while True:
            command = conn.recv()
            if command == "submit":
                case = desk.cases.submit(doctor, "first_registration", plan["physician_id"],
                                         institution_id=plan["institution_id"], **plan["details"])
                conn.send(case.id)
            elif command == "confirm":
                case = desk.cases.confirm(hr, case.id, case.version)
                conn.send(time.monotonic())
            elif command == "withdraw":
                desk.cases.withdraw(doctor, case.id, case.version)
                conn.send(time.monotonic())
            else:
                break
    finally:
        desk.close()


def measure(url: str, rounds: int, *, quiet: bool = False) -> dict[str, list[float]]:
    """Seconds per round from the hospital's commit to the commission window's lists showing it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    plan = prepare(url)
    with tempfile.TemporaryDirectory(prefix="regdesk-live-") as tmp:
        os.environ["REGDESK_DATA_DIR"] = str(Path(tmp) / "data")
        app = QApplication.instance() or QApplication([])
        QCoreApplication.setOrganizationName("regdesk-bench")
        QCoreApplication.setApplicationName("regdesk-bench")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # the user's remembered layout stays untouched
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "settings"))
        from app.services import open_desk
        from app.views import worker
        from app.views.commission import CommissionWindow

        ctx = mp.get_context("spawn")
        ours, theirs = ctx.Pipe()
        other = ctx.Process(target=hospital_pc, args=(url, plan, theirs), name="hospital-pc")
        other.start()
        later = FixedClock(HOSPITAL_NOW + COMMISSION_AHEAD)
        desk = open_desk(url, clock=later, workstation="bench-live-clerk")
        window = CommissionWindow(desk, desk.auth.login(*CLERK))
        lists = {"queue": window.queue, "overdue": window.overdue}

        def settled() -> bool:
            return all(not p.model.loading and p.model.total is not None for p in lists.values())

        def spin_until(done: Any, timeout: float = 15.0) -> None:
            end = time.monotonic() + timeout
            while not done():
                if time.monotonic() > end:
                    raise TimeoutError("the commission window did not get there in time")
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
                time.sleep(0.002)

        def times(cid: int, present: bool, since: float, timeout: float = 15.0) -> dict[str, float]:
            got: dict[str, float] = {}
            end = time.monotonic() + timeout
            while len(got) < len(lists):
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
                now = time.monotonic()
                for name, panel in lists.items():
                    if name not in got and (panel.row_of(cid) >= 0) == present and not panel.model.loading:
                        got[name] = now - since
                if now > end:
                    raise TimeoutError(f"case {cid} did not {'reach' if present else 'leave'} both lists")
                time.sleep(0.002)
            return got

        out: dict[str, list[float]] = {"queue": [], "overdue": [], "both": [], "withdrawn": []}
        try:
            window.show()
            for panel in lists.values():
                panel.search.setText(plan["id_number"])
                panel.reload()
            spin_until(lambda: settled() and all(p._query == plan["id_number"] for p in lists.values()))
            if ours.recv() != "ready":
                raise RuntimeError("the hospital's process did not start")
            for n in range(rounds):
                ours.send("submit")
                cid = ours.recv()
                end = time.monotonic() + 0.3  # let the submission's own notification pass
                spin_until(lambda end=end: time.monotonic() > end and settled())
                ours.send("confirm")
                committed = ours.recv()
                arrived = times(cid, True, committed)
                ours.send("withdraw")
                withdrawn = ours.recv()
                left = times(cid, False, withdrawn)
                out["queue"].append(arrived["queue"])
                out["overdue"].append(arrived["overdue"])
                out["both"].append(max(arrived.values()))
                out["withdrawn"].append(max(left.values()))
                if not quiet:
                    print(f"round {n + 1}: queue {arrived['queue'] * 1000:.0f} ms, 逾期 "
                          f"{arrived['overdue'] * 1000:.0f} ms, withdrawal gone "
                          f"{max(left.values()) * 1000:.0f} ms", flush=True)
        finally:
            ours.send("quit")
            other.join(timeout=30)
            window.close()
            worker.wait_idle()
            desk.close()
    return out


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def table(result: dict[str, list[float]]) -> str:
    names = {
        "queue": "confirm on the hospital's PC → commission's 审批队列 holds the case",
        "overdue": "confirm → commission's 逾期 list holds the case",
        "both": "confirm → both lists hold it",
        "withdrawn": "withdraw → both lists dropped it",
    }
    lines = ["| measure | rounds | p50 ms | p95 ms | max ms | target | result |", "|---" * 7 + "|"]
    for key, label in names.items():
        values = result[key]
        if not values:
            continue
        worst = max(values)
        verdict = "✓" if worst <= TARGET_SECONDS else "✗"
        lines.append(f"| {label} | {len(values)} | {statistics.median(values) * 1000:.0f} | "
                     f"{_pct(values, 0.95) * 1000:.0f} | {worst * 1000:.0f} | every round ≤ "
                     f"{TARGET_SECONDS * 1000:.0f} ms | {verdict} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench live", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default=None, help="an empty PostgreSQL database (default: made anew: "
                        + DEFAULT_URL.split("@")[-1] + ")")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--record", action="store_true", help="append the table to docs/benchmarks.md")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    from bench import record as recording

    url = args.db or DEFAULT_URL
    if args.db:
        from bench.soak import ensure_database

        ensure_database(url)
    else:
        fresh_database(url)
    conditions = recording.start()
    result = measure(url, args.rounds, quiet=args.quiet)
    conditions.finish()
    text = recording.mark_table(table(result), conditions)
    print(text)
    print(f"run: {conditions.label()}")
    if args.record:
        summary = (
            "Two processes on one PostgreSQL (`python -m bench live`): the hospital's PC confirms a case, "
            "the commission window in the other process shows it in its queue and its 逾期 list; times from "
            "the confirmation's commit returning to the list holding the row (demo database, 40 "
            "physicians).\n\n" + text
        )
        recording.record("bench live", f"demo database, {args.rounds} rounds", conditions, summary,
                         urls=[url])
    return 0


if __name__ == "__main__":
    sys.exit(main())
