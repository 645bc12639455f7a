"""Matching in the web app: ORM to engine and back, pins, blocks, failed runs, publishing."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import call_command

from revmentor.accounts.models import User
from revmentor.enrolment import services as enrolment
from revmentor.enrolment.models import Participant
from revmentor.enrolment.tests.factories import intake, recruiting_program
from revmentor.matching import services
from revmentor.matching.models import MatchingRun, PairRule
from revmentor.matching.selectors import compare_runs
from revmentor.people.tests.factories import OrgUnitFactory, PersonFactory
from revmentor.programs.models import Program, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(program_manager):
    """A senior in Sales with three would-be mentors: one in Sales, one in the senior's own
    reporting line (IT, but reporting to the senior), and one in Finance."""
    program = recruiting_program()
    boss = PersonFactory(employee_id="BOSS", grade=10, org_unit=OrgUnitFactory(path="Board"))
    senior = PersonFactory(
        employee_id="SEN", grade=9, org_unit=OrgUnitFactory(path="Sales"), manager=boss
    )
    people = {
        "senior": senior,
        "same_department": PersonFactory(
            employee_id="M1", grade=2, org_unit=OrgUnitFactory(path="Sales"), manager=boss
        ),
        "own_line": PersonFactory(
            employee_id="M2", grade=2, org_unit=OrgUnitFactory(path="IT"), manager=senior
        ),
        "finance": PersonFactory(
            employee_id="M3", grade=2, org_unit=OrgUnitFactory(path="Finance"), manager=boss
        ),
    }
    participants = {}
    for key, person in people.items():
        user = User.objects.create_user(person.email, "pw-123456789", person=person)
        role = "mentee" if key == "senior" else "mentor"
        application = enrolment.application_submit(
            program=program,
            user=user,
            role=role,
            intake=intake(program, capacity=1),
            accepted_ground_rules=True,
            consented=True,
        )
        enrolment.application_decide(
            application=application,
            decision="accepted",
            reason="ok",
            by=program_manager,
            notify=False,
        )
        participants[key] = Participant.objects.get(application=application)
    Program.objects.filter(pk=program.pk).update(status=Status.MATCHING)
    program.refresh_from_db()
    return program, participants


def test_it_never_pairs_within_a_department_or_a_reporting_line(world, program_manager):
    program, participants = world
    run = services.matching_run(program=program, by=program_manager)
    proposal = run.proposals.get()
    assert proposal.mentor == participants["finance"]
    assert proposal.mentee == participants["senior"]
    assert run.certificate["proven"] is True


def test_a_blocked_pair_is_never_proposed_and_the_mentee_says_why(world, program_manager):
    program, participants = world
    services.pair_rule_set(
        program=program,
        kind="block",
        mentor_id=participants["finance"].pk,
        mentee_id=participants["senior"].pk,
        by=program_manager,
    )
    run = services.matching_run(program=program, by=program_manager)
    assert run.matched_count == 0
    reason = run.unmatched.get()
    assert reason.reason == "no_eligible_mentor"
    assert reason.excluded_by["same_department"] == 1
    assert reason.excluded_by["reporting_line"] == 1
    assert reason.excluded_by["blocked"] == 1


def test_someone_a_mentee_avoids_is_never_proposed(world, program_manager):
    program, participants = world
    senior_application = participants["senior"].application
    senior_application.avoided.create(person=participants["finance"].person)
    run = services.matching_run(program=program, by=program_manager)
    assert run.matched_count == 0


def test_a_pin_that_breaks_a_rule_fails_the_run_with_a_message_naming_it(world, program_manager):
    program, participants = world
    services.pair_rule_set(
        program=program,
        kind="pin",
        mentor_id=participants["own_line"].pk,
        mentee_id=participants["senior"].pk,
        by=program_manager,
    )
    with pytest.raises(services.MatchingFailed) as caught:
        services.matching_run(program=program, by=program_manager)
    assert participants["own_line"].person.name in caught.value.message
    assert "reporting line" in caught.value.message
    failed = MatchingRun.objects.get()
    assert not failed.succeeded  # failed runs are kept too
    assert failed.error_code == "pin_breaks_rule"


def test_runs_are_numbered_kept_and_compared(world, program_manager):
    program, participants = world
    first = services.matching_run(program=program, by=program_manager)
    services.pair_rule_set(
        program=program,
        kind="block",
        mentor_id=participants["finance"].pk,
        mentee_id=participants["senior"].pk,
        by=program_manager,
    )
    second = services.matching_run(program=program, by=program_manager)
    assert (first.number, second.number) == (1, 2)
    comparison = compare_runs(second, first)
    assert len(comparison.removed) == 1
    assert comparison.matched_change == -1
    assert MatchingRun.objects.count() == 2


def test_pinning_a_mentee_again_replaces_the_earlier_pin(world, program_manager):
    program, participants = world
    senior = participants["senior"].pk
    services.pair_rule_set(
        program=program,
        kind="pin",
        mentor_id=participants["own_line"].pk,
        mentee_id=senior,
        by=program_manager,
    )
    services.pair_rule_set(
        program=program,
        kind="pin",
        mentor_id=participants["finance"].pk,
        mentee_id=senior,
        by=program_manager,
    )
    assert PairRule.objects.get(kind="pin").mentor == participants["finance"]
    run = services.matching_run(program=program, by=program_manager)
    assert run.proposals.get().pinned


def test_only_one_run_is_ever_published_and_only_in_the_matching_stage(world, program_manager):
    program, _participants = world
    run = services.matching_run(program=program, by=program_manager)
    other = services.matching_run(program=program, by=program_manager)
    services.matching_publish(run=run, by=program_manager)
    with pytest.raises(services.AlreadyPublished):
        services.matching_publish(run=other, by=program_manager)
    # A page opened before publishing still has "Run again": no run is made after it.
    with pytest.raises(services.MatchingClosed):
        services.matching_run(program=program, by=program_manager)
    assert program.matching_runs.count() == 2
    Program.objects.filter(pk=program.pk).update(status=Status.RUNNING)
    program.refresh_from_db()
    with pytest.raises(services.NotInMatchingStage):
        services.matching_run(program=program, by=program_manager)


def test_pairs_from_a_published_earlier_program_are_not_repeated(world, program_manager):
    program, participants = world
    run = services.matching_run(program=program, by=program_manager)
    services.matching_publish(run=run, by=program_manager)
    later = recruiting_program()
    for key in ("senior", "finance"):
        old = participants[key].application
        application = enrolment.application_submit(
            program=later,
            user=User.objects.get(person=old.person),
            role=old.role,
            intake=intake(later, capacity=1),
            accepted_ground_rules=True,
            consented=True,
        )
        enrolment.application_decide(
            application=application,
            decision="accepted",
            reason="ok",
            by=program_manager,
            notify=False,
        )
    Program.objects.filter(pk=later.pk).update(status=Status.MATCHING)
    later.refresh_from_db()
    rerun = services.matching_run(program=later, by=program_manager)
    assert rerun.matched_count == 0
    assert rerun.unmatched.get().excluded_by["earlier_pair"] == 1


def test_match_csv_writes_pairs_and_reports_bad_input_with_exit_status_2(tmp_path: Path, capsys):
    org = tmp_path / "org.csv"
    # C reports to A, so only D (own line, other department) may mentor A.
    org.write_text("id,name,department,manager_id\nA,Ann,Sales,\nC,Cat,Finance,A\nD,Dee,Finance,\n")
    participants = tmp_path / "participants.csv"
    participants.write_text(
        "id,role,languages,formats,topics,capacity\n"
        "A,mentee,nl,conversation,social_media:5,\nC,mentor,nl,conversation,social_media:5,1\n"
        "D,mentor,nl,conversation,social_media:4,1\n"
    )
    out = tmp_path / "pairs.csv"
    call_command("match_csv", org=str(org), participants=str(participants), out=str(out))
    assert out.read_text().splitlines()[1:] == ["D,A,0.800000"]
    participants.write_text(
        "id,role,languages,formats,topics,capacity\nA,mentee,nl,conversation,social_media:9,\n"
    )
    out.unlink()
    with pytest.raises(SystemExit) as exited:
        call_command("match_csv", org=str(org), participants=str(participants), out=str(out))
    assert exited.value.code == 2
    assert not out.exists()
    assert "row" in capsys.readouterr().err
