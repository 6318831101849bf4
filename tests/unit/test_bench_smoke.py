"""Smoke run of the data generator and every benchmark at a small size, so neither rots (issue 11)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import create_engine, text

from app import models as m
from app.services import codes, validation
from bench.generate import KIND_WEIGHTS, generate
from bench.run import Bench, options

TODAY = dt.date(2026, 11, 26)
PHYSICIANS = 2_000
CASES = 500


def _rows(url: str, sql: str) -> list[tuple]:  # type: ignore[type-arg]
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql)).all()]
    finally:
        engine.dispose()


@pytest.fixture
def generated(db_url: str) -> str:
    summary = generate(db_url, PHYSICIANS, CASES, today=TODAY, progress=False, create=False)
    assert summary.counts["physicians"] == PHYSICIANS
    assert summary.counts["cases"] == CASES
    return db_url


def test_generated_people_have_valid_resident_ids_names_and_certificate_codes(generated: str) -> None:
    people = _rows(generated, "SELECT name, id_number, gender, birth_date FROM physicians")
    assert len(people) == PHYSICIANS
    for name, id_number, gender, birth in people:
        rid = validation.resident_id(id_number, today=TODAY)
        assert rid.gender == gender
        assert str(rid.birth_date) == str(birth)[:10]
        assert validation.person_name(name) == name
    assert len({p[1] for p in people}) == PHYSICIANS
    for cert, ticket in _rows(generated, "SELECT certificate_code, exam_ticket FROM qualifications"):
        assert cert is not None or ticket is not None
        if cert is not None:
            validation.certificate_code(cert)
        if ticket is not None:
            validation.exam_ticket(ticket)


def test_generated_registration_codes_are_unique_gapless_and_continue_from_the_counters(
    generated: str,
) -> None:
    regs = [r[0] for r in _rows(generated, "SELECT registration_code FROM registrations")]
    assert len(regs) == len(set(regs))
    serials: dict[tuple[str, int], list[int]] = {}
    for value in regs:
        code = codes.parse_registration_code(value)
        serials.setdefault((code.province, code.year), []).append(code.serial)
    counters = {
        (p, y): v for p, y, v in _rows(generated, "SELECT province, year, last_value FROM code_counters")
    }
    assert counters.keys() == serials.keys()
    for key, values in serials.items():
        assert sorted(values) == list(range(1, counters[key] + 1))


def test_generated_cases_cover_every_status_and_the_queue_has_overdue_cases(generated: str) -> None:
    rows = _rows(generated, "SELECT kind, status, number, received_at, deadline FROM cases")
    statuses = Counter(r[1] for r in rows)
    assert set(statuses) == {
        "draft",
        "submitted",
        "confirmed",
        "returned",
        "approved",
        "rejected",
        "withdrawn",
    }
    kinds = {r[0] for r in rows}
    assert {k for k, w in KIND_WEIGHTS.items() if w >= 45} <= kinds
    assert all(codes.is_case_number(r[2]) for r in rows)
    confirmed = [r for r in rows if r[1] == "confirmed"]
    assert all(r[3] is not None and r[4] is not None for r in confirmed)
    assert any(str(r[4]) < TODAY.isoformat() for r in confirmed)  # overdue cases exist
    numbers = Counter(r[2][:10] for r in rows)
    stored = dict(_rows(generated, "SELECT prefix, last_value FROM case_counters"))
    assert all(stored[prefix] >= n for prefix, n in numbers.items())


def test_generated_rows_reference_existing_rows(generated: str) -> None:
    for table in m.Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            col, parent = fk.parent.name, fk.column
            orphans = _rows(
                generated,
                f"SELECT COUNT(*) FROM {table.name} t WHERE t.{col} IS NOT NULL AND NOT EXISTS "
                f"(SELECT 1 FROM {parent.table.name} x WHERE x.{parent.name} = t.{col})",
            )[0][0]
            assert orphans == 0, f"{table.name}.{col} → {parent.table.name}"


def test_every_benchmark_runs_and_reports_its_row(generated: str) -> None:
    args = options(
        repeat=3,
        approvals=24,
        clients=2,
        pgbench_seconds=1,
        pgbench_cases=100,
        explain=True,
        quiet=True,
        page=2,
        feed_rounds=2,
    )
    bench = Bench(generated, args)
    try:
        bench.queue()
        bench.roster()
        bench.search()
        bench.approvals()
        bench.approvals_processes()
        bench.feed()
    finally:
        bench.close()
    names = [r.name for r in bench.rows]
    assert len(names) == 12, names
    for prefix in (
        "queue: first page",
        "queue: page",
        "queue: first page (county",
        "roster: institution's first",
        "roster: institution's page",
        "search: name prefix",
        "search: resident ID",
        "search: certificate code",
        "search: registration code",
        "approvals",
        "change feed",
    ):
        assert any(n.startswith(prefix) for n in names), prefix
    for row in bench.rows:
        assert not row.failed, (row.name, row.failed)
        assert row.service, row.name
        if row.kind == "latency":
            assert row.raw and row.statements
    for approvals in (r for r in bench.rows if r.kind == "throughput"):
        assert "codes unique and gapless" in approvals.note
    assert bench.plans


def test_generated_jurisdiction_members_equal_the_rebuild_with_keys_and_triggers(generated: str) -> None:
    # The generator streams the table with the physicians and adds the cases' counts after (issue 19 part 3);
    # rebuild() is the rule's fill from the sources: the same rows, the same counts.
    from app import jurisdiction_membership

    select = "SELECT area, physician_id, name, n FROM jurisdiction_members ORDER BY physician_id, area"
    streamed = _rows(generated, select)
    assert len(streamed) > PHYSICIANS  # every physician has at least its resident ID's province
    assert any(n > 1 for *_, n in streamed)
    engine = create_engine(generated)
    try:
        with engine.connect() as conn:
            postgresql = conn.dialect.name == "postgresql"
            if postgresql:
                keys = conn.execute(
                    text(
                        "SELECT conname FROM pg_constraint WHERE conrelid = 'jurisdiction_members'::regclass "
                        "UNION ALL SELECT indexname FROM pg_indexes WHERE tablename = 'jurisdiction_members'"
                    )
                ).scalars().all()
                assert {"pk_jurisdiction_members", "ix_jurisdiction_members_area_name"} <= set(keys)
            else:
                triggers = conn.execute(
                    text("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
                         "AND name LIKE 'jurisdiction_members_%'")
                ).scalar_one()
                assert triggers == 11  # registrations, cases, physicians × 3; institutions' area; names
            jurisdiction_membership.rebuild(lambda sql: conn.execute(text(sql)), postgresql=postgresql)
            rebuilt = [tuple(r) for r in conn.execute(text(select)).all()]
            conn.rollback()
    finally:
        engine.dispose()
    assert streamed == rebuilt
