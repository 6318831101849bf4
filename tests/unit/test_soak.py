"""The one-command soak (``python -m bench soak``) holds every invariant for 30 s on SQLite and PostgreSQL.

Eight client processes do mixed work (submit, confirm, approve, reject, return, file, search, print) while
clients are SIGKILLed mid-call and, on PostgreSQL, server connections are ended; afterwards a case is
approved iff it has its code, registration and event, codes are gapless and unique, nothing is
half-written, and no call raised anything but a DomainError.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECONDS = 30


def run_soak(url: str, tmp_path: Path) -> dict[str, Any]:
    report = tmp_path / "soak.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "soak", "--db", url, "--clients", "8", "--seconds", str(SECONDS),
         "--kill-every", "3", "--json", str(report)],
        cwd=ROOT, capture_output=True, text=True, timeout=SECONDS + 400,
    )
    assert report.exists(), f"no report (exit {done.returncode}):\n{done.stdout}\n{done.stderr[-3000:]}"
    data: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    data["stdout"] = done.stdout
    data["returncode"] = done.returncode
    return data


def assert_held(data: dict[str, Any]) -> None:
    out = data["stdout"]
    assert data["problems"] == [], out
    assert data["raw"] == [], out
    assert data["ok"] and data["returncode"] == 0, out
    assert data["kills"] >= 3, out
    done = {action: outcomes.get("done", 0) for action, outcomes in data["counts"].items()}
    for action in ("submit", "confirm", "approve", "file", "search", "print"):
        assert done.get(action, 0) > 0, f"no {action} went through:\n{out}"
    assert done.get("reject", 0) + done.get("return", 0) > 0, out
    assert data["codes"] > 0, out


@pytest.mark.slow
@pytest.mark.soak
def test_soak_on_sqlite_keeps_every_invariant_under_kills(tmp_path: Path) -> None:
    assert_held(run_soak(f"sqlite:///{tmp_path / 'soak.db'}", tmp_path))


@pytest.mark.slow
@pytest.mark.soak
@pytest.mark.postgres
def test_soak_on_postgresql_keeps_every_invariant_under_kills_and_dropped_connections(
    fresh_pg_url: str, tmp_path: Path
) -> None:
    data = run_soak(fresh_pg_url, tmp_path)
    assert_held(data)
    assert data["dropped"] > 0, data["stdout"]


def test_the_invariant_check_finds_a_code_gap_and_a_half_written_approval(tmp_path: Path) -> None:
    """The check itself can fail: an approval without its registration and a skipped serial are reported."""
    from sqlalchemy import text

    from app.db import Database
    from bench.soak import check_invariants

    url = f"sqlite:///{tmp_path / 'broken.db'}"
    db = Database(url)
    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO code_counters (province, year, last_value) VALUES ('440000', 2026, 2)"))
        conn.execute(text(
            "INSERT INTO cases (id, number, kind, status, version, jurisdiction, city, province, details,"
            " registration_code, created_at, updated_at, deadline_provisional, applicant_name,"
            " applicant_id_number) VALUES (1, 'C1', 'first_registration', 'approved', 2, '440106', '440100',"
            " '440000', '{}', '44202600000002X', '2026-11-24', '2026-11-24', 0, '', '')"))
    db.dispose()
    problems = check_invariants(url)
    assert any("approved without its code, registration or event" in p for p in problems), problems
    assert any("is approved but its last event says None" in p for p in problems), problems
    assert any("counter at 2" in p for p in problems), problems
