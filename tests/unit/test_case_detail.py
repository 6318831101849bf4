"""cases.detail: what a case window shows, in one call, with the same permissions as cases.get."""

from __future__ import annotations

import pytest
from case_fixtures import World, counts, world

from app.services import NotFound, PermissionDenied

FIXTURES = (world,)  # pytest finds fixtures by their names in this module


def test_case_detail_is_what_get_timeline_materials_and_prints_return(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    doctor = world.doctor()
    case = world.registered(doctor, hospital)
    desk.paper.render_checklist(world.admin, case.id)
    detail = desk.cases.detail(world.admin, case.id)
    assert detail.case == desk.cases.get(world.admin, case.id)
    assert detail.timeline == desk.cases.timeline(world.admin, case.id)
    assert detail.materials == desk.cases.materials(world.admin, case.id)
    assert detail.prints == desk.paper.prints(world.admin, case.id) and len(detail.prints) == 1
    assert detail.refusal_reasons == desk.cases.refusal_reasons(case.kind)
    assert detail.names == {f"institution:{hospital.id}": hospital.name}


def test_case_detail_names_the_institutions_and_the_registration_the_details_point_at(world: World) -> None:
    desk = world.desk
    hospital, clinic = world.hospital("广州市第一人民医院"), world.hospital("天河社区卫生服务中心")
    doctor = world.doctor()
    registered = world.registered(doctor, hospital)
    case = world.apply(
        doctor, "multi_site_filing", registration_id=registered.registration_id, institution_id=clinic.id
    )
    names = desk.cases.detail(doctor.actor, case.id).names
    assert names[f"institution:{clinic.id}"] == "天河社区卫生服务中心"
    assert names[f"registration:{registered.registration_id}"] == (
        f"{registered.registration_code}　临床　广州市第一人民医院"
    )


def test_case_detail_is_refused_to_whoever_may_not_read_the_case_and_writes_nothing(world: World) -> None:
    desk = world.desk
    hospital, other = world.hospital(), world.hospital()
    doctor, stranger = world.doctor(), world.doctor()
    case = world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    draft = desk.cases.save_draft(doctor.actor, "first_registration", doctor.id, institution_id=hospital.id)
    assert desk.cases.detail(hospital.actor, case.id).case.id == case.id
    before = counts(desk)
    for actor in (other.actor, stranger.actor):
        with pytest.raises(PermissionDenied):
            desk.cases.detail(actor, case.id)
    with pytest.raises(NotFound):
        desk.cases.detail(hospital.actor, draft.id)  # a draft is the physician's alone
    after = counts(desk)
    assert {k: v for k, v in after.items() if k != "audit_events"} == {
        k: v for k, v in before.items() if k != "audit_events"
    }
