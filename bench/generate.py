"""The data generator: fills a migrated database with a realistic register, fast and deterministically.

``python -m bench generate --db URL --physicians 1000000 --cases 200000`` builds, for the whole country
(provinces weighted by population): institutions (about one per 50 physicians, a few very large hospitals
and many small clinics, Zipf-like), accounts (one commission per province, one account per institution
and the benchmark's known accounts), physicians with valid resident IDs and realistic names, their
qualifications (27-character certificate codes, some exam tickets), registrations with registration codes
in the case engine's format (code_counters left at the highest serial so later approvals continue without
gaps), filings of additional institutions, nurses for the public register, and cases of every kind in
every status with their events, received dates and 20-working-day deadlines (some overdue).

Rows go in with psycopg COPY on PostgreSQL and executemany batches on SQLite, never one ORM object at a
time. Keys are assigned here, so the tables reference each other without a round trip.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import random
import resource
import time
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Integer, text

from app import jurisdiction_membership, roster_membership
from app import models as m
from app.db import Database
from app.services import codes, reference
from app.services.workdays import DECISION_WORKDAYS, WorkCalendar
from bench import names as nm
from bench.sinks import Columns, Row, Sink, open_sink

#: Password of every generated account (the benchmark signs in with it).
BENCH_PASSWORD = "Bench#2026pass"
#: The province the benchmark's accounts belong to (广东省) and their usernames.
BENCH_PROVINCE = "44"
COMMISSION_USER = "bench_gd"  # 440000, provincial commission (admin)
COUNTY_USER = "bench_county"  # the county of the province's largest hospital
NATION_USER = "bench_nation"  # 000000
INSTITUTION_USER = "bench_hospital"  # the province's largest hospital

PHYSICIANS_PER_INSTITUTION = 50
MAIL_DOMAINS = ("qq.com", "163.com", "126.com", "139.com")
CHINA_OFFSET = 8 * 3600
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()

LEVELS = ("执业医师", "执业助理医师")
CATEGORIES = ("临床", "中医", "口腔", "公共卫生")
CATEGORY_WEIGHTS = (68, 16, 9, 7)
CATEGORY_DIGIT = {"临床": "1", "中医": "2", "口腔": "3", "公共卫生": "4"}

# Case kinds with their share of a year's cases (per mille) and who starts them.
KIND_WEIGHTS: dict[str, int] = {
    "first_registration": 300,
    "change": 190,
    "multi_site_filing": 120,
    "assistant_upgrade": 45,
    "multi_site_cancel": 40,
    "deregistration": 30,
    "multi_site_withdraw": 10,
    "military_to_local": 8,
    "local_to_military": 4,
    "institution_filing": 60,
    "institution_deregistration": 20,
    "legacy_backfill": 20,
    "hmt_recognition": 5,
    "hmt_short_term": 5,
    "foreign_short_term": 5,
    "direct_registration": 70,
    "direct_change": 50,
    "direct_deregistration": 18,
}
PHYSICIAN_STATUS_WEIGHTS = {
    "draft": 3,
    "submitted": 7,
    "confirmed": 17,
    "returned": 4,
    "approved": 61,
    "rejected": 4,
    "withdrawn": 4,
}
DESK_STATUS_WEIGHTS = {"confirmed": 20, "returned": 3, "approved": 68, "rejected": 5, "withdrawn": 4}
#: Kinds whose applicant has no registration yet (drawn from the physicians fresh from the exam list).
POOL_KINDS = frozenset(
    {
        "first_registration",
        "direct_registration",
        "military_to_local",
        "legacy_backfill",
        "hmt_recognition",
        "hmt_short_term",
        "foreign_short_term",
    }
)
#: Kinds whose approval issues a registration code (the generator gives codes to first registrations).
CODE_KINDS = frozenset({"first_registration", "direct_registration"})

# Event actions and the statuses they move between (the case engine's vocabulary).
A_DRAFT, A_SUBMIT, A_APPLY, A_COUNTER, A_CONFIRM, A_RETURN, A_APPROVE, A_REJECT, A_WITHDRAW = (
    "draft",
    "submit",
    "apply",
    "counter",
    "confirm",
    "return",
    "approve",
    "reject",
    "withdraw",
)


# ---- small fast helpers ----------------------------------------------------------------------------


@cache
def day_text(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def ts_text(seconds: int) -> str:
    """UTC seconds since 1970 → 'YYYY-MM-DD HH:MM:SS.000000' (the text SQLAlchemy stores on SQLite)."""
    d, r = divmod(seconds, 86400)
    return f"{day_text(d + _EPOCH_ORDINAL)} {r // 3600:02d}:{r // 60 % 60:02d}:{r % 60:02d}.000000"


def china_ordinal(seconds: int) -> int:
    return (seconds + CHINA_OFFSET) // 86400 + _EPOCH_ORDINAL


def office_seconds(ordinal: int, rng: random.Random) -> int:
    """A moment of China office hours (08:30–17:30) on the given China date, as UTC seconds."""
    return (ordinal - _EPOCH_ORDINAL) * 86400 - CHINA_OFFSET + 30600 + rng.randrange(32400)


_CALENDAR = WorkCalendar(None)


@cache
def deadline_ordinal(received_ordinal: int) -> int:
    """The 20th working day after the China date the commission received the case."""
    return _CALENDAR.add_workdays(dt.date.fromordinal(received_ordinal), DECISION_WORKDAYS).day.toordinal()


@cache
def _jan1(year: int) -> int:
    return dt.date(year, 1, 1).toordinal()


@cache
def _ymd(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).strftime("%Y%m%d")


def _iso_ordinal(text: str) -> int:
    return dt.date.fromisoformat(text[:10]).toordinal()


def _order_by(values: array[int], bucket: Callable[[int], int]) -> array[int]:
    """The indexes of ``values`` in ascending order (ties by index), in 4 bytes per value: a counting
    sort by ``bucket(value)`` (a coarse, monotonic key with few distinct values), then each bucket sorted."""
    n = len(values)
    if not n:
        return array("i")
    keys = [bucket(v) for v in (min(values), max(values))]
    low, size = keys[0], keys[1] - keys[0] + 1
    starts = array("i", bytes(4 * (size + 1)))
    for v in values:
        starts[bucket(v) - low + 1] += 1
    for k in range(1, size + 1):
        starts[k] += starts[k - 1]
    fill = array("i", starts)
    order = array("i", bytes(4 * n))
    for i, v in enumerate(values):
        k = bucket(v) - low
        order[fill[k]] = i
        fill[k] += 1
    key = values.__getitem__
    for k in range(size):
        a, b = starts[k], starts[k + 1]
        if b - a > 1:
            order[a:b] = array("i", sorted(order[a:b], key=key))
    return order


def weighted(rng: random.Random, cum: Sequence[float]) -> int:
    return bisect.bisect_right(cum, rng.random() * cum[-1])


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# ---- columns of every table the generator writes ----------------------------------------------------

INSTITUTION_COLS = (
    "id",
    "name",
    "address",
    "registration_number",
    "legal_representative",
    "principal",
    "subjects",
    "jurisdiction",
    "approving_authority",
    "licence_valid_until",
    "delegate_name",
    "delegate_phone",
    "documents_checked",
    "independent_legal_person",
    "name_initials",
    "active",
    "created_at",
    "version",
)
USER_COLS = (
    "id",
    "username",
    "password_hash",
    "role",
    "display_name",
    "phone",
    "institution_id",
    "physician_id",
    "jurisdiction",
    "is_admin",
    "activated",
    "must_change_password",
    "failed_logins",
    "disabled",
    "created_at",
    "version",
)
PHYSICIAN_COLS = (
    "id",
    "name",
    "name_initials",
    "name_pinyin",
    "gender",
    "id_number",
    "id_type",
    "birth_date",
    "nationality",
    "phone",
    "email",
    "education",
    "school",
    "title",
    "department",
    "created_at",
    "updated_at",
    "version",
)
QUALIFICATION_COLS = (
    "id",
    "physician_id",
    "name",
    "id_number",
    "certificate_code",
    "exam_ticket",
    "level",
    "category",
    "source",
    "issued_on",
    "created_at",
)
REGISTRATION_COLS = (
    "id",
    "physician_id",
    "qualification_id",
    "level",
    "category",
    "scopes",
    "place",
    "province",
    "main_institution_id",
    "registration_code",
    "practice_certificate_number",
    "status",
    "issuing_authority",
    "authority_code",
    "registered_on",
    "filed_on",
    "filing_reason",
    "ended_on",
    "end_reason",
    "created_at",
    "version",
)
FILING_COLS = ("id", "registration_id", "physician_id", "institution_id", "start_date", "end_date", "status")
CASE_COLS = (
    "id",
    "number",
    "kind",
    "status",
    "version",
    "physician_id",
    "institution_id",
    "jurisdiction",
    "city",
    "province",
    "details",
    "registration_id",
    "registration_code",
    "created_by",
    "created_at",
    "submitted_at",
    "received_at",
    "deadline",
    "deadline_provisional",
    "decided_at",
    "decided_by",
    "updated_at",
    "updated_by",
    "applicant_name",
    "applicant_id_number",
)
EVENT_COLS = (
    "id",
    "case_id",
    "at",
    "user_id",
    "actor_name",
    "actor_role",
    "institution_id",
    "action",
    "from_status",
    "to_status",
    "reason_code",
    "reason_text",
    "data",
)
NURSE_COLS = ("id", "name", "gender", "id_number", "created_at")
NURSE_REG_COLS = (
    "id",
    "nurse_id",
    "certificate_number",
    "place",
    "institution_id",
    "issuing_authority",
    "valid_from",
    "valid_until",
    "active",
)


# ---- the generator ---------------------------------------------------------------------------------


@dataclass
class Summary:
    """What was generated and how long each phase took."""

    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    bench_institution_id: int = 0
    bench_county: str = ""
    wall_seconds: float = 0.0
    cpu_seconds: float = 0.0  # this process's user + system time
    peak_rss_mb: float = 0.0  # this process's peak resident set

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())

    def lines(self) -> list[str]:
        out = [f"{k:>22}: {v:>10,}" for k, v in self.counts.items()]
        out += [f"{k:>22}: {v:8.1f} s" for k, v in self.seconds.items()]
        out.append(f"{'total (wall)':>22}: {self.wall_seconds or self.total_seconds:8.1f} s")
        if self.cpu_seconds:
            out.append(f"{'generator CPU':>22}: {self.cpu_seconds:8.1f} s")
        if self.peak_rss_mb:
            out.append(f"{'generator peak RSS':>22}: {self.peak_rss_mb:8.1f} MB")
        return out


# ---- resident IDs, unique by construction ----------------------------------------------------------
#: GB 11643-1999: weights of the first 17 digits; the check character is _ID_CHECK[sum % 11]
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
BIRTH_YEARS = (1955, 2000)  # birth years of the generated people (triangular, mode 1984)
#: the (birth day, sequence) slots of one county, birth year and gender: 365 days × 500 sequence numbers
_SLOTS = 365 * 500
_SLOT_STEP = 7919  # a prime not dividing 182,500: n ↦ n × step + offset is a permutation of the slots


def _digit_sum(digits: str, offset: int) -> int:
    return sum(int(c) * _ID_WEIGHTS[offset + i] for i, c in enumerate(digits))


@cache
def _area_part(area: str) -> int:
    return _digit_sum(area, 0)


@cache
def _birth_part(ordinal: int) -> tuple[str, int]:
    ymd = dt.date.fromordinal(ordinal).strftime("%Y%m%d")
    return ymd, _digit_sum(ymd, 6)


_SEQ_PART = tuple((f"{s:03d}", _digit_sum(f"{s:03d}", 14)) for s in range(1000))


def resident_id_of(area: str, birth: int, seq: int) -> str:
    """The 18-character resident ID of a county code, birth date (ordinal) and 3-digit sequence number."""
    ymd, b = _birth_part(birth)
    s, q = _SEQ_PART[seq]
    return f"{area}{ymd}{s}{_ID_CHECK[(_area_part(area) + b + q) % 11]}"


class ResidentIds:
    """Resident IDs unique by construction, in constant memory (no set of the IDs issued).

    The n-th person drawn in a (county, birth year, gender) cell gets slot ``(n × 7919 + offset) mod
    182,500`` of that cell — a permutation, so no two people of a cell share a slot — and the slot gives
    the day of the year (slot // 500) and the sequence number (2 × (slot mod 500) + 1 for men). The county,
    year and gender are drawn as before (the county from the caller, the year triangular 1955–2000 with
    its mode at 1984), so the distributions are unchanged; the state is one counter per cell (~1 MB).
    """

    def __init__(self, seed: int) -> None:
        self.county: dict[str, int] = {}
        for prov in nm.provinces().values():
            for c in prov.counties:
                self.county.setdefault(c, len(self.county))
        self.years = BIRTH_YEARS[1] - BIRTH_YEARS[0] + 1
        self.used = array("I", bytes(4 * len(self.county) * self.years * 2))
        self.seed = seed
        self._jan1 = [dt.date(y, 1, 1).toordinal() for y in range(BIRTH_YEARS[0], BIRTH_YEARS[1] + 1)]

    def new(self, rng: random.Random, area: str, male: bool) -> tuple[str, int]:
        """A new resident ID of someone born in ``area``; returns (id, birth ordinal)."""
        y = min(int(rng.triangular(BIRTH_YEARS[0], BIRTH_YEARS[1] + 1, 1984)), BIRTH_YEARS[1])
        y -= BIRTH_YEARS[0]
        cell = ((self.county[area] * self.years) + y) * 2 + male
        n = self.used[cell]
        if n >= _SLOTS:
            raise RuntimeError(f"bench generator: more than {_SLOTS} people born in {area} in one year")
        self.used[cell] = n + 1
        slot = (n * _SLOT_STEP + (cell * 2654435761 + self.seed) % _SLOTS) % _SLOTS
        birth = self._jan1[y] + slot // 500
        return resident_id_of(area, birth, (slot % 500) * 2 + male), birth


# Per physician the generator keeps one byte: the province's index × 8 + one of these states (what the
# cases phase draws its applicants by). Everything else about a case's applicant is read back from the
# database when the case is written, so the generator's memory does not grow with the register.
S_UNREGISTERED = 0  # no registration: an applicant for a first registration
S_ACTIVE = 1
S_FILED = 2
S_DEREGISTERED = 3
S_RECENT = 4  # active, registered in the last 3 years, its code not yet given to a case
S_FILING = 5  # active, with an active filing of another institution
S_RECENT_FILING = 6
S_POOL_USED = 7  # no registration, already the applicant of a case
_ACTIVE_STATES = frozenset({S_ACTIVE, S_RECENT, S_FILING, S_RECENT_FILING})
_FILING_STATES = frozenset({S_FILING, S_RECENT_FILING})

#: A case's applicant as read back from the database (see Generator._applicants).
Applicant = tuple[str, str, int, int, int, int, int, str | None, int | None]
# name, id_number, level index, category index, registration id (0: none), main institution (0: none),
# registration day (ordinal, 0: none), registration code, institution of an active filing


class Generator:
    """Fills an empty, migrated database. ``run()`` returns a Summary."""

    def __init__(
        self,
        db: Database,
        *,
        physicians: int,
        cases: int,
        nurses: int | None = None,
        seed: int = 20261126,
        today: dt.date | None = None,
        progress: bool = True,
        batch: int = 20_000,
        analyze: bool = True,
        drop_indexes: bool | None = None,
    ) -> None:
        self.db = db
        self.n_physicians = physicians
        self.n_cases = cases
        self.n_nurses = physicians // 2 if nurses is None else nurses
        self.seed = seed
        self.rng = random.Random(seed)
        self.today = today or dt.datetime.now(dt.UTC).astimezone(dt.timezone(dt.timedelta(hours=8))).date()
        self.today_ord = self.today.toordinal()
        self.progress = progress
        self.batch = batch
        self.analyze = analyze
        # Dropping and rebuilding secondary indexes pays off on PostgreSQL only for big loads.
        self.drop_indexes = (
            (db.is_postgres and physicians >= 200_000) if drop_indexes is None else drop_indexes
        )
        self.summary = Summary()
        self.names = nm.NameMaker(self.rng)
        self.provinces = [nm.provinces()[c] for c in sorted(nm.PROVINCE_POPULATION)]
        self.prov_index = {p.code: i for i, p in enumerate(self.provinces)}
        self.prov_cum = list(itertools.accumulate(nm.PROVINCE_POPULATION[p.code] for p in self.provinces))
        self.ids = ResidentIds(seed)
        # institutions (ids are consecutive within a province): compact, as they grow with the register
        self.inst_county = array("i", [0])  # by id (1-based), the county code as an int
        self._inst_names = bytearray()  # UTF-8 names back to back
        self._inst_name_end = array("I", [0])  # by id: where its name ends in _inst_names
        self.inst_first: list[int] = [0] * len(self.provinces)  # first institution id of each province
        self.inst_cum: list[array[float]] = [array("d") for _ in self.provinces]
        # accounts
        self.commission_user: dict[str, int] = {}  # province code (2 digits) → user id
        self.institution_user = array("i", [0])  # by institution id
        # physicians: one byte each (province index × 8 + state), see S_*
        self.ph = bytearray()
        self.pool_left = [0, 0]  # unregistered physicians not yet applicants, recent codes not yet given
        self._pool_rest: list[list[int] | None] = [None, None]
        # counters
        self.code_counters: dict[tuple[str, int], int] = {}
        self.case_counters: dict[str, int] = {}
        self.serials = itertools.count(1)
        self._org_cache: dict[tuple[str, str], str] = {}
        self._grounds: dict[str, list[str]] = {}
        self._filing_reasons = [r["code"] for r in reference.filing_reasons()]

    def inst_name(self, inst: int) -> str:
        return self._inst_names[self._inst_name_end[inst - 1] : self._inst_name_end[inst]].decode()

    def county_of(self, inst: int) -> str:
        return f"{self.inst_county[inst]:06d}"

    def n_institutions(self, pi: int) -> int:
        return len(self.inst_cum[pi])

    # -- entry point --------------------------------------------------------------------------------
    def run(self) -> Summary:
        sink = open_sink(self.db)
        try:
            self._require_empty(sink)
            postgresql = self.db.is_postgres
            dropped = self._drop_indexes(sink) if self.drop_indexes else []
            # jurisdiction_members is streamed with the physicians (resident IDs, registrations) and completed
            # with the cases' rows ("names" phase); its keys (PostgreSQL) or triggers (SQLite) off till then.
            triggers = self._drop_membership_keys(sink, postgresql)
            self._phase("institutions", lambda: self._institutions(sink))
            self._phase("accounts", lambda: self._accounts(sink))
            self._phase("physicians", lambda: self._physicians(sink))
            self._phase("cases", lambda: self._cases(sink))
            self._phase("nurses", lambda: self._nurses(sink))
            self._phase("counters", lambda: self._counters(sink))
            if dropped:
                self._phase("indexes", lambda: self._restore_indexes(sink, dropped))
            self._phase("roster", lambda: roster_membership.rebuild(sink.execute))  # loaded with triggers off
            self._phase("names", lambda: self._names(sink, postgresql, triggers))
            sink.commit()
        finally:
            sink.close()
        # Tables derived from the loaded rows (roster_members, jurisdiction_members) were rebuilt above, after
        # the indexes and before the statistics.
        if self.analyze:
            self._phase("analyze", self._analyze)
        return self.summary

    def _drop_membership_keys(self, sink: Sink, postgresql: bool) -> list[str]:
        """Before the load: on PostgreSQL drop jurisdiction_members' keys (built after, like the big tables'
        indexes); on SQLite drop its triggers (the generator writes the rows they would) and return them."""
        if postgresql:
            jurisdiction_membership.drop_keys(sink.execute)
            sink.commit()
            return []
        rows = sink.execute(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'trigger' AND name LIKE 'jurisdiction_members_%'"
        )
        for name, _ in rows:
            sink.execute(f'DROP TRIGGER "{name}"')
        sink.commit()
        return [sql for _, sql in rows]

    def _names(self, sink: Sink, postgresql: bool, triggers: list[str]) -> None:
        """Complete jurisdiction_members: the physicians' rows are in; add the cases' counts, then the keys
        (PostgreSQL) or the triggers (SQLite) again. The same rows as ``jurisdiction_membership.rebuild``."""
        if postgresql:
            sink.execute("SET LOCAL work_mem = '256MB'")
            for sql in jurisdiction_membership.ADD_CASES_UNKEYED:
                sink.execute(sql)
            jurisdiction_membership.add_keys(sink.execute)
            return
        sink.execute(jurisdiction_membership.ADD_CASES)
        for sql in triggers:
            sink.execute(sql)

    def _phase(self, name: str, fn: Callable[[], None]) -> None:
        t0 = time.perf_counter()
        fn()
        self.summary.seconds[name] = time.perf_counter() - t0

    def _count(self, key: str, n: int) -> None:
        self.summary.counts[key] = self.summary.counts.get(key, 0) + n

    def _bar(self, total: int, desc: str) -> Any:
        from tqdm import tqdm

        return tqdm(
            total=total,
            desc=desc,
            unit=" rows",
            unit_scale=True,
            disable=not self.progress,
            leave=False,
            mininterval=0.5,
        )

    def _require_empty(self, sink: Sink) -> None:
        rows = sink.execute("SELECT COUNT(*) FROM physicians")
        users = sink.execute("SELECT COUNT(*) FROM user_accounts")
        if rows[0][0] or users[0][0]:
            raise SystemExit("bench generate: the database is not empty (use a fresh database)")

    # -- indexes -------------------------------------------------------------------------------------
    _BIG_TABLES = (
        "physicians",
        "qualifications",
        "registrations",
        "filings",
        "cases",
        "case_events",
        "nurses",
        "nurse_registrations",
    )

    def _drop_indexes(self, sink: Sink) -> list[str]:
        """Drop plain secondary indexes of the big tables (kept: primary keys and unique constraints)."""
        rows = sink.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i "
            "JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid "
            "WHERE i.schemaname = current_schema() AND i.tablename = ANY(?) "
            "AND NOT x.indisunique AND NOT x.indisprimary",
            [list(self._BIG_TABLES)],
        )
        for name, _ in rows:
            sink.execute(f'DROP INDEX "{name}"')
        sink.commit()
        return [d for _, d in rows]

    def _restore_indexes(self, sink: Sink, definitions: list[str]) -> None:
        sink.commit()
        for d in self._bar_iter(definitions, "indexes"):
            sink.execute(d)
        sink.commit()

    def _bar_iter(self, items: list[str], desc: str) -> Iterator[str]:
        bar = self._bar(len(items), desc)
        for item in items:
            yield item
            bar.update(1)
        bar.close()

    def _analyze(self) -> None:
        with self.db.engine.connect() as conn:
            if self.db.is_postgres:
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                conn.execute(text("SET statement_timeout = 0"))  # the desk's 60 s is for clerks' calls
                conn.execute(text("VACUUM (ANALYZE)"))
                conn.execute(text("RESET statement_timeout"))
            else:
                conn.exec_driver_sql("ANALYZE")
                conn.commit()

    # -- institutions -------------------------------------------------------------------------------
    def _institutions(self, sink: Sink) -> None:
        rng = self.rng
        cols = Columns("institutions", INSTITUTION_COLS)
        rows: list[Row] = []
        total_w = self.prov_cum[-1]
        now = ts_text((self.today_ord - _EPOCH_ORDINAL) * 86400 - CHINA_OFFSET)
        roads = (
            "中山路",
            "人民路",
            "解放路",
            "建设路",
            "和平路",
            "东风路",
            "新华路",
            "健康路",
            "滨江路",
            "学府路",
        )
        inst_id = 0
        for pi, prov in enumerate(self.provinces):
            expected = self.n_physicians * nm.PROVINCE_POPULATION[prov.code] / total_w
            n = max(1, round(expected / PHYSICIANS_PER_INSTITUTION))
            capital = [c for c in prov.counties if c[2:4] == "01"] or prov.counties
            cum = 0.0
            self.inst_first[pi] = inst_id + 1
            for rank in range(n):
                inst_id += 1
                if rank < 12:
                    county = capital[rank % len(capital)] if rank == 0 else rng.choice(capital)
                elif rank < 80 and rng.random() < 0.5:
                    county = rng.choice(capital)
                else:
                    county = rng.choice(prov.counties)
                name, subjects = nm.institution_name(rng, rank, prov, county, inst_id)
                city = prov.city_name(county)
                county_name = prov.county_names.get(county, city)
                authority = f"{city}卫生健康委员会" if rank < 80 else f"{county_name}卫生健康局"
                rows.append(
                    (
                        inst_id,
                        name,
                        f"{prov.name}{city}{county_name}{rng.choice(roads)}{rng.randrange(1, 999)}号",
                        f"PDY{inst_id:07d}{county}A1001",
                        self.names.name(rng.random() < 0.6),
                        self.names.name(rng.random() < 0.6),
                        subjects,
                        county,
                        authority,
                        day_text(self.today_ord + rng.randrange(-30, 5 * 365)),
                        self.names.name(rng.random() < 0.5),
                        _phone(rng),
                        "{}",
                        1 if rank < 80 or rng.random() < 0.3 else 0,
                        nm.institution_initials(name),
                        1,
                        now,
                        1,
                    )
                )
                self.inst_county.append(int(county))
                self._inst_names += name.encode()
                self._inst_name_end.append(len(self._inst_names))
                cum += 1.0 / (rank + 8) ** 1.05  # Zipf-like: a few very large hospitals, many small clinics
                self.inst_cum[pi].append(cum)
        sink.write(cols, rows)
        sink.commit()
        self._count("institutions", len(rows))
        gd = self.inst_first[self.prov_index[BENCH_PROVINCE]]
        self.summary.bench_institution_id = gd
        self.summary.bench_county = self.county_of(gd)
        self.institution_user = array("i", bytes(4 * (inst_id + 1)))

    def pick_institution(self, pi: int) -> int:
        return self.inst_first[pi] + weighted(self.rng, self.inst_cum[pi])

    # -- accounts ------------------------------------------------------------------------------------
    def _accounts(self, sink: Sink) -> None:
        from app.services.auth import hash_password

        pw = hash_password(BENCH_PASSWORD)
        cols = Columns("user_accounts", USER_COLS)
        now = ts_text((self.today_ord - _EPOCH_ORDINAL - 400) * 86400)
        rows: list[Row] = []
        uid = itertools.count(1)

        def user(
            username: str,
            role: str,
            name: str,
            inst: int | None,
            juris: str | None,
            admin: int = 0,
            must_change: int = 0,
        ) -> int:
            i = next(uid)
            rows.append(
                (
                    i,
                    username,
                    pw,
                    role,
                    name,
                    _phone(self.rng),
                    inst,
                    None,
                    juris,
                    admin,
                    1,
                    must_change,
                    0,
                    0,
                    now,
                    1,
                )
            )
            return i

        gd_name = nm.provinces()[BENCH_PROVINCE].name
        self.commission_user[BENCH_PROVINCE] = user(
            COMMISSION_USER,
            "commission",
            f"{gd_name}卫生健康委员会 审批员",
            None,
            BENCH_PROVINCE + "0000",
            admin=1,
        )
        county = self.summary.bench_county
        user(
            COUNTY_USER,
            "commission",
            f"{nm.provinces()[BENCH_PROVINCE].county_names[county]}卫生健康局 审批员",
            None,
            county,
        )
        user(NATION_USER, "commission", "国家卫生健康委员会 审批员", None, "000000")
        top = self.summary.bench_institution_id
        self.institution_user[top] = user(
            INSTITUTION_USER, "institution", f"{self.inst_name(top)} 人事科", top, county
        )
        for prov in self.provinces:
            if prov.code not in self.commission_user:
                self.commission_user[prov.code] = user(
                    f"gov{prov.code}", "commission", f"{prov.name}卫生健康委员会 审批员", None, prov.area
                )
        for inst in range(1, len(self.inst_county)):
            if not self.institution_user[inst]:
                self.institution_user[inst] = user(
                    f"org{inst}",
                    "institution",
                    f"{self.inst_name(inst)} 人事科",
                    inst,
                    self.county_of(inst),
                    must_change=1,
                )
        sink.write(cols, rows)
        sink.commit()
        self._count("user_accounts", len(rows))

    # -- physicians ----------------------------------------------------------------------------------
    def new_resident_id(self, area: str, male: bool) -> tuple[str, int]:
        """A unique, valid resident ID of someone born 1955–2000; returns (id, birth ordinal)."""
        return self.ids.new(self.rng, area, male)

    def random_resident_id(self, area: str, male: bool) -> tuple[str, int]:
        """A valid resident ID drawn at random, not checked against the ones issued (the caller checks
        the database): for adding people to a register generated earlier."""
        rng = self.rng
        year = min(int(rng.triangular(BIRTH_YEARS[0], BIRTH_YEARS[1] + 1, 1984)), BIRTH_YEARS[1])
        birth = _jan1(year) + rng.randrange(365)
        return resident_id_of(area, birth, rng.randrange(500) * 2 + male), birth

    def _physicians(self, sink: Sink) -> None:
        rng = self.rng
        rand = rng.random

        def randrange(n: int) -> int:  # rng.randrange's draw without its Python overhead (~1 µs a call)
            return int(rand() * n)

        def choice(seq: Sequence[str]) -> str:
            return seq[int(rand() * len(seq))]

        p_cols = Columns("physicians", PHYSICIAN_COLS)
        q_cols = Columns("qualifications", QUALIFICATION_COLS)
        r_cols = Columns("registrations", REGISTRATION_COLS)
        f_cols = Columns("filings", FILING_COLS)
        j_cols = Columns("jurisdiction_members", ("area", "physician_id", "name", "n"))
        members_of = jurisdiction_membership.physician_rows
        provinces = self.provinces
        prov_cum = self.prov_cum
        scopes = {c: reference.scope_names(c) for c in CATEGORIES}
        scope_cum = {
            c: list(itertools.accumulate(1.0 / (k + 1) for k in range(len(s)))) for c, s in scopes.items()
        }
        scope_json: dict[tuple[str, ...], str] = {}
        cat_cum = list(itertools.accumulate(CATEGORY_WEIGHTS))
        edu_cum = list(itertools.accumulate(nm.EDUCATION_WEIGHTS))
        title_cum = list(itertools.accumulate(nm.TITLE_WEIGHTS))
        filing_reasons = [r["code"] for r in reference.filing_reasons()]
        dereg = [r["code"] for r in reference.deregistration_grounds()]
        authority_of: dict[tuple[int, str], tuple[str, str, str]] = {}
        new_id = self.ids.new
        name_of = self.names.name
        today = self.today_ord
        this_year = self.today.year
        recent = today - 3 * 365
        ph = self.ph
        pool_left = self.pool_left
        bar = self._bar(self.n_physicians, "physicians")
        for start in range(0, self.n_physicians, self.batch):
            end = min(start + self.batch, self.n_physicians)
            p_rows: list[Row] = []
            q_rows: list[Row] = []
            r_rows: list[Row] = []
            f_rows: list[Row] = []
            j_rows: list[Row] = []
            for pid in range(start + 1, end + 1):
                pi = weighted(rng, prov_cum)
                prov = provinces[pi]
                home = prov if rand() < 0.85 else provinces[weighted(rng, prov_cum)]
                area = choice(home.counties)
                male = rand() < 0.52
                id_number, birth = new_id(rng, area, male)
                name = name_of(male, minority=home.code == "65" and rand() < 0.4)
                initials, name_pinyin = nm.name_keys(name)
                birth_year = int(id_number[6:10])
                created = (today - randrange(3650) - _EPOCH_ORDINAL) * 86400
                email = (
                    f"{initials.split(' ')[0] or 'ys'}{pid}@{choice(MAIL_DOMAINS)}" if rand() < 0.3 else ""
                )
                p_rows.append(
                    (
                        pid,
                        name,
                        initials,
                        name_pinyin,
                        "男" if male else "女",
                        id_number,
                        "resident_id",
                        day_text(birth),
                        "中国",
                        _phone(rng),
                        email,
                        nm.EDUCATION[weighted(rng, edu_cum)],
                        choice(nm.SCHOOLS),
                        nm.TITLES[weighted(rng, title_cum)],
                        choice(nm.DEPARTMENTS),
                        ts_text(created + randrange(86400)),
                        ts_text(created + randrange(86400)),
                        1,
                    )
                )
                # qualification (its id is the physician's)
                registered = rand() < 0.9
                level = 0 if rand() < 0.78 else 1
                cat = weighted(rng, cat_cum)
                category = CATEGORIES[cat]
                if registered:
                    qual_year = min(birth_year + 23 + randrange(8), this_year)
                else:
                    qual_year = this_year - randrange(3)
                issued = min(_jan1(qual_year) + 220 + randrange(120), today - 30)
                with_ticket = qual_year >= this_year - 2
                ticket = f"{qual_year}{prov.code}{next(self.serials):08d}" if with_ticket else None
                cert = (
                    f"{qual_year}{level + 1}{CATEGORY_DIGIT[category]}{prov.code}0{id_number}"
                    if not (with_ticket and not registered and rand() < 0.3)
                    else None
                )
                source = "legacy_backfill" if qual_year < 1999 and rand() < 0.15 else "exam_import"
                q_rows.append(
                    (
                        pid,
                        pid,
                        name,
                        id_number,
                        cert,
                        ticket,
                        LEVELS[level],
                        category,
                        source,
                        day_text(issued),
                        ts_text((issued - _EPOCH_ORDINAL) * 86400 + 3600),
                    )
                )
                if not registered:
                    j_rows += members_of(pid, name, id_number, [])
                    ph.append(pi << 3 | S_UNREGISTERED)
                    pool_left[0] += 1
                    bar.update(1)
                    continue
                # registration (its id is the physician's)
                inst = self.pick_institution(pi)
                county = self.county_of(inst)
                span = max(today - issued - 30, 1)
                reg_day = (
                    issued + 30 + min(int(rng.expovariate(1 / 900)), span - 1)
                    if rand() < 0.5
                    else issued + 30 + randrange(span)
                )
                reg_day = min(reg_day, today - 1)
                code_year = max(int(day_text(reg_day)[:4]), 2018)
                key = (prov.area, code_year)
                serial = self.code_counters.get(key, 0) + 1
                self.code_counters[key] = serial
                code = registration_code(prov.area, code_year, serial)
                sc = scopes[category]
                reg_scopes: tuple[str, ...] = (sc[weighted(rng, scope_cum[category])],)
                if category == "临床" and rand() < 0.06 and "全科医学专业" not in reg_scopes:
                    reg_scopes += ("全科医学专业",)
                scopes_text = scope_json.get(reg_scopes)
                if scopes_text is None:
                    scopes_text = scope_json[reg_scopes] = _dumps(list(reg_scopes))
                r = rand()
                status = S_ACTIVE if r < 0.93 else (S_FILED if r < 0.97 else S_DEREGISTERED)
                filed_on = filing_reason = ended_on = end_reason = None
                if status == S_FILED:
                    filed_on = day_text(min(reg_day + 30 + randrange(max(today - reg_day - 30, 1)), today))
                    filing_reason = choice(filing_reasons)
                elif status == S_DEREGISTERED:
                    ended_on = day_text(min(reg_day + 30 + randrange(max(today - reg_day - 30, 1)), today))
                    end_reason = choice(dereg)
                authority = authority_of.get((level, county))
                if authority is None:
                    if level == 0:
                        authority = (prov.area, f"{prov.name}卫生健康委员会", prov.area)
                    else:
                        authority = (county, f"{prov.county_names.get(county, prov.name)}卫生健康局", county)
                    authority_of[(level, county)] = authority
                r_rows.append(
                    (
                        pid,
                        pid,
                        pid,
                        LEVELS[level],
                        category,
                        scopes_text,
                        authority[0],
                        prov.area,
                        inst,
                        code,
                        f"{level + 1}{CATEGORY_DIGIT[category]}{county}{next(self.serials) % 10_000_000:07d}",
                        ("active", "filed", "deregistered")[status - 1],
                        authority[1],
                        authority[2],
                        day_text(reg_day),
                        filed_on,
                        filing_reason,
                        ended_on,
                        end_reason,
                        ts_text((reg_day - _EPOCH_ORDINAL) * 86400 + 7200),
                        1,
                    )
                )
                j_rows += members_of(pid, name, id_number, [(prov.area, authority[0], county)])
                state = status
                if status == S_ACTIVE and reg_day >= recent:
                    state = S_RECENT
                    pool_left[1] += 1
                # filing of an additional institution (about one active registration in ten; id: the
                # physician's)
                if status == S_ACTIVE and rand() < 0.107 and self.n_institutions(pi) > 1:
                    other = self.pick_institution(pi)
                    if other != inst:
                        start_day = reg_day + randrange(max(today - reg_day, 1))
                        cancelled = rand() < 0.1
                        f_rows.append(
                            (
                                pid,
                                pid,
                                pid,
                                other,
                                day_text(start_day),
                                day_text(min(start_day + 200, today)) if cancelled else None,
                                "cancelled" if cancelled else "active",
                            )
                        )
                        if not cancelled:
                            state = S_RECENT_FILING if state == S_RECENT else S_FILING
                ph.append(pi << 3 | state)
                bar.update(1)
            sink.write(p_cols, p_rows)
            sink.write(q_cols, q_rows)
            sink.write(r_cols, r_rows)
            sink.write(f_cols, f_rows)
            sink.write(j_cols, j_rows)
            self._count("physicians", len(p_rows))
            self._count("qualifications", len(q_rows))
            self._count("registrations", len(r_rows))
            self._count("filings", len(f_rows))
        sink.commit()
        bar.close()

    # -- cases ---------------------------------------------------------------------------------------
    def _draw_applicant(self, pool: int) -> int:
        """A physician drawn without replacement from a pool: 0 the unregistered, 1 the recent codes.

        Drawn by rejection on the state bytes while the pool is a fair share of the register, then (a
        small rest) from a list of what is left — the same draw as shuffling the pool and popping it.
        """
        ph, rng = self.ph, self.rng
        n = len(ph)
        wanted = (S_UNREGISTERED,) if pool == 0 else (S_RECENT, S_RECENT_FILING)
        rest = self._pool_rest[pool]
        if rest is None and self.pool_left[pool] * 64 >= n:
            while True:
                pid = rng.randrange(1, n + 1)
                if ph[pid - 1] & 7 in wanted:
                    break
        else:
            if rest is None:  # once: the few left (under 1/64 of the register), in random order
                rest = self._pool_rest[pool] = [i + 1 for i in range(n) if ph[i] & 7 in wanted]
                rng.shuffle(rest)
            pid = rest.pop()
        state = ph[pid - 1] & 7
        used = S_POOL_USED if state == S_UNREGISTERED else (S_ACTIVE if state == S_RECENT else S_FILING)
        ph[pid - 1] = ph[pid - 1] & ~7 | used
        self.pool_left[pool] -= 1
        return pid

    def _applicants(self, sink: Sink, pids: set[int]) -> dict[int, Applicant]:
        """The cases' applicants read back from what the physicians phase wrote (ids: the physician's)."""
        sql = (
            "SELECT p.id, p.name, p.id_number, q.level, q.category, r.id, r.main_institution_id, "
            "r.registered_on, r.registration_code, f.institution_id "
            "FROM physicians p JOIN qualifications q ON q.id = p.id "
            "LEFT JOIN registrations r ON r.id = p.id "
            "LEFT JOIN filings f ON f.id = p.id AND f.status = 'active' WHERE p.id {}"
        )
        out: dict[int, Applicant] = {}
        ids = sorted(pids)
        step = 20_000 if sink.dialect == "postgresql" else 900
        for at in range(0, len(ids), step):
            chunk = ids[at : at + step]
            if sink.dialect == "postgresql":
                rows = sink.execute(sql.format("= ANY(?)"), [chunk])
            else:
                rows = sink.execute(sql.format(f"IN ({', '.join('?' * len(chunk))})"), chunk)
            for pid, name, idn, level, category, reg, inst, reg_on, code, filing in rows:
                reg_day = 0
                if reg_on is not None:
                    reg_day = reg_on.toordinal() if isinstance(reg_on, dt.date) else _iso_ordinal(str(reg_on))
                out[pid] = (
                    name,
                    idn,
                    LEVELS.index(level),
                    CATEGORIES.index(category),
                    reg or 0,
                    inst or 0,
                    reg_day,
                    code,
                    filing,
                )
        return out

    def _cases(self, sink: Sink) -> None:
        """Cases in three passes, in memory of a few bytes per case (nothing but ints in arrays):

        1. draw each case's kind, status and applicant (the pools drawn without replacement);
        2. draw when it was created, from a generator seeded by the case's index, and sort the cases by it
           (their ids and numbers follow time) — a counting sort by day, then each day's few by time;
        3. in that order, draw the same times again (same seed) and the rest of the case (events,
           details, deadline) and write it, its applicant read back from the database.
        """
        rng = self.rng
        kinds = list(KIND_WEIGHTS)
        kind_cum = list(itertools.accumulate(KIND_WEIGHTS.values()))
        ps_names, ps_cum = (
            list(PHYSICIAN_STATUS_WEIGHTS),
            list(itertools.accumulate(PHYSICIAN_STATUS_WEIGHTS.values())),
        )
        ds_names, ds_cum = list(DESK_STATUS_WEIGHTS), list(itertools.accumulate(DESK_STATUS_WEIGHTS.values()))
        statuses = ps_names + [s for s in ds_names if s not in ps_names]
        starters = {k["value"]: k["starts_by"] for k in reference.case_kinds()}
        refusal = [r["code"] for r in reference.refusal_grounds()]
        returns = [(r["code"], r["label"]) for r in reference.return_reasons()]
        ph = self.ph
        n_ph = len(ph)
        bar = self._bar(self.n_cases * 3, "cases")
        # pass 1: kind, status, applicant
        kind_status = bytearray()  # kind index × 8 + status index
        applicant = array("i")
        for _ in range(self.n_cases):
            kind = kinds[weighted(rng, kind_cum)]
            starter = starters.get(kind, "counter")
            status = (
                ps_names[weighted(rng, ps_cum)] if starter == "physician" else ds_names[weighted(rng, ds_cum)]
            )
            if kind in CODE_KINDS and status == "approved" and self.pool_left[1]:
                pid = self._draw_applicant(1)
            elif kind in POOL_KINDS and self.pool_left[0]:
                pid = self._draw_applicant(0)
                if status == "approved" and kind in CODE_KINDS:  # no code left to give: refused
                    status = "rejected"
            else:
                pid = 0
                for _try in range(20):
                    cand = rng.randrange(1, n_ph + 1)
                    if ph[cand - 1] & 7 in _ACTIVE_STATES:
                        pid = cand
                        break
                if not pid:
                    continue
                if status == "approved" and kind in CODE_KINDS:  # no code left to give: refused
                    status = "rejected"
                if (
                    kind in ("multi_site_cancel", "multi_site_withdraw")
                    and ph[pid - 1] & 7 not in _FILING_STATES
                ):
                    kind = "multi_site_filing"
            kind_status.append(kinds.index(kind) << 3 | statuses.index(status))
            applicant.append(pid)
            bar.update(1)
        n = len(applicant)
        # pass 2: when each case was created, and the order by it
        created = array("i", bytes(4 * n))
        crng = random.Random()
        for at in range(0, n, self.batch):
            upto = min(at + self.batch, n)
            code_cases = [
                applicant[i]
                for i in range(at, upto)
                if kinds[kind_status[i] >> 3] in CODE_KINDS and statuses[kind_status[i] & 7] == "approved"
            ]
            reg_day = {pid: a[6] for pid, a in self._applicants(sink, set(code_cases)).items()}
            for i in range(at, upto):
                kind, status = kinds[kind_status[i] >> 3], statuses[kind_status[i] & 7]
                crng.seed(self.seed * 1_000_003 + i)
                created[i] = self._case_times(
                    crng, kind, starters.get(kind, "counter"), status, reg_day.get(applicant[i], 0)
                )[3]
            bar.update(upto - at)
        order = _order_by(created, lambda t: (t + CHINA_OFFSET) // 86400)
        del created
        # pass 3: the cases in time order
        c_cols = Columns("cases", CASE_COLS)
        e_cols = Columns("case_events", EVENT_COLS)
        event_id = 0
        for at in range(0, n, self.batch):
            chunk = order[at : at + self.batch]
            people = self._applicants(sink, {applicant[i] for i in chunk})
            case_rows: list[Row] = []
            event_rows: list[Row] = []
            for case_id, i in enumerate(chunk, start=at + 1):
                kind, status = kinds[kind_status[i] >> 3], statuses[kind_status[i] & 7]
                pid = applicant[i]
                who = people[pid]
                crng.seed(self.seed * 1_000_003 + i)
                (
                    created_at,
                    inst,
                    details,
                    reg_id,
                    reg_code,
                    created_by,
                    submitted,
                    received,
                    deadline,
                    decided,
                    decided_by,
                    events,
                    updated_by,
                ) = self._case_spec(
                    crng, kind, starters.get(kind, "counter"), status, pid, who, refusal, returns
                )
                county = self.county_of(inst)
                prefix = f"{codes.CASE_PREFIX}{_ymd(china_ordinal(created_at))}"
                serial = self.case_counters.get(prefix, 0) + 1
                self.case_counters[prefix] = serial
                case_rows.append(
                    (
                        case_id,
                        f"{prefix}{serial:0{codes.CASE_SERIAL_DIGITS}d}",
                        kind,
                        status,
                        len(events),
                        pid,
                        inst,
                        county,
                        county[:4] + "00",
                        county[:2] + "0000",
                        details,
                        reg_id,
                        reg_code,
                        created_by,
                        ts_text(created_at),
                        ts_text(submitted) if submitted else None,
                        ts_text(received) if received else None,
                        day_text(deadline) if deadline else None,
                        0,
                        ts_text(decided) if decided else None,
                        decided_by,
                        ts_text(events[-1][3]),
                        updated_by,
                        who[0],
                        who[1],
                    )
                )
                for action, frm, to, ev_at, user, actor, role, ev_inst, reason_code, reason_text in events:
                    event_id += 1
                    event_rows.append(
                        (
                            event_id,
                            case_id,
                            ts_text(ev_at),
                            user,
                            actor,
                            role,
                            ev_inst,
                            action,
                            frm,
                            to,
                            reason_code,
                            reason_text,
                            self._org_data(role, ev_inst, county),
                        )
                    )
            sink.write(c_cols, case_rows)
            sink.write(e_cols, event_rows)
            bar.update(len(case_rows))
            self._count("cases", len(case_rows))
            self._count("case_events", len(event_rows))
        # the approved first registrations are what issued the registrations' codes
        sink.execute(
            "UPDATE registrations SET case_id = c.id FROM cases c "
            "WHERE c.registration_code IS NOT NULL AND registrations.id = c.registration_id"
        )
        sink.commit()
        bar.close()

    def _org_data(self, role: str, inst: int | None, county: str) -> str:
        """The event's data as the case engine writes it: the organisation the actor acted for."""
        if role == "institution" and inst:
            return _dumps({"org": self.inst_name(inst)})
        key = (role, county[:2] if role == "commission" else "")
        found = self._org_cache.get(key)
        if found is None:
            if role == "commission":
                found = _dumps({"org": f"{nm.provinces()[county[:2]].name}卫生健康委员会"})
            else:
                found = _dumps({"org": ""})
            self._org_cache[key] = found
        return found

    def _case_times(
        self, crng: random.Random, kind: str, starter: str, status: str, reg_day: int
    ) -> tuple[int, int, int, int, bool]:
        """When the case reached the commission (China date, moment), was submitted and created, and
        whether it began as a draft; drawn from the case's own generator (the same again when written)."""
        today = self.today_ord
        if status == "confirmed":
            received_day = today - int(crng.triangular(0, 45, 5))
        elif status in ("draft", "submitted", "returned"):
            received_day = today - crng.randrange(60)
        elif kind in CODE_KINDS and status == "approved" and reg_day:
            received_day = reg_day - crng.randrange(3, 25)
        else:
            received_day = today - 30 - crng.randrange(3 * 365)
        received = office_seconds(received_day, crng)
        drafted = False
        if starter == "physician":
            submitted = received - crng.randrange(3600, 6 * 86400)
            if status == "draft" or crng.random() < 0.4:
                created = submitted - crng.randrange(60, 3 * 86400)
                drafted = True
            else:
                created = submitted
        else:
            submitted = created = received
        return received_day, received, submitted, created, drafted

    def _case_spec(
        self,
        crng: random.Random,
        kind: str,
        starter: str,
        status: str,
        pid: int,
        who: Applicant,
        refusal: list[str],
        returns: list[tuple[str, str]],
    ) -> tuple[Any, ...]:
        """One case: when it was created, by whom, its details, deadline and the events that got it here."""
        rng = self.rng
        name, _id_number, level_i, cat_i, reg, ph_inst, reg_day, code_of_reg, _filing = who
        pi = self.ph[pid - 1] >> 3
        prov = self.provinces[pi]
        inst = ph_inst or self.pick_institution(pi)
        inst_user = self.institution_user[inst]
        gov = self.commission_user[prov.code]
        level = LEVELS[level_i]
        category = CATEGORIES[cat_i]
        reg_id = reg or None
        reg_code = None
        inst_actor = f"{self.inst_name(inst)} 人事科"
        gov_actor = f"{prov.name}卫生健康委员会 审批员"
        # when it reached the commission
        received_day, received, submitted, created, drafted = self._case_times(
            crng, kind, starter, status, reg_day
        )
        events: list[tuple[Any, ...]] = []
        if starter == "physician":
            if drafted:
                events.append((A_DRAFT, None, "draft", created, None, name, "physician", None, None, ""))
                if status != "draft":
                    events.append(
                        (A_SUBMIT, "draft", "submitted", submitted, None, name, "physician", None, None, "")
                    )
            else:
                events.append(
                    (A_SUBMIT, None, "submitted", submitted, None, name, "physician", None, None, "")
                )
        elif starter == "institution":
            events.append(
                (A_APPLY, None, "confirmed", created, inst_user, inst_actor, "institution", inst, None, "")
            )
        else:
            events.append(
                (A_COUNTER, None, "confirmed", created, gov, gov_actor, "commission", None, None, "")
            )
        deadline = None
        decided = decided_by = None
        updated_by = None
        if status in ("draft", "submitted"):
            received = 0
        elif status == "withdrawn":
            events.append(
                (
                    A_WITHDRAW,
                    events[-1][2],
                    "withdrawn",
                    received + rng.randrange(86400),
                    None,
                    name,
                    "physician",
                    None,
                    None,
                    "本人撤回申请",
                )
            )
            received = 0
        elif status == "returned" and starter == "physician" and rng.random() < 0.6:
            code, label = rng.choice(returns)
            events.append(
                (
                    A_RETURN,
                    "submitted",
                    "returned",
                    received,
                    inst_user,
                    inst_actor,
                    "institution",
                    inst,
                    code,
                    label,
                )
            )
            updated_by = inst_user
            received = 0
        else:
            if starter == "physician":
                events.append(
                    (
                        A_CONFIRM,
                        "submitted",
                        "confirmed",
                        received,
                        inst_user,
                        inst_actor,
                        "institution",
                        inst,
                        None,
                        "",
                    )
                )
                updated_by = inst_user
            deadline = deadline_ordinal(china_ordinal(received))
            if status == "returned":
                code, label = rng.choice(returns)
                at = received + rng.randrange(3600, 10 * 86400)
                events.append(
                    (A_RETURN, "confirmed", "returned", at, gov, gov_actor, "commission", None, code, label)
                )
                updated_by, deadline = gov, None
            elif status in ("approved", "rejected"):
                late = rng.random() < 0.06
                span = (deadline - china_ordinal(received)) * 86400
                decided = received + (
                    span + rng.randrange(86400, 20 * 86400) if late else rng.randrange(3600, span)
                )
                if kind in CODE_KINDS and status == "approved" and reg_id is not None and code_of_reg:
                    # the applicant was drawn from the recent registrations: this case issued the code
                    reg_code = code_of_reg
                    decided = office_seconds(reg_day, rng)
                decided_by = updated_by = gov
                if status == "approved":
                    events.append(
                        (
                            A_APPROVE,
                            "confirmed",
                            "approved",
                            decided,
                            gov,
                            gov_actor,
                            "commission",
                            None,
                            None,
                            "",
                        )
                    )
                else:
                    code = rng.choice(refusal)
                    events.append(
                        (
                            A_REJECT,
                            "confirmed",
                            "rejected",
                            decided,
                            gov,
                            gov_actor,
                            "commission",
                            None,
                            code,
                            reference.reason_label(code),
                        )
                    )
        details = self._details(kind, inst, level, category, prov, reg_id, who, created)
        created_by = events[0][4]
        if kind not in CODE_KINDS or reg_code is None:
            reg_for_case = reg_id if kind not in POOL_KINDS else None
        else:
            reg_for_case = reg_id
        return (
            created,
            inst,
            details,
            reg_for_case,
            reg_code,
            created_by,
            submitted if len(events) > 1 or starter != "physician" else None,
            received or None,
            deadline,
            decided,
            decided_by,
            events,
            updated_by,
        )

    def _details(
        self,
        kind: str,
        inst: int,
        level: str,
        category: str,
        prov: nm.Province,
        reg_id: int | None,
        who: Applicant,
        created: int,
    ) -> str:
        """The case's details with exactly the fields the case engine's rules accept for the kind."""
        rng = self.rng
        county = self.county_of(inst)
        place = prov.area if level == "执业医师" else county
        day = china_ordinal(created)
        scope = [rng.choice(reference.scope_names(category)[:3])]
        if kind in ("first_registration", "direct_registration", "military_to_local"):
            return _dumps(
                {
                    "institution_id": inst,
                    "level": level,
                    "category": category,
                    "scopes": scope,
                    "place": place,
                }
            )
        if kind == "assistant_upgrade":
            return _dumps(
                {"registration_id": reg_id, "institution_id": inst, "category": category, "scopes": scope}
            )
        if kind in ("change", "direct_change"):
            return _dumps(
                {
                    "registration_id": reg_id,
                    "institution_id": inst,
                    "category": category,
                    "scopes": [rng.choice(reference.scope_names(category))],
                    "place": place,
                }
            )
        if kind == "local_to_military":
            return _dumps({"registration_id": reg_id, "effective_date": day_text(day + 30)})
        if kind in ("deregistration", "institution_deregistration", "direct_deregistration"):
            grounds = self._grounds.setdefault(
                kind, [g["code"] for g in reference.deregistration_grounds(kind)]
            )
            return _dumps(
                {"registration_id": reg_id, "reason": rng.choice(grounds), "effective_date": day_text(day)}
            )
        if kind == "institution_filing":
            return _dumps(
                {
                    "registration_id": reg_id,
                    "reason": rng.choice(self._filing_reasons),
                    "effective_date": day_text(day - rng.randrange(30)),
                }
            )
        if kind == "multi_site_filing":
            other = self.pick_institution(self.prov_index[prov.code])
            return _dumps(
                {"registration_id": reg_id, "institution_id": other, "effective_date": day_text(day + 7)}
            )
        if kind == "multi_site_cancel":
            return _dumps(
                {
                    "registration_id": reg_id,
                    "institution_id": who[8] or inst,
                    "effective_date": day_text(day + 7),
                }
            )
        if kind == "multi_site_withdraw":
            return _dumps({"registration_id": reg_id, "effective_date": day_text(day + 7)})
        idn = who[1]
        identity = {
            "name": who[0],
            "id_number": idn,
            "id_type": "resident_id",
            "gender": "男" if int(idn[16]) % 2 else "女",
            "birth_date": f"{idn[6:10]}-{idn[10:12]}-{idn[12:14]}",
        }
        if kind in ("legacy_backfill", "hmt_recognition"):
            extra = {"origin": rng.choice(("香港", "澳门", "台湾"))} if kind == "hmt_recognition" else {}
            year = 1990 + rng.randrange(10)
            return _dumps(
                {
                    **identity,
                    **extra,
                    "level": level,
                    "category": category,
                    "certificate_code": f"{year}{LEVELS.index(level) + 1}{CATEGORY_DIGIT[category]}"
                    f"{prov.code}9{idn}",
                    "issued_on": f"{year}-09-01",
                }
            )
        start = day + 30
        years = 3 if kind == "hmt_short_term" else 1
        short_cat = category if category != "公共卫生" else "临床"
        out = {
            **identity,
            "origin": "香港" if kind == "hmt_short_term" else "新加坡",
            "institution_id": inst,
            "category": short_cat,
            "scopes": [reference.scope_names(short_cat)[0]],
            "term_start": day_text(start),
            "term_end": day_text(start + 365 * years - 1),
        }
        if kind == "foreign_short_term":
            out["inviting_institution_id"] = inst
        return _dumps(out)

    # -- nurses --------------------------------------------------------------------------------------
    def _nurses(self, sink: Sink) -> None:
        rng = self.rng
        n_cols = Columns("nurses", NURSE_COLS)
        r_cols = Columns("nurse_registrations", NURSE_REG_COLS)
        today = self.today_ord
        bar = self._bar(self.n_nurses, "nurses")
        for start in range(0, self.n_nurses, self.batch):
            end = min(start + self.batch, self.n_nurses)
            n_rows: list[Row] = []
            r_rows: list[Row] = []
            for i in range(start, end):
                nid = i + 1
                pi = weighted(rng, self.prov_cum)
                prov = self.provinces[pi]
                male = rng.random() < 0.03
                id_number, _birth = self.new_resident_id(rng.choice(prov.counties), male)
                created = today - rng.randrange(3650)
                n_rows.append(
                    (
                        nid,
                        self.names.name(male, minority=prov.code == "65" and rng.random() < 0.4),
                        "男" if male else "女",
                        id_number,
                        ts_text((created - _EPOCH_ORDINAL) * 86400 + rng.randrange(86400)),
                    )
                )
                inst = self.pick_institution(pi)
                county = self.county_of(inst)
                valid_from = today - rng.randrange(5 * 365)
                r_rows.append(
                    (
                        nid,
                        nid,
                        f"{dt.date.fromordinal(valid_from).year}{prov.code}{next(self.serials):09d}",
                        county,
                        inst,
                        f"{prov.county_names.get(county, prov.name)}卫生健康局",
                        day_text(valid_from),
                        day_text(valid_from + 5 * 365 - 1),
                        1,
                    )
                )
            sink.write(n_cols, n_rows)
            sink.write(r_cols, r_rows)
            bar.update(len(n_rows))
            self._count("nurses", len(n_rows))
            self._count("nurse_registrations", len(r_rows))
        sink.commit()
        bar.close()

    # -- counters and sequences ----------------------------------------------------------------------
    def _counters(self, sink: Sink) -> None:
        sink.write(
            Columns("code_counters", ("province", "year", "last_value")),
            [(p, y, v) for (p, y), v in sorted(self.code_counters.items())],
        )
        sink.write(Columns("case_counters", ("prefix", "last_value")), sorted(self.case_counters.items()))
        self._count("code_counters", len(self.code_counters))
        self._count("case_counters", len(self.case_counters))
        sink.commit()
        fix_sequences(sink)
        sink.commit()


def fix_sequences(sink: Sink) -> None:
    """Move PostgreSQL's id sequences past the keys the generator assigned (SQLite needs nothing)."""
    if sink.dialect != "postgresql":
        return
    for table in m.Base.metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer) and "INT" not in str(pk[0].type).upper():
            continue
        seq = sink.execute("SELECT pg_get_serial_sequence(?, ?)", [table.name, pk[0].name])
        if seq and seq[0][0]:
            sink.execute(
                f"SELECT setval('{seq[0][0]}', COALESCE((SELECT MAX({pk[0].name}) FROM {table.name}), 0) + 1,"
                " false)"
            )


def add_approvable_cases(
    db: Database,
    n: int,
    *,
    seed: int = 7,
    today: dt.date | None = None,
    province: str = BENCH_PROVINCE,
    progress: bool = False,
) -> list[tuple[int, int]]:
    """Add ``n`` confirmed first-registration cases in a province, each of a new physician with a matching
    qualification, ready for the commission to approve. Returns [(case id, version)].

    The approval benchmark spends these; the case numbers continue the day's case counters.
    """
    gen = Generator(db, physicians=0, cases=0, nurses=0, seed=seed, today=today, progress=progress)
    rng = gen.rng
    sink = open_sink(db)
    try:

        def one(sql: str, params: list[Any] | None = None) -> Any:
            return sink.execute(sql, params)[0][0]

        next_pid = (one("SELECT COALESCE(MAX(id), 0) FROM physicians") or 0) + 1
        next_qid = (one("SELECT COALESCE(MAX(id), 0) FROM qualifications") or 0) + 1
        next_cid = (one("SELECT COALESCE(MAX(id), 0) FROM cases") or 0) + 1
        next_eid = (one("SELECT COALESCE(MAX(id), 0) FROM case_events") or 0) + 1
        institutions = sink.execute(
            "SELECT i.id, i.jurisdiction, i.name, u.id FROM institutions i "
            "LEFT JOIN user_accounts u ON u.institution_id = i.id "
            "WHERE i.jurisdiction LIKE ? AND i.active = ? ORDER BY i.id LIMIT 300",
            [province + "%", True if db.is_postgres else 1],
        )
        if not institutions:
            raise SystemExit(f"bench: no institution in province {province}: generate the database first")
        inst_cum = list(itertools.accumulate(1.0 / (k + 8) ** 1.05 for k in range(len(institutions))))
        prov = nm.provinces()[province]
        p_rows: list[Row] = []
        q_rows: list[Row] = []
        c_rows: list[Row] = []
        e_rows: list[Row] = []
        made: list[tuple[int, int]] = []
        counters: dict[str, int] = {}
        pending: list[tuple[str, int, bool]] = []
        while len(pending) < n:
            want = n - len(pending)
            batch = []
            for _ in range(want):
                male = rng.random() < 0.52
                id_number, birth = gen.random_resident_id(rng.choice(prov.counties), male)
                batch.append((id_number, birth, male))
            taken: set[str] = set()
            for start in range(0, len(batch), 500):
                chunk = [b[0] for b in batch[start : start + 500]]
                marks = ", ".join("?" * len(chunk))
                taken |= {
                    r[0]
                    for r in sink.execute(
                        f"SELECT id_number FROM physicians WHERE id_number IN ({marks})", chunk
                    )
                }
            for b in batch:
                if b[0] not in taken:
                    taken.add(b[0])
                    pending.append(b)
        scope = reference.scope_names("临床")[0]
        today_ord = gen.today_ord
        for k, (id_number, birth, male) in enumerate(pending):
            pid, qid, cid = next_pid + k, next_qid + k, next_cid + k
            name = gen.names.name(male)
            inst_id, county, inst_name, inst_user = institutions[weighted(rng, inst_cum)]
            qual_year = gen.today.year - rng.randrange(3)
            issued = min(dt.date(qual_year, 1, 1).toordinal() + 220 + rng.randrange(120), today_ord - 30)
            p_rows.append(
                (
                    pid,
                    name,
                    *nm.name_keys(name),
                    "男" if male else "女",
                    id_number,
                    "resident_id",
                    day_text(birth),
                    "中国",
                    _phone(rng),
                    "",
                    "大学本科",
                    rng.choice(nm.SCHOOLS),
                    "住院医师",
                    rng.choice(nm.DEPARTMENTS),
                    ts_text((issued - _EPOCH_ORDINAL) * 86400),
                    ts_text((issued - _EPOCH_ORDINAL) * 86400),
                    1,
                )
            )
            q_rows.append(
                (
                    qid,
                    pid,
                    name,
                    id_number,
                    f"{qual_year}11{province}0{id_number}",
                    None,
                    "执业医师",
                    "临床",
                    "exam_import",
                    day_text(issued),
                    ts_text((issued - _EPOCH_ORDINAL) * 86400),
                )
            )
            received_day = today_ord - 1 - rng.randrange(20)
            received = office_seconds(received_day, rng)
            submitted = received - rng.randrange(3600, 4 * 86400)
            prefix = f"{codes.CASE_PREFIX}{dt.date.fromordinal(china_ordinal(submitted)):%Y%m%d}"
            if prefix not in counters:
                rows = sink.execute("SELECT last_value FROM case_counters WHERE prefix = ?", [prefix])
                counters[prefix] = rows[0][0] if rows else 0
            counters[prefix] += 1
            details = _dumps(
                {
                    "institution_id": inst_id,
                    "level": "执业医师",
                    "category": "临床",
                    "scopes": [scope],
                    "place": prov.area,
                }
            )
            c_rows.append(
                (
                    cid,
                    f"{prefix}{counters[prefix]:0{codes.CASE_SERIAL_DIGITS}d}",
                    "first_registration",
                    "confirmed",
                    2,
                    pid,
                    inst_id,
                    county,
                    county[:4] + "00",
                    prov.area,
                    details,
                    None,
                    None,
                    None,
                    ts_text(submitted),
                    ts_text(submitted),
                    ts_text(received),
                    day_text(deadline_ordinal(china_ordinal(received))),
                    0,
                    None,
                    None,
                    ts_text(received),
                    inst_user,
                    name,
                    id_number,
                )
            )
            e_rows.append(
                (
                    next_eid + 2 * k,
                    cid,
                    ts_text(submitted),
                    None,
                    name,
                    "physician",
                    None,
                    A_SUBMIT,
                    None,
                    "submitted",
                    None,
                    "",
                    _dumps({"org": ""}),
                )
            )
            e_rows.append(
                (
                    next_eid + 2 * k + 1,
                    cid,
                    ts_text(received),
                    inst_user,
                    f"{inst_name} 人事科",
                    "institution",
                    inst_id,
                    A_CONFIRM,
                    "submitted",
                    "confirmed",
                    None,
                    "",
                    _dumps({"org": inst_name}),
                )
            )
            made.append((cid, 2))
        sink.write(Columns("physicians", PHYSICIAN_COLS), p_rows)
        sink.write(Columns("qualifications", QUALIFICATION_COLS), q_rows)
        sink.write(Columns("cases", CASE_COLS), c_rows)
        sink.write(Columns("case_events", EVENT_COLS), e_rows)
        for prefix, value in counters.items():
            if sink.execute("SELECT 1 FROM case_counters WHERE prefix = ?", [prefix]):
                sink.execute("UPDATE case_counters SET last_value = ? WHERE prefix = ?", [value, prefix])
            else:
                sink.execute("INSERT INTO case_counters (prefix, last_value) VALUES (?, ?)", [prefix, value])
        fix_sequences(sink)
        sink.commit()
    finally:
        sink.close()
    if db.is_postgres:
        with db.engine.connect() as conn:
            conn.execute(text("ANALYZE cases"))
            conn.commit()
    return made


def _phone(rng: random.Random) -> str:
    r = rng.random()
    return f"1{'3456789'[int(r * 7)]}{int(r * 7e9) % 10**9:09d}"


# ---- registration codes (the case engine's format, app.services.codes, without its checks) ----------
_CODE_WEIGHTS = tuple(pow(2, 14 - i, 11) for i in range(14))  # MOD 11-2 over the 14-digit body
_SERIAL_HIGH = tuple(
    sum(int(c) * w for c, w in zip(f"{k:04d}", _CODE_WEIGHTS[6:10], strict=True)) for k in range(10_000)
)
_SERIAL_LOW = tuple(
    sum(int(c) * w for c, w in zip(f"{k:04d}", _CODE_WEIGHTS[10:], strict=True)) for k in range(10_000)
)


@cache
def _code_head(area: str, year: int) -> tuple[str, int]:
    head = f"{area[:2]}{year:04d}"
    return head, sum(int(c) * w for c, w in zip(head, _CODE_WEIGHTS, strict=False))


def registration_code(area: str, year: int, serial: int) -> str:
    """codes.format_registration_code(area, year, serial) for the generator's own, valid arguments."""
    head, total = _code_head(area, year)
    total += _SERIAL_HIGH[serial // 10_000 % 10_000] + _SERIAL_LOW[serial % 10_000]
    value = (12 - total % 11) % 11
    return f"{head}{serial:08d}{'X' if value == 10 else value}"


def generate(
    url: str,
    physicians: int,
    cases: int,
    *,
    nurses: int | None = None,
    seed: int = 20261126,
    today: dt.date | None = None,
    progress: bool = True,
    drop_indexes: bool | None = None,
    create: bool = True,
) -> Summary:
    """Create (PostgreSQL: if missing) and migrate the database, then fill it. Returns the Summary."""
    if create:
        ensure_database(url)
    db = Database(url)
    try:
        t0 = time.perf_counter()
        summary = Generator(
            db,
            physicians=physicians,
            cases=cases,
            nurses=nurses,
            seed=seed,
            today=today,
            progress=progress,
            drop_indexes=drop_indexes,
        ).run()
        summary.wall_seconds = time.perf_counter() - t0
        usage = resource.getrusage(resource.RUSAGE_SELF)
        summary.cpu_seconds = usage.ru_utime + usage.ru_stime
        summary.peak_rss_mb = usage.ru_maxrss / 1024  # kB on Linux
        return summary
    finally:
        db.dispose()


def ensure_database(url: str) -> None:
    """On PostgreSQL, create the database named in the URL if it does not exist yet."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() != "postgresql" or not u.database:
        return
    import psycopg

    admin = u.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (u.database,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{u.database}"')
