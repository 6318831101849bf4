"""The roster's read path (issue 19 part 2, roster and searches): a page is its own statement and one for its
lines, a typed code is a condition of the page (no lookup statement before it), and the lines' statement is
built once per kind of reader, not per call."""

from __future__ import annotations

from typing import Any

from roster_fixtures import cert, pcn, regcode
from sqlalchemy import event
from test_roster import World, names, world

from app.services import roster as roster_service

FIXTURES = (world,)


def _statements(desk: Any, call: Any) -> list[str]:
    seen: list[str] = []

    def note(_conn: Any, _cur: Any, statement: str, *_a: Any) -> None:
        if statement.strip().upper() not in ("BEGIN", "BEGIN IMMEDIATE"):
            seen.append(statement)

    engine = desk.db.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", note)
    return seen


def test_a_roster_page_is_two_statements_the_page_and_its_lines(desk, world: World) -> None:
    actor = world.a_actor
    first = desk.roster.physicians(actor, limit=2)  # warm: the principal is resolved once per session
    assert first.next_after is not None
    pages: list[Any] = []
    assert len(_statements(desk, lambda: pages.append(desk.roster.physicians(actor, limit=2)))) == 2
    assert names(pages[0]) == names(first)
    after = first.next_after
    seen = _statements(desk, lambda: pages.append(desk.roster.physicians(actor, limit=2, after=after)))
    assert len(seen) == 2
    assert names(pages[1]) and not set(names(pages[1])) & set(names(first))
    assert len(_statements(desk, lambda: desk.roster.physicians(world.admin, "张", limit=50))) <= 2


def test_a_typed_code_is_a_condition_of_the_page_not_a_lookup_before_it(desk, world: World) -> None:
    desk.roster.physicians(world.admin, "张")  # warm
    for typed in (world.id_numbers["张伟"], cert(1), regcode(1), pcn(1)):
        pages: list[Any] = []
        seen = _statements(
            desk, lambda t=typed, into=pages: into.append(desk.roster.physicians(world.admin, t))
        )
        assert names(pages[0]) == ["张伟"], typed
        assert len(seen) == 2, (typed, seen)  # the page and its lines
    # a code nobody has: the page finds nothing and there are no lines to read
    assert len(_statements(desk, lambda: desk.roster.physicians(world.admin, regcode(77)))) == 1
    # one held in another province: the commission's clause still applies inside the same statement
    assert names(desk.roster.physicians(world.admin, regcode(10, "110000"))) == []


def test_the_lines_statement_is_built_once_per_kind_of_reader(desk, world: World) -> None:
    desk.roster.physicians(world.a_actor)
    desk.roster.physicians(world.admin)
    built = roster_service._lines_statement.cache_info().currsize
    for _ in range(3):
        desk.roster.physicians(world.a_actor)
        desk.roster.physicians(world.b_actor)
        desk.roster.physicians(world.admin, "张")
    assert roster_service._lines_statement.cache_info().currsize == built


def test_the_total_of_a_first_page_is_counted_in_the_page_statement(desk, world: World) -> None:
    actor = world.a_actor
    everyone = desk.roster.physicians(actor, limit=100)
    pages: list[Any] = []
    seen = _statements(desk, lambda: pages.append(desk.roster.physicians(actor, limit=2, with_total=True)))
    assert len(seen) == 2  # the page with its count, and its lines
    assert pages[0].total == len(everyone.items) > 2
    assert names(pages[0]) == names(everyone)[:2]
    # past the end: no rows to carry the count, which is then asked for on its own
    assert desk.roster.physicians(actor, offset=50, with_total=True).total == len(everyone.items)
    assert desk.roster.physicians(world.admin, regcode(77), with_total=True).total == 0
