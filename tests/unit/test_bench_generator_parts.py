"""The generator's constant-memory parts (issue 19 part 3): resident IDs unique by construction, names'
search keys from their parts, the cases' order from int arrays. Each must give what the slow, growing
way gave."""

from __future__ import annotations

import datetime as dt
import random
from array import array

from sqlalchemy import create_engine, text

from app.services import codes, search, validation
from bench import names as nm
from bench.generate import ResidentIds, _order_by, generate, registration_code, resident_id_of


def test_name_keys_from_the_parts_equal_the_keys_of_the_whole_name() -> None:
    rng = random.Random(19)
    maker = nm.NameMaker(rng, rare_per_mille=30)  # rare characters take the whole-name path
    names = {maker.name(rng.random() < 0.5, minority=rng.random() < 0.02) for _ in range(20_000)}
    names |= {"高兴", "曾强", "单明", "欧阳娜", "司马懿", "张伟明", "解放", "朴一"}
    wrong = [n for n in sorted(names) if nm.name_keys(n) != (search.initials(n), search.pinyin_key(n))]
    assert wrong == []


def test_resident_id_check_character_is_gb_11643() -> None:
    rng = random.Random(3)
    for _ in range(2_000):
        area = f"{rng.randrange(110000, 659999):06d}"
        birth = dt.date(1955, 1, 1).toordinal() + rng.randrange(46 * 365)
        seq = rng.randrange(1000)
        rid = resident_id_of(area, birth, seq)
        assert rid[-1] == validation.resident_id_check_char(rid[:17])
        assert rid[6:14] == dt.date.fromordinal(birth).strftime("%Y%m%d")


def test_resident_ids_of_one_cell_are_unique_valid_and_keep_gender_and_county() -> None:
    ids = ResidentIds(seed=7)
    rng = random.Random(1)
    area = next(iter(ids.county))
    drawn = [ids.new(rng, area, male=i % 3 == 0) for i in range(30_000)]
    numbers = [d[0] for d in drawn]
    assert len(set(numbers)) == len(numbers)  # 30,000 people of one county: no ID twice
    for i, (rid, birth) in enumerate(drawn[:3_000]):
        parsed = validation.resident_id(rid, today=dt.date(2026, 11, 26))
        assert rid[:6] == area
        assert parsed.birth_date.toordinal() == birth
        assert 1955 <= parsed.birth_date.year <= 2000
        assert parsed.gender == ("男" if i % 3 == 0 else "女")


def test_cases_order_is_by_time_then_by_drawing_order() -> None:
    rng = random.Random(5)
    base = 1_700_000_000
    values = array("i", (base + rng.randrange(40 * 86400) // 600 * 600 for _ in range(5_000)))
    order = _order_by(values, lambda t: t // 86400)
    assert list(order) == sorted(range(len(values)), key=lambda i: (values[i], i))


def test_registration_codes_are_the_case_engines_format() -> None:
    rng = random.Random(11)
    for _ in range(5_000):
        area = f"{rng.randrange(11, 66)}0000"
        year, serial = rng.randrange(2018, 2030), rng.randrange(1, codes.MAX_SERIAL + 1)
        assert registration_code(area, year, serial) == codes.format_registration_code(area, year, serial)


def test_pool_applicants_are_drawn_once_even_when_the_pools_run_out(db_url: str) -> None:
    # 1,500 cases for 300 physicians: both pools (the unregistered, the recent unissued codes) run dry
    summary = generate(db_url, 300, 1_500, today=dt.date(2026, 11, 26), progress=False, create=False)
    assert summary.counts["cases"] == 1_500
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            per_unregistered = conn.execute(
                text(
                    "SELECT c.physician_id, COUNT(*) FROM cases c "
                    "WHERE NOT EXISTS (SELECT 1 FROM registrations r WHERE r.physician_id = c.physician_id) "
                    "GROUP BY c.physician_id"
                )
            ).all()
            codes_given = [r[0] for r in conn.execute(text("SELECT registration_code FROM cases")) if r[0]]
            issued = conn.execute(
                text("SELECT COUNT(*) FROM registrations WHERE case_id IS NOT NULL")
            ).scalar()
    finally:
        engine.dispose()
    assert per_unregistered and all(n == 1 for _, n in per_unregistered)
    assert len(codes_given) == len(set(codes_given)) == issued
