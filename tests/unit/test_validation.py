"""Input checks: each rule accepts what it should and refuses the rest in Chinese, naming the field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import ric

from app.services import validation as v
from app.services.errors import ValidationError

TODAY = date(2026, 11, 24)


def refused(func: Callable[..., object], *args: object, **kwargs: object) -> ValidationError:
    """Call and return the ValidationError it must raise."""
    with pytest.raises(ValidationError) as exc:
        func(*args, **kwargs)
    return exc.value


# --- resident ID -------------------------------------------------------------


def test_resident_id_accepts_published_sample_and_reads_birth_and_gender() -> None:
    rid = v.resident_id("11010519491231002X", today=TODAY)
    assert rid.value == "11010519491231002X"
    assert rid.area == "110105"
    assert rid.birth_date == date(1949, 12, 31)
    assert rid.gender == "女"
    assert rid.age(TODAY) == 76


def test_resident_id_upper_cases_x_and_tolerates_spaces_and_full_width() -> None:
    assert v.resident_id(" 11010519491231002x ", today=TODAY).value == "11010519491231002X"
    assert v.resident_id("１１０１０５１９４９１２３１００２Ｘ", today=TODAY).value == "11010519491231002X"


def test_resident_id_rejects_wrong_check_character() -> None:
    err = refused(v.resident_id, "110105194912310021", today=TODAY)
    assert err.field == "id_number"
    assert err.message == "身份证号校验位错误：应为 X"


def test_resident_id_rejects_implausible_age_of_well_formed_id() -> None:
    err = refused(v.resident_id, "440524188001010014", today=TODAY)
    assert "1880" in err.message
    assert err.field == "id_number"
    rid = v.resident_id("440524188001010014", today=TODAY, check_age=False)
    assert rid.birth_date == date(1880, 1, 1)
    assert rid.gender == "男"


def test_resident_id_rejects_minor() -> None:
    first17 = "44010620100101001"
    value = first17 + v.resident_id_check_char(first17)
    err = refused(v.resident_id, value, today=TODAY)
    assert "未满18岁" in err.message


def test_resident_id_age_limit_is_checked_on_the_injected_day() -> None:
    first17 = "44010620081124001"
    value = first17 + v.resident_id_check_char(first17)
    assert v.resident_id(value, today=date(2026, 11, 24)).birth_date == date(2008, 11, 24)
    refused(v.resident_id, value, today=date(2026, 11, 23))


def test_resident_id_rejects_empty() -> None:
    for value in ("", "   ", None):
        err = refused(v.resident_id, value, today=TODAY)
        assert err.message == "身份证号不能为空"


def test_resident_id_rejects_wrong_length() -> None:
    err = refused(v.resident_id, "1101051949123100", today=TODAY)
    assert "18位" in err.message and "16位" in err.message


def test_resident_id_refers_old_15_digit_numbers_to_the_18_digit_one() -> None:
    err = refused(v.resident_id, "110105491231002", today=TODAY)
    assert "15位" in err.message


def test_resident_id_rejects_illegal_characters() -> None:
    err = refused(v.resident_id, "1101051949123100XX", today=TODAY)
    assert "非法字符" in err.message
    err = refused(v.resident_id, "11010519491231002Y", today=TODAY)
    assert "「Y」" in err.message


def test_resident_id_rejects_invalid_birth_date() -> None:
    for birth in ("19490230", "19491301", "00000101"):
        first17 = "110105" + birth + "002"
        value = first17 + v.resident_id_check_char(first17)
        err = refused(v.resident_id, value, today=TODAY)
        assert "出生日期无效" in err.message


def test_resident_id_rejects_birth_date_in_the_future() -> None:
    first17 = "11010520300101002"
    err = refused(v.resident_id, first17 + v.resident_id_check_char(first17), today=TODAY)
    assert "出生日期" in err.message


def test_resident_id_does_not_refuse_unlisted_area_codes() -> None:
    first17 = "99999919800101001"
    assert v.resident_id(first17 + v.resident_id_check_char(first17), today=TODAY).area == "999999"


def test_resident_id_field_name_is_configurable() -> None:
    assert refused(v.resident_id, "x", field="delegate_id_number").field == "delegate_id_number"


def test_check_char_agrees_with_published_sample_and_stdnum() -> None:
    assert v.resident_id_check_char("11010519491231002") == "X"
    assert v.resident_id_check_char("44052418800101001") == "4"
    # stdnum's calc_check_digit takes the whole number and ignores its last character
    assert ric.calc_check_digit("11010519491231002" + "?") == "X"


areas = st.from_regex(r"[1-8][0-9]{5}", fullmatch=True)
births = st.dates(min_value=date(1926, 11, 25), max_value=date(2008, 11, 24))
sequences = st.integers(min_value=0, max_value=999)


@given(area=areas, birth=births, seq=sequences)
def test_any_well_formed_id_with_plausible_age_is_accepted(area: str, birth: date, seq: int) -> None:
    first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    value = first17 + ric.calc_check_digit(first17 + "?")
    rid = v.resident_id(value, today=TODAY)
    assert rid.value == value
    assert rid.birth_date == birth
    assert rid.gender == ("男" if seq % 2 else "女")
    assert 18 <= rid.age(TODAY) <= 100


@given(area=areas, birth=births, seq=sequences, data=st.data())
def test_changing_the_check_character_always_refuses(
    area: str, birth: date, seq: int, data: st.DataObject
) -> None:
    first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    good = v.resident_id_check_char(first17)
    wrong = data.draw(st.sampled_from([c for c in "0123456789X" if c != good]))
    err = refused(v.resident_id, first17 + wrong, today=TODAY)
    assert err.message == f"身份证号校验位错误：应为 {good}"


@given(area=areas, birth=births, seq=sequences, position=st.integers(0, 16), data=st.data())
def test_changing_one_digit_always_refuses(
    area: str, birth: date, seq: int, position: int, data: st.DataObject
) -> None:
    first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    value = first17 + v.resident_id_check_char(first17)
    digit = data.draw(st.sampled_from([c for c in "0123456789" if c != value[position]]))
    changed = value[:position] + digit + value[position + 1 :]
    refused(v.resident_id, changed, today=TODAY)


@given(st.text())
def test_random_text_never_crashes_the_id_check(text: str) -> None:
    try:
        v.resident_id(text, today=TODAY)
    except ValidationError as exc:
        assert exc.field == "id_number"
        assert exc.message


@given(st.text(alphabet="0123456789Xx ", min_size=0, max_size=20))
def test_id_like_strings_never_crash(text: str) -> None:
    try:
        v.resident_id(text, today=TODAY)
    except ValidationError:
        pass


# --- phone and e-mail --------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    ["13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "+8613800138000", "8613800138000"],
)
def test_phone_accepts_mainland_mobile_with_separators_and_country_code(raw: str) -> None:
    assert v.phone(raw) == "13800138000"


@pytest.mark.parametrize("raw", ["12800138000", "1380013800", "138001380001", "010-12345678", "1380013800a"])
def test_phone_rejects_non_mobile_numbers(raw: str) -> None:
    err = refused(v.phone, raw)
    assert err.field == "phone"
    assert "手机号格式不正确" in err.message


def test_phone_rejects_empty() -> None:
    assert refused(v.phone, " ").message == "手机号不能为空"


@given(st.text())
def test_random_text_never_crashes_the_phone_check(text: str) -> None:
    try:
        result = v.phone(text)
    except ValidationError:
        return
    assert len(result) == 11 and result.isdigit()


def test_email_accepts_address_and_lower_cases_domain() -> None:
    assert v.email(" Zhang.San+1@Example.COM ") == "Zhang.San+1@example.com"


@pytest.mark.parametrize(
    "raw", ["zhangsan", "a@b", "a@@b.com", "a b@c.com", ".a@b.com", "a..b@c.com", "a@-b.com"]
)
def test_email_rejects_malformed_addresses(raw: str) -> None:
    err = refused(v.email, raw)
    assert err.field == "email" and "电子邮箱格式不正确" in err.message


def test_email_may_be_optional() -> None:
    assert v.email("", required=False) == ""
    assert refused(v.email, "").message == "电子邮箱不能为空"


# --- names -------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["张三", "欧阳娜娜", "王𠀋", "𪚥", "买买提·艾力", "John Smith", "Jean-Luc O'Neil", "李"]
)
def test_person_name_accepts_chinese_rare_characters_dots_and_latin(name: str) -> None:
    assert v.person_name(name) == name


def test_person_name_keeps_characters_beyond_the_bmp_as_one_character() -> None:
    assert len(v.person_name("𠀋" * 30)) == 30


def test_person_name_normalises_look_alike_dots_and_spaces() -> None:
    assert v.person_name("买买提•艾力") == "买买提·艾力"
    assert v.person_name("买买提・艾力") == "买买提·艾力"
    assert v.person_name("  John   Smith ") == "John Smith"


def test_person_name_rejects_empty_and_too_long() -> None:
    assert refused(v.person_name, "").message == "姓名不能为空"
    err = refused(v.person_name, "张" * 31)
    assert "30" in err.message and err.field == "name"


@pytest.mark.parametrize("name", ["张三1", "张三!", "张三@", "张_三", "<script>"])
def test_person_name_rejects_digits_and_symbols(name: str) -> None:
    assert "不允许的字符" in refused(v.person_name, name).message


def test_person_name_rejects_spaces_inside_chinese_names() -> None:
    assert refused(v.person_name, "张 三").message == "中文姓名中不能有空格"


@pytest.mark.parametrize("name", ["·艾力", "艾力·", "买买提··艾力", "·"])
def test_person_name_rejects_misplaced_middle_dot(name: str) -> None:
    assert "间隔号" in refused(v.person_name, name).message


@given(st.text())
def test_random_text_never_crashes_the_name_check(text: str) -> None:
    try:
        result = v.person_name(text)
    except ValidationError as exc:
        assert exc.field == "name"
        return
    assert 1 <= len(result) <= 30


# --- codes and numbers -------------------------------------------------------


def test_certificate_code_is_27_digits_or_upper_case_letters() -> None:
    code = "200944110440106198001011234"
    assert v.certificate_code(code) == code
    assert v.certificate_code("20094411044010619800101123a") == "20094411044010619800101123A"
    assert "27位" in refused(v.certificate_code, code[:-1]).message
    assert "数字和大写英文字母" in refused(v.certificate_code, code[:-1] + "-").message
    assert refused(v.certificate_code, "").message == "医师资格证书编码不能为空"


def test_practice_certificate_number_is_15_digits() -> None:
    assert v.practice_certificate_number("110440106000123") == "110440106000123"
    assert "15位" in refused(v.practice_certificate_number, "11044010600012").message
    assert "只能包含数字" in refused(v.practice_certificate_number, "11044010600012A").message


def test_exam_ticket_is_8_to_20_digits() -> None:
    assert v.exam_ticket("12345678") == "12345678"
    assert v.exam_ticket("1" * 20) == "1" * 20
    assert "8至20位" in refused(v.exam_ticket, "1234567").message
    assert "8至20位" in refused(v.exam_ticket, "1" * 21).message
    assert "只能包含数字" in refused(v.exam_ticket, "1234567A").message


def test_registration_number_of_an_institution() -> None:
    assert v.registration_number("pdy60036944010611a1001") == "PDY60036944010611A1001"
    assert refused(v.registration_number, "").field == "registration_number"
    assert "只能包含" in refused(v.registration_number, "PDY-6003").message


def test_area_code_must_be_six_digits_of_a_known_province() -> None:
    assert v.area_code("440106") == "440106"
    assert v.area_code("449999") == "449999"
    assert "6位数字" in refused(v.area_code, "44010").message
    assert "省级代码" in refused(v.area_code, "990000").message
    assert "省级代码" in refused(v.area_code, "000000").message


def test_jurisdiction_may_be_national() -> None:
    assert v.jurisdiction("000000") == "000000"
    assert v.jurisdiction("440100") == "440100"
    assert refused(v.jurisdiction, "990000").field == "jurisdiction"


# --- levels, categories, scopes ----------------------------------------------


def test_level_accepts_names_and_codes() -> None:
    assert v.level("执业医师") == "执业医师"
    assert v.level("2") == "执业助理医师"
    err = refused(v.level, "主治医师")
    assert err.field == "level" and "执业医师" in err.message


def test_category_accepts_names_full_names_and_codes() -> None:
    assert v.category("临床") == "临床"
    assert v.category("中医类别") == "中医"
    assert v.category("3") == "口腔"
    assert refused(v.category, "牙科").field == "category"
    assert refused(v.category, "").message == "执业类别不能为空"


def test_short_term_practice_refuses_public_health() -> None:
    assert v.category("口腔", short_term=True) == "口腔"
    err = refused(v.category, "公共卫生", short_term=True)
    assert "短期行医" in err.message


def test_scopes_accept_one_scope_of_the_category() -> None:
    assert v.scopes("临床", ["内科专业"]) == ["内科专业"]
    assert v.scopes("临床", "11") == ["内科专业"]
    assert v.scopes("口腔", ["31"]) == ["口腔专业"]


def test_second_scope_allowed_only_when_it_may_be_added() -> None:
    assert v.scopes("临床", ["内科专业", "全科医学专业"]) == ["内科专业", "全科医学专业"]
    assert v.scopes("临床", ["急救医学专业", "外科专业"]) == ["外科专业", "急救医学专业"]
    err = refused(v.scopes, "临床", ["内科专业", "外科专业"])
    assert err.field == "scopes" and "可加注" in err.message


def test_scopes_reject_scope_of_another_category() -> None:
    err = refused(v.scopes, "口腔", ["内科专业"])
    assert err.message == "「内科专业」不是口腔类别的执业范围"


def test_scopes_reject_empty_repeated_and_more_than_two() -> None:
    assert refused(v.scopes, "临床", []).message == "请选择执业范围"
    assert "重复" in refused(v.scopes, "临床", ["内科专业", "11"]).message
    assert "最多两个" in refused(v.scopes, "临床", ["内科专业", "全科医学专业", "急救医学专业"]).message


def test_scopes_reject_unknown_category_on_the_category_field() -> None:
    assert refused(v.scopes, "牙科", ["口腔专业"]).field == "category"


# --- terms -------------------------------------------------------------------


def test_foreign_short_term_is_at_most_one_year() -> None:
    start = date(2026, 12, 1)
    assert v.short_term("foreign_short_term", start, date(2027, 12, 1)) == (start, date(2027, 12, 1))
    err = refused(v.short_term, "foreign_short_term", start, date(2027, 12, 2))
    assert err.field == "term_end" and "1年" in err.message


def test_hmt_short_term_is_at_most_three_years() -> None:
    assert v.short_term("hmt_short_term", "2026-12-01", "2029-12-01")[1] == date(2029, 12, 1)
    assert "3年" in refused(v.short_term, "hmt_short_term", "2026-12-01", "2029-12-02").message


def test_term_end_must_be_after_start() -> None:
    start = date(2026, 12, 1)
    err = refused(v.term, start, start, 1)
    assert err.message == "期限结束日期必须晚于开始日期"
    refused(v.term, start, start - timedelta(days=1), 1)


def test_term_starting_on_leap_day_ends_on_28_february() -> None:
    assert v.term("2028-02-29", "2029-02-28", 1)[1] == date(2029, 2, 28)
    refused(v.term, "2028-02-29", "2029-03-01", 1)


def test_term_dates_must_be_given_and_valid() -> None:
    assert refused(v.term, None, "2027-01-01", 1).field == "term_start"
    assert "不是有效日期" in refused(v.term, "2026-02-30", "2027-01-01", 1).message


def test_kind_without_a_term_has_no_short_term() -> None:
    assert refused(v.short_term, "first_registration", "2026-01-01", "2026-06-01").field == "kind"


# --- text and reasons --------------------------------------------------------


def test_required_text_is_stripped_and_limited() -> None:
    assert v.required_text("  天河医院 ", "name", "机构名称") == "天河医院"
    assert refused(v.required_text, " ", "name", "机构名称").message == "机构名称不能为空"
    assert "不能超过5个字符" in refused(v.required_text, "一二三四五六", "name", "机构名称", 5).message


def test_reason_must_be_from_the_allowed_list() -> None:
    assert v.reason_in("退休", ["调离", "退休"]) == "退休"
    err = refused(v.reason_in, "出国", ["调离", "退休"])
    assert err.field == "reason" and "调离" in err.message
    assert refused(v.reason_in, "", ["调离"]).message == "请选择原因"


def test_filing_requires_a_listed_reason() -> None:
    assert v.filing_reason("退休") == "retirement"
    assert v.filing_reason("transfer") == "transfer"
    assert "备案原因" in refused(v.filing_reason, "出国").message
    assert refused(v.filing_reason, "").message == "请选择备案原因"


def test_deregistration_requires_listed_ground_for_the_kind() -> None:
    assert v.deregistration_ground("受刑事处罚", "institution_deregistration") == "criminal_penalty"
    assert v.deregistration_ground("own_request", "deregistration") == "own_request"
    refused(v.deregistration_ground, "受刑事处罚", "deregistration")
    refused(v.deregistration_ground, "不想干了")


def test_refusal_requires_a_listed_ground() -> None:
    assert v.refusal_ground("被吊销医师执业证书不满二年") == "revoked_within_2y"
    assert "不予注册原因" in refused(v.refusal_ground, "看着不顺眼").message


def test_return_requires_a_listed_reason() -> None:
    assert v.return_reason("照片不合格") == "photo_unqualified"
    assert v.return_reason("other") == "other"
    refused(v.return_reason, "")


# --- accounts ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["abc", "zhang.san", "dr_li-2026", "a" * 32])
def test_username_accepts_letters_digits_and_separators(name: str) -> None:
    assert v.username(name) == name


def test_username_rejects_wrong_length_and_characters() -> None:
    assert "3至32" in refused(v.username, "ab").message
    assert "3至32" in refused(v.username, "a" * 33).message
    assert "只能包含" in refused(v.username, "张三丰").message
    assert "只能包含" in refused(v.username, "zhang san").message
    assert refused(v.username, "").message == "用户名不能为空"


@pytest.mark.parametrize("pw", ["Abcdefg1", "abcdefg1!", "ABCDEFG1!", "Abcdefg!", "密码Abc12345"])
def test_password_with_three_kinds_of_characters_is_accepted(pw: str) -> None:
    assert v.password_strength(pw) == pw


def test_password_refusal_lists_what_is_missing() -> None:
    err = refused(v.password_strength, "abcdefgh")
    assert err.field == "password"
    assert "大写字母" in err.message and "数字" in err.message and "符号" in err.message
    assert "小写字母、大写字母、数字、符号中的至少三类，缺少：大写字母、数字、符号" in err.message


def test_password_must_have_eight_characters() -> None:
    err = refused(v.password_strength, "Ab1!")
    assert "至少需要8个字符" in err.message


def test_password_must_not_equal_the_username() -> None:
    assert "用户名" in refused(v.password_strength, "Zhang.San1", username="zhang.san1").message


def test_password_must_not_be_empty() -> None:
    assert refused(v.password_strength, "").message == "密码不能为空"


@given(st.text())
def test_random_text_never_crashes_any_check(text: str) -> None:
    checks: list[Callable[[str], object]] = [
        v.phone,
        v.email,
        v.person_name,
        v.certificate_code,
        v.practice_certificate_number,
        v.exam_ticket,
        v.registration_number,
        v.area_code,
        v.jurisdiction,
        v.level,
        v.category,
        v.username,
        v.password_strength,
        v.filing_reason,
        v.return_reason,
        lambda t: v.scopes("临床", [t]),
        lambda t: v.term(t, "2027-01-01", 1),
    ]
    for check in checks:
        try:
            check(text)
        except ValidationError as exc:
            assert exc.message
