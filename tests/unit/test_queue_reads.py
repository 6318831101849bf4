"""The queue's read path (issue 19 part 2): its lines are the cases as ``get`` shows them, its first page is
one statement with its count, every later page one statement (the one where the dated cases end too), its
statements are built once per filter shape; the JSON every read decodes
comes back as the standard decoder gives it."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from case_fixtures import Doctor, Hospital, World, world
from sqlalchemy import event

from app.db import json_loads
from app.services import cases as case_service
from app.services.cases import Case

FIXTURES = (world,)


def _apply(world: World, hospital: Hospital, doctor: Doctor | None = None) -> Case:
    doctor = doctor or world.doctor()
    return world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])


def _statements(world: World, call: Any) -> list[str]:
    seen: list[str] = []

    def note(_conn: Any, _cur: Any, statement: str, *_a: Any) -> None:
        if statement.strip().upper() not in ("BEGIN", "BEGIN IMMEDIATE"):
            seen.append(statement)

    engine = world.desk.db.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", note)
    return seen


def test_a_queue_line_is_the_case_as_get_shows_it(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    confirmed = []
    for _ in range(3):
        case = _apply(world, hospital)
        confirmed.append(desk.cases.confirm(hospital.actor, case.id, case.version))
        world.travel(days=1)
    waiting = _apply(world, hospital)  # submitted: no deadline, another institution-side status
    world.travel(days=40)  # the deadlines now passed: overdue lines
    desk.cases.claim(world.admin, confirmed[0].id)  # a claimer's name and the claim's end
    material = desk.cases.materials(world.admin, confirmed[1].id)[0].name
    desk.cases.check_material(world.admin, confirmed[1].id, material, True)  # one received material
    page = desk.cases.queue(world.admin)
    assert {c.id for c in page.items} == {c.id for c in confirmed} | {waiting.id}
    for line in page.items:
        assert line == desk.cases.get(world.admin, line.id)
    claimed = next(c for c in page.items if c.id == confirmed[0].id)
    assert claimed.claimed_by_name and claimed.claimed_until is not None
    assert claimed.created_at is not None and claimed.created_at.utcoffset() == dt.timedelta(0)
    assert any(c.overdue for c in page.items)
    ticked = next(c for c in page.items if c.id == confirmed[1].id)
    assert material not in ticked.missing_materials


def test_the_queue_first_page_is_one_statement_with_its_count(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    for _ in range(7):
        case = _apply(world, hospital)
        desk.cases.confirm(hospital.actor, case.id, case.version)
    desk.cases.queue(world.admin, status="confirmed", limit=3)  # the caller's session resolved (cached)
    pages: list[Any] = []
    seen = _statements(
        world, lambda: pages.append(desk.cases.queue(world.admin, status="confirmed", limit=3))
    )
    assert len(seen) == 1, seen
    assert pages[0].total == 7 and len(pages[0].items) == 3 and pages[0].next_after is not None
    # a later page: one statement too
    later = _statements(world, lambda: desk.cases.queue(world.admin, status="confirmed", limit=3,
                                                        after=pages[0].next_after))
    assert len(later) == 1, later


def test_the_page_where_the_dated_cases_end_is_one_statement(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    for _ in range(4):  # confirmed: each with a deadline
        case = _apply(world, hospital)
        desk.cases.confirm(hospital.actor, case.id, case.version)
        world.travel(days=1)
    for _ in range(4):  # submitted: no deadline, listed after every dated case
        _apply(world, hospital)
    everything = [c.id for c in desk.cases.queue(world.admin, limit=50).items]
    assert len(everything) == 8
    walked: list[int] = []
    after = None
    counts = []
    while True:
        pages: list[Any] = []
        seen = _statements(
            world, lambda a=after, into=pages: into.append(desk.cases.queue(world.admin, limit=3, after=a))
        )
        counts.append(len(seen))
        walked += [c.id for c in pages[0].items]
        after = pages[0].next_after
        if after is None:
            break
    # pages 3+3+2: the second starts among the dated cases and ends among the undated ones
    assert walked == everything
    assert counts == [1, 1, 1]
    # a cursor among the dated ones with an offset: the offset spans the crossing too
    first = desk.cases.queue(world.admin, limit=2)
    assert [c.id for c in desk.cases.queue(world.admin, limit=3, offset=3, after=first.next_after).items] == (
        everything[5:8]
    )


def test_the_largest_offset_after_a_dated_case_is_an_empty_page(world: World) -> None:
    """offset + limit past 2**31 - 1 (the largest offset the edge lets through) reached PostgreSQL as an
    INTEGER and failed there as a database fault (found by the edge fuzz); it is an empty page."""
    desk = world.desk
    hospital = world.hospital()
    for _ in range(2):
        case = _apply(world, hospital)
        desk.cases.confirm(hospital.actor, case.id, case.version)
    first = desk.cases.queue(world.admin, limit=1)
    assert first.next_after is not None and first.next_after[0]  # a dated case
    for call in (desk.cases.queue, desk.cases.overdue):
        assert call(world.admin, offset=2**31 - 1, after=first.next_after).items == []
    assert desk.cases.queue(world.admin, offset=2**31 - 1).items == []


def test_an_empty_page_still_counts_every_match(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    for _ in range(2):
        _apply(world, hospital)
    beyond = desk.cases.queue(hospital.actor, offset=10, limit=5, with_total=True)
    assert beyond.items == [] and beyond.total == 2
    nothing = desk.cases.queue(hospital.actor, status="approved")
    assert nothing.items == [] and nothing.total == 0


def test_a_queue_filter_shape_builds_its_statements_once(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    _apply(world, hospital)
    case_service._queue_cache.clear()
    desk.cases.queue(world.admin, status="submitted")
    desk.cases.queue(world.admin, status="submitted", limit=7)  # paging values are bound, not built in
    assert len(case_service._queue_cache) == 1
    desk.cases.queue(hospital.actor, status="submitted")  # another scope: its own statements
    desk.cases.queue(world.admin, status="submitted", search="张")  # another filter: its own
    assert len(case_service._queue_cache) == 3


def test_the_queue_statement_cache_keeps_only_the_latest_shapes(world: World, monkeypatch: Any) -> None:
    desk = world.desk
    monkeypatch.setattr(case_service, "_QUEUE_CACHE_SIZE", 2)
    case_service._queue_cache.clear()
    for text in ("张", "王", "李"):
        desk.cases.queue(world.admin, search=text)
    assert len(case_service._queue_cache) == 2
    assert [shape.text for shape in case_service._queue_cache] == ["王", "李"]


@pytest.mark.parametrize(
    "text",
    ['{"a": [1, 2.5, {"b": null}], "c": "中文"}', "[]", '"x"', "1", "{}", ' {"a": 1} ', '{"a": 1}\n', "true"],
)
def test_json_loads_reads_what_json_loads_reads(text: str) -> None:
    assert json_loads(text) == json.loads(text)
    assert json_loads(text.encode()) == json.loads(text)


@pytest.mark.parametrize("text", ["", "{", '{"a": 1} x', "nul", "[1,]"])
def test_json_loads_refuses_what_json_loads_refuses(text: str) -> None:
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)
    with pytest.raises(json.JSONDecodeError):
        json_loads(text)


def test_assemble_builds_the_same_value_as_the_dataclass_and_needs_every_field() -> None:
    from app.services.types import PhysicianRow, assemble

    values = dict(id=1, name="张伟", gender="男", id_number="440106198808080011", level="执业医师",
                  category="临床", scopes=["内科专业"], registration_code=None,
                  practice_certificate_number=None, certificate_code=None, main_institution_name="",
                  relation="", status="none", status_label="未注册", main_institution_id=None,
                  registration_id=None)
    built = assemble(PhysicianRow, dict(values))
    assert built == PhysicianRow(**values) and repr(built) == repr(PhysicianRow(**values))
    with pytest.raises(AttributeError):
        built.name = "李娜"  # type: ignore[misc]
    del values["registration_id"]
    with pytest.raises(TypeError):
        assemble(PhysicianRow, values)
