"""The commission's back office from its window: the exam centre's list (preview, bad rows by line, a rerun
imports nothing twice), the working-day calendar, a case's print history, the forgotten-username lookup and
scan to open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services.validation import resident_id_check_char
from tests.gui.commission_support import ADMIN, commission_window
from tests.gui.institution_support import demo_fixture, demo_template_fixture  # noqa: F401 - fixtures


def _id(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


def _run(qtbot: Any, dialog: Any, path: Path) -> None:
    dialog.outcome = None
    dialog.path.setText(str(path))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None and not dialog.busy, timeout=20_000)


def test_exam_centre_list_is_previewed_bad_rows_listed_by_line_and_a_rerun_imports_nothing_twice(
    qtbot, demo, tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    window = commission_window(qtbot, demo, demo.desk.auth.login(*ADMIN))
    from app.views.registry_import import RegistryImportDialog

    window.qualifications_action.trigger()
    [dialog] = window.findChildren(RegistryImportDialog)
    assert dialog.kind.currentData() == "qualifications"
    path = tmp_path / "exam.csv"
    path.write_text("\n".join([
        "姓名,身份证号,医师资格证书编码,准考证号,级别,类别",
        f"欧阳明,{_id('44010619900101003')},2019{1:023d},,执业医师,临床",
        "李坏,110105194912310021,2019{:023d},,执业医师,临床".format(2),  # wrong check character
        f"赵晴,{_id('44010619920202004')},2019{3:023d},,执业医师,兽医",  # no such category
    ]), encoding="utf-8-sig")
    dialog.path.setText(str(path))
    dialog.show_preview()
    assert dialog.preview.isVisible() and dialog.preview.rowCount() == 3
    assert dialog.preview.horizontalHeaderItem(0).text() == "姓名"
    assert dialog.preview.verticalHeaderItem(0).text() == "2"
    assert dialog.preview.item(0, 0).text() == "欧阳明"
    _run(qtbot, dialog, path)
    assert dialog.outcome.imported == 1 and dialog.outcome.physicians_created == 1
    assert dialog.errors.isVisible()
    bad = {(dialog.errors.item(r, 0).text(), dialog.errors.item(r, 1).text())
           for r in range(dialog.errors.rowCount())}
    assert bad == {("3", "身份证号"), ("4", "类别")}
    assert "校验" in dialog.errors.item(0, 2).text()
    dialog.grab().save("/tmp/qualification_import.png")
    _run(qtbot, dialog, path)
    assert (dialog.outcome.imported, dialog.outcome.unchanged) == (0, 1)
    assert "新增或更新 0 条" in dialog.summary.text()
