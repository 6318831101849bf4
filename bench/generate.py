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
import time
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Integer, text

from app import models as m
from app import roster_membership
from app.db import Database
from app.services import codes, reference
from app.services.validation import resident_id_check_char
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


def weighted(rng: random.Random, cum: list[float]) -> int:
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

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())

    def lines(self) -> list[str]:
        out = [f"{k:>22}: {v:>10,}" for k, v in self.counts.items()]
        out += [f"{k:>22}: {v:8.1f} s" for k, v in self.seconds.items()]
        out.append(f"{'total (wall)':>22}: {self.wall_seconds or self.total_seconds:8.1f} s")
        return out


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
        #: the first 17 digits of every resident ID issued, as ints (the 18th is a function of them): half
        #: the memory of the strings, the same uniqueness
        self.used_ids: set[int] = set()
        # institutions
        self.inst_county: list[str] = [""]  # by id (1-based)
        self.inst_name: list[str] = [""]
        self.inst_by_prov: list[list[int]] = [[] for _ in self.provinces]
        self.inst_cum: list[list[float]] = [[] for _ in self.provinces]
        # accounts
        self.commission_user: dict[str, int] = {}  # province code (2 digits) → user id
        self.institution_user: dict[int, int] = {}
        # physicians (compact, by id)
        self.ph_prov = bytearray()
        self.ph_inst = array("i")
        self.ph_reg = array("i")
        self.ph_reg_status = bytearray()  # 0 none, 1 active, 2 filed, 3 deregistered
        self.ph_reg_day = array("i")
        self.ph_level = bytearray()
        self.ph_cat = bytearray()
        self.ph_name: list[str] = []
        self.ph_idnum = array("q")  # the first 17 digits (id_number_of gives the whole ID)
        self.ph_filing_inst: dict[int, int] = {}
        self.recent_regs: list[int] = []  # physician ids whose active registration is < 3 years old
        self.unregistered: list[int] = []
        self.reg_codes: dict[int, str] = {}  # recent registration id → code
        # counters
        self.code_counters: dict[tuple[str, int], int] = {}
        self.case_counters: dict[str, int] = {}
        self.serials = itertools.count(1)
        self._org_cache: dict[tuple[str, int | None, str], str] = {}
        self._grounds: dict[str, list[str]] = {}
        self._filing_reasons = [r["code"] for r in reference.filing_reasons()]

    # -- entry point --------------------------------------------------------------------------------
    def run(self) -> Summary:
        sink = open_sink(self.db)
        try:
            self._require_empty(sink)
            dropped = self._drop_indexes(sink) if self.drop_indexes else []
            self._phase("institutions", lambda: self._institutions(sink))
            self._phase("accounts", lambda: self._accounts(sink))
            self._phase("physicians", lambda: self._physicians(sink))
            self._phase("cases", lambda: self._cases(sink))
            self._phase("nurses", lambda: self._nurses(sink))
            self._phase("counters", lambda: self._counters(sink))
            if dropped:
                self._phase("indexes", lambda: self._restore_indexes(sink, dropped))
            self._phase("roster", lambda: roster_membership.rebuild(sink.execute))  # loaded with triggers off
            sink.commit()
        finally:
            sink.close()
        if self.analyze:
            self._phase("analyze", self._analyze)
        return self.summary

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
                self.inst_county.append(county)
                self.inst_name.append(name)
                self.inst_by_prov[pi].append(inst_id)
                cum += 1.0 / (rank + 8) ** 1.05  # Zipf-like: a few very large hospitals, many small clinics
                self.inst_cum[pi].append(cum)
        sink.write(cols, rows)
        sink.commit()
        self._count("institutions", len(rows))
        gd = self.inst_by_prov[self.prov_index[BENCH_PROVINCE]]
        self.summary.bench_institution_id = gd[0]
        self.summary.bench_county = self.inst_county[gd[0]]

    def pick_institution(self, pi: int) -> int:
        return self.inst_by_prov[pi][weighted(self.rng, self.inst_cum[pi])]

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
            INSTITUTION_USER, "institution", f"{self.inst_name[top]} 人事科", top, county
        )
        for prov in self.provinces:
            if prov.code not in self.commission_user:
                self.commission_user[prov.code] = user(
                    f"gov{prov.code}", "commission", f"{prov.name}卫生健康委员会 审批员", None, prov.area
                )
        for inst in range(1, len(self.inst_county)):
            if inst not in self.institution_user:
                self.institution_user[inst] = user(
                    f"org{inst}",
                    "institution",
                    f"{self.inst_name[inst]} 人事科",
                    inst,
                    self.inst_county[inst],
                    must_change=1,
                )
        sink.write(cols, rows)
        sink.commit()
        self._count("user_accounts", len(rows))

    # -- physicians ----------------------------------------------------------------------------------
    def new_resident_id(self, area: str, male: bool) -> tuple[str, int]:
        """A unique, valid resident ID of someone born 1955–2000; returns (id, birth ordinal)."""
        rng = self.rng
        while True:
            year = int(rng.triangular(1955, 2001, 1984))
            birth = dt.date(year, 1, 1).toordinal() + rng.randrange(365)
            b = dt.date.fromordinal(birth)
            seq = rng.randrange(500) * 2 + (1 if male else 0)
            first17 = f"{area}{b.year:04d}{b.month:02d}{b.day:02d}{seq:03d}"
            key = int(first17)
            if key not in self.used_ids:
                self.used_ids.add(key)
                return first17 + resident_id_check_char(first17), birth

    def id_number_of(self, pid: int) -> str:
        """The resident ID of physician ``pid`` (kept as its first 17 digits)."""
        first17 = f"{self.ph_idnum[pid - 1]:017d}"
        return first17 + resident_id_check_char(first17)

    def _physicians(self, sink: Sink) -> None:
        rng = self.rng
        p_cols = Columns("physicians", PHYSICIAN_COLS)
        q_cols = Columns("qualifications", QUALIFICATION_COLS)
        r_cols = Columns("registrations", REGISTRATION_COLS)
        f_cols = Columns("filings", FILING_COLS)
        provinces = self.provinces
        prov_cum = self.prov_cum
        scopes = {c: reference.scope_names(c) for c in CATEGORIES}
        scope_cum = {
            c: list(itertools.accumulate(1.0 / (k + 1) for k in range(len(s)))) for c, s in scopes.items()
        }
        cat_cum = list(itertools.accumulate(CATEGORY_WEIGHTS))
        edu_cum = list(itertools.accumulate(nm.EDUCATION_WEIGHTS))
        title_cum = list(itertools.accumulate(nm.TITLE_WEIGHTS))
        filing_reasons = [r["code"] for r in reference.filing_reasons()]
        dereg = [r["code"] for r in reference.deregistration_grounds()]
        today = self.today_ord
        recent = today - 3 * 365
        reg_id = 0
        qual_id = 0
        filing_id = 0
        bar = self._bar(self.n_physicians, "physicians")
        for start in range(0, self.n_physicians, self.batch):
            end = min(start + self.batch, self.n_physicians)
            p_rows: list[Row] = []
            q_rows: list[Row] = []
            r_rows: list[Row] = []
            f_rows: list[Row] = []
            for i in range(start, end):
                pid = i + 1
                pi = weighted(rng, prov_cum)
                prov = provinces[pi]
                home = prov if rng.random() < 0.85 else provinces[weighted(rng, prov_cum)]
                area = rng.choice(home.counties)
                male = rng.random() < 0.52
                id_number, birth = self.new_resident_id(area, male)
                name = self.names.name(male, minority=home.code == "65" and rng.random() < 0.4)
                initials = nm.initials(name)
                birth_year = dt.date.fromordinal(birth).year
                created = today - rng.randrange(3650)
                email = (
                    f"{initials.split(' ')[0] or 'ys'}{pid}@{rng.choice(MAIL_DOMAINS)}"
                    if rng.random() < 0.3
                    else ""
                )
                p_rows.append(
                    (
                        pid,
                        name,
                        initials,
                        nm.pinyin(name),
                        "男" if male else "女",
                        id_number,
                        "resident_id",
                        day_text(birth),
                        "中国",
                        _phone(rng),
                        email,
                        nm.EDUCATION[weighted(rng, edu_cum)],
                        rng.choice(nm.SCHOOLS),
                        nm.TITLES[weighted(rng, title_cum)],
                        rng.choice(nm.DEPARTMENTS),
                        ts_text((created - _EPOCH_ORDINAL) * 86400 + rng.randrange(86400)),
                        ts_text((created - _EPOCH_ORDINAL) * 86400 + rng.randrange(86400)),
                        1,
                    )
                )
                # qualification
                registered = rng.random() < 0.9
                level = 0 if rng.random() < 0.78 else 1
                cat = weighted(rng, cat_cum)
                category = CATEGORIES[cat]
                if registered:
                    qual_year = min(birth_year + rng.randint(23, 30), self.today.year)
                else:
                    qual_year = self.today.year - rng.randrange(3)
                issued = dt.date(qual_year, 1, 1).toordinal() + 220 + rng.randrange(120)
                issued = min(issued, today - 30)
                qual_id += 1
                with_ticket = qual_year >= self.today.year - 2
                ticket = f"{qual_year}{prov.code}{next(self.serials):08d}" if with_ticket else None
                cert = (
                    f"{qual_year}{level + 1}{CATEGORY_DIGIT[category]}{prov.code}0{id_number}"
                    if not (with_ticket and not registered and rng.random() < 0.3)
                    else None
                )
                source = "legacy_backfill" if qual_year < 1999 and rng.random() < 0.15 else "exam_import"
                q_rows.append(
                    (
                        qual_id,
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
                self.ph_prov.append(pi)
                self.ph_level.append(level)
                self.ph_cat.append(cat)
                self.ph_name.append(name)
                self.ph_idnum.append(int(id_number[:17]))
                if not registered:
                    self.ph_inst.append(0)
                    self.ph_reg.append(0)
                    self.ph_reg_status.append(0)
                    self.ph_reg_day.append(0)
                    self.unregistered.append(pid)
                    bar.update(1)
                    continue
                # registration
                reg_id += 1
                inst = self.pick_institution(pi)
                county = self.inst_county[inst]
                span = max(today - issued - 30, 1)
                reg_day = (
                    issued + 30 + min(int(rng.expovariate(1 / 900)), span - 1)
                    if rng.random() < 0.5
                    else issued + 30 + rng.randrange(span)
                )
                reg_day = min(reg_day, today - 1)
                code_year = max(dt.date.fromordinal(reg_day).year, 2018)
                key = (prov.area, code_year)
                serial = self.code_counters.get(key, 0) + 1
                self.code_counters[key] = serial
                code = codes.format_registration_code(prov.area, code_year, serial)
                sc = scopes[category]
                reg_scopes = [sc[weighted(rng, scope_cum[category])]]
                if category == "临床" and rng.random() < 0.06 and "全科医学专业" not in reg_scopes:
                    reg_scopes.append("全科医学专业")
                r = rng.random()
                status = 1 if r < 0.93 else (2 if r < 0.97 else 3)
                filed_on = filing_reason = ended_on = end_reason = None
                if status == 2:
                    filed_on = day_text(
                        min(reg_day + 30 + rng.randrange(max(today - reg_day - 30, 1)), today)
                    )
                    filing_reason = rng.choice(filing_reasons)
                elif status == 3:
                    ended_on = day_text(
                        min(reg_day + 30 + rng.randrange(max(today - reg_day - 30, 1)), today)
                    )
                    end_reason = rng.choice(dereg)
                if level == 0:
                    place, authority, authority_code = prov.area, f"{prov.name}卫生健康委员会", prov.area
                else:
                    place = county
                    authority = f"{prov.county_names.get(county, prov.name)}卫生健康局"
                    authority_code = county
                r_rows.append(
                    (
                        reg_id,
                        pid,
                        qual_id,
                        LEVELS[level],
                        category,
                        _dumps(reg_scopes),
                        place,
                        prov.area,
                        inst,
                        code,
                        f"{level + 1}{CATEGORY_DIGIT[category]}{county}{next(self.serials) % 10_000_000:07d}",
                        ("active", "filed", "deregistered")[status - 1],
                        authority,
                        authority_code,
                        day_text(reg_day),
                        filed_on,
                        filing_reason,
                        ended_on,
                        end_reason,
                        ts_text((reg_day - _EPOCH_ORDINAL) * 86400 + 7200),
                        1,
                    )
                )
                self.ph_inst.append(inst)
                self.ph_reg.append(reg_id)
                self.ph_reg_status.append(status)
                self.ph_reg_day.append(reg_day)
                if status == 1 and reg_day >= recent:
                    self.recent_regs.append(pid)
                    self.reg_codes[reg_id] = code
                # filing of an additional institution (about one active registration in ten)
                if status == 1 and rng.random() < 0.107 and len(self.inst_by_prov[pi]) > 1:
                    other = self.pick_institution(pi)
                    if other != inst:
                        filing_id += 1
                        start_day = reg_day + rng.randrange(max(today - reg_day, 1))
                        cancelled = rng.random() < 0.1
                        f_rows.append(
                            (
                                filing_id,
                                reg_id,
                                pid,
                                other,
                                day_text(start_day),
                                day_text(min(start_day + 200, today)) if cancelled else None,
                                "cancelled" if cancelled else "active",
                            )
                        )
                        if not cancelled:
                            self.ph_filing_inst[pid] = other
                bar.update(1)
            sink.write(p_cols, p_rows)
            sink.write(q_cols, q_rows)
            sink.write(r_cols, r_rows)
            sink.write(f_cols, f_rows)
            self._count("physicians", len(p_rows))
            self._count("qualifications", len(q_rows))
            self._count("registrations", len(r_rows))
            self._count("filings", len(f_rows))
        sink.commit()
        bar.close()

    # -- cases ---------------------------------------------------------------------------------------
    def _cases(self, sink: Sink) -> None:
        rng = self.rng
        kinds = list(KIND_WEIGHTS)
        kind_cum = list(itertools.accumulate(KIND_WEIGHTS.values()))
        ps_names, ps_cum = (
            list(PHYSICIAN_STATUS_WEIGHTS),
            list(itertools.accumulate(PHYSICIAN_STATUS_WEIGHTS.values())),
        )
        ds_names, ds_cum = list(DESK_STATUS_WEIGHTS), list(itertools.accumulate(DESK_STATUS_WEIGHTS.values()))
        starters = {k["value"]: k["starts_by"] for k in reference.case_kinds()}
        refusal = [r["code"] for r in reference.refusal_grounds()]
        returns = [(r["code"], r["label"]) for r in reference.return_reasons()]
        recent = self.recent_regs[:]
        rng.shuffle(recent)
        pool = self.unregistered[:]
        rng.shuffle(pool)
        n_ph = self.n_physicians
        specs: list[tuple[Any, ...]] = []
        bar = self._bar(self.n_cases * 2, "cases")
        for _ in range(self.n_cases):
            kind = kinds[weighted(rng, kind_cum)]
            starter = starters.get(kind, "counter")
            status = (
                ps_names[weighted(rng, ps_cum)] if starter == "physician" else ds_names[weighted(rng, ds_cum)]
            )
            if kind in CODE_KINDS and status == "approved" and recent:
                pid = recent.pop()
            elif kind in POOL_KINDS and pool:
                pid = pool.pop()
                if status == "approved" and kind in CODE_KINDS:  # no code left to give: refused
                    status = "rejected"
            else:
                pid = 0
                for _try in range(20):
                    cand = rng.randrange(1, n_ph + 1)
                    if self.ph_reg_status[cand - 1] == 1:
                        pid = cand
                        break
                if not pid:
                    continue
                if kind in ("multi_site_cancel", "multi_site_withdraw") and pid not in self.ph_filing_inst:
                    kind = "multi_site_filing"
            specs.append(self._case_spec(kind, starter, status, pid, refusal, returns))
            bar.update(1)
        specs.sort(key=lambda s: s[0])
        c_cols = Columns("cases", CASE_COLS)
        e_cols = Columns("case_events", EVENT_COLS)
        case_rows: list[Row] = []
        event_rows: list[Row] = []
        event_id = 0
        issued: list[tuple[int, int]] = []  # (registration id, id of the case that issued its code)
        for case_id, spec in enumerate(specs, start=1):
            (
                created,
                kind,
                status,
                pid,
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
            ) = spec
            county = self.inst_county[inst]
            prefix = f"{codes.CASE_PREFIX}{dt.date.fromordinal(china_ordinal(created)):%Y%m%d}"
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
                    ts_text(created),
                    ts_text(submitted) if submitted else None,
                    ts_text(received) if received else None,
                    day_text(deadline) if deadline else None,
                    0,
                    ts_text(decided) if decided else None,
                    decided_by,
                    ts_text(events[-1][3]),
                    updated_by,
                    self.ph_name[pid - 1],
                    self.id_number_of(pid),
                )
            )
            for action, frm, to, at, user, actor, role, ev_inst, reason_code, reason_text in events:
                event_id += 1
                event_rows.append(
                    (
                        event_id,
                        case_id,
                        ts_text(at),
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
            if reg_code is not None:
                issued.append((reg_id, case_id))
            if len(case_rows) >= self.batch:
                sink.write(c_cols, case_rows)
                sink.write(e_cols, event_rows)
                bar.update(len(case_rows))
                self._count("cases", len(case_rows))
                self._count("case_events", len(event_rows))
                case_rows, event_rows = [], []
        sink.write(c_cols, case_rows)
        sink.write(e_cols, event_rows)
        bar.update(len(case_rows))
        self._count("cases", len(case_rows))
        self._count("case_events", len(event_rows))
        # the approved first registrations are what issued the registrations' codes
        sink.update_column("registrations", "case_id", issued)
        sink.commit()
        bar.close()

    def _org_data(self, role: str, inst: int | None, county: str) -> str:
        """The event's data as the case engine writes it: the organisation the actor acted for."""
        key = (role, inst if role == "institution" else None, county[:2] if role == "commission" else "")
        found = self._org_cache.get(key)
        if found is None:
            if role == "institution" and inst:
                found = _dumps({"org": self.inst_name[inst]})
            elif role == "commission":
                found = _dumps({"org": f"{nm.provinces()[county[:2]].name}卫生健康委员会"})
            else:
                found = _dumps({"org": ""})
            self._org_cache[key] = found
        return found

    def _case_spec(
        self,
        kind: str,
        starter: str,
        status: str,
        pid: int,
        refusal: list[str],
        returns: list[tuple[str, str]],
    ) -> tuple[Any, ...]:
        """One case: when it was created, by whom, its details, deadline and the events that got it here."""
        rng = self.rng
        today = self.today_ord
        pi = self.ph_prov[pid - 1]
        prov = self.provinces[pi]
        inst = self.ph_inst[pid - 1] or self.pick_institution(pi)
        inst_user = self.institution_user[inst]
        gov = self.commission_user[prov.code]
        level = LEVELS[self.ph_level[pid - 1]]
        category = CATEGORIES[self.ph_cat[pid - 1]]
        reg_id = self.ph_reg[pid - 1] or None
        reg_code = None
        name = self.ph_name[pid - 1]
        inst_actor = f"{self.inst_name[inst]} 人事科"
        gov_actor = f"{prov.name}卫生健康委员会 审批员"
        # when it reached the commission
        if status == "confirmed":
            received_day = today - int(rng.triangular(0, 45, 5))
        elif status in ("draft", "submitted", "returned"):
            received_day = today - rng.randrange(60)
        elif kind in CODE_KINDS and status == "approved" and self.ph_reg_day[pid - 1]:
            received_day = self.ph_reg_day[pid - 1] - rng.randrange(3, 25)
        else:
            received_day = today - 30 - rng.randrange(3 * 365)
        events: list[tuple[Any, ...]] = []
        received = office_seconds(received_day, rng)
        if starter == "physician":
            submitted = received - rng.randrange(3600, 6 * 86400)
            if status == "draft" or rng.random() < 0.4:
                created = submitted - rng.randrange(60, 3 * 86400)
                events.append((A_DRAFT, None, "draft", created, None, name, "physician", None, None, ""))
                if status != "draft":
                    events.append(
                        (A_SUBMIT, "draft", "submitted", submitted, None, name, "physician", None, None, "")
                    )
            else:
                created = submitted
                events.append(
                    (A_SUBMIT, None, "submitted", submitted, None, name, "physician", None, None, "")
                )
        else:
            submitted = created = received
            if starter == "institution":
                events.append(
                    (
                        A_APPLY,
                        None,
                        "confirmed",
                        created,
                        inst_user,
                        inst_actor,
                        "institution",
                        inst,
                        None,
                        "",
                    )
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
                if (
                    kind in CODE_KINDS
                    and status == "approved"
                    and reg_id is not None
                    and reg_id in self.reg_codes
                ):
                    reg_code = self.reg_codes.pop(reg_id)
                    decided = office_seconds(self.ph_reg_day[pid - 1], rng)
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
        details = self._details(kind, inst, level, category, prov, reg_id, pid, created)
        created_by = events[0][4]
        if kind not in CODE_KINDS or reg_code is None:
            reg_for_case = reg_id if kind not in POOL_KINDS else None
        else:
            reg_for_case = reg_id
        return (
            created,
            kind,
            status,
            pid,
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
        pid: int,
        created: int,
    ) -> str:
        """The case's details with exactly the fields the case engine's rules accept for the kind."""
        rng = self.rng
        county = self.inst_county[inst]
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
            other = self.pick_institution(self.ph_prov[pid - 1])
            return _dumps(
                {"registration_id": reg_id, "institution_id": other, "effective_date": day_text(day + 7)}
            )
        if kind == "multi_site_cancel":
            return _dumps(
                {
                    "registration_id": reg_id,
                    "institution_id": self.ph_filing_inst.get(pid, inst),
                    "effective_date": day_text(day + 7),
                }
            )
        if kind == "multi_site_withdraw":
            return _dumps({"registration_id": reg_id, "effective_date": day_text(day + 7)})
        identity = {
            "name": self.ph_name[pid - 1],
            "id_number": self.id_number_of(pid),
            "id_type": "resident_id",
            "gender": "男" if int(self.id_number_of(pid)[16]) % 2 else "女",
            "birth_date": f"{self.id_number_of(pid)[6:10]}-{self.id_number_of(pid)[10:12]}-"
            f"{self.id_number_of(pid)[12:14]}",
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
                    f"{prov.code}9{self.id_number_of(pid)}",
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
                county = self.inst_county[inst]
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
                id_number, birth = gen.new_resident_id(rng.choice(prov.counties), male)
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
            pending += [b for b in batch if b[0] not in taken]
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
                    nm.initials(name),
                    nm.pinyin(name),
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
    return f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"


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
