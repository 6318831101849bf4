"""The resolved-session cache (issue 19 part 2): reads reuse a session this process resolved less than
SESSION_CACHE_SECONDS ago without a statement; writes always ask the database. A session ended here stops
at once; one ended in another process (another desk on the same database) stops here when this process
reads the change feed, and at the latest after SESSION_CACHE_SECONDS. The idle limit and the absolute
lifetime hold exactly as without the cache."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from case_fixtures import PASSWORD, World, world
from conftest import ADMIN_PASSWORD, FakeClock
from sqlalchemy import event

from app.services import AuthenticationError, open_desk
from app.services.base import SESSION_CACHE_SECONDS, SESSIONS_FEED

FIXTURES = (world,)
NEW_PASSWORD = "Admin#2026new"


class Ticks:
    """A monotonic clock for the cache that moves only when told."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def other_pc(world: World, db_url: str, clock: FakeClock) -> Iterator[Any]:
    """A second desk on the same database: another process's services with their own cache."""
    d = open_desk(db_url, clock=clock, workstation="other-pc")
    try:
        yield d
    finally:
        d.close()


def _session_reads(desk: Any, call: Any) -> int:
    """How many statements of ``call`` read the session tables."""
    seen: list[str] = []

    def note(_c: Any, _cur: Any, statement: str, *_a: Any) -> None:
        seen.append(statement)

    event.listen(desk.db.engine, "before_cursor_execute", note)
    try:
        call()
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", note)
    return sum(1 for s in seen if "auth_sessions" in s)


def test_a_read_reuses_the_resolved_session_and_a_write_asks_the_database(
    world: World, other_pc: Any
) -> None:
    admin = other_pc.auth.login("gdadmin", ADMIN_PASSWORD)
    assert _session_reads(other_pc, lambda: other_pc.auth.whoami(admin)) == 1  # resolved once
    assert _session_reads(other_pc, lambda: other_pc.auth.whoami(admin)) == 0  # then reused
    assert _session_reads(other_pc, lambda: other_pc.cases.queue(admin)) == 0
    hospital = world.hospital()
    doctor = world.doctor()
    case = world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    case = world.desk.cases.confirm(hospital.actor, case.id, case.version)
    # a write resolves the session from the database every time
    assert _session_reads(other_pc, lambda: other_pc.cases.approve(admin, case.id, case.version)) == 1


def test_signing_out_ends_reads_in_this_process_at_once(other_pc: Any) -> None:
    admin = other_pc.auth.login("gdadmin", ADMIN_PASSWORD)
    other_pc.auth.whoami(admin)
    other_pc.auth.logout(admin)
    with pytest.raises(AuthenticationError, match="请重新登录"):
        other_pc.auth.whoami(admin)


def test_a_password_changed_elsewhere_ends_reads_here_at_the_next_feed_read(
    world: World, other_pc: Any
) -> None:
    here = other_pc.auth.login("gdadmin", ADMIN_PASSWORD)
    cursor = other_pc.feed.head(here)
    assert other_pc.auth.whoami(here).user_id == world.admin.user_id  # resolved and cached here
    kept = world.desk.auth.change_password(world.admin, ADMIN_PASSWORD, NEW_PASSWORD)  # the other PC
    # the stated staleness: the ended session may still read here until the feed or the bound says so
    assert other_pc.auth.whoami(here).user_id == world.admin.user_id
    watcher = other_pc.auth.login("gdadmin", NEW_PASSWORD)
    changes, _ = other_pc.feed.since(watcher, cursor)
    assert all(c.table != SESSIONS_FEED for c in changes)  # the cache's note is no client's business
    with pytest.raises(AuthenticationError, match="请重新登录"):
        other_pc.auth.whoami(here)
    assert world.desk.auth.whoami(kept).user_id == world.admin.user_id  # the changing PC goes on


def test_a_session_ended_elsewhere_stops_here_after_the_bound_without_the_feed(
    world: World, other_pc: Any
) -> None:
    ticks = Ticks()
    other_pc.ctx.sessions.monotonic = ticks
    here = other_pc.auth.login("gdadmin", ADMIN_PASSWORD)
    other_pc.auth.whoami(here)
    world.desk.auth.change_password(world.admin, ADMIN_PASSWORD, NEW_PASSWORD)
    ticks.t += SESSION_CACHE_SECONDS - 0.1
    other_pc.auth.whoami(here)  # within the bound
    ticks.t += 0.2
    with pytest.raises(AuthenticationError, match="请重新登录"):
        other_pc.auth.whoami(here)


def test_an_account_disabled_elsewhere_stops_reading_here(world: World, other_pc: Any) -> None:
    hospital = world.hospital()
    here = other_pc.auth.login(hospital.actor.username, PASSWORD)
    other_pc.cases.queue(here)
    cursor = other_pc.feed.head(here)
    world.desk.accounts.set_account_disabled(world.admin, here.user_id, True)
    watcher = other_pc.auth.login("gdadmin", ADMIN_PASSWORD)
    other_pc.feed.since(watcher, cursor)
    with pytest.raises(AuthenticationError):
        other_pc.cases.queue(here)


def test_the_idle_limit_holds_with_the_cache(world: World, other_pc: Any, clock: FakeClock) -> None:
    here = other_pc.auth.login("gdadmin", ADMIN_PASSWORD)
    other_pc.auth.whoami(here)
    clock.advance(minutes=29)
    other_pc.auth.whoami(here)  # used: noted (at most once a minute)
    clock.advance(minutes=29)
    other_pc.auth.whoami(here)
    clock.advance(minutes=31)
    with pytest.raises(AuthenticationError, match="长时间未操作"):
        other_pc.auth.whoami(here)


def test_use_noted_by_another_process_keeps_the_session_alive_here(
    world: World, other_pc: Any, clock: FakeClock
) -> None:
    here = other_pc.auth.login("gdadmin", ADMIN_PASSWORD)
    other_pc.auth.whoami(here)  # cached here with its last use now
    clock.advance(minutes=20)
    world.desk.auth.whoami(here)  # the same session used through the other desk (a second server worker)
    clock.advance(minutes=20)  # 40 minutes after the use this desk saw, 20 after the last one
    assert other_pc.auth.whoami(here).user_id == world.admin.user_id


def test_the_absolute_lifetime_holds_with_the_cache(world: World, other_pc: Any, clock: FakeClock) -> None:
    here = other_pc.auth.login("gdadmin", ADMIN_PASSWORD)
    for _ in range(25):  # used every 29 minutes, never idle, for twelve hours
        other_pc.auth.whoami(here)
        clock.advance(minutes=29)
    with pytest.raises(AuthenticationError, match="登录已过期"):
        other_pc.auth.whoami(here)
