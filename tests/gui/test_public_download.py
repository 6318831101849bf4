"""The public register window: its search results export to Excel, and the whole register downloads as
open data (CSV of the tab shown, XLSX of all three, a FHIR R4 Bundle)."""

from __future__ import annotations

import json
from typing import Any

from openpyxl import load_workbook

from tests.gui import test_public_register as base
from tests.gui.test_public_register import search

world = base.world  # the fixture: a hospital, a registered physician, the commission


def _window(qtbot: Any, desk: Any) -> Any:
    from app.views.public_register import PublicRegisterWindow

    register = PublicRegisterWindow(desk)
    qtbot.addWidget(register)
    register.show()
    return register


def _finish(qtbot: Any, job: Any) -> None:
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    assert job.error is None, job.error


def test_search_results_export_with_the_disclosed_columns(qtbot, gui_desk, world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    register = _window(qtbot, gui_desk)
    tab = register.physicians
    assert not tab.export_button.isEnabled()  # nothing found yet, nothing to export
    search(qtbot, tab, "张伟")
    assert tab.export_button.isEnabled()
    path = tmp_path / "found.xlsx"
    _finish(qtbot, tab.export_button.export(path))
    ws = load_workbook(path).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0] == [c.header for c in tab.model.columns]
    assert rows[1:] == [[v or None for v in row] for row in tab.rows()]


def test_the_whole_register_downloads_as_csv_xlsx_and_fhir(qtbot, gui_desk, world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from fhir.resources.R4B.bundle import Bundle

    register = _window(qtbot, gui_desk)
    _finish(qtbot, register.download("csv", str(tmp_path / "p.csv")))
    assert (tmp_path / "p.csv").read_text(encoding="utf-8-sig").splitlines()[1].startswith("张伟,男,执业医师")
    assert "已导出 1 行" in register.note.text()
    _finish(qtbot, register.download("xlsx", str(tmp_path / "all.xlsx")))
    assert load_workbook(tmp_path / "all.xlsx").sheetnames == ["医师", "护士", "医疗机构"]
    _finish(qtbot, register.download("fhir", str(tmp_path / "all.json")))
    bundle = Bundle.model_validate(json.loads((tmp_path / "all.json").read_text(encoding="utf-8")))
    assert {e.resource.get_resource_type() for e in bundle.entry} == {
        "Organization", "Practitioner", "PractitionerRole"}
    register.grab().save("/tmp/public_download.png")


def test_a_notice_is_verified_from_the_public_register_window(  # type: ignore[no-untyped-def]
        qtbot, gui_desk, world, tmp_path, monkeypatch) -> None:
    from app.services.signing import make_certificate

    monkeypatch.setenv("REGDESK_SIGNING_DIR", str(tmp_path / "signing"))
    make_certificate(tmp_path / "signing", "广东省卫生健康委员会")
    pdf = gui_desk.paper.render_approval_notice(world["commission"], world["case"].id)
    good = tmp_path / "notice.pdf"
    good.write_bytes(pdf)
    register = _window(qtbot, gui_desk)
    register.verify_notice(str(good))
    qtbot.waitUntil(lambda: getattr(register, "verdict", None) is not None, timeout=20_000)
    assert register.verdict.ok and "真实有效" in register.note.text()
    register.grab().save("/tmp/verify_notice.png")
    tampered = bytearray(pdf)
    tampered[pdf.index(b"stream", 200) + 20] ^= 0x01
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(tampered))
    register.verdict = None
    register.verify_notice(str(bad))
    qtbot.waitUntil(lambda: register.verdict is not None, timeout=20_000)
    assert not register.verdict.genuine and "不能确认为真实通知" in register.note.text()
