"""The roster's read path (issue 19 part 2, roster and searches): a page, its lines and its total are one
statement, a typed code is a condition of the page (no lookup statement before it), and the statement is
built once per filter shape, not per call."""

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


def test_a_roster_page_is_one_statement_the_page_with_its_lines(desk, world: World) -> None:
    actor = world.a_actor
    first = desk.roster.physicians(actor, limit=2)  # warm: the principal is resolved once per session
    assert first.next_after is not None
    pages: list[Any] = []
    assert len(_statements(desk, lambda: pages.append(desk.roster.physicians(actor, limit=2)))) == 1
    assert names(pages[0]) == names(first)
    after = first.next_after
    seen = _statements(desk, lambda: pages.append(desk.roster.physicians(actor, limit=2, after=after)))
    assert len(seen) == 1
    assert names(pages[1]) and not set(names(pages[1])) & set(names(first))
    assert len(_statements(desk, lambda: desk.roster.physicians(world.admin, "张", limit=50))) == 1
    assert len(_statements(desk, lambda: desk.roster.physicians(world.admin, "zw", limit=50))) == 1


def test_a_typed_code_is_a_condition_of_the_page_not_a_lookup_before_it(desk, world: World) -> None:
    desk.roster.physicians(world.admin, "张")  # warm
    for typed in (world.id_numbers["张伟"], cert(1), regcode(1), pcn(1)):
        pages: list[Any] = []
        seen = _statements(
            desk, lambda t=typed, into=pages: into.append(desk.roster.physicians(world.admin, t))
        )
        assert names(pages[0]) == ["张伟"], typed
        assert len(seen) == 1, (typed, seen)  # the page with its lines
    assert len(_statements(desk, lambda: desk.roster.physicians(world.admin, regcode(77)))) == 1
    # one held in another province: the commission's clause still applies inside the same statement
    assert names(desk.roster.physicians(world.admin, regcode(10, "110000"))) == []


def _count_builds(monkeypatch: Any) -> list[Any]:
    """The shapes the roster's statements are built for from now on (the cache emptied first)."""
    built: list[Any] = []
    build = roster_service._build_roster_statements

    def counting(*args: Any) -> Any:
        built.append(args[0])
        return build(*args)

    monkeypatch.setattr(roster_service, "_build_roster_statements", counting)
    roster_service._roster_cache.clear()
    return built


def test_the_statement_is_built_once_per_filter_shape(desk, world: World, monkeypatch) -> None:
    built = _count_builds(monkeypatch)
    for _ in range(3):
        first = desk.roster.physicians(world.a_actor, limit=2)
        desk.roster.physicians(world.a_actor, limit=2, after=first.next_after)
        desk.roster.physicians(world.b_actor)
        desk.roster.physicians(world.admin, regcode(1))  # a code is bound: one shape for every code
        desk.roster.physicians(world.admin, regcode(2))
        desk.roster.physicians(world.admin, "张")  # a typed name: its own statement
        desk.roster.physicians(world.admin, "zw")
    # a's first page, a's keyset page, b's roster, registration codes, 张, zw: six shapes, each built once
    assert len(built) == 6 and len(set(built)) == 6
    assert len(roster_service._roster_cache) == 6


def test_the_roster_statement_cache_keeps_only_the_latest_shapes(desk, world: World, monkeypatch) -> None:
    monkeypatch.setattr(roster_service, "_ROSTER_CACHE_SIZE", 2)
    roster_service._roster_cache.clear()
    for status in ("active", "filed", "deregistered"):
        desk.roster.physicians(world.admin, status=status)
    assert [shape.status for shape in roster_service._roster_cache] == ["filed", "deregistered"]
    assert names(desk.roster.physicians(world.admin, "张")) == ["张伟"]


def test_on_sqlite_every_typed_name_shares_one_statement(desk, world: World, monkeypatch) -> None:
    """SQLite binds a typed name prefix (and typed initials) per call: one statement for every keystroke,
    where one built and compiled per prefix cost ~1 ms each. PostgreSQL keeps the prefix in the statement,
    so that its plan is made for it."""
    built = _count_builds(monkeypatch)
    typed_names = ("张", "张伟", "王", "李", "赵", "冯")
    found = {typed: names(desk.roster.physicians(world.admin, typed)) for typed in typed_names}
    initials = {typed: names(desk.roster.physicians(world.admin, typed)) for typed in ("zw", "wf")}
    everyone = names(desk.roster.physicians(world.admin, limit=100))
    for typed, got in found.items():
        assert got == sorted(n for n in everyone if n.startswith(typed)), typed
    assert found["张伟"] == ["张伟"] and found["王"] == ["王芳"] and found["冯"] == []
    assert initials == {"zw": ["张伟"], "wf": ["王芳"]}
    if desk.db.is_postgres:
        assert len(built) == 9  # each prefix and each set of initials its own statement, and the blank roster
    else:
        assert len(built) == 3  # one for the names, one for the initials, one for the blank roster


def test_the_total_of_a_first_page_is_counted_in_the_page_statement(desk, world: World) -> None:
    actor = world.a_actor
    everyone = desk.roster.physicians(actor, limit=100)
    pages: list[Any] = []
    seen = _statements(desk, lambda: pages.append(desk.roster.physicians(actor, limit=2, with_total=True)))
    assert len(seen) == 1  # the page with its count and its lines
    assert pages[0].total == len(everyone.items) > 2
    assert names(pages[0]) == names(everyone)[:2]
    # past the end: no rows to carry the count, which is then asked for on its own
    assert desk.roster.physicians(actor, offset=50, with_total=True).total == len(everyone.items)
    assert desk.roster.physicians(world.admin, regcode(77), with_total=True).total == 0
