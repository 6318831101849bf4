"""The change feed: since() lists what changed that the signed-in caller may see, wait() wakes other PCs."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest
from case_fixtures import World, world

from app.services import AuthenticationError, ValidationError, open_desk

FIXTURES = (world,)  # pytest finds fixtures by their names in this module


def test_a_change_is_seen_by_since_and_only_by_those_it_concerns(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    doctor, stranger = world.doctor(), world.doctor()
    cursor = desk.feed.head(world.admin)
    case = world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    changes, new_cursor = desk.feed.since(world.admin, cursor)
    assert [
        (c.table, c.row_id, c.kind, c.jurisdiction, c.institution_id, c.physician_id) for c in changes
    ] == [("cases", case.id, "submit", "440106", hospital.id, doctor.id)]
    assert new_cursor > cursor
    assert [c.row_id for c in desk.feed.since(doctor.actor, cursor)[0]] == [case.id]
    assert [c.row_id for c in desk.feed.since(hospital.actor, cursor)[0]] == [case.id]
    unseen, moved = desk.feed.since(stranger.actor, cursor)
    assert unseen == [] and moved == new_cursor
    assert desk.feed.since(world.admin, new_cursor) == ([], new_cursor)


def test_the_feed_refuses_a_caller_who_is_not_signed_in(world: World) -> None:
    desk = world.desk
    doctor = world.doctor()
    forged = replace(doctor.actor, token="forged-token")
    for call in (
        lambda: desk.feed.head(forged),
        lambda: desk.feed.since(forged, 0),
        lambda: desk.feed.wait(forged, 0.0, 0),
        lambda: desk.feed.since(None, 0),  # type: ignore[arg-type]
        lambda: desk.feed.head(None),  # type: ignore[arg-type]
    ):
        with pytest.raises(AuthenticationError):
            call()
    desk.auth.logout(doctor.actor)
    with pytest.raises(AuthenticationError):
        desk.feed.since(doctor.actor, 0)


def test_a_commission_sees_the_changes_of_its_jurisdiction_only(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()  # in Guangzhou (440106)
    doctor = world.doctor()
    shenzhen = world.clerk("szclerk", "440300")
    national = world.national()
    cursor = desk.feed.head(shenzhen)
    world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    unseen, moved = desk.feed.since(shenzhen, cursor)
    assert unseen == [] and moved > cursor
    assert [c.table for c in desk.feed.since(world.admin, cursor)[0]] == ["cases"]
    assert [c.table for c in desk.feed.since(national, cursor)[0]] == ["cases"]


def test_since_reads_at_most_limit_rows_and_the_cursor_moves_past_them(world: World) -> None:
    desk = world.desk
    cursor = desk.feed.head(world.admin)
    hospitals = [world.hospital() for _ in range(3)]
    first, after_first = desk.feed.since(world.admin, cursor, 1)
    assert len(first) <= 1 and after_first > cursor
    rest, end = desk.feed.since(world.admin, after_first)
    assert end == desk.feed.head(world.admin) and len(first) + len(rest) >= len(hospitals)
    with pytest.raises(ValidationError):
        desk.feed.since(world.admin, -1)


def test_wait_wakes_within_a_second_of_a_commit_made_by_another_desk(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    doctor = world.doctor()
    other_pc = open_desk(desk.url, clock=world.clock, workstation="counter-2")
    try:
        cursor = desk.feed.head(world.admin)
        desk.feed.wait(world.admin, 0.01, cursor)  # LISTEN is set up before the other PC commits
        woke: list[float] = []

        def listen() -> None:
            if desk.feed.wait(world.admin, 5.0):
                woke.append(time.monotonic())

        listener = threading.Thread(target=listen)
        listener.start()
        time.sleep(0.3)
        other_pc.cases.submit(
            doctor.actor, "first_registration", doctor.id, institution_id=hospital.id, scopes=["内科专业"]
        )
        committed = time.monotonic()
        listener.join(6)
        assert woke and woke[0] - committed < 1.0
        changes, _ = desk.feed.since(world.admin, cursor)
        assert [c.kind for c in changes] == ["submit"]
    finally:
        other_pc.close()


def test_wait_returns_at_once_when_changes_after_the_cursor_exist(world: World) -> None:
    desk = world.desk
    cursor = desk.feed.head(world.admin)
    world.hospital()
    started = time.monotonic()
    assert desk.feed.wait(world.admin, 5.0, cursor)
    assert time.monotonic() - started < 1.0
    assert not desk.feed.wait(world.admin, 0.2, desk.feed.head(world.admin))
