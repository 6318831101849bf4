"""Soak: ``python -m bench soak --db URL --clients 8 --seconds N`` — mixed work under kills and dropped links.

Client processes (each its own desk, as office PCs are) run the whole life of registrations through the
services: physicians submit first registrations, hospital HR confirm or return them, commission clerks
approve, reject or return, hospitals file departures (备案) which clerks approve, and physicians apply
again; between steps everyone searches (roster, queue, public register) and prints checklists and
approval notices. Clients also act on cases they do not own, so stale versions and races happen. Every
few seconds the parent SIGKILLs a random client (mid-call) and starts a replacement that picks the same
physicians up from the database; on PostgreSQL it also ends random server connections
(pg_terminate_backend). When the time is up every invariant is checked:

- a case is approved iff it has its registration code, its registration and its ``approved`` event;
- every case's status is its last event's (nothing half-written), every registration has its approved case;
- registration codes are unique and their serials gapless (1..counter for every province and year);
- no physician holds two active registrations in one province.

Outcomes are counted per action: done, refused (a DomainError, as a clerk would see it) and raw errors
(anything else — each one a bug). The soak's own reads (which case a physician is at) and ``open_desk``
itself are not service calls: when a dropped connection breaks one of them it is counted as "lost" and
retried. Exit status 0 only when every invariant holds and no service call raised a raw error.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import multiprocessing as mp
import os
import random
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url

PASSWORD = "Soak#2026pass"
ADMIN = "soakadmin"
CLERK = "soakclerk"
PROVINCE = "440000"
COUNTY = "440106"
SCOPES = ["内科专业"]
PHYSICIANS_PER_CLIENT = 4
HOSPITALS = 3


@dataclass(frozen=True)
class Lane:
    """One physician whose business one client drives (a replacement client takes the lane over)."""

    physician_id: int
    username: str
    hospital_id: int
    hr_username: str


@dataclass(frozen=True)
class Plan:
    url: str
    index: int
    lanes: list[Lane]
    log_dir: str
    seed: int


# --- set-up ---------------------------------------------------------------------------------------


def _resident_id(n: int) -> str:
    from app.services.validation import resident_id_check_char

    first17 = f"{COUNTY}1990{1 + n // 28 % 12:02d}{1 + n % 28:02d}{(n * 2 + 1) % 1000:03d}"
    return first17 + resident_id_check_char(first17)


def prepare(url: str, clients: int, out: Any = sys.stdout) -> list[Lane]:
    """An empty database filled through the services: administrator, clerk, hospitals, physicians."""
    from app.services import open_desk

    desk = open_desk(url, workstation="soak-setup")
    try:
        if not desk.needs_setup():
            raise SystemExit(f"soak needs an empty database; {desk.describe()} already has users")
        admin = desk.setup(ADMIN, PASSWORD, jurisdiction=PROVINCE, name="压力测试管理员")
        username, initial = desk.accounts.create_commission_user(
            admin, username=CLERK, name="窗口办事员", jurisdiction=PROVINCE, phone="13700137000"
        )
        desk.auth.change_password(desk.auth.login(username, initial), initial, PASSWORD)
        hospitals: list[tuple[int, str]] = []
        for h in range(HOSPITALS):
            info, hr, initial = desk.accounts.create_institution(
                admin, name=f"压力测试医院{h + 1}", address="广州市天河区天河路1号",
                registration_number=f"SOAK{h + 1:06d}", legal_representative="张大明", principal="李小红",
                subjects=["内科"], jurisdiction=COUNTY, delegate_name="王五", delegate_phone="13800138000",
                licence_valid_until=dt.date(2035, 12, 31),
                documents_checked=("licence", "authorisation_letter", "delegate_id"),
            )
            desk.auth.change_password(desk.auth.login(hr, initial), initial, PASSWORD)
            hospitals.append((info.id, hr))
        n = clients * PHYSICIANS_PER_CLIENT
        surnames, given = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨", "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚"
        people = [(surnames[i % 16] + given[i // 16 % 21] + given[i // 336 % 21], _resident_id(i),
                   f"2026{i + 1:023d}") for i in range(n)]
        result = desk.roster.import_qualifications(admin, [
            {"name": name, "id_number": rid, "certificate_code": code, "level": "执业医师",
             "category": "临床"}
            for name, rid, code in people
        ])
        if result.errors:
            raise SystemExit(f"could not import the physicians: {result.errors[:3]}")
        lanes = []
        for i, (name, rid, code) in enumerate(people):
            registered = desk.auth.register_physician(name, rid, "13900139000", f"soak{i}@example.cn",
                                                      f"soakdoc{i:03d}", PASSWORD)
            desk.auth.activate_physician(desk.auth.login(f"soakdoc{i:03d}", PASSWORD), certificate_code=code)
            hid, hr = hospitals[i % len(hospitals)]
            lanes.append(Lane(registered.physician_id, f"soakdoc{i:03d}", hid, hr))
        print(f"prepared {HOSPITALS} hospitals, {n} physicians, 1 clerk", file=out, flush=True)
        return lanes
    finally:
        desk.close()


# --- a client process -----------------------------------------------------------------------------


class Client:
    """One office PC: its own desk; drives its lanes and does some of everyone's work."""

    def __init__(self, plan: Plan, deadline: Any, ready: Any) -> None:
        from app.services import open_desk

        self.plan = plan
        self.deadline = deadline  # shared: 0 until every first client is ready, then the end time
        self.ready = ready  # shared flags: this client signed in and is working
        self.rng = random.Random(plan.seed)
        self.log = open(Path(plan.log_dir) / f"client-{os.getpid()}.log", "a", buffering=1, encoding="utf-8")
        while True:  # as a PC would: try again when the link drops while the desk opens
            try:
                self.desk = open_desk(plan.url, workstation=f"soak-{os.getpid()}")
                break
            except Exception as exc:  # noqa: BLE001 - counted as "lost", outside the service contract
                self.log.write(f"open\tlost\t{type(exc).__name__}: {str(exc)[:120]!r}\n")
                time.sleep(0.5)
        self.actors: dict[str, Any] = {}

    def actor(self, username: str) -> Any:
        """The account's session, signing in (and logging it) the first time it is needed."""
        if username not in self.actors:
            self.actors[username] = self.desk.auth.login(username, PASSWORD)
            self.log.write("sign-in\tdone\t\n")
        return self.actors[username]

    def do(self, action: str, call: Callable[[], Any]) -> Any:
        """Run one action and log its outcome: done, refused (DomainError) or raw (anything else)."""
        from app.services import AuthenticationError, DomainError

        try:
            result = call()
        except AuthenticationError as refusal:
            self.actors.clear()  # a session that ended: sign in again next time
            self.log.write(f"{action}\trefused\t{type(refusal).__name__}: {refusal.message}\n")
            return None
        except DomainError as refusal:
            self.log.write(f"{action}\trefused\t{type(refusal).__name__}: {refusal.message}\n")
            return None
        except Exception as exc:  # noqa: BLE001 - a raw error is what the soak looks for
            where = traceback.extract_tb(exc.__traceback__)[-1]
            self.log.write(f"{action}\traw\t{type(exc).__name__}: {str(exc)[:200]!r} at "
                           f"{Path(where.filename).name}:{where.lineno}\n")
            return None
        self.log.write(f"{action}\tdone\t\n")
        return result

    def harness(self, read: Callable[[], Any]) -> tuple[bool, Any]:
        """A read of the soak's own (not a service call): (False, None) when the link dropped under it."""
        try:
            return True, read()
        except Exception as exc:  # noqa: BLE001 - counted as "lost", outside the service contract
            self.log.write(f"read\tlost\t{type(exc).__name__}: {str(exc)[:120]!r}\n")
            return False, None

    def latest_case(self, lane: Lane) -> tuple[int, str, str, int] | None:
        """(id, kind, status, version) of the lane's newest case (read straight from the database)."""
        with self.desk.db.read() as s:
            row = s.execute(text(
                "SELECT id, kind, status, version FROM cases WHERE physician_id = :p ORDER BY id DESC LIMIT 1"
            ), {"p": lane.physician_id}).first()
        return None if row is None else (int(row[0]), str(row[1]), str(row[2]), int(row[3]))

    def active_registration(self, lane: Lane) -> int | None:
        with self.desk.db.read() as s:
            return s.execute(text(
                "SELECT id FROM registrations WHERE physician_id = :p AND status = 'active'"
            ), {"p": lane.physician_id}).scalar()

    def step(self, lane: Lane) -> None:
        """The next piece of business of one physician, as its status asks."""
        from app.services import reference

        rng = self.rng
        cases = self.desk.cases
        ok, latest = self.harness(lambda: self.latest_case(lane))
        if not ok:
            return
        doctor, hr, clerk = (lambda: self.actor(lane.username)), (lambda: self.actor(lane.hr_username)), (
            lambda: self.actor(CLERK))
        if latest is None or latest[2] in ("approved", "rejected", "withdrawn"):
            ok, registration = self.harness(lambda: self.active_registration(lane))
            if not ok:
                return
            if registration is None:
                self.do("submit", lambda: cases.submit(doctor(), "first_registration", lane.physician_id,
                                                      institution_id=lane.hospital_id, scopes=SCOPES))
            else:
                reason = reference.filing_reasons()[1]["code"]
                self.do("file", lambda: cases.submit(hr(), "institution_filing", lane.physician_id,
                                                    registration_id=registration, reason=reason))
            return
        cid, kind, status, version = latest
        if status == "submitted":
            if rng.random() < 0.8:
                self.do("confirm", lambda: cases.confirm(hr(), cid, version))
            else:
                reason = reference.return_reasons()[0]["code"]
                self.do("return", lambda: cases.return_case(hr(), cid, version, reason, "请补正材料"))
        elif status == "returned":
            self.do("resubmit", lambda: cases.resubmit(doctor(), cid, version))
        elif status == "confirmed":
            roll = rng.random()
            if kind != "first_registration" or roll < 0.7:
                self.do("approve", lambda: cases.approve(clerk(), cid, version))
            elif roll < 0.85:
                reason = reference.refusal_grounds()[0]["code"]
                self.do("reject", lambda: cases.reject(clerk(), cid, version, reason, "不符合注册条件"))
            else:
                reason = reference.return_reasons()[0]["code"]
                self.do("return", lambda: cases.return_case(clerk(), cid, version, reason, "请补正"))
        elif status == "draft":
            self.do("submit", lambda: cases.submit_draft(doctor(), cid, version))

    def browse(self) -> None:
        """Searching and printing: what clerks do between decisions."""
        rng = self.rng
        roll = rng.random()
        clerk = lambda: self.actor(CLERK)  # noqa: E731
        if roll < 0.25:
            surname = rng.choice("赵钱孙李周吴")
            self.do("search", lambda: self.desk.roster.physicians(clerk(), surname, limit=20))
        elif roll < 0.45:
            name = rng.choice("赵钱孙李周吴") + rng.choice("伟芳娜敏")
            self.do("search", lambda: self.desk.register.search_physicians(name))
        elif roll < 0.65:
            page = self.do("queue", lambda: self.desk.cases.queue(clerk(), status="confirmed", limit=20))
            if page is not None and page.items and rng.random() < 0.5:
                # a case another client drives: races on the version and on the code counter
                case = rng.choice(page.items)
                self.do("approve", lambda: self.desk.cases.approve(clerk(), case.id, case.version))
        else:
            def recent() -> Any:
                with self.desk.db.read() as s:
                    return s.execute(text("SELECT id, status FROM cases ORDER BY id DESC LIMIT 1 OFFSET :o"),
                                     {"o": rng.randrange(0, 20)}).first()

            ok, row = self.harness(recent)
            if row is not None:
                if row[1] == "approved" and rng.random() < 0.5:
                    self.do("print", lambda: self.desk.paper.render_approval_notice(clerk(), row[0]))
                else:
                    self.do("print", lambda: self.desk.paper.render_checklist(clerk(), row[0]))

    def run(self) -> None:
        self.do("whoami", lambda: self.desk.auth.whoami(self.actor(CLERK)))  # others sign in when needed
        self.ready[self.plan.index] = 1
        while self.deadline.value == 0:
            time.sleep(0.05)
        while time.time() < self.deadline.value:
            lane = self.rng.choice(self.plan.lanes)
            self.step(lane)
            if self.rng.random() < 0.4:
                self.browse()
        self.desk.close()
        self.log.write("exit\tdone\t\n")


def client_main(plan: Plan, deadline: Any, ready: Any) -> None:
    """Entry point of a client process."""
    try:
        Client(plan, deadline, ready).run()
    except Exception:  # noqa: BLE001 - written where the parent reads it
        with open(Path(plan.log_dir) / f"client-{os.getpid()}.log", "a", encoding="utf-8") as log:
            log.write(f"client\traw\t{traceback.format_exc()!r}\n")
        raise


# --- the parent: kills, dropped links, the final check ---------------------------------------------


def _terminate_connections(url: str, rng: random.Random) -> int:
    """End one or two random server connections of the soak's database (PostgreSQL only)."""
    import psycopg

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        pids = [r[0] for r in conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            " AND backend_type = 'client backend'")]
        chosen = rng.sample(pids, min(len(pids), rng.choice((1, 2))))
        for pid in chosen:
            conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
    return len(chosen)


def check_invariants(url: str) -> list[str]:
    """Every invariant of the register; returns what is broken (empty when all hold)."""
    from app.db import Database

    db = Database(url)
    problems: list[str] = []

    def rows(sql: str) -> list[Any]:
        with db.engine.connect() as conn:
            return list(conn.execute(text(sql)))

    try:
        for (cid, number) in rows(
            "SELECT c.id, c.number FROM cases c WHERE c.kind = 'first_registration' AND ("
            " (c.status = 'approved') <> (c.registration_code IS NOT NULL)"
            " OR (c.status = 'approved') <> EXISTS (SELECT 1 FROM registrations r WHERE r.case_id = c.id"
            "     AND r.registration_code = c.registration_code)"
            " OR (c.status = 'approved') <> EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id"
            "     AND e.to_status = 'approved'))"
        ):
            problems.append(f"case {number} (#{cid}): approved without its code, registration or event, "
                            "or a code/registration/event without approval")
        for (cid, number, status, last) in rows(
            "SELECT c.id, c.number, c.status, (SELECT e.to_status FROM case_events e WHERE e.case_id = c.id"
            " AND e.to_status IS NOT NULL ORDER BY e.id DESC LIMIT 1) FROM cases c"
        ):
            if status != last:
                problems.append(f"case {number} (#{cid}) is {status} but its last event says {last}")
        for (rid,) in rows(
            "SELECT r.id FROM registrations r LEFT JOIN cases c ON c.id = r.case_id"
            " WHERE r.case_id IS NOT NULL AND (c.id IS NULL OR c.status <> 'approved')"
        ):
            problems.append(f"registration #{rid} exists without its approved case")
        for (cid, number) in rows(
            "SELECT c.id, c.number FROM cases c WHERE c.kind = 'institution_filing' AND c.status = 'approved'"
            " AND NOT EXISTS (SELECT 1 FROM registrations r WHERE r.id = c.registration_id"
            "     AND r.status <> 'active')"
        ):
            problems.append(f"filing case {number} (#{cid}) approved but its registration is still active")
        for (pid, province, n) in rows(
            "SELECT physician_id, province, count(*) FROM registrations WHERE status = 'active'"
            " GROUP BY physician_id, province HAVING count(*) > 1"
        ):
            problems.append(f"physician #{pid} has {n} active registrations in {province}")
        for (code, n) in rows(
            "SELECT registration_code, count(*) FROM registrations WHERE registration_code IS NOT NULL"
            " GROUP BY registration_code HAVING count(*) > 1"
        ):
            problems.append(f"registration code {code} issued {n} times")
        for (province, year, last) in rows("SELECT province, year, last_value FROM code_counters"):
            prefix = f"{province[:2]}{year}"
            count, low, high, distinct = rows(
                "SELECT count(*), min(CAST(substr(c, 7, 8) AS INTEGER)),"
                " max(CAST(substr(c, 7, 8) AS INTEGER)), count(DISTINCT c)"
                " FROM (SELECT registration_code AS c FROM registrations"
                f" WHERE registration_code LIKE '{prefix}%' UNION ALL SELECT permit_number FROM"
                f" short_term_permits WHERE permit_number LIKE '{prefix}%') x"
            )[0]
            if count != last or distinct != count or (count and (low != 1 or high != last)):
                problems.append(f"codes of {province}/{year}: {count} codes, serials {low}..{high}, "
                                f"counter at {last}")
    finally:
        db.dispose()
    return problems


@dataclass
class Report:
    seconds: float
    clients: int
    kills: int
    dropped: int
    counts: dict[str, dict[str, int]]
    raw: list[str]
    refusals: dict[str, int]
    problems: list[str]
    codes: int

    @property
    def ok(self) -> bool:
        return not self.problems and not self.raw

    def lines(self) -> list[str]:
        outcomes = ("done", "refused", "raw", "lost")
        total = {o: sum(c.get(o, 0) for c in self.counts.values()) for o in outcomes}
        out = [
            f"{self.clients} clients for {self.seconds:.0f} s: {self.kills} clients SIGKILLed, "
            f"{self.dropped} connections dropped; {total['done']} actions done, {total['refused']} refused, "
            f"{total['raw']} raw errors; {self.codes} registration codes issued; {total['lost']} soak reads"
            " or desk openings lost to dropped connections (not service calls)",
            "actions: " + ", ".join(f"{a} {c.get('done', 0)}/{sum(c.values())}"
                                    for a, c in sorted(self.counts.items())),
            "refusals: " + (", ".join(f"{k} ×{v}" for k, v in
                                      collections.Counter(self.refusals).most_common(6)) or "none"),
        ]
        out += [f"RAW: {r}" for r in self.raw[:20]]
        out += [f"BROKEN: {p}" for p in self.problems[:50]]
        out.append(f"invariants: {len(self.problems)} broken" if self.problems else "invariants: all hold")
        return out


def _read_logs(log_dir: str) -> tuple[dict[str, dict[str, int]], list[str], dict[str, int]]:
    counts: dict[str, dict[str, int]] = collections.defaultdict(lambda: collections.defaultdict(int))
    raw: list[str] = []
    refusals: collections.Counter[str] = collections.Counter()
    for path in sorted(Path(log_dir).glob("client-*.log")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split("\t")
            if len(parts) != 3 or parts[1] not in ("done", "refused", "raw", "lost"):
                continue  # the last line of a killed client may be cut off
            action, outcome, detail = parts
            if action == "exit":
                continue
            counts[action][outcome] += 1
            if outcome == "raw":
                raw.append(f"{action}: {detail}")
            elif outcome == "lost":
                refusals[f"lost ({action}) " + detail.split(":", 1)[0]] += 1
            elif outcome == "refused":
                refusals[detail.split(":", 1)[0] + " " + detail.split(": ", 1)[-1][:30]] += 1
    return {a: dict(c) for a, c in counts.items()}, raw, dict(refusals)


def soak(url: str, clients: int = 8, seconds: float = 60, *, seed: int | None = None,
         kill_every: float = 5.0, drop_every: float = 2.0, out: Any = sys.stdout) -> Report:
    """Prepare, run the clients for ``seconds`` under kills and drops, then check every invariant."""
    seed = seed if seed is not None else int(time.time())
    rng = random.Random(seed)
    lanes = prepare(url, clients, out)
    is_pg = make_url(url).get_backend_name() == "postgresql"
    log_dir = tempfile.mkdtemp(prefix="regdesk-soak-")
    ctx = mp.get_context("spawn")
    shares = [lanes[i::clients] for i in range(clients)]
    shared_deadline = ctx.Value("d", 0.0, lock=False)
    ready = ctx.Array("b", clients, lock=False)

    def start(i: int) -> Any:
        ready[i] = 0
        plan = Plan(url, i, shares[i], log_dir, rng.randrange(2**31))
        proc = ctx.Process(target=client_main, args=(plan, shared_deadline, ready), name=f"soak-client-{i}")
        proc.start()
        return proc

    procs = [start(i) for i in range(clients)]
    waited = time.time()
    while not all(ready) and time.time() - waited < 300:  # spawn, imports and sign-in take seconds
        time.sleep(0.1)
    deadline = time.time() + seconds
    shared_deadline.value = deadline
    print(f"{clients} clients running until {time.strftime('%H:%M:%S', time.gmtime(deadline))} UTC"
          f" (seed {seed}; logs in {log_dir})", file=out, flush=True)
    kills = dropped = 0
    next_kill = time.time() + rng.uniform(0, kill_every)
    next_drop = time.time() + rng.uniform(0, drop_every)
    while time.time() < deadline - 1:
        time.sleep(0.1)
        now = time.time()
        if now >= next_kill:
            working = [i for i in range(clients) if ready[i] and procs[i].is_alive()]
            if working:  # kill one at work (mid-call), not one still starting
                i = rng.choice(working)
                time.sleep(rng.uniform(0, 0.05))
                os.kill(procs[i].pid, signal.SIGKILL)
                procs[i].join()
                kills += 1
                procs[i] = start(i)
            next_kill = now + rng.uniform(0.5, 1.5) * kill_every
        if is_pg and now >= next_drop:
            try:
                dropped += _terminate_connections(url, rng)
            except Exception as exc:  # noqa: BLE001 - the soak goes on; say so
                print(f"could not drop a connection: {exc}", file=out, flush=True)
            next_drop = now + rng.uniform(0.5, 1.5) * drop_every
        for i, proc in enumerate(procs):  # a client that died by itself is replaced (and its log says why)
            if not proc.is_alive() and proc.exitcode not in (0, None) and time.time() < deadline - 3:
                procs[i] = start(i)
    for proc in procs:
        proc.join(timeout=60)
        if proc.is_alive():
            os.kill(proc.pid, signal.SIGKILL)
            proc.join()
    counts, raw, refusals = _read_logs(log_dir)
    problems = check_invariants(url)
    from app.db import Database

    db = Database(url)
    try:
        with db.engine.connect() as conn:
            codes = int(conn.execute(text(
                "SELECT count(*) FROM registrations WHERE registration_code IS NOT NULL")).scalar() or 0)
    finally:
        db.dispose()
    return Report(seconds, clients, kills, dropped, counts, raw, refusals, problems, codes)


def ensure_database(url: str) -> None:
    """Create the PostgreSQL database of the URL when it does not exist (SQLite creates its file)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        return
    import psycopg

    admin = parsed.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (parsed.database,)).fetchone()
        if found is None:
            conn.execute(f'CREATE DATABASE "{parsed.database}"')


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, help="database URL of an empty database (PostgreSQL: created "
                        "if missing)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--kill-every", type=float, default=5.0, help="seconds between SIGKILLs (about)")
    parser.add_argument("--drop-every", type=float, default=2.0,
                        help="seconds between dropped connections on PostgreSQL (about)")
    parser.add_argument("--json", default=None, help="also write the report to this file")


def main(args: Any) -> int:
    ensure_database(args.db)
    report = soak(args.db, args.clients, args.seconds, seed=args.seed, kill_every=args.kill_every,
                  drop_every=args.drop_every)
    print("\n".join(report.lines()), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps({**asdict(report), "ok": report.ok}, ensure_ascii=False,
                                              indent=1), encoding="utf-8")
    return 0 if report.ok else 1
