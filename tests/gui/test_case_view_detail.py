"""A case window reads its case in one call (cases.detail), so a remote desk makes one round trip."""

from __future__ import annotations

from typing import Any

from tests.gui.commission_support import (
    WAIT,
    confirmed_case,
    demo,  # noqa: F401 - fixture
    demo_template,  # noqa: F401 - fixture
)


class CountingDesk:
    """The demo desk, counting the calls made on its case, lookup and roster services."""

    def __init__(self, desk: Any) -> None:
        self._desk = desk
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._desk, name)
        if name not in ("cases", "lookup", "roster"):
            return target
        calls = self.calls

        class Counted:
            def __getattr__(self, method: str) -> Any:
                func = getattr(target, method)

                def call(*args: Any, **kwargs: Any) -> Any:
                    calls.append(f"{name}.{method}")
                    return func(*args, **kwargs)

                return call

        return Counted()


def test_the_case_view_loads_a_case_with_one_detail_call(qtbot: Any, demo: Any) -> None:
    from app.views.case_view import CaseView

    clerk = demo.clerk()
    case = confirmed_case(demo, clerk)
    desk = CountingDesk(demo.desk)
    view = CaseView(checkable=True)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.load(desk, clerk, case.id)
    assert desk.calls == ["cases.detail"]
    assert view.data is not None and view.data.case.id == case.id
    assert f"institution:{case.institution_id}" in view.data.names
    assert view.timeline.rowCount() == len(demo.desk.cases.timeline(clerk, case.id)) > 0
