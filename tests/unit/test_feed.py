"""The change feed as the case engine writes it: since() lists what changed, wait() wakes other PCs."""

from __future__ import annotations

import threading
import time

from case_fixtures import World, world

from app.services import open_desk

FIXTURES = (world,)  # pytest finds fixtures by their names in this module


def test_a_change_is_seen_by_since_and_only_by_those_it_concerns(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    doctor, stranger = world.doctor(), world.doctor()
    cursor = desk.feed.head()
    case = world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    changes, new_cursor = desk.feed.since(cursor)
    assert [
        (c.table, c.row_id, c.kind, c.jurisdiction, c.institution_id, c.physician_id) for c in changes
    ] == [("cases", case.id, "submit", "440106", hospital.id, doctor.id)]
    assert new_cursor > cursor
    assert [c.row_id for c in desk.feed.since(cursor, doctor.actor)[0]] == [case.id]
    assert [c.row_id for c in desk.feed.since(cursor, hospital.actor)[0]] == [case.id]
    assert [c.row_id for c in desk.feed.since(cursor, world.admin)[0]] == [case.id]
    unseen, moved = desk.feed.since(cursor, stranger.actor)
    assert unseen == [] and moved == new_cursor
    assert desk.feed.since(new_cursor) == ([], new_cursor)


def test_wait_wakes_within_a_second_of_a_commit_made_by_another_desk(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    doctor = world.doctor()
    other_pc = open_desk(desk.url, clock=world.clock, workstation="counter-2")
    try:
        cursor = desk.feed.head()
        desk.feed.wait(0.01, cursor)  # LISTEN is set up before the other PC commits
        woke: list[float] = []

        def listen() -> None:
            if desk.feed.wait(5.0):
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
        changes, _ = desk.feed.since(cursor)
        assert [c.kind for c in changes] == ["submit"]
    finally:
        other_pc.close()


def test_wait_returns_at_once_when_changes_after_the_cursor_exist(world: World) -> None:
    desk = world.desk
    cursor = desk.feed.head()
    world.hospital()
    started = time.monotonic()
    assert desk.feed.wait(5.0, cursor)
    assert time.monotonic() - started < 1.0
    assert not desk.feed.wait(0.2, desk.feed.head())
