"""导入名册数据 from the commission window: nurses and institutions' licence data reach the public register;
bad rows are listed by line and can be exported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from app.services.validation import resident_id_check_char
from tests.gui.commission_support import commission_window
from tests.gui.institution_support import demo_fixture, demo_template_fixture  # noqa: F401 - fixtures


def _id(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines), encoding="utf-8-sig")
    return path


def _run(qtbot: Any, dialog: Any, path: Path) -> None:
    dialog.path.setText(str(path))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None and not dialog.busy, timeout=20_000)


def test_the_commission_imports_nurses_and_the_public_register_shows_them(qtbot, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = commission_window(qtbot, demo)
    dialog = window.import_registry("nurses")
    path = _csv(tmp_path / "nurses.csv", [
        "姓名,性别,身份证号,执业证书编号,执业地点,注册日期",
        f"林小燕,女,{_id('44010619950101002')},202611000101,440106,2024-03-01",
        f"黄海,男,{_id('44010619900101001')},202611000102,440106,2099-01-01",  # a date not yet come
    ])
    _run(qtbot, dialog, path)
    assert dialog.outcome.imported == 1
    assert "新增或更新 1 条" in dialog.summary.text() and dialog.errors.isVisible()
    assert [dialog.errors.item(0, c).text() for c in range(2)] == ["3", "注册日期"]
    dialog.grab().save("/tmp/registry_import.png")
    report = tmp_path / "report.xlsx"
    job = dialog.export_errors(str(report))
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    rows = [[c.value for c in r] for r in load_workbook(report).active.iter_rows()]
    assert rows[0] == ["行号", "字段", "原因"] and rows[1][:2] == [3, "注册日期"]
    [nurse] = demo.desk.register.search_nurses("林小燕")
    assert nurse.certificate_number == "202611000101"


def test_the_commission_imports_institution_licences(qtbot, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = commission_window(qtbot, demo)
    dialog = window.import_registry("institutions")
    assert dialog.kind.currentData() == "institutions"
    path = _csv(tmp_path / "licences.csv", [
        "机构名称,登记号,地址,法定代表人,主要负责人,诊疗科目,所在地区,执业许可证有效期限",
        "广州市海珠区示范诊所,44010500077,广州市海珠区江南大道1号,赵一,钱二,内科、中医科,440105,2030-06-30",
    ])
    _run(qtbot, dialog, path)
    assert dialog.outcome.imported == 1 and not dialog.errors.isVisible()
    [found] = demo.desk.register.search_institutions("广州市海珠区示范")
    assert found.subjects == "内科、中医科"
