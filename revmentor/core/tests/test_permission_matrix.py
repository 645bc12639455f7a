"""Every URL × every role: who gets the page, who is sent to log in, who is refused.

A URL without a row here fails `test_every_url_has_a_row_in_the_matrix`, so a new page cannot
ship without deciding who may open it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from conftest import PASSWORD
from revmentor.enrolment.models import Application, Participant
from revmentor.enrolment.services import confirmation_token, recruitment_for_program
from revmentor.matching.models import MatchingRun, PairRule
from revmentor.mentorships.models import ActionItem, Meeting, State
from revmentor.mentorships.tests.factories import pair
from revmentor.people.models import PeopleImport
from revmentor.people.tests.factories import PersonFactory, csv_bytes, small_org
from revmentor.programs.models import Program, Status
from revmentor.programs.services import program_create_from_template
from revmentor.support.models import Article, ArticleShare, AttentionItem, CircleSession, PeerCircle
from revmentor.support.services import kickoff_plan, support_case_open, training_modules_for

ROLES = ("program_manager", "hr_support", "sponsor", "participant", "anonymous")
LOGIN = 302


def _names(patterns: list[Any], namespace: str = "") -> set[str]:
    names: set[str] = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= _names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(f"{namespace}{pattern.name}")
    return names


def _program(_world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": _world["program"].pk}


def _draft(_world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": _world["draft"].pk}


def _person(_world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": _world["person"].pk}


def _import(_world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": _world["import"].pk}


def _none(_world: dict[str, Any]) -> dict[str, Any]:
    return {}


def _apply(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["students"].pk, "role": "mentee"}


def _application(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["application"].pk}


def _review(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["program"].pk, "application_pk": world["application"].pk}


def _external_link(world: dict[str, Any]) -> dict[str, Any]:
    return {"token": world["external_token"]}


def _confirm(world: dict[str, Any]) -> dict[str, Any]:
    return {"token": world["confirm_token"]}


def _run(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["program"].pk, "number": world["run"].number}


def _rule(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["program"].pk, "rule_pk": world["rule"].pk}


def _mentorship(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["mentorship"].pk}


def _meeting(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["meeting"].pk}


def _action(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["mentorship"].pk, "action_pk": world["action"].pk}


def _lifecycle(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["mentorship"].pk, "action": "resume"}


def _pairs_program(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["mentorship"].program_id}


def _module(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["module"].pk}


def _attention_item(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["attention_item"].pk}


def _article(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["mentorship"].program_id, "article_pk": world["article"].pk}


def _share(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["share"].pk}


def _circle(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["circle"].pk}


def _circle_session(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["circle_session"].pk}


def _case(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["case"].pk}


def _talk(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["case"].talks.first().pk}


def _guest(world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": world["guest"].pk}


def _password_link(_world: dict[str, Any]) -> dict[str, Any]:
    return {"uidb64": "MQ", "token": "not-a-token"}


# url name: (method, kwargs, expected status per role in ROLES order)
MATRIX: dict[str, tuple[str, Callable[[dict[str, Any]], dict[str, Any]], tuple[int, ...]]] = {
    "core:home": ("get", _none, (200, 200, 200, 200, LOGIN)),
    # For load balancers and monitoring: no login, no personal data.
    "core:health": ("get", _none, (200, 200, 200, 200, 200)),
    "accounts:login": ("get", _none, (302, 302, 302, 302, 200)),
    "accounts:logout": ("post", _none, (302, 302, 302, 302, 302)),
    "accounts:set_language": ("post", _none, (302, 302, 302, 302, 302)),
    "people:organisation": ("get", _none, (200, 200, 403, 403, LOGIN)),
    "people:person": ("get", _person, (200, 200, 403, 403, LOGIN)),
    "people:import": ("get", _none, (200, 403, 403, 403, LOGIN)),
    "people:import_preview": ("get", _import, (200, 403, 403, 403, LOGIN)),
    "people:import_confirm": ("post", _import, (302, 403, 403, 403, LOGIN)),
    "programs:list": ("get", _none, (200, 200, 200, 403, LOGIN)),
    "programs:create": ("get", _none, (200, 403, 403, 403, LOGIN)),
    "programs:detail": ("get", _program, (200, 200, 200, 403, LOGIN)),
    "programs:edit": ("get", _program, (200, 403, 403, 403, LOGIN)),
    "programs:charter": ("get", _program, (200, 200, 200, 200, LOGIN)),
    "programs:transition": ("post", _program, (302, 403, 403, 403, LOGIN)),
    # Django admin needs the separate is_staff flag (operators), never a product role.
    "accounts:password_reset": ("get", _none, (200, 200, 200, 200, 200)),
    "accounts:password_reset_done": ("get", _none, (200, 200, 200, 200, 200)),
    "accounts:password_reset_confirm": ("get", _password_link, (200, 200, 200, 200, 200)),
    "accounts:password_reset_complete": ("get", _none, (200, 200, 200, 200, 200)),
    "enrolment:program": ("get", _program, (200, 200, 200, 200, LOGIN)),
    # Staff accounts have no employee record here, so they are sent back with the reason.
    "enrolment:apply": ("get", _apply, (302, 302, 302, 200, LOGIN)),
    # An application is its applicant's alone: everyone else gets 404, staff included.
    "enrolment:application": ("get", _application, (404, 404, 404, 200, LOGIN)),
    "enrolment:application_edit": ("get", _application, (404, 404, 404, 200, LOGIN)),
    "enrolment:application_withdraw": ("post", _application, (404, 404, 404, 302, LOGIN)),
    "enrolment:external_apply": ("get", _external_link, (200, 200, 200, 200, 200)),
    "enrolment:confirm_email": ("get", _confirm, (200, 200, 200, 200, 200)),
    "enrolment:review_list": ("get", _program, (200, 403, 403, 403, LOGIN)),
    "enrolment:review": ("get", _review, (200, 403, 403, 403, LOGIN)),
    "enrolment:decide": ("post", _review, (302, 403, 403, 403, LOGIN)),
    "enrolment:recruitment": ("get", _program, (200, 403, 403, 403, LOGIN)),
    "enrolment:supply_demand": ("get", _program, (200, 200, 200, 403, LOGIN)),
    "enrolment:invitations": ("get", _program, (200, 403, 403, 403, LOGIN)),
    "enrolment:send_reminders": ("post", _program, (302, 403, 403, 403, LOGIN)),
    "enrolment:participants": ("get", _program, (200, 200, 403, 403, LOGIN)),
    "matching:overview": ("get", _program, (200, 403, 403, 403, LOGIN)),
    "matching:run": ("post", _program, (302, 403, 403, 403, LOGIN)),
    "matching:run_detail": ("get", _run, (200, 403, 403, 403, LOGIN)),
    "matching:publish": ("post", _run, (302, 403, 403, 403, LOGIN)),
    "matching:pair_rule": ("post", _program, (302, 403, 403, 403, LOGIN)),
    "matching:pair_rule_delete": ("post", _rule, (302, 403, 403, 403, LOGIN)),
    # A pair's pages are for its two partners only ("participant" here is the mentee);
    # everyone else, program managers included, gets 404.
    "mentorships:detail": ("get", _mentorship, (404, 404, 404, 200, LOGIN)),
    "mentorships:accept": ("post", _mentorship, (404, 404, 404, 302, LOGIN)),
    "mentorships:decline": ("post", _mentorship, (404, 404, 404, 302, LOGIN)),
    "mentorships:agreement": ("post", _mentorship, (404, 404, 404, 302, LOGIN)),
    "mentorships:check": ("post", _mentorship, (404, 404, 404, 302, LOGIN)),
    "mentorships:meeting_new": ("get", _mentorship, (404, 404, 404, 200, LOGIN)),
    "mentorships:note_new": ("post", _mentorship, (404, 404, 404, 200, LOGIN)),
    "mentorships:action_new": ("post", _mentorship, (404, 404, 404, 200, LOGIN)),
    "mentorships:action_done": ("post", _action, (404, 404, 404, 302, LOGIN)),
    "mentorships:lifecycle": ("post", _lifecycle, (404, 404, 404, 302, LOGIN)),
    "mentorships:meeting": ("get", _meeting, (404, 404, 404, 200, LOGIN)),
    "mentorships:meeting_reschedule": ("post", _meeting, (404, 404, 404, 302, LOGIN)),
    "mentorships:meeting_cancel": ("post", _meeting, (404, 404, 404, 302, LOGIN)),
    "mentorships:meeting_mark": ("post", _meeting, (404, 404, 404, 302, LOGIN)),
    "mentorships:meeting_log": ("post", _meeting, (404, 404, 404, 302, LOGIN)),
    "mentorships:meeting_agenda": ("post", _meeting, (404, 404, 404, 302, LOGIN)),
    "mentorships:meeting_ics": ("get", _meeting, (404, 404, 404, 200, LOGIN)),
    "mentorships:program_pairs": ("get", _pairs_program, (200, 200, 403, 403, LOGIN)),
    "mentorships:step_plan": ("get", _pairs_program, (200, 403, 403, 403, LOGIN)),
    "support:training": ("get", _none, (200, 200, 200, 200, LOGIN)),
    # Training modules are for the program's mentors ("participant" here is the pair's mentor).
    "support:training_module": ("get", _module, (404, 404, 404, 200, LOGIN)),
    "support:check_in": ("get", _meeting, (404, 404, 404, 200, LOGIN)),
    "support:pulse": ("get", _mentorship, (404, 404, 404, 200, LOGIN)),
    "support:attention": ("get", _pairs_program, (200, 403, 403, 403, LOGIN)),
    "support:attention_record": ("post", _attention_item, (302, 403, 403, 403, LOGIN)),
    "support:articles": ("get", _pairs_program, (200, 403, 403, 403, LOGIN)),
    "support:article_share": ("post", _article, (302, 403, 403, 403, LOGIN)),
    "support:article_mark": ("post", _share, (404, 404, 404, 302, LOGIN)),
    "support:circles": ("get", _pairs_program, (200, 403, 403, 403, LOGIN)),
    # A circle is for its members ("participant" here is a member) and the program manager.
    "support:circle": ("get", _circle, (200, 404, 404, 200, LOGIN)),
    "support:circle_session": ("post", _circle, (302, 403, 403, 403, LOGIN)),
    "support:circle_attendance": ("post", _circle_session, (302, 403, 403, 403, LOGIN)),
    "support:hr_assign": ("get", _pairs_program, (200, 403, 403, 403, LOGIN)),
    "support:caseload": ("get", _none, (200, 200, 403, 403, LOGIN)),
    # A case is its HR support manager's alone.
    "support:case": ("get", _case, (404, 200, 403, 403, LOGIN)),
    "support:talk_update": ("post", _talk, (404, 302, 403, 403, LOGIN)),
    "support:ask_hr": ("post", _mentorship, (404, 404, 404, 302, LOGIN)),
    "support:kickoff": ("get", _pairs_program, (200, 403, 403, 403, LOGIN)),
    "support:kickoff_rsvp": ("post", _guest, (404, 404, 404, 302, LOGIN)),
    "accounts:preferences": ("get", _none, (200, 200, 200, 200, LOGIN)),
    # Two-step login, here with MFA_REQUIRED_FOR_STAFF off and no authenticator app: the code
    # page sends back, set-up is open to everyone logged in, renewing codes says to set up first
    # and turning it off is allowed (nobody is required). With the requirement on, see below.
    "accounts:mfa_verify": ("get", _none, (302, 302, 302, 302, LOGIN)),
    "accounts:mfa_setup": ("get", _none, (200, 200, 200, 200, LOGIN)),
    "accounts:mfa_recovery_codes": ("post", _none, (302, 302, 302, 302, LOGIN)),
    "accounts:mfa_remove": ("post", _none, (302, 302, 302, 302, LOGIN)),
    "notifications:list": ("get", _none, (200, 200, 200, 200, LOGIN)),
    "privacy:my_data": ("get", _none, (200, 200, 200, 200, LOGIN)),
    "audit:log": ("get", _none, (200, 403, 403, 403, LOGIN)),
    "privacy:my_data_download": ("post", _none, (200, 200, 200, 200, LOGIN)),
    "admin:index": ("get", _none, (302, 302, 302, 302, 302)),
}

# Objects a role may not know exist are 404, not 403: a participant cannot see drafts.
DRAFT_CHARTER = {
    "program_manager": 200,
    "hr_support": 200,
    "sponsor": 200,
    "participant": 404,
    "anonymous": LOGIN,
}


PARTNER_URLS = {
    name
    for name in MATRIX
    if (
        name.startswith("mentorships:")
        and name not in {"mentorships:program_pairs", "mentorships:step_plan"}
    )
    or name
    in {
        "support:check_in",
        "support:pulse",
        "support:article_mark",
        "support:ask_hr",
        "support:kickoff_rsvp",
    }
}


@pytest.fixture
def world(
    db: None, program_manager: Any, hr_support: Any, sponsor: Any, participant: Any
) -> dict[str, Any]:
    program = program_create_from_template(
        template_key="digital_fluency",
        name="Open",
        language="en",
        start_date=None,
        created_by=program_manager,
    )
    Program.objects.filter(pk=program.pk).update(status=Status.RECRUITING)
    draft = program_create_from_template(
        template_key="retention",
        name="Draft",
        language="en",
        start_date=None,
        created_by=program_manager,
    )
    pending = PeopleImport.objects.create(file_name="org.csv", content=csv_bytes(small_org()))
    # The participant is a senior employee with an application of their own (mentees: grade 8+).
    participant.person = PersonFactory(grade=9)
    participant.save()
    applicant = PersonFactory(grade=9)
    application = Application.objects.create(
        program=program, role="mentee", person=participant.person, name="P", email="p@example.org"
    )
    Application.objects.create(
        program=program, role="mentee", person=applicant, name="A", email="a@example.org"
    )
    students = program_create_from_template(
        template_key="digital_fluency_students",
        name="Students",
        language="en",
        start_date=None,
        created_by=program_manager,
    )
    Program.objects.filter(pk=students.pk).update(status=Status.RECRUITING)
    external = Application.objects.create(
        program=students,
        role="mentor",
        is_external=True,
        status="unconfirmed",
        name="S",
        email="s@uni.example",
    )
    mentor_application = Application.objects.create(
        program=program,
        role="mentor",
        person=PersonFactory(grade=2),
        name="M",
        email="m@example.org",
        status="accepted",
    )
    mentor = Participant.objects.create(
        program=program,
        person=mentor_application.person,
        role="mentor",
        application=mentor_application,
    )
    mentee = Participant.objects.create(
        program=program,
        person=applicant,
        role="mentee",
        application=Application.objects.get(person=applicant),
    )
    mentorship, mentor_user, mentee_user = pair(program_manager, state=State.ACTIVE)
    article = Article.objects.create(
        program=mentorship.program, url="https://example.org/a", title="A"
    )
    circle = PeerCircle.objects.create(program=mentorship.program, name="Circle 1")
    circle.members.set([mentorship.mentor])
    meeting = Meeting.objects.create(
        mentorship=mentorship,
        kind="regular",
        format="conversation",
        uid="matrix@revmentor",
        starts_at=timezone.now() - dt.timedelta(days=1),
        duration_minutes=60,
    )
    return {
        "mentorship": mentorship,
        "partner": mentee_user,
        "mentor_user": mentor_user,
        "module": training_modules_for(mentorship.program)[0],
        "attention_item": AttentionItem.objects.create(
            program=mentorship.program, mentorship=mentorship, rule="proposal"
        ),
        "article": article,
        "share": ArticleShare.objects.create(article=article, mentorship=mentorship),
        "circle": circle,
        "guest": kickoff_plan(
            program=mentorship.program,
            starts_at=timezone.now() + dt.timedelta(days=9),
            place="Hall",
            agenda="",
        ).guests.get(person=mentorship.mentee.person),
        "circle_session": CircleSession.objects.create(
            circle=circle, starts_at=timezone.now() + dt.timedelta(days=3), place="Room 4"
        ),
        "case": support_case_open(
            program=mentorship.program, hr_user=hr_support, mentee=mentorship.mentee
        ),
        "meeting": meeting,
        "action": ActionItem.objects.create(mentorship=mentorship, owner="mentee", text="Try it"),
        "run": MatchingRun.objects.create(
            program=program,
            number=1,
            objective="most-matched",
            succeeded=False,
            error_code="no_participants",
        ),
        "rule": PairRule.objects.create(
            program=program, kind="block", mentor=mentor, mentee=mentee
        ),
        "application": application,
        "students": students,
        "external_token": recruitment_for_program(students).external_token,
        "confirm_token": confirmation_token(external),
        "users": {
            "program_manager": program_manager,
            "hr_support": hr_support,
            "sponsor": sponsor,
            "participant": participant,
        },
        "program": program,
        "draft": draft,
        "person": PersonFactory(),
        "import": pending,
    }


def _client_for(world: dict[str, Any], role: str, url_name: str = "") -> Client:
    client = Client()
    if role == "anonymous":
        return client
    user = world["users"][role]
    if role == "participant" and url_name in {"support:training_module", "support:circle"}:
        client.force_login(world["mentor_user"])
        return client
    if role == "participant" and url_name in PARTNER_URLS:
        client.force_login(world["partner"])
        return client
    assert client.login(username=user.email, password=PASSWORD)
    return client


def test_every_url_has_a_row_in_the_matrix():
    names = {name for name in _names(get_resolver().url_patterns) if not name.startswith("admin:")}
    missing = names - set(MATRIX)
    assert not missing, f"URLs without a permission-matrix row: {sorted(missing)}"


@pytest.mark.parametrize("url_name", sorted(MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_the_expected_answer_from_each_url(world, url_name, role):
    method, kwargs, expected = MATRIX[url_name]
    url = reverse(url_name, kwargs=kwargs(world))
    response = getattr(_client_for(world, role, url_name), method)(url)
    assert response.status_code == expected[ROLES.index(role)], (url_name, role)
    if (
        role == "anonymous"
        and expected[ROLES.index(role)] == LOGIN
        and not url_name.startswith(("admin:", "accounts:"))
    ):
        assert response["Location"].startswith(reverse("accounts:login"))


@pytest.mark.parametrize("role", ROLES)
def test_a_draft_charter_is_hidden_from_participants(world, role):
    url = reverse("programs:charter", kwargs=_draft(world))
    assert _client_for(world, role).get(url).status_code == DRAFT_CHARTER[role]


def test_an_unknown_person_or_program_is_not_found(world):
    client = _client_for(world, "program_manager")
    assert client.get(reverse("people:person", kwargs={"pk": 999999})).status_code == 404
    assert client.get(reverse("programs:detail", kwargs={"pk": 999999})).status_code == 404
    assert client.get(reverse("enrolment:application", kwargs={"pk": 999999})).status_code == 404


# The pages a user may open between the password and the second factor.
OPEN_BEFORE_SECOND_FACTOR = {
    "accounts:mfa_verify",
    "accounts:mfa_setup",
    "accounts:logout",
    "accounts:set_language",
}


@pytest.mark.usefixtures("login_protection")
@pytest.mark.parametrize(
    "url_name", sorted(name for name in MATRIX if name not in OPEN_BEFORE_SECOND_FACTOR)
)
@pytest.mark.parametrize("role", ["program_manager", "hr_support"])
def test_with_mfa_required_staff_reach_no_page_before_the_second_step(world, url_name, role):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    method, kwargs, _expected = MATRIX[url_name]
    url = reverse(url_name, kwargs=kwargs(world))
    client = Client()
    client.force_login(world["users"][role])
    response = getattr(client, method)(url)
    assert response.status_code == 302, (url_name, role)
    assert response["Location"].startswith(reverse("accounts:mfa_setup")), (url_name, role)
    TOTPDevice.objects.create(user=world["users"][role], name="app", confirmed=True)
    response = getattr(client, method)(url)
    assert response["Location"].startswith(reverse("accounts:mfa_verify")), (url_name, role)
