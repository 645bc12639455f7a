"""The matching pages as a program manager uses them: what is typed is checked and kept, every
change of rules is announced, and a page says what a run was made with and what comes next."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from revmentor.accounts.models import User
from revmentor.enrolment import services as enrolment
from revmentor.enrolment.tests.factories import intake
from revmentor.matching import selectors, services
from revmentor.matching.models import MatchingRun, PairRule
from revmentor.matching.tests.test_matching_services import world  # noqa: F401  (fixture)
from revmentor.people.tests.factories import PersonFactory
from revmentor.programs.models import Program, Status

pytestmark = pytest.mark.django_db

SETTINGS = {
    "objective": "most-matched",
    "department_scope": "unit",
    "min_grade_gap": "",
    "exclude_earlier_pairs": "on",
    "availability_weight": "0",
    "format_weight": "0",
}


def _rule(world, kind: str, mentor: str, by) -> None:  # noqa: F811
    """Pin or block the world's senior with one of its mentors, as the program manager."""
    program, participants = world
    services.pair_rule_set(
        program=program,
        kind=kind,
        mentor_id=participants[mentor].pk,
        mentee_id=participants["senior"].pk,
        by=by,
    )


def _client(user, language: str = "en") -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(user)
    if language != "en":
        user.language = language
        user.save(update_fields=["language"])
    return client


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("min_grade_gap", "3e", "Enter a whole number of grades, or leave it empty."),
        ("min_grade_gap", "-1", "Enter a whole number of grades, or leave it empty."),
        ("availability_weight", "0,5", "Enter a weight from 0 to 5, such as 0.5."),
        ("availability_weight", "0.125", "Use at most two decimals."),
        ("format_weight", "7", "Choose a weight from 0 to 5."),
    ],
)
def test_a_setting_that_is_not_a_number_is_refused_kept_and_announced_at_the_top(
    world,  # noqa: F811
    program_manager,
    field: str,
    typed: str,
    message: str,
):
    program, _participants = world
    url = reverse("matching:overview", args=[program.pk])
    response = _client(program_manager).post(url, {**SETTINGS, field: typed})
    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert f'value="{typed}"' in page  # what was typed is shown again
    assert "The settings were not saved" in page
    config = services.matching_config_for(program)
    assert config.min_grade_gap is None
    assert config.availability_weight == 0
    assert config.format_weight == 0


def test_a_dutch_decimal_comma_is_read_as_a_decimal_in_dutch(world, program_manager):  # noqa: F811
    program, _participants = world
    url = reverse("matching:overview", args=[program.pk])
    response = _client(program_manager, "nl").post(url, {**SETTINGS, "availability_weight": "0,5"})
    assert response.status_code == 302
    assert services.matching_config_for(program).availability_weight == Decimal("0.5")


def test_no_run_is_made_after_publishing_and_the_page_points_to_the_pairs(
    world,  # noqa: F811
    program_manager,
):
    program, _participants = world
    run = services.matching_run(program=program, by=program_manager)
    services.matching_publish(run=run, by=program_manager)
    client = _client(program_manager)
    response = client.post(reverse("matching:run", args=[program.pk]), follow=True)
    assert MatchingRun.objects.filter(program=program).count() == 1
    page = response.content.decode()
    assert "new runs, rules and weights no longer change anything" in page
    # Published is not "not in the matching stage": the page must not say so.
    assert "Move the program to that stage" not in page
    assert reverse("mentorships:program_pairs", args=[program.pk]) in page
    run_page = client.get(reverse("matching:run_detail", args=[program.pk, 1])).content.decode()
    assert 'id="published-next"' in run_page


def test_pinning_a_mentee_again_says_which_pin_it_replaces(world, program_manager):  # noqa: F811
    program, participants = world
    client = _client(program_manager)
    url = reverse("matching:pair_rule", args=[program.pk])
    senior = participants["senior"]
    client.post(url, {"kind": "pin", "mentor": participants["finance"].pk, "mentee": senior.pk})
    response = client.post(
        url,
        {"kind": "pin", "mentor": participants["same_department"].pk, "mentee": senior.pk},
        follow=True,
    )
    page = response.content.decode()
    finance = participants["finance"].person.name
    assert f"It replaces the pin of {senior.person.name} with {finance}." in page
    # Blocking the pinned pair turns the pin into a block, and says so.
    response = client.post(
        url,
        {"kind": "block", "mentor": participants["same_department"].pk, "mentee": senior.pk},
        follow=True,
    )
    assert "The pin of this pair is gone." in response.content.decode()
    assert list(PairRule.objects.filter(program=program).values_list("kind", flat=True)) == [
        "block"
    ]


def test_a_run_page_shows_blocks_each_topics_part_and_what_changed_since_the_last_run(
    world,  # noqa: F811
    program_manager,
):
    program, _participants = world
    first = services.matching_run(program=program, by=program_manager)
    config = services.matching_config_for(program)
    services.matching_config_update(config=config, format_weight=Decimal("1"))
    second = services.matching_run(program=program, by=program_manager)
    _rule(world, "block", "finance", program_manager)
    client = _client(program_manager)
    page = client.get(
        reverse("matching:run_detail", args=[program.pk, second.number])
    ).content.decode()
    assert "blocked for next run" in page
    proposal = second.proposals.get()
    topic = proposal.top_topics[0]
    assert f"+{topic['contribution']:.3f}" in page
    assert "shared time slots and formats" in page  # the format weight's part of the score
    assert 'id="settings-changed"' in page
    assert "weight of shared meeting formats: 0.00 → 1.00" in page
    overview = client.get(reverse("matching:overview", args=[program.pk])).content.decode()
    assert "Weight of shared meeting formats: 1.00" in overview  # what run 2 was made with
    assert first.number == 1


def test_a_failed_run_offers_the_way_back_to_the_settings(world, program_manager):  # noqa: F811
    program, _participants = world
    _rule(world, "pin", "same_department", program_manager)
    with pytest.raises(services.MatchingFailed) as failed:
        services.matching_run(program=program, by=program_manager)
    client = _client(program_manager)
    page = client.get(
        reverse("matching:run_detail", args=[program.pk, failed.value.run.number])
    ).content.decode()
    assert 'id="run-error"' in page
    assert reverse("matching:overview", args=[program.pk]) + "#settings" in page
    overview = client.get(reverse("matching:overview", args=[program.pk])).content.decode()
    assert "failed" in overview
    assert "same department" in overview.lower()


def test_a_weight_kept_as_0_or_as_0_00_is_not_a_change(world, program_manager):  # noqa: F811
    program, _participants = world
    first = services.matching_run(program=program, by=program_manager)
    second = services.matching_run(program=program, by=program_manager)
    MatchingRun.objects.filter(pk=first.pk).update(
        settings_used={**first.settings_used, "availability_weight": "0"}
    )
    MatchingRun.objects.filter(pk=second.pk).update(
        settings_used={**second.settings_used, "availability_weight": "0.00"}
    )
    first.refresh_from_db()
    second.refresh_from_db()
    assert selectors.settings_changed(second, first) == []


def test_a_run_keeps_its_pins_and_blocks_and_the_next_run_says_what_changed(
    world,  # noqa: F811
    program_manager,
):
    program, participants = world
    services.matching_run(program=program, by=program_manager)
    _rule(world, "block", "finance", program_manager)
    second = services.matching_run(program=program, by=program_manager)
    assert second.rules_used == [
        {"kind": "block", "mentor": participants["finance"].pk, "mentee": participants["senior"].pk}
    ]
    client = _client(program_manager)
    page = client.get(
        reverse("matching:run_detail", args=[program.pk, second.number])
    ).content.decode()
    finance, senior = participants["finance"].person.name, participants["senior"].person.name
    assert f"+ blocked {finance} → {senior}" in page
    overview = client.get(reverse("matching:overview", args=[program.pk])).content.decode()
    assert "0 pinned, 1 blocked" in overview
    # A rule removed afterwards shows as gone on the run after that.
    services.pair_rule_remove(rule=PairRule.objects.get(program=program))
    third = services.matching_run(program=program, by=program_manager)
    page = client.get(
        reverse("matching:run_detail", args=[program.pk, third.number])
    ).content.decode()
    assert f"− blocked {finance} → {senior}" in page


def test_a_run_without_pairs_cannot_be_published(world, program_manager):  # noqa: F811
    program, _participants = world
    _rule(world, "block", "finance", program_manager)
    empty = services.matching_run(program=program, by=program_manager)
    assert empty.succeeded
    assert empty.matched_count == 0
    with pytest.raises(services.RunWithoutPairs):
        services.matching_publish(run=empty, by=program_manager)
    client = _client(program_manager)
    page = client.get(
        reverse("matching:run_detail", args=[program.pk, empty.number])
    ).content.decode()
    assert 'id="publish"' not in page
    response = client.post(
        reverse("matching:publish", args=[program.pk, empty.number]), follow=True
    )
    assert "nothing to publish" in response.content.decode()
    assert not MatchingRun.objects.filter(program=program, published_at__isnull=False).exists()


def test_pinning_a_pair_that_breaks_a_rule_warns_at_once(world, program_manager):  # noqa: F811
    program, participants = world
    response = _client(program_manager).post(
        reverse("matching:pair_rule", args=[program.pk]),
        {
            "kind": "pin",
            "mentor": participants["same_department"].pk,
            "mentee": participants["senior"].pk,
        },
        follow=True,
    )
    page = response.content.decode()
    assert "This pinned pair breaks a rule (same department)" in page
    response = _client(program_manager).post(
        reverse("matching:pair_rule", args=[program.pk]),
        {"kind": "pin", "mentor": participants["finance"].pk, "mentee": participants["senior"].pk},
        follow=True,
    )
    assert "This pinned pair breaks a rule" not in response.content.decode()


def test_run_again_from_a_page_opened_before_publishing_says_no_run_was_made(
    world,  # noqa: F811
    program_manager,
):
    program, _participants = world
    run = services.matching_run(program=program, by=program_manager)
    services.matching_publish(run=run, by=program_manager)
    response = _client(program_manager).post(
        reverse("matching:run", args=[program.pk]), follow=True
    )
    assert "No run was made: run 1 is published and is the final one." in response.content.decode()
    assert MatchingRun.objects.filter(program=program).count() == 1


def test_the_comparison_warns_about_scales_only_when_a_weight_changed(
    world,  # noqa: F811
    program_manager,
):
    program, _participants = world
    services.matching_run(program=program, by=program_manager)
    config = services.matching_config_for(program)
    services.matching_config_update(config=config, min_grade_gap=1)
    second = services.matching_run(program=program, by=program_manager)
    page = (
        _client(program_manager)
        .get(reverse("matching:run_detail", args=[program.pk, second.number]))
        .content.decode()
    )
    assert "not required → 1" in page
    assert "on another scale" not in page


def test_an_unmatched_mentee_is_shown_the_mentor_they_could_have_had_and_who_has_them(
    world,  # noqa: F811
    program_manager,
):
    program, participants = world
    senior = participants["senior"].person
    second = PersonFactory(
        employee_id="SEN2", grade=9, org_unit=senior.org_unit, manager=senior.manager
    )
    user = User.objects.create_user(second.email, "pw-123456789", person=second)
    Program.objects.filter(pk=program.pk).update(status=Status.RECRUITING)
    program.refresh_from_db()
    application = enrolment.application_submit(
        program=program,
        user=user,
        role="mentee",
        intake=intake(program, capacity=None),
        accepted_ground_rules=True,
        consented=True,
    )
    enrolment.application_decide(
        application=application, decision="accepted", reason="ok", by=program_manager, notify=False
    )
    Program.objects.filter(pk=program.pk).update(status=Status.MATCHING)
    program.refresh_from_db()
    # Only the Finance mentor is left for either senior, and takes one mentee.
    newcomer = application.participant
    for other in ("same_department", "own_line"):
        services.pair_rule_set(
            program=program,
            kind="block",
            mentor_id=participants[other].pk,
            mentee_id=newcomer.pk,
            by=program_manager,
        )
    run = services.matching_run(program=program, by=program_manager)
    (item,) = run.unmatched.all()
    assert item.reason == "eligible_mentors_used"
    matched = run.proposals.get()
    assert item.best_mentors == [
        {
            "mentor": participants["finance"].pk,
            "score": matched.score,
            "taken_by": [matched.mentee_id],
        }
    ]
    page = (
        _client(program_manager)
        .get(reverse("matching:run_detail", args=[program.pk, run.number]))
        .content.decode()
    )
    finance = participants["finance"].person.name
    assert (
        f"Best possible: {finance} ({matched.score:.3f}), who has {matched.mentee.person.name}"
        in page
    )
