"""An institution's 统一社会信用代码 (python-stdnum cn.uscc, the project's Chinese messages) and its
county-level area, at the counter and in the register import."""

from __future__ import annotations

from typing import Any

import pytest
from support_accounts import institution_fields

from app.services import validation
from app.services.errors import ConflictError, ValidationError

GOOD = "12440000455859466N"  # a public institution (事业单位) of Guangdong, well-formed
OTHER = "91110000600037341L"


@pytest.mark.parametrize(("raw", "message"), [
    ("1244000045585946", "应为18位，现为16位"),
    ("12440000455859466X", "校验位错误：应为 N"),
    ("1244000045585946IN", "无效字符「I」"),
    ("A2440000455859466N", "前8位应为数字"),
])
def test_a_bad_credit_code_is_refused_with_a_chinese_reason(raw: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as refused:
        validation.credit_code(raw)
    assert refused.value.field == "credit_code"


def test_a_credit_code_is_tidied_and_empty_means_not_recorded() -> None:
    assert validation.credit_code(" 12440000 455859466n ") == GOOD
    assert validation.credit_code("１２４４００００４５５８５９４６６Ｎ") == GOOD  # full-width digits
    assert validation.credit_code("") is None and validation.credit_code(None) is None


def test_the_counter_records_the_credit_code_and_refuses_a_second_institution_with_it(
    desk: Any, admin: Any
) -> None:
    info, _, _ = desk.accounts.create_institution(
        admin, **institution_fields("PDY44010612345", credit_code=GOOD.lower()))
    assert info.credit_code == GOOD and desk.accounts.institution(admin, info.id).credit_code == GOOD
    with pytest.raises(ConflictError, match="已属于另一家机构") as refused:
        desk.accounts.create_institution(admin, **institution_fields("PDY44010612346", credit_code=GOOD))
    assert refused.value.field == "credit_code"
    with pytest.raises(ValidationError) as refused:
        desk.accounts.create_institution(admin, **institution_fields("PDY44010612347", credit_code="123"))
    assert refused.value.field == "credit_code"
    without, _, _ = desk.accounts.create_institution(admin, **institution_fields("PDY44010612348"))
    assert without.credit_code == ""  # not yet recorded (a second one without is no conflict)
    desk.accounts.create_institution(admin, **institution_fields("PDY44010612349"))


def test_an_institution_is_placed_in_a_county(desk: Any, admin: Any) -> None:
    for area, wanted in (("440000", "应选到县（区）一级"), ("440100", "应选到县（区）一级"),
                         ("449999", "不在国家行政区划代码表中")):
        with pytest.raises(ValidationError, match=wanted) as refused:
            desk.accounts.create_institution(admin, **institution_fields("PDY44010612345", area))
        assert refused.value.field == "jurisdiction"
    dongguan, _, _ = desk.accounts.create_institution(admin, **institution_fields("PDY44190012345", "441900"))
    assert dongguan.jurisdiction_name == "广东省东莞市"  # a prefecture without counties is county-level
    far, _, _ = desk.accounts.create_institution(admin, **institution_fields("PDY44152312345", "441523"))
    assert far.jurisdiction_name == "广东省汕尾市陆河县"  # a county the old sample list did not have


def test_the_register_import_takes_the_credit_code_column(desk: Any, admin: Any) -> None:
    base = {"地址": "广州市天河区1号", "法定代表人": "张大明", "主要负责人": "李小红", "所在地区": "440106"}
    rows = [
        {**base, "机构名称": "天河甲医院", "登记号": "4401060101", "统一社会信用代码": GOOD},
        {**base, "机构名称": "天河乙医院", "登记号": "4401060102", "统一社会信用代码": GOOD},  # again
        {**base, "机构名称": "天河丙医院", "登记号": "4401060103", "统一社会信用代码": "12440000455859466X"},
        {**base, "机构名称": "天河丁医院", "登记号": "4401060104", "统一社会信用代码": ""},
        {**base, "机构名称": "广州市医院", "登记号": "4401000105", "所在地区": "440100"},
    ]
    result = desk.registries.import_institutions(admin, rows)
    assert result.imported == 2
    assert [(e.line, e.field) for e in result.errors] == [
        (3, "credit_code"), (4, "credit_code"), (6, "jurisdiction")]
    assert "与第2行重复" in result.errors[0].message and "校验位错误" in result.errors[1].message
    taken = desk.registries.import_institutions(admin, [
        {**base, "机构名称": "天河戊医院", "登记号": "4401060106", "统一社会信用代码": GOOD}])
    assert taken.imported == 0 and "已属于登记号为 4401060101 的机构" in taken.errors[0].message
    later = desk.registries.import_institutions(admin, [
        {**base, "机构名称": "天河丁医院", "登记号": "4401060104", "统一社会信用代码": OTHER}])
    assert later.imported == 1  # a known institution gets its code
