"""The attention rules: each one fires on a case and clears when the situation is resolved."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from revmentor.mentorships import services as pairs
from revmentor.mentorships.models import Meeting, Mentorship, State
from revmentor.mentorships.tests.factories import pair
from revmentor.support import services
from revmentor.support.models import AttentionItem, CheckIn, TrainingCompletion

pytestmark = pytest.mark.django_db

YES = pairs.CheckAnswers(True, True, True, True, True)


def rules(mentorship, now=None):
    services.attention_refresh(program=mentorship.program, now=now)
    return set(
        AttentionItem.objects.filter(mentorship=mentorship, cleared_at__isnull=True).values_list(
            "rule", flat=True
        )
    )


def active_pair(manager):
    mentorship, mentor, mentee = pair(manager)
    pairs.mentorship_accept(mentorship=mentorship, user=mentee)
    pairs.contract_check_submit(mentorship=mentorship, user=mentor, answers=YES)
    mentorship = pairs.contract_check_submit(mentorship=mentorship, user=mentee, answers=YES)
    return mentorship, mentor, mentee


def past_meeting(mentorship, user, days_ago, *, held=True):
    meeting = pairs.meeting_schedule(
        mentorship=mentorship,
        user=user,
        data=pairs.MeetingInput(
            "conversation", timezone.now() + dt.timedelta(days=1 + days_ago % 5, hours=days_ago), 60
        ),
    )
    Meeting.objects.filter(pk=meeting.pk).update(
        starts_at=timezone.now() - dt.timedelta(days=days_ago), mentor_held=held if held else None
    )
    meeting.refresh_from_db()
    return meeting


def check_in(meeting, user, *, talking="balanced", trust=4, openness=4):
    return services.check_in_after_meeting(
        meeting=meeting,
        user=user,
        answers=services.PulseAnswers(
            openness=openness,
            trust=trust,
            value=4,
            as_planned=True,
            most_talking=talking,
            covered_topic=True,
        ),
    )


def test_no_meeting_for_one_and_a_half_cadences_fires_and_a_held_meeting_clears_it(program_manager):
    mentorship, mentor, _mentee = active_pair(program_manager)
    later = timezone.now() + dt.timedelta(weeks=mentorship.cadence_weeks * 1.5, days=2)
    assert "no_meeting" in rules(mentorship, now=later)
    meeting = past_meeting(mentorship, mentor, 0)
    assert meeting.held
    assert "no_meeting" not in rules(mentorship)


def test_two_cancellations_in_a_row_fire_and_a_newly_planned_meeting_clears(program_manager):
    mentorship, mentor, _mentee = active_pair(program_manager)
    for offset in (3, 4):
        meeting = pairs.meeting_schedule(
            mentorship=mentorship,
            user=mentor,
            data=pairs.MeetingInput("conversation", timezone.now() + dt.timedelta(days=offset), 60),
        )
        pairs.meeting_cancel(meeting=meeting, user=mentor, reason="Busy")
    assert "cancellations" in rules(mentorship)
    pairs.meeting_schedule(
        mentorship=mentorship,
        user=mentor,
        data=pairs.MeetingInput("conversation", timezone.now() + dt.timedelta(days=9), 60),
    )
    assert "cancellations" not in rules(mentorship)


def test_the_senior_talking_most_in_check_ins_of_two_meetings_fires_and_clears_later(
    program_manager,
):
    mentorship, mentor, mentee = active_pair(program_manager)
    check_in(past_meeting(mentorship, mentor, 20), mentor, talking="partner")
    assert "talk_balance" not in rules(mentorship)
    # The senior saying "me" is the same signal as the junior saying "my partner".
    check_in(past_meeting(mentorship, mentor, 10), mentee, talking="me")
    assert "talk_balance" in rules(mentorship)
    for days_ago in (6, 4):
        meeting = past_meeting(mentorship, mentor, days_ago)
        check_in(meeting, mentor, talking="balanced")
        check_in(meeting, mentee, talking="balanced")
    assert "talk_balance" not in rules(mentorship)


def test_low_trust_or_openness_in_two_meetings_fires_and_better_check_ins_clear(program_manager):
    mentorship, mentor, mentee = active_pair(program_manager)
    check_in(past_meeting(mentorship, mentor, 12), mentee, trust=2)
    assert "low_trust" not in rules(mentorship)
    check_in(past_meeting(mentorship, mentor, 10), mentee, openness=1)
    assert "low_trust" in rules(mentorship)
    for days_ago in (5, 3):
        meeting = past_meeting(mentorship, mentor, days_ago)
        check_in(meeting, mentor)
        check_in(meeting, mentee)
    assert "low_trust" not in rules(mentorship)


def test_missing_training_a_week_before_the_first_meeting_fires_and_completing_it_clears(
    program_manager,
):
    mentorship, mentor, mentee = pair(program_manager, trained=False)
    pairs.mentorship_accept(mentorship=mentorship, user=mentee)
    pairs.meeting_schedule(
        mentorship=mentorship,
        user=mentor,
        data=pairs.MeetingInput("conversation", timezone.now() + dt.timedelta(days=3), 60),
    )
    assert "training" in rules(mentorship)
    services.complete_required_training(mentorship.mentor)
    assert "training" not in rules(mentorship)


def test_an_unanswered_proposal_fires_after_a_week_and_an_answer_clears(program_manager):
    mentorship, _mentor, mentee = pair(program_manager)
    assert "proposal" not in rules(mentorship)
    Mentorship.objects.filter(pk=mentorship.pk).update(
        created_at=timezone.now() - dt.timedelta(days=8)
    )
    mentorship.refresh_from_db()
    assert "proposal" in rules(mentorship)
    pairs.mentorship_accept(mentorship=mentorship, user=mentee)
    assert "proposal" not in rules(mentorship)


def test_no_check_in_for_a_month_fires_and_a_pulse_clears(program_manager):
    mentorship, mentor, _mentee = active_pair(program_manager)
    later = timezone.now() + dt.timedelta(days=31)
    assert "no_check_in" in rules(mentorship, now=later)
    services.monthly_pulse(
        mentorship=mentorship, user=mentor, answers=services.PulseAnswers(4, 4, 4)
    )
    assert "no_check_in" not in rules(mentorship)


def test_two_low_answers_about_one_meeting_are_not_a_pattern(program_manager):
    mentorship, mentor, mentee = active_pair(program_manager)
    meeting = past_meeting(mentorship, mentor, 3)
    check_in(meeting, mentor, trust=1, talking="partner")
    check_in(meeting, mentee, trust=1, talking="me")
    assert not rules(mentorship) & set(services.ANSWER_RULES)


def test_the_item_is_the_same_whichever_partner_gave_the_answers(program_manager):
    lists = []
    for givers in (("mentor", "mentor"), ("mentee", "mentee"), ("mentor", "mentee")):
        mentorship, mentor, mentee = active_pair(program_manager)
        users = {"mentor": mentor, "mentee": mentee}
        for days_ago, side in zip((10, 5), givers, strict=True):
            check_in(past_meeting(mentorship, mentor, days_ago), users[side], trust=1)
        services.attention_refresh(program=mentorship.program)
        lists.append(
            sorted(
                AttentionItem.objects.filter(mentorship=mentorship).values_list(
                    "rule", "cleared_at"
                )
            )
        )
    assert lists[0] == lists[1] == lists[2] == [("low_trust", None)]


SWEEP = {
    "overdue_factor": ("1.0", "1.5", "3.0", "9.9"),
    "cancellations_in_a_row": (1, 2, 5),
    "training_days": (0, 7, 365),
    "proposal_days": (1, 7, 365),
    "check_in_days": (1, 30, 365),
}


@pytest.mark.parametrize("field", sorted(SWEEP))
def test_no_setting_makes_one_answer_show_on_the_attention_list(program_manager, field):
    """The threshold sweep: one answer of 1 and one answer of 5 give the same list, whatever
    the settings say, so that moving a threshold never reads a score."""
    low_pair, mentor, _mentee = active_pair(program_manager)
    check_in(past_meeting(low_pair, mentor, 3), mentor, trust=1, openness=1, talking="partner")
    high_pair, other_mentor, _other = active_pair(program_manager)
    check_in(past_meeting(high_pair, other_mentor, 3), other_mentor, trust=5, openness=5)
    settings = services.attention_settings_for(low_pair.program)
    for value in SWEEP[field]:
        setattr(settings, field, value)
        settings.full_clean()
        settings.save()
        for mentorship in (low_pair, high_pair):
            services.attention_refresh(program=mentorship.program)
        assert rules(low_pair) == rules(high_pair), (field, value)
        assert not rules(low_pair) & set(services.ANSWER_RULES)


def test_the_settings_hold_no_threshold_over_answers():
    from revmentor.support.forms import AttentionSettingsForm
    from revmentor.support.models import AttentionSettings

    fields = {field.name for field in AttentionSettings._meta.get_fields()}
    assert not fields & {"low_score", "partner_talked_most"}
    assert set(AttentionSettingsForm.base_fields) == set(SWEEP)


def test_recording_what_was_done_keeps_the_item_until_the_condition_is_gone(program_manager):
    mentorship, mentor, _mentee = active_pair(program_manager)
    check_in(past_meeting(mentorship, mentor, 10), mentor, trust=1)
    check_in(past_meeting(mentorship, mentor, 8), mentor, trust=1)
    services.attention_refresh(program=mentorship.program)
    item = AttentionItem.objects.get(rule="low_trust")
    services.attention_record(
        item=item, by=program_manager, intervention="hr_one_on_one", note="Planned with HR"
    )
    services.attention_refresh(program=mentorship.program)
    assert AttentionItem.objects.get(pk=item.pk).cleared_at is None
    assert item.actions.get().intervention == "hr_one_on_one"


def test_check_in_answers_are_one_per_meeting_and_side(program_manager):
    mentorship, mentor, _mentee = active_pair(program_manager)
    meeting = past_meeting(mentorship, mentor, 3)
    check_in(meeting, mentor)
    with pytest.raises(services.SupportError):
        check_in(meeting, mentor)
    assert CheckIn.objects.count() == 1


def test_a_mentor_without_the_required_training_cannot_schedule_the_first_meeting(program_manager):
    mentorship, mentor, mentee = pair(program_manager, trained=False)
    pairs.mentorship_accept(mentorship=mentorship, user=mentee)
    pairs.contract_check_submit(mentorship=mentorship, user=mentor, answers=YES)
    pairs.contract_check_submit(mentorship=mentorship, user=mentee, answers=YES)
    data = pairs.MeetingInput("conversation", timezone.now() + dt.timedelta(days=3), 60)
    with pytest.raises(services.SupportError) as caught:
        pairs.meeting_schedule(mentorship=mentorship, user=mentor, data=data)
    assert "required training" in caught.value.message
    for module in services.missing_required_training(mentorship.mentor):
        result = services.training_complete(
            module=module,
            participant=mentorship.mentor,
            answers=[q["correct"] for q in module.self_check],
        )
        assert result.passed
    assert TrainingCompletion.objects.count() == 3
    assert (
        pairs.meeting_schedule(mentorship=mentorship, user=mentor, data=data).mentorship.state
        == State.ACTIVE
    )


def test_a_wrong_self_check_answer_does_not_complete_the_module(program_manager):
    mentorship, _mentor, _mentee = pair(program_manager, trained=False)
    module = services.missing_required_training(mentorship.mentor)[0]
    answers = [q["correct"] for q in module.self_check]
    answers[0] = (answers[0] + 1) % len(module.self_check[0]["options"])
    result = services.training_complete(
        module=module, participant=mentorship.mentor, answers=answers
    )
    assert not result.passed
    assert result.wrong == [0]
    assert not TrainingCompletion.objects.exists()


def test_the_program_manager_sees_the_kind_of_signal_never_the_answers(program_manager):
    from django.test import Client
    from django.urls import reverse

    mentorship, mentor, _mentee = active_pair(program_manager)
    for days_ago in (8, 3):
        check_in(past_meeting(mentorship, mentor, days_ago), mentor, talking="partner", trust=1)
    client = Client()
    client.force_login(program_manager)
    body = client.get(
        reverse("support:attention", kwargs={"pk": mentorship.program_id})
    ).content.decode()
    assert "Check-ins over time show low trust or openness" in body
    assert "Check-ins over time say the senior does most of the talking" in body
    for answer_text in (
        "I could say what I really think",
        "My partner",
        "as planned",
        "junior says",
    ):
        assert answer_text not in body
