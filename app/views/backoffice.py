"""The commission's back office dialogs: the forgotten-username lookup at the counter (找回用户名), a case's
print history (打印记录) and the working-day calendar (工作日历: official 调休 days from chinesecalendar, the
commission's own entries editable by an administrator)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import Actor, CalendarDayView, Desk, DomainError, PrintRecord
from app.views import layout_memory, worker
from app.views.case_view import fmt_time
from app.views.forms import FormDialog, fmt_date, line
from app.views.i18n import N_, error_text, ref, tr

WEEKDAYS = (N_("星期一"), N_("星期二"), N_("星期三"), N_("星期四"), N_("星期五"), N_("星期六"), N_("星期日"))


def _table(headers: tuple[str, ...], name: str, key: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels([tr(h) for h in headers])
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    layout_memory.remember_table(table, key)  # widths, order and sort come back (user-sized columns)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], bold: frozenset[int] = frozenset()) -> None:
    """The rows in (those at the places in ``bold`` in bold), then the remembered sort."""
    with layout_memory.filling(table):
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if r in bold:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, c, item)


# --- 找回用户名 -------------------------------------------------------------------------------------


class FindUsernameDialog(FormDialog):
    """At the counter: a physician who forgot the username shows the ID card; the clerk enters the resident
    ID and the name and reads the username out masked (zh***an). Every lookup is audited by the service."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("找回医师用户名"), parent, ok_text=tr("查询"),
            intro=tr("请核验本人身份证件后输入身份证号和姓名。用户名只显示部分字符，请告知本人；"
                     "每次查询都记入审计日志。"),
        )
        self.setObjectName("findUsernameDialog")
        self.desk = desk
        self.actor = actor
        self.id_number = self.add_row(tr("身份证号："), line(max_length=18), "id_number")
        self.name = self.add_row(tr("姓名："), line(max_length=30), "name")
        self.answer = QLabel()
        self.answer.setObjectName("maskedUsername")
        self.answer.setStyleSheet("font-size: 18px; font-weight: bold; color: #1d4e89;")
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(tr("用户名："), self.answer)
        self.setMinimumWidth(480)

    def submit(self) -> None:
        self.answer.clear()
        self.call(self.desk.accounts.find_username, self.actor, self.id_number.text().strip(),
                  self.name.text().strip(), on_done=self._found)

    def _found(self, masked: str) -> None:
        self.answer.setText(masked)
        self.answer.setToolTip(tr("为保护个人信息，只显示用户名的部分字符"))


# --- 打印记录 ---------------------------------------------------------------------------------------

PRINT_HEADERS = (N_("打印时间"), N_("文书"), N_("份次"), N_("打印人"), N_("说明"))


class PrintHistoryDialog(QDialog):
    """Who printed which document of a case, when, and which copy (desk.paper.prints), newest last."""

    def __init__(self, desk: Desk, actor: Actor, case_id: int, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printHistoryDialog")
        self.setWindowTitle(tr("打印记录：{number}").format(number=number))
        self.records: list[PrintRecord] | None = None
        lay = QVBoxLayout(self)
        self.summary = QLabel(tr("正在读取…"))
        self.summary.setObjectName("printSummary")
        lay.addWidget(self.summary)
        self.table = _table(PRINT_HEADERS, "printHistory", "printHistoryDialog/printHistory")
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(640, 320)
        worker.run_read(self, desk.paper.prints, actor, case_id, on_done=self._loaded)

    def _loaded(self, records: list[PrintRecord]) -> None:
        self.records = list(records)
        rows = []
        for r in self.records:
            copy = tr("第 {n} 份").format(n=r.copy_no) + (tr("（补打）") if r.reprint else "")
            rows.append([fmt_time(r.printed_at), ref(r.document_label), copy, r.printed_by_name, r.note])
        _fill(self.table, rows)
        self.summary.setText(tr("共打印 {n} 次").format(n=len(rows)) if rows else tr("本案件尚未打印过文书"))


# --- 工作日历 ---------------------------------------------------------------------------------------

CALENDAR_HEADERS = (N_("日期"), N_("星期"), N_("安排"), N_("来源"), N_("说明"))


def official_days(year: int) -> list[tuple[dt.date, bool, str]]:
    """The days of ``year`` where the official arrangement (chinesecalendar) differs from Monday–Friday:
    holidays on weekdays and the adjusted working weekends (调休). Empty for a year the library does not
    know."""
    import chinese_calendar

    known = {d.year for d in (*chinese_calendar.holidays, *chinese_calendar.workdays)}
    if year not in known:
        return []
    out: list[tuple[dt.date, bool, str]] = []
    day = dt.date(year, 1, 1)
    while day.year == year:
        working = bool(chinese_calendar.is_workday(day))
        if working != (day.weekday() < 5):
            _on_holiday, name = chinese_calendar.get_holiday_detail(day)
            out.append((day, working, str(name or "")))
        day += dt.timedelta(days=1)
    return out


HOLIDAY_NAMES = {
    "New Year's Day": N_("元旦"), "Spring Festival": N_("春节"), "Tomb-sweeping Day": N_("清明节"),
    "Labour Day": N_("劳动节"), "Dragon Boat Festival": N_("端午节"), "National Day": N_("国庆节"),
    "Mid-autumn Festival": N_("中秋节"), "Anti-Fascist 70th Day": N_("抗战胜利70周年纪念日"),
}


class CalendarDialog(QDialog):
    """工作日历 of one year: the official arrangement and the commission's own entries (which win)."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None,
                 year: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarDialog")
        self.setWindowTitle(tr("工作日历"))
        self.desk = desk
        self.actor = actor
        self.entries: list[CalendarDayView] | None = None
        self.official: list[tuple[dt.date, bool, str]] = []
        self.rows: list[tuple[dt.date, list[str], bool]] = []  # (day, shown texts, the commission's own)
        lay = QVBoxLayout(self)
        intro = QLabel(tr("办理期限（20个工作日）按此日历计算：本委录入的日期优先，其次为国务院公布的节假日和"
                          "调休安排；两者都没有的年份按周一至周五计算，期限标为“暂定”，录入后自动重算。"))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("年份：")))
        self.year = QSpinBox()
        self.year.setObjectName("calendarYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(year or dt.date.today().year)
        top.addWidget(self.year)
        top.addStretch(1)
        lay.addLayout(top)
        self.state = QLabel()
        self.state.setObjectName("calendarState")
        self.state.setWordWrap(True)
        lay.addWidget(self.state)
        self.table = _table(CALENDAR_HEADERS, "calendarTable", "calendarDialog/calendarTable")
        lay.addWidget(self.table, 1)
        edit = QHBoxLayout()
        self.day = QDateEdit()
        self.day.setObjectName("calendarDay")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.kind = QComboBox()
        self.kind.setObjectName("calendarKind")
        self.kind.addItem(tr("休息日"), False)
        self.kind.addItem(tr("工作日（调休上班）"), True)
        self.note = QLineEdit()
        self.note.setObjectName("calendarNote")
        self.note.setMaxLength(60)
        self.note.setPlaceholderText(tr("说明，如：春节"))
        self.save_button = QPushButton(tr("保存本委安排"))
        self.save_button.setObjectName("saveCalendarDay")
        self.remove_button = QPushButton(tr("删除选中的本委安排"))
        self.remove_button.setObjectName("removeCalendarDay")
        for w in (self.day, self.kind, self.note, self.save_button, self.remove_button):
            edit.addWidget(w)
        lay.addLayout(edit)
        editable = bool(actor.is_admin)
        for w in (self.day, self.kind, self.note, self.save_button, self.remove_button):
            w.setEnabled(editable)
        if not editable:
            note = QLabel(tr("只有本委管理员可以修改工作日历。"))
            lay.addWidget(note)
        self.status = QLabel()
        self.status.setObjectName("calendarStatus")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.save_button.clicked.connect(self.save_day)
        self.remove_button.clicked.connect(self.remove_selected)
        self.year.valueChanged.connect(lambda _y: self.reload())
        self.table.itemSelectionChanged.connect(self._selected)
        self.resize(720, 560)
        self.reload()

    def reload(self) -> None:
        year = self.year.value()
        self.entries = None
        if self.day.date().year() != year:
            self.day.setDate(QDate(year, 1, 1))
        self.official = official_days(year)
        worker.run_read(self, self.desk.cases.calendar_days, self.actor, year, on_done=self._loaded)

    def _loaded(self, entries: list[CalendarDayView]) -> None:
        self.entries = list(entries)
        own = {e.day: e for e in self.entries}
        rows: list[tuple[dt.date, list[str], bool]] = []
        for day, working, name in self.official:
            if day not in own:
                label = tr(HOLIDAY_NAMES[name]) if name in HOLIDAY_NAMES else name
                arrangement = tr("调休上班") if working else tr("放假")
                rows.append((day, [fmt_date(day), tr(WEEKDAYS[day.weekday()]), arrangement,
                                   tr("国务院公布"), label], False))
        for e in self.entries:
            arrangement = tr("工作日") if e.is_workday else tr("休息日")
            rows.append((e.day, [fmt_date(e.day), tr(WEEKDAYS[e.day.weekday()]), arrangement,
                                 tr("本委录入"), e.note], True))
        rows.sort(key=lambda r: r[0])
        self.rows = rows
        # the commission's own entries in bold: these can be removed
        _fill(self.table, [r[1] for r in rows], frozenset(i for i, r in enumerate(rows) if r[2]))
        year = self.year.value()
        if self.official or self.entries:
            self.state.setText(tr("{year}年：已有节假日安排，办理期限按此计算。").format(year=year))
        else:
            self.state.setText(tr("{year}年的节假日安排尚未公布或录入：落在本年的办理期限按周一至周五计算，"
                                  "标为“暂定”。请在国务院公布安排后录入本年的放假和调休上班日期。")
                               .format(year=year))

    def _selected(self) -> None:
        row = layout_memory.filled_row(self.table, self.table.currentRow())
        if 0 <= row < len(self.rows):
            day = self.rows[row][0]
            self.day.setDate(QDate(day.year, day.month, day.day))

    def save_day(self) -> None:
        q = self.day.date()
        day = dt.date(q.year(), q.month(), q.day())
        self._set(day, bool(self.kind.currentData()), self.note.text().strip())

    def remove_selected(self) -> None:
        row = layout_memory.filled_row(self.table, self.table.currentRow())
        if not 0 <= row < len(self.rows) or not self.rows[row][2]:
            self.status.setText(tr("请先选中一条本委录入的安排（加粗显示）"))
            return
        self._set(self.rows[row][0], None, "")

    def _set(self, day: dt.date, is_workday: bool | None, note: str) -> None:
        self.status.setText(tr("正在保存…"))
        worker.run_write(self, self.desk.cases.set_calendar_day, self.actor, day, is_workday, note,
                         on_done=lambda changed: self._saved(day, changed), on_error=self._refused,
                         announce={"calendar_days": [day.toordinal()]})

    def _saved(self, day: dt.date, changed: int) -> None:
        self.status.setText(tr("已保存 {day}；重新计算了 {n} 件待办案件的办理期限。").format(
            day=fmt_date(day), n=changed))
        if day.year != self.year.value():
            self.year.setValue(day.year)  # reloads
        else:
            self.reload()

    def _refused(self, err: DomainError) -> bool:
        self.status.setText(error_text(err))
        return True
