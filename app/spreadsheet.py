"""Spreadsheets out: XLSX (openpyxl, write-only streaming) and CSV from any table of plain values.

Used by the services (open data) and by the windows (导出 Excel writes where the user works, also with a
remote desk), so it lives beside them and loads no database layer.

A header row with the column names people see, typed cells (dates as Excel dates, numbers as numbers,
codes as text so leading zeros and a final X survive), the header frozen and bold, column widths fitted to
the header and the first rows. Rows stream: memory stays flat however long the table is. A long export
can be cancelled between rows (``ExportCancelled``); the half-written file is then removed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from app.services.errors import ExportCancelled, ValidationError  # (no database layer: windows use this too)

__all__ = ["ExportCancelled", "Sheet", "cell_value", "preview_table", "write_csv", "write_xlsx"]

CHINA = dt.timezone(dt.timedelta(hours=8), "CST")
#: Rows looked at to fit the column widths (they are written right after).
WIDTH_SAMPLE = 200
MAX_WIDTH = 60
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PROGRESS_EVERY = 500

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?")
_CODE = re.compile(r"[0-9A-Za-z]{6,}")

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]


@dataclass
class Sheet:
    """One worksheet: its tab name, the header row and the rows (any iterable: it is read once)."""

    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]


def cell_value(value: Any) -> Any:
    """The typed value of a cell: a date for "2026-11-24", a datetime (China time, no zone) for
    "2026-11-24 09:30" or an aware datetime, numbers as numbers, everything else as text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(CHINA).replace(tzinfo=None)
        return value
    if isinstance(value, dt.date | int | float):
        return value
    text = str(value)
    if len(text) == 10 and _DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return text
    if 16 <= len(text) <= 19 and _DATETIME.fullmatch(text):
        try:
            return dt.datetime.fromisoformat(text)
        except ValueError:
            return text
    return text


def _width(value: Any) -> int:
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    text = str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


def _replace_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write to a temporary file beside ``path`` and rename it into place (no half file on failure)."""
    path = Path(path)
    if not path.parent.exists():
        raise ValidationError(f"文件夹不存在：{path.parent}", "path")
    fd, tmp_name = tempfile.mkstemp(prefix=".regdesk-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class _Tally:
    """The data rows an export has written: every PROGRESS_EVERY rows it asks ``cancelled()`` (True stops the
    export with ExportCancelled) and reports ``progress(rows)``; ``save`` writes the file in place."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.total = 0
        self.progress = progress
        self.cancelled = cancelled

    def count(self) -> None:
        self.total += 1
        if self.total % PROGRESS_EVERY == 0:
            if self.cancelled is not None and self.cancelled():
                raise ExportCancelled("已取消导出，未生成文件")
            if self.progress is not None:
                self.progress(self.total)

    def save(self, path: str | Path, write: Callable[[Path], None]) -> int:
        """``write`` the file (atomically); reports the final count and returns it."""
        try:
            _replace_atomically(Path(path), write)
        except PermissionError as exc:
            raise ValidationError(f"无法写入文件：{exc.strerror or exc}", "path") from None
        if self.progress is not None:
            self.progress(self.total)
        return self.total


def write_xlsx(path: str | Path, sheets: Sequence[Sheet], *, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> int:
    """Write the sheets to an XLSX file (write-only mode: rows stream to disk); returns the data rows
    written. ``progress(rows)`` is called every few hundred rows; ``cancelled()`` True stops the export
    (ExportCancelled) and removes the file.

    Raises ValidationError (the folder does not exist, the file cannot be written) and ExportCancelled.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet._write_only import WriteOnlyCell

    tally = _Tally(progress, cancelled)

    def write(target: Path) -> None:
        book = Workbook(write_only=True)
        bold = Font(bold=True)
        centre = Alignment(horizontal="center", vertical="center")
        try:
            _fill(book, bold, centre, WriteOnlyCell)
        except BaseException:
            for ws in book.worksheets:  # end each sheet's stream now, not when collected later
                try:
                    ws.close()
                except Exception:  # noqa: BLE001,S110 - already closed or never started
                    pass
            raise
        if not sheets:
            book.create_sheet("Sheet1")
        try:
            book.save(target)
        except OSError as exc:
            raise ValidationError(f"无法写入文件：{exc.strerror or exc}", "path") from None

    def _fill(book: Any, bold: Any, centre: Any, WriteOnlyCell: Any) -> None:  # noqa: N803
        for sheet in sheets:
            ws = book.create_sheet(title=_sheet_title(sheet.title))
            rows: Iterator[Sequence[Any]] = iter(sheet.rows)
            sample = [[cell_value(v) for v in row] for row in islice(rows, WIDTH_SAMPLE)]
            widths = [_width(h) for h in sheet.headers]
            for row in sample:
                for i, v in enumerate(row[: len(widths)]):
                    widths[i] = max(widths[i], _width(v))
            for i, w in enumerate(widths, start=1):
                ws.column_dimensions[_column_letter(i)].width = min(w + 2, MAX_WIDTH)
            ws.freeze_panes = "A2"
            header = []
            for h in sheet.headers:
                cell = WriteOnlyCell(ws, value=str(h))
                cell.font = bold
                cell.alignment = centre
                header.append(cell)
            ws.append(header)

            def rows_typed(first: list[list[Any]], rest: Iterator[Sequence[Any]]) -> Iterator[list[Any]]:
                yield from first
                for row in rest:
                    yield [cell_value(v) for v in row]

            for values in rows_typed(sample, rows):
                ws.append(_typed_cells(ws, values, WriteOnlyCell))
                tally.count()

    return tally.save(path, write)


def write_csv(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
              progress: Progress | None = None, cancelled: Cancelled | None = None,
              excel_bom: bool = True) -> int:
    """Write a CSV file (UTF-8, with a BOM so Excel reads the Chinese; dates as 2026-11-24); returns the
    data rows written. Same progress/cancel contract as ``write_xlsx``."""
    tally = _Tally(progress, cancelled)

    def text(v: Any) -> str:
        v = cell_value(v)
        if isinstance(v, dt.datetime):
            return v.strftime("%Y-%m-%d %H:%M")
        if isinstance(v, dt.date):
            return v.isoformat()
        return str(v)

    def write(target: Path) -> None:
        with open(target, "w", encoding="utf-8-sig" if excel_bom else "utf-8", newline="") as f:
            out = csv.writer(f)
            out.writerow(list(headers))
            for row in rows:
                out.writerow([text(v) for v in row])
                tally.count()

    return tally.save(path, write)


def _typed_cells(ws: Any, values: list[Any], cell_type: Any) -> list[Any]:
    """Dates, times and codes as cells with their number format; the rest as plain values."""
    out: list[Any] = []
    for v in values:
        if isinstance(v, dt.datetime):
            c = cell_type(ws, value=v)
            c.number_format = DATETIME_FORMAT
            out.append(c)
        elif isinstance(v, dt.date):
            c = cell_type(ws, value=v)
            c.number_format = DATE_FORMAT
            out.append(c)
        elif isinstance(v, str) and _CODE.fullmatch(v):
            c = cell_type(ws, value=v)
            c.number_format = "@"  # stays text when edited: leading zeros, a final X
            out.append(c)
        else:
            out.append(v)
    return out


def _sheet_title(title: str) -> str:
    """A worksheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    cleaned = re.sub(r"[\[\]:*?/\\]", "", title or "").strip() or "Sheet1"
    return cleaned[:31]


def text_cell(value: object) -> str:
    """A cell as text: Excel numbers without ".0", dates as ISO, empty for none."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_csv(data: bytes, field: str = "rows") -> list[list[str]]:
    """A CSV file's rows: UTF-8 (with or without BOM) or GB18030, the delimiter sniffed (, tab ;)."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValidationError("无法识别文件编码：请保存为 UTF-8 或 GB18030 编码的 CSV 文件", field)
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    return [list(r) for r in csv.reader(io.StringIO(text), dialect)]


def read_xlsx(data: bytes, field: str = "rows") -> list[list[str]]:
    """The first sheet of an Excel workbook, every cell as text (``text_cell``)."""
    from openpyxl import load_workbook  # only when an Excel file comes in

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any unreadable workbook is the user's file, not our bug
        raise ValidationError(f"无法读取 Excel 文件：{exc}", field) from None
    try:
        return [[text_cell(v) for v in row] for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def preview_table(
    data: bytes, filename: str, limit: int = 100
) -> tuple[list[str], list[tuple[int, list[str]]], int]:
    """A file's first rows as text, to show before an import: (header, [(line, cells)], data lines).

    Only for looking: the import service reads and checks the file itself (with the same readers). CSV as
    UTF-8 (with or without BOM) or GB18030; XLSX through openpyxl (first sheet). Blank lines are skipped;
    line 1 is the header.
    """
    suffix = Path(filename).suffix.lower()
    table = read_xlsx(data, "data") if suffix in (".xlsx", ".xlsm") else read_csv(data, "data")
    numbered = [(i, [str(c).strip() for c in r])
                for i, r in enumerate(table, start=1) if any(str(c).strip() for c in r)]
    if not numbered:
        return [], [], 0
    header = numbered[0][1]
    rows = numbered[1:]
    return header, rows[:limit], len(rows)
