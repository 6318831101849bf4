"""The preview an import dialog shows before importing: the file's rows as they are, numbered as in the
file (the header is line 1), from CSV in UTF-8 or GB18030 and from XLSX."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import Workbook

from app.services.errors import ValidationError
from app.spreadsheet import preview_table


def test_preview_numbers_rows_as_in_the_file_and_skips_blank_lines() -> None:
    data = "姓名,身份证号\n\n张伟,110105199001010011\n李娜,\"110105, 0022\"\n".encode("gb18030")
    header, rows, count = preview_table(data, "名单.csv")
    assert header == ["姓名", "身份证号"]
    assert rows == [(3, ["张伟", "110105199001010011"]), (4, ["李娜", "110105, 0022"])]
    assert count == 2


def test_preview_of_an_xlsx_shows_dates_as_iso_and_whole_numbers_without_decimals() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "发证日期", "序号"])
    sheet.append(["曾丽", dt.datetime(2024, 8, 30), 7.0])
    buffer = io.BytesIO()
    book.save(buffer)
    header, rows, count = preview_table(buffer.getvalue(), "list.xlsx", limit=10)
    assert header == ["姓名", "发证日期", "序号"] and rows == [(2, ["曾丽", "2024-08-30", "7"])]


def test_preview_shows_only_the_first_rows_but_counts_them_all() -> None:
    data = ("a,b\n" + "".join(f"{i},x\n" for i in range(250))).encode()
    _header, rows, count = preview_table(data, "big.csv", limit=100)
    assert len(rows) == 100 and count == 250 and rows[-1][0] == 101


def test_an_unreadable_workbook_is_a_chinese_validation_error() -> None:
    with pytest.raises(ValidationError, match="无法读取 Excel 文件"):
        preview_table(b"not a workbook", "list.xlsx")
