"""Chinese working days for the 20-working-day decision deadline (Art. 13/18).

A day is a working day by, in this order: the commission's own table (``calendar_days``, editable, for
years the library does not know yet or for local corrections), then the ``chinesecalendar`` library
(official holidays and adjusted working days, 调休). For a year that neither knows, Monday to Friday
count as working days and the result is marked provisional, so the queue can say the deadline may move.

A year counts as known to the table as soon as the commission has entered any day of it: the table
holds the exceptions (holidays, adjusted working days); the other days of that year follow the week.

The deadline of a case: 20 working days after the day the commission received the complete case. While
the case is returned for correction (退回补正) the clock stops; when it is confirmed again the remaining
days continue from the day of the new confirmation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import chinese_calendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import models as m

DECISION_WORKDAYS = 20
#: Years whose holidays and adjusted working days the chinesecalendar library ships (2004–2026 in 1.11).
LIBRARY_YEARS = frozenset(d.year for d in (*chinese_calendar.holidays, *chinese_calendar.workdays))
#: Far enough for any run of holidays (the longest official break is 8–9 days).
_MAX_SCAN_DAYS = 366 * 2


@dataclass(frozen=True)
class Deadline:
    """A computed date and whether it rests on guessed (weekday-only) days."""

    day: dt.date
    provisional: bool


class WorkCalendar:
    """Working days as the commission's table and the holiday library know them (one per transaction)."""

    def __init__(self, session: Session | None = None, table: dict[dt.date, bool] | None = None) -> None:
        self._session = session
        self._years: dict[int, dict[dt.date, bool]] = {}
        if table is not None:  # for tests and previews without a database
            for day, value in table.items():
                self._years.setdefault(day.year, {})[day] = value

    def _year(self, year: int) -> dict[dt.date, bool]:
        if year not in self._years:
            rows: dict[dt.date, bool] = {}
            if self._session is not None:
                for day, is_workday in self._session.execute(
                    select(m.CalendarDay.day, m.CalendarDay.is_workday).where(
                        m.CalendarDay.day >= dt.date(year, 1, 1), m.CalendarDay.day <= dt.date(year, 12, 31)
                    )
                ):
                    rows[day] = bool(is_workday)
            self._years[year] = rows
        return self._years[year]

    def day(self, day: dt.date) -> tuple[bool, bool]:
        """(is a working day, known for sure) for one date."""
        table = self._year(day.year)
        if day in table:
            return table[day], True
        if day.year in LIBRARY_YEARS:
            return bool(chinese_calendar.is_workday(day)), True
        return day.weekday() < 5, bool(table)

    def is_workday(self, day: dt.date) -> bool:
        return self.day(day)[0]

    def year_known(self, year: int) -> bool:
        """Whether the table or the library knows the holidays of ``year``."""
        return year in LIBRARY_YEARS or bool(self._year(year))

    def add_workdays(self, start: dt.date, count: int) -> Deadline:
        """The ``count``-th working day after ``start`` (``start`` itself when count is 0)."""
        if count < 0:
            raise ValueError("count must not be negative")
        day = start
        provisional = False
        left = count
        for _ in range(_MAX_SCAN_DAYS):
            if left == 0:
                return Deadline(day, provisional)
            day += dt.timedelta(days=1)
            working, known = self.day(day)
            provisional = provisional or not known
            if working:
                left -= 1
        raise ValueError("no working days found in two years")  # only with a table that marks none

    def workdays_between(self, start: dt.date, end: dt.date) -> tuple[int, bool]:
        """Working days d with start < d <= end, and whether any of them was guessed."""
        count = 0
        provisional = False
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            working, known = self.day(day)
            provisional = provisional or not known
            count += working
        return count, provisional


@dataclass(frozen=True)
class Period:
    """One stretch the case spent with the commission: from its confirmation to its return (or now)."""

    start: dt.date
    end: dt.date | None


def decision_deadline(
    calendar: WorkCalendar, periods: Iterable[Period], days: int = DECISION_WORKDAYS
) -> Deadline | None:
    """The deadline of a case from its periods at the commission, the last one still open.

    Working days used in closed periods (confirmed → returned) are subtracted; the rest counts from the
    start of the open period. None when no period is open (the case is not with the commission).
    """
    used = 0
    provisional = False
    open_start: dt.date | None = None
    for period in periods:
        if period.end is None:
            open_start = period.start
            continue
        n, guessed = calendar.workdays_between(period.start, period.end)
        used += n
        provisional = provisional or guessed
    if open_start is None:
        return None
    result = calendar.add_workdays(open_start, max(days - used, 0))
    return Deadline(result.day, result.provisional or provisional)
