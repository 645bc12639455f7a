"""The demo data: complete, in every state, and safe to load twice."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from revmentor.enrolment.models import Application
from revmentor.mentorships.models import Meeting, Mentorship, State
from revmentor.people.models import Person
from revmentor.programs.models import Program
from revmentor.support.models import ArticleShare, AttentionItem, KickOff, PeerCircle

pytestmark = pytest.mark.django_db


def test_seed_demo_loads_everything_once_and_can_run_again():
    call_command("seed_demo", stdout=io.StringIO())
    counts = (
        Person.objects.count(),
        Application.objects.count(),
        Mentorship.objects.count(),
        Meeting.objects.count(),
    )
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert (
        Person.objects.count(),
        Application.objects.count(),
        Mentorship.objects.count(),
        Meeting.objects.count(),
    ) == counts
    assert Person.objects.filter(is_external=False).count() == 300
    assert "manager@demo.example.org" in out.getvalue()
    recruiting = Program.objects.get(name="Digital fluency 2027")
    assert recruiting.applications.filter(role="mentee").count() == 40
    assert recruiting.applications.filter(role="mentor").count() == 30
    assert recruiting.applications.filter(is_external=True).count() == 8
    assert set(recruiting.applications.values_list("status", flat=True)) == {
        "unconfirmed",
        "submitted",
        "waitlisted",
        "accepted",
        "rejected",
        "withdrawn",
    }
    assert set(Mentorship.objects.values_list("state", flat=True)) == set(State.values)
    assert set(Meeting.objects.values_list("format", flat=True)) == {
        "conversation",
        "shadowing",
        "remote",
    }


def test_the_running_demo_program_shows_every_kind_of_support():
    call_command("seed_demo", stdout=io.StringIO())
    running = Program.objects.get(name="Digital fluency 2026")
    assert AttentionItem.objects.filter(program=running, cleared_at__isnull=True).exists()
    assert PeerCircle.objects.filter(program=running).exists()
    assert KickOff.objects.filter(program=running).exists()
    assert ArticleShare.objects.filter(mentorship__program=running).exists()


def test_the_demo_has_a_program_in_matching_with_two_unpublished_runs_a_pin_and_a_block():
    call_command("seed_demo", stdout=io.StringIO())
    program = Program.objects.get(name="Customer journey 2027")
    assert program.status == "matching"
    runs = list(program.matching_runs.order_by("number"))
    assert [run.number for run in runs] == [1, 2]
    assert all(run.succeeded and run.published_at is None for run in runs)
    assert sorted(program.pair_rules.values_list("kind", flat=True)) == ["block", "pin"]
    pin = program.pair_rules.get(kind="pin")
    assert runs[1].proposals.filter(mentor=pin.mentor, mentee=pin.mentee, pinned=True).exists()
    # The mentee who only wants to shadow (no mentor offers it) is explained, not dropped.
    reasons = {item.reason for item in runs[1].unmatched.all()}
    assert "no_eligible_mentor" in reasons
    assert runs[1].matched_count + runs[1].unmatched.count() == runs[1].mentee_count
