"""Spreadsheets out: typed cells, frozen header, widths, streaming, cancelling (read back with openpyxl)."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.services import ValidationError
from app.spreadsheet import ExportCancelled, Sheet, cell_value, write_csv, write_xlsx

HEADERS = ["姓名", "身份证号", "执业证书编码", "审核日期", "提交时间", "件数"]
ROW = ["王𠮷祥", "44010619880808001X", "004400000000001", "2026-11-24", "2026-11-24 09:30", 3]


def test_dates_are_dates_and_codes_stay_text_with_leading_zeros_and_x(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    assert write_xlsx(path, [Sheet("本机构医师", HEADERS, [ROW])]) == 1
    ws = load_workbook(path).active
    assert [c.value for c in ws[1]] == HEADERS
    name, rid, pcn, day, at, n = (c for c in ws[2])
    assert (name.value, rid.value, pcn.value) == ("王𠮷祥", "44010619880808001X", "004400000000001")
    assert rid.data_type == "s" and pcn.data_type == "s" and pcn.number_format == "@"
    assert day.value == dt.datetime(2026, 11, 24) and day.is_date and day.number_format == "yyyy-mm-dd"
    assert at.value == dt.datetime(2026, 11, 24, 9, 30) and at.is_date
    assert n.value == 3 and n.data_type == "n"


def test_the_header_is_frozen_bold_and_columns_fit_their_content(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    write_xlsx(path, [Sheet("名单", HEADERS, [ROW])])
    ws = load_workbook(path).active
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.b
    assert ws.column_dimensions["B"].width >= 18  # the 18-character resident ID fits
    assert ws.column_dimensions["A"].width >= 6  # three Chinese characters count double


def test_several_sheets_keep_their_names(tmp_path: Path) -> None:
    path = tmp_path / "lists.xlsx"
    write_xlsx(path, [Sheet("主执业", ["姓名"], [["甲"]]), Sheet("多机构备案", ["姓名"], [["乙"], ["丙"]])])
    book = load_workbook(path)
    assert book.sheetnames == ["主执业", "多机构备案"]
    assert book["多机构备案"].max_row == 3


def test_a_long_export_streams_without_holding_the_rows(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    seen: list[int] = []
    rows = ([f"医师{i}", f"{i:018d}", dt.date(2025, 1, 1)] for i in range(5000))  # a generator, read once
    assert write_xlsx(path, [Sheet("大", ["姓名", "编号", "日期"], rows)], progress=seen.append) == 5000
    assert seen[-1] == 5000 and seen[:2] == [500, 1000]
    book = load_workbook(path, read_only=True)
    assert sum(1 for _ in book.active.iter_rows(values_only=True)) == 5001
    book.close()


def test_cancelling_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "cancelled.xlsx"
    counter = itertools.count()
    with pytest.raises(ExportCancelled):
        write_xlsx(path, [Sheet("x", ["n"], ([i] for i in range(10_000)))],
                   cancelled=lambda: next(counter) >= 2)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_replaced_only_when_the_export_completes(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    write_xlsx(path, [Sheet("x", ["n"], [[1]])])
    with pytest.raises(ExportCancelled):
        write_xlsx(path, [Sheet("x", ["n"], ([i] for i in range(2000)))], cancelled=lambda: True)
    assert load_workbook(path).active["A2"].value == 1


def test_a_missing_folder_is_refused_in_chinese(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        write_xlsx(tmp_path / "nope" / "x.xlsx", [Sheet("x", ["n"], [])])
    assert "文件夹不存在" in err.value.message


def test_csv_has_a_bom_for_excel_and_iso_dates(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    write_csv(path, ["姓名", "日期"], [["张三", dt.date(2026, 11, 24)]])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert path.read_text(encoding="utf-8-sig").splitlines() == ["姓名,日期", "张三,2026-11-24"]


def test_aware_times_are_written_in_china_time() -> None:
    assert cell_value(dt.datetime(2026, 11, 24, 1, 0, tzinfo=dt.UTC)) == dt.datetime(2026, 11, 24, 9, 0)
    assert cell_value("2026-13-40") == "2026-13-40"  # not a date: kept as typed


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_both_writers_report_progress_every_500_rows_and_stop_when_cancelled(
    tmp_path: Path, suffix: str
) -> None:
    def write(path: Path, rows: Any, **options: Any) -> int:
        if suffix == "csv":
            return write_csv(path, ["n"], rows, **options)
        return write_xlsx(path, [Sheet("x", ["n"], rows)], **options)

    seen: list[int] = []
    assert write(tmp_path / f"all.{suffix}", ([i] for i in range(1200)), progress=seen.append) == 1200
    assert seen == [500, 1000, 1200]
    asked = itertools.count()
    with pytest.raises(ExportCancelled, match="已取消导出"):
        write(tmp_path / f"stopped.{suffix}", ([i] for i in range(10_000)),
              cancelled=lambda: next(asked) >= 1)
    assert next(asked) == 2  # asked at rows 500 and 1000, stopped at the second
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"all.{suffix}"]
