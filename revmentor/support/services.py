"""Writes for support: training, check-ins, the attention list and articles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count as models_count
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from revmentor.accounts.models import User
from revmentor.audit.models import Action
from revmentor.audit.services import audit_record
from revmentor.core.exceptions import DomainError
from revmentor.enrolment.models import Participant
from revmentor.mentorships.models import Meeting, MeetingKind, Mentorship, State
from revmentor.mentorships.selectors import cadence_of
from revmentor.programs.models import Program
from revmentor.support.models import (
    Article,
    ArticleShare,
    AttentionAction,
    AttentionItem,
    AttentionSettings,
    CheckIn,
    CircleNote,
    CircleSession,
    HrNote,
    KickOff,
    KickOffGuest,
    PeerCircle,
    SupportCase,
    SupportTalk,
    Testimonial,
    TrainingCompletion,
    TrainingModule,
)


class SupportError(DomainError):
    code = "support_error"


def training_modules_for(program: Program) -> list[TrainingModule]:
    """The program's modules; the five default ones, in the program's language, until edited."""
    modules = list(TrainingModule.objects.filter(program=program))
    if modules:
        return modules
    from revmentor.support.training_content import DEFAULT_MODULES

    language = program.language
    TrainingModule.objects.bulk_create(
        TrainingModule(
            program=program,
            key=content.key,
            position=index,
            title=content.title.in_language(language),
            minutes=content.minutes,
            body=content.body.in_language(language),
            required_before_first_meeting=content.required_before_first_meeting,
            self_check=[
                {
                    "question": q.question.in_language(language),
                    "options": [option.in_language(language) for option in q.options],
                    "correct": q.correct,
                    "explanation": q.explanation.in_language(language),
                }
                for q in content.self_check
            ],
        )
        for index, content in enumerate(DEFAULT_MODULES)
    )
    return list(TrainingModule.objects.filter(program=program))


def missing_required_training(participant: Participant) -> list[TrainingModule]:
    done = set(
        TrainingCompletion.objects.filter(participant=participant).values_list(
            "module_id", flat=True
        )
    )
    return [
        module
        for module in training_modules_for(participant.program)
        if module.required_before_first_meeting and module.pk not in done
    ]


@dataclass(frozen=True)
class CheckResult:
    passed: bool
    wrong: list[int]  # indexes of questions answered wrongly


@transaction.atomic
def training_complete(
    *, module: TrainingModule, participant: Participant, answers: Sequence[int | None]
) -> CheckResult:
    """A module is complete when every self-check question is answered correctly."""
    questions = module.self_check
    if len(answers) != len(questions):
        raise SupportError(_("Answer every question of the self-check."))
    wrong = [
        index
        for index, (question, answer) in enumerate(zip(questions, answers, strict=True))
        if answer != question["correct"]
    ]
    if not wrong:
        TrainingCompletion.objects.get_or_create(module=module, participant=participant)
    return CheckResult(passed=not wrong, wrong=wrong)


@dataclass(frozen=True)
class PulseAnswers:
    openness: int
    trust: int
    value: int
    as_planned: bool | None = None
    most_talking: str = ""
    covered_topic: bool | None = None


def _check_scores(answers: PulseAnswers) -> None:
    for score in (answers.openness, answers.trust, answers.value):
        if not 1 <= score <= 5:
            raise SupportError(_("Scores go from 1 to 5."))


@transaction.atomic
def check_in_after_meeting(*, meeting: Meeting, user: User, answers: PulseAnswers) -> CheckIn:
    from revmentor.mentorships.services import side_of

    side = side_of(meeting.mentorship, user)
    if meeting.is_cancelled or meeting.starts_at > timezone.now():
        raise SupportError(_("The check-in opens once the meeting has taken place."))
    _check_scores(answers)
    try:
        return CheckIn.objects.create(
            mentorship=meeting.mentorship,
            meeting=meeting,
            side=side,
            kind=CheckIn.Kind.MEETING,
            as_planned=answers.as_planned,
            most_talking=answers.most_talking,
            covered_topic=answers.covered_topic,
            openness=answers.openness,
            trust=answers.trust,
            value=answers.value,
        )
    except IntegrityError:
        raise SupportError(_("You have already answered the check-in for this meeting.")) from None


@transaction.atomic
def monthly_pulse(
    *, mentorship: Mentorship, user: User, answers: PulseAnswers, today: dt.date | None = None
) -> CheckIn:
    from revmentor.mentorships.services import side_of

    side = side_of(mentorship, user)
    _check_scores(answers)
    month = (today or timezone.localdate()).replace(day=1)
    try:
        return CheckIn.objects.create(
            mentorship=mentorship,
            side=side,
            kind=CheckIn.Kind.MONTHLY,
            month=month,
            openness=answers.openness,
            trust=answers.trust,
            value=answers.value,
        )
    except IntegrityError:
        raise SupportError(_("You have already answered this month's pulse.")) from None


def attention_settings_for(program: Program) -> AttentionSettings:
    settings, _created = AttentionSettings.objects.get_or_create(program=program)
    return settings


# rule code -> the intervention suggested to the program manager
SUGGESTIONS = {
    "no_meeting": "nudge_both",
    "cancellations": "nudge_both",
    "talk_balance": "peer_circle",
    "low_trust": "talk_both",
    "training": "nudge_mentor",
    "proposal": "nudge_senior",
    "no_check_in": "nudge_both",
}


# Rules over private check-in answers. Their thresholds are fixed here, not settings: a threshold
# the program manager could move (say from 1 to 5) would turn an item into a reading of one
# person's score. They fire only on a pattern — answers from at least MIN_ANSWERS different
# meetings or months among the pair's RECENT_ANSWERS latest answers, from either partner — so an
# item never stands for one answer and never says whose answers they were.
MIN_ANSWERS = 2
RECENT_ANSWERS = 4
LOW_SCORE = 2
ANSWER_RULES = ("talk_balance", "low_trust")


def answers_promise() -> str:
    """What the check-in pages tell a participant about their answers, derived from the rules."""
    return str(
        _(
            "Only you see your answers. The program manager never sees them, nor who answered: "
            "they are told only that a pair may need attention, when answers from at least "
            "%(count)s different meetings or months show the same pattern (low trust or "
            "openness, or the senior doing most of the talking)."
        )
        % {"count": MIN_ANSWERS}
    )


def attention_promise() -> str:
    """What the attention page tells the program manager about its items, derived from the rules."""
    return str(
        _(
            "Each item names the kind of signal, never the answers behind it or who gave them, "
            "and disappears by itself when the situation is resolved. Signals from check-ins "
            "need answers from at least %(count)s different meetings or months; their "
            "thresholds are fixed and are not among the settings below."
        )
        % {"count": MIN_ANSWERS}
    )


def _senior_talked_most(check_in: CheckIn) -> bool:
    said = str(check_in.most_talking)
    return said == (CheckIn.Talk.PARTNER if check_in.side == "mentor" else CheckIn.Talk.ME)


def _is_pattern(answers: list[CheckIn]) -> bool:
    occasions = {(c.meeting_id, c.month) for c in answers}
    return len(occasions) >= MIN_ANSWERS


def _answer_rules(check_ins: list[CheckIn]) -> set[str]:
    """The answer-based rules that fire on a pair's check-ins (newest first)."""
    recent = check_ins[:RECENT_ANSWERS]
    rules: set[str] = set()
    if _is_pattern(
        [c for c in recent if c.kind == CheckIn.Kind.MEETING and _senior_talked_most(c)]
    ):
        rules.add("talk_balance")
    if _is_pattern([c for c in recent if min(c.trust, c.openness) <= LOW_SCORE]):
        rules.add("low_trust")
    return rules


def _firing_rules(
    mentorship: Mentorship, settings: AttentionSettings, now: dt.datetime
) -> set[str]:
    rules: set[str] = set()
    today = timezone.localdate(now)
    if mentorship.state == State.PROPOSED and now - mentorship.created_at > dt.timedelta(
        days=settings.proposal_days
    ):
        rules.add("proposal")
    if mentorship.state not in {State.CONTRACTING, State.ACTIVE}:
        return rules
    meetings = list(mentorship.meetings.all())
    if mentorship.state == State.ACTIVE:
        cadence = cadence_of(mentorship, today=today)
        if (
            cadence.days_since is not None
            and cadence.days_since > mentorship.cadence_weeks * 7 * float(settings.overdue_factor)
        ):
            rules.add("no_meeting")
    # The latest meetings by their planned time: a newly planned (or held) meeting clears the rule.
    recent = sorted(meetings, key=lambda m: m.starts_at, reverse=True)[
        : settings.cancellations_in_a_row
    ]
    if len(recent) == settings.cancellations_in_a_row and all(m.is_cancelled for m in recent):
        rules.add("cancellations")
    # Prefetched by attention_refresh (newest first, the model's ordering).
    check_ins: list[CheckIn] = list(mentorship.check_ins.all())
    rules |= _answer_rules(check_ins)
    upcoming = [m for m in meetings if not m.is_cancelled and m.starts_at > now]
    held_any = any(m.held for m in meetings)
    if upcoming and not held_any:
        first = min(upcoming, key=lambda m: m.starts_at)
        if first.starts_at - now <= dt.timedelta(
            days=settings.training_days
        ) and missing_required_training(mentorship.mentor):
            rules.add("training")
    if mentorship.state == State.ACTIVE:
        activated = max(
            (t.at for t in mentorship.transitions.all() if t.to_state == State.ACTIVE), default=None
        )
        last_answer = check_ins[0].answered_at if check_ins else activated
        if last_answer is not None and now - last_answer > dt.timedelta(
            days=settings.check_in_days
        ):
            rules.add("no_check_in")
    return rules


@transaction.atomic
def attention_refresh(*, program: Program, now: dt.datetime | None = None) -> list[AttentionItem]:
    """Evaluate every rule for every pair: open items for rules that fire, clear the others."""
    now = now or timezone.now()
    settings = attention_settings_for(program)
    mentorships = (
        Mentorship.objects.filter(program=program)
        .select_related("mentor", "mentor__program", "program")
        .prefetch_related("meetings", "check_ins", "transitions")
    )
    open_items = {
        (item.mentorship_id, item.rule): item
        for item in AttentionItem.objects.filter(program=program, cleared_at__isnull=True)
    }
    firing: set[tuple[int, str]] = set()
    for mentorship in mentorships:
        for rule in _firing_rules(mentorship, settings, now):
            firing.add((mentorship.pk, rule))
    for key, item in open_items.items():
        if key not in firing:
            item.cleared_at = now
            item.save(update_fields=["cleared_at"])
    AttentionItem.objects.bulk_create(
        AttentionItem(program=program, mentorship_id=mentorship_id, rule=rule)
        for mentorship_id, rule in sorted(firing - open_items.keys())
    )
    return list(
        AttentionItem.objects.filter(program=program, cleared_at__isnull=True)
        .select_related("mentorship__mentor__person", "mentorship__mentee__person")
        .prefetch_related("actions")
    )


INTERVENTIONS = (
    "nudge_both",
    "talk_both",
    "nudge_mentor",
    "nudge_senior",
    "peer_circle",
    "hr_one_on_one",
    "rematch",
    "other",
)


@transaction.atomic
def attention_record(
    *, item: AttentionItem, by: User, intervention: str, note: str
) -> AttentionAction:
    if intervention not in INTERVENTIONS:
        raise SupportError(_("Choose what you did."))
    action = AttentionAction.objects.create(
        item=item, by=by, intervention=intervention, note=note.strip()[:300]
    )
    audit_record(
        action=Action.ATTENTION_RECORDED,
        actor=by,
        obj=item,
        program_id=item.program_id,
        detail={"rule": item.rule, "intervention": intervention},  # the note is not copied
    )
    return action


@transaction.atomic
def article_add(
    *,
    program: Program,
    url: str,
    title: str,
    summary: str,
    language: str,
    topic_ids: Sequence[int],
    by: User | None = None,
) -> Article:
    if not url.lower().startswith(("http://", "https://")):
        raise SupportError(_("Enter a web address starting with http:// or https://."))
    article = Article(
        program=program, url=url, title=title.strip(), summary=summary.strip(), language=language
    )
    article.full_clean()
    article.save()
    article.topics.set(program.topics.filter(pk__in=topic_ids))
    audit_record(action=Action.ARTICLE_ADDED, actor=by, obj=article, program_id=program.pk)
    return article


def _notify_share(share: ArticleShare) -> None:
    from django.urls import reverse

    from revmentor.notifications.services import notify

    mentorship = share.mentorship
    article = share.article
    for participant in (mentorship.mentor, mentorship.mentee):
        user = User.objects.filter(person=participant.person).first()
        if user is None:
            continue
        notify(
            user=user,
            kind="article",
            event_key=f"article:{article.pk}:pair:{mentorship.pk}:{participant.pk}",
            template="support/email/article",
            context={
                "title": article.title,
                "article": {"title": article.title, "url": article.url, "summary": article.summary},
                "person": {"name": participant.person.name},
            },
            link=reverse("mentorships:detail", kwargs={"pk": mentorship.pk}),
        )


@transaction.atomic
def article_share(*, article: Article, mentorship: Mentorship, by: User | None) -> ArticleShare:
    if mentorship.program_id != article.program_id:
        raise SupportError(_("This pair is not in the article's program."))
    share, created = ArticleShare.objects.get_or_create(
        article=article, mentorship=mentorship, defaults={"shared_by": by}
    )
    if created:
        # Once per pair and article: sharing again never sends a second e-mail.
        _notify_share(share)
    return share


@transaction.atomic
def article_mark(*, share: ArticleShare, user: User, mark: str) -> ArticleShare:
    from revmentor.mentorships.services import side_of

    side = side_of(share.mentorship, user)
    if mark not in {"discussed", "useful", ""}:
        raise SupportError(_("Unknown mark."))
    setattr(share, f"{side}_mark", mark)
    share.save(update_fields=[f"{side}_mark"])
    return share


def suggested_articles(mentorship: Mentorship) -> list[Article]:
    """Articles on the pair's agreed topics, in a language they read, not yet shared with them."""
    languages = set(mentorship.mentor.application.languages) | set(
        mentorship.mentee.application.languages
    )
    shared = ArticleShare.objects.filter(mentorship=mentorship).values_list("article_id", flat=True)
    return list(
        Article.objects.filter(
            program=mentorship.program,
            topics__in=mentorship.topics.all(),
            language__in=languages or [translation.get_language()],
        )
        .exclude(pk__in=shared)
        .distinct()[:5]
    )


def complete_required_training(participant: Participant) -> None:
    """Mark the required modules done (demo data and tests that start after the training)."""
    for module in missing_required_training(participant):
        TrainingCompletion.objects.get_or_create(module=module, participant=participant)


def first_meeting_training_gate(mentorship: Mentorship, kind: str) -> None:
    """Regular meetings wait until the mentor has done the required training."""
    if kind != MeetingKind.REGULAR:
        return
    missing = missing_required_training(mentorship.mentor)
    if missing:
        raise SupportError(
            _("Before the first meeting the mentor completes the required training: %(modules)s.")
            % {"modules": ", ".join(module.title for module in missing)}
        )


# --- Peer circles ---------------------------------------------------------------------------


def suggest_circles(program: Program, *, size: int = 6) -> list[list[Participant]]:
    """Mentors grouped so that each circle mixes departments (and so the programs' pairs)."""
    from revmentor.enrolment.models import Role

    mentors = list(
        Participant.objects.filter(program=program, role=Role.MENTOR)
        .exclude(circles__program=program)  # already in one of this program's circles
        .select_related("person__org_unit")
        .order_by("person__org_unit__path", "person__name")
    )
    if not mentors:
        return []
    count = max(1, round(len(mentors) / size))
    circles: list[list[Participant]] = [[] for _ in range(count)]
    # Dealing mentors sorted by department round-robin spreads every department over the circles.
    for index, mentor in enumerate(mentors):
        circles[index % count].append(mentor)
    return circles


@transaction.atomic
def circle_create(
    *, program: Program, name: str, members: Sequence[Participant], by: User | None = None
) -> PeerCircle:
    if not 4 <= len(members) <= 8:
        raise SupportError(_("A peer circle has 4 to 8 mentors."))
    if any(member.program_id != program.pk or member.role != "mentor" for member in members):
        raise SupportError(_("Only this program's mentors can join its circles."))
    circle = PeerCircle.objects.create(program=program, name=name.strip() or str(_("Peer circle")))
    circle.members.set(members)
    audit_record(
        action=Action.CIRCLE_CREATED,
        actor=by,
        obj=circle,
        program_id=program.pk,
        detail={"members": len(members)},
    )
    return circle


@transaction.atomic
def circle_session_plan(
    *, circle: PeerCircle, starts_at: dt.datetime, place: str, guide_questions: str
) -> CircleSession:
    if starts_at <= timezone.now():
        raise SupportError(_("A session cannot be planned in the past."))
    return CircleSession.objects.create(
        circle=circle, starts_at=starts_at, place=place, guide_questions=guide_questions
    )


@transaction.atomic
def circle_attendance(*, session: CircleSession, attendees: Sequence[Participant]) -> CircleSession:
    members = set(session.circle.members.values_list("pk", flat=True))
    if any(person.pk not in members for person in attendees):
        raise SupportError(_("Only members can attend."))
    session.attendees.set(attendees)
    return session


@transaction.atomic
def circle_note_add(*, circle: PeerCircle, author: Participant, body: str) -> CircleNote:
    if not circle.members.filter(pk=author.pk).exists():
        raise SupportError(_("Only members write in the circle."))
    if not body.strip():
        raise SupportError(_("An empty note cannot be saved."))
    return CircleNote.objects.create(circle=circle, author=author, body=body.strip())


# --- HR 1:1 support --------------------------------------------------------------------------


@transaction.atomic
def support_case_open(
    *, program: Program, hr_user: User, mentee: Participant, by: User | None = None
) -> SupportCase:
    """Put a senior in an HR caseload, with talks planned at the start, middle and end."""
    from revmentor.accounts.models import Role as UserRole

    if hr_user.role not in {UserRole.HR_SUPPORT, UserRole.PROGRAM_MANAGER}:
        raise SupportError(_("Only HR support or a program manager holds support talks."))
    if mentee.program_id != program.pk or mentee.role != "mentee":
        raise SupportError(_("Choose a mentee of this program."))
    # Two requests at once: the second waits here, then finds the first one's case.
    Participant.objects.select_for_update().only("pk").get(pk=mentee.pk)
    existing = (
        SupportCase.objects.filter(program=program, mentee=mentee).select_related("hr_user").first()
    )
    if existing is not None:
        if existing.hr_user_id == hr_user.pk:
            return existing
        raise SupportError(
            _("%(mentee)s is already in the caseload of %(hr)s.")
            % {"mentee": mentee.person.name, "hr": existing.hr_user}
        )
    case = SupportCase.objects.create(program=program, mentee=mentee, hr_user=hr_user)
    start = program.start_date or timezone.localdate()
    end = program.end_date or start + dt.timedelta(days=180)
    middle = start + (end - start) / 2
    SupportTalk.objects.bulk_create(
        SupportTalk(case=case, moment=moment, planned_on=day)
        for moment, day in (
            (SupportTalk.Moment.START, start),
            (SupportTalk.Moment.MIDDLE, middle),
            (SupportTalk.Moment.END, end),
        )
    )
    audit_record(
        action=Action.HR_CASE_OPENED,
        actor=by,
        obj=case,
        program_id=program.pk,
        detail={"hr_user": hr_user.pk},
    )
    return case


@transaction.atomic
def support_talk_request(*, case: SupportCase) -> SupportTalk:
    """The mentee asks for a talk at any time; their HR support manager is told."""
    from django.urls import reverse

    from revmentor.notifications.services import notify

    talk = SupportTalk.objects.create(
        case=case,
        moment=SupportTalk.Moment.REQUESTED,
        planned_on=timezone.localdate(),
        requested_at=timezone.now(),
    )
    notify(
        user=case.hr_user,
        kind="hr_talk_requested",
        event_key=f"hr-talk:{talk.pk}",
        template="support/email/hr_talk_requested",
        context={
            "mentee": {"name": case.mentee.person.name},
            "person": {"name": case.hr_user.get_short_name()},
        },
        link=reverse("support:case", kwargs={"pk": case.pk}),
        essential=True,
    )
    return talk


@transaction.atomic
def support_talk_update(
    *, talk: SupportTalk, planned_on: dt.date, held: bool, by: User | None = None
) -> SupportTalk:
    talk.planned_on = planned_on
    talk.held = held
    talk.save(update_fields=["planned_on", "held"])
    audit_record(
        action=Action.HR_TALK_UPDATED,
        actor=by,
        obj=talk,
        program_id=talk.case.program_id,
        detail={"moment": talk.moment, "held": held},
    )
    return talk


@transaction.atomic
def hr_note_add(*, case: SupportCase, author: User, body: str) -> HrNote:
    if case.hr_user_id != author.pk:
        raise SupportError(_("Only the HR support manager of this case writes notes on it."))
    if not body.strip():
        raise SupportError(_("An empty note cannot be saved."))
    return HrNote.objects.create(case=case, author=author, body=body.strip())


# --- Kick-off ----------------------------------------------------------------------------------


@transaction.atomic
def kickoff_plan(
    *, program: Program, starts_at: dt.datetime, place: str, agenda: str, by: User | None = None
) -> KickOff:
    """Plan (or move) the kick-off and invite the cohort: every accepted participant."""
    if starts_at <= timezone.now():
        raise SupportError(_("The kick-off cannot be planned in the past."))
    kickoff, _created = KickOff.objects.update_or_create(
        program=program,
        defaults={"starts_at": starts_at, "place": place.strip(), "agenda": agenda.strip()},
    )
    invited = set(kickoff.guests.values_list("person_id", flat=True))
    KickOffGuest.objects.bulk_create(
        KickOffGuest(kickoff=kickoff, person_id=person_id, kind=KickOffGuest.Kind.COHORT)
        for person_id in Participant.objects.filter(program=program)
        .values_list("person_id", flat=True)
        .distinct()
        if person_id not in invited
    )
    audit_record(action=Action.KICKOFF_PLANNED, actor=by, obj=kickoff, program_id=program.pk)
    return kickoff


def alumni_of(program: Program) -> list[Participant]:
    """People who took part in an earlier program (a completed or ended mentorship)."""
    return list(
        Participant.objects.exclude(program=program)
        .filter(
            Q(mentorships_as_mentor__state__in=[State.COMPLETED, State.ENDED])
            | Q(mentorships_as_mentee__state__in=[State.COMPLETED, State.ENDED])
        )
        .select_related("person", "program")
        .distinct()
    )


@transaction.atomic
def kickoff_invite_alumnus(*, kickoff: KickOff, person_id: int) -> KickOffGuest:
    if person_id not in {p.person_id for p in alumni_of(kickoff.program)}:
        raise SupportError(_("Only alumni of earlier programs can speak at the kick-off."))
    guest, _created = KickOffGuest.objects.update_or_create(
        kickoff=kickoff, person_id=person_id, defaults={"kind": KickOffGuest.Kind.ALUMNUS}
    )
    return guest


@transaction.atomic
def kickoff_rsvp(*, guest: KickOffGuest, user: User, answer: str) -> KickOffGuest:
    if guest.person_id != user.person_id:
        raise SupportError(_("You can only answer for yourself."))
    if answer not in KickOffGuest.Rsvp.values:
        raise SupportError(_("Answer yes or no."))
    guest.rsvp = answer
    guest.save(update_fields=["rsvp"])
    return guest


@transaction.atomic
def kickoff_attendance(*, kickoff: KickOff, present_ids: Sequence[int]) -> None:
    kickoff.guests.update(attended=False)
    kickoff.guests.filter(pk__in=list(present_ids)).update(attended=True)


@transaction.atomic
def testimonial_add(*, program: Program, person_id: int, text: str, consent: bool) -> Testimonial:
    """An alumnus's words for the applicants' page: only with their recorded consent."""
    if not consent:
        raise SupportError(_("A testimonial is shown only with the alumnus's consent."))
    if person_id not in {p.person_id for p in alumni_of(program)}:
        raise SupportError(_("Only alumni of earlier programs can give a testimonial."))
    if not text.strip():
        raise SupportError(_("Write the testimonial."))
    return Testimonial.objects.create(
        program=program, person_id=person_id, text=text.strip(), consent_at=timezone.now()
    )


# --- Scheduled nudges (run by `manage.py housekeeping`) ---------------------------------------


def _user_of(participant: Participant) -> User | None:
    return User.objects.filter(person=participant.person).first()


def _notify_partners(
    mentorship: Mentorship,
    *,
    kind: str,
    key: str,
    context: dict[str, object],
    link: str,
    sides: tuple[str, ...] = ("mentor", "mentee"),
) -> int:
    from revmentor.notifications.services import notify

    sent = 0
    for side in sides:
        participant = mentorship.mentor if side == "mentor" else mentorship.mentee
        user = _user_of(participant)
        if user is None:
            continue
        if notify(
            user=user,
            kind=kind,
            event_key=f"{key}:{side}",
            template=f"support/email/{kind}",
            context={**context, "person": {"name": participant.person.name}},
            link=link,
        ):
            sent += 1
    return sent


def send_meeting_reminders(*, now: dt.datetime | None = None) -> int:
    """Both partners are reminded of a meeting in the next 24 hours (once per meeting time)."""
    from django.urls import reverse

    now = now or timezone.now()
    sent = 0
    upcoming = Meeting.objects.filter(
        cancelled_at__isnull=True, starts_at__gt=now, starts_at__lte=now + dt.timedelta(hours=24)
    ).select_related("mentorship__mentor__person", "mentorship__mentee__person")
    for meeting in upcoming:
        sent += _notify_partners(
            meeting.mentorship,
            kind="meeting_reminder",
            key=f"meeting-reminder:{meeting.pk}:{meeting.sequence}",
            context={
                "starts": timezone.localtime(meeting.starts_at).isoformat(),
                "format": meeting.get_format_display(),
            },
            link=reverse("mentorships:meeting", kwargs={"pk": meeting.pk}),
        )
    return sent


def send_check_in_reminders(*, now: dt.datetime | None = None) -> int:
    """A partner who has not answered the check-in of last week's meeting gets one reminder."""
    from django.urls import reverse

    now = now or timezone.now()
    sent = 0
    recent = Meeting.objects.filter(
        cancelled_at__isnull=True,
        starts_at__lte=now - dt.timedelta(hours=2),
        starts_at__gt=now - dt.timedelta(days=7),
    ).select_related("mentorship__mentor__person", "mentorship__mentee__person")
    for meeting in recent:
        answered = set(CheckIn.objects.filter(meeting=meeting).values_list("side", flat=True))
        sides = tuple(
            side
            for side in ("mentor", "mentee")
            if side not in answered and getattr(meeting, f"{side}_held") is not False
        )
        if sides:
            sent += _notify_partners(
                meeting.mentorship,
                kind="check_in_due",
                key=f"check-in-due:{meeting.pk}",
                sides=sides,
                context={},
                link=reverse("support:check_in", kwargs={"pk": meeting.pk}),
            )
    return sent


# From this day of the month on, a partner who has not answered the month's pulse is reminded
# (once per month): late enough to let them answer unprompted, early enough to still count.
PULSE_REMINDER_DAY = 20


def send_pulse_reminders(*, today: dt.date | None = None) -> int:
    """Each partner of an active pair who has not answered this month's pulse gets one reminder,
    from the 20th of the month on."""
    from django.urls import reverse

    today = today or timezone.localdate()
    if today.day < PULSE_REMINDER_DAY:
        return 0
    month = today.replace(day=1)
    sent = 0
    pairs = Mentorship.objects.filter(state=State.ACTIVE).select_related(
        "mentor__person", "mentee__person"
    )
    for mentorship in pairs:
        answered = set(
            CheckIn.objects.filter(
                mentorship=mentorship, kind=CheckIn.Kind.MONTHLY, month=month
            ).values_list("side", flat=True)
        )
        sides = tuple(side for side in ("mentor", "mentee") if side not in answered)
        if sides:
            sent += _notify_partners(
                mentorship,
                kind="pulse_due",
                key=f"pulse-due:{mentorship.pk}:{month:%Y-%m}",
                sides=sides,
                context={},
                link=reverse("support:pulse", kwargs={"pk": mentorship.pk}),
            )
    return sent


def send_training_reminders() -> int:
    """Mentors in a pair who still miss required training are reminded once."""
    from django.urls import reverse

    sent = 0
    pairs = Mentorship.objects.filter(
        state__in=[State.PROPOSED, State.CONTRACTING, State.ACTIVE]
    ).select_related("mentor__person", "mentor__program", "mentee__person")
    for mentorship in pairs:
        if missing_required_training(mentorship.mentor):
            sent += _notify_partners(
                mentorship,
                kind="training_due",
                key=f"training-due:{mentorship.mentor_id}",
                sides=("mentor",),
                context={},
                link=reverse("support:training"),
            )
    return sent


def drip_articles(*, now: dt.datetime | None = None) -> int:
    """Before each planned meeting a pair gets one article on its topics, if one fits."""
    now = now or timezone.now()
    shared = 0
    upcoming = Meeting.objects.filter(
        cancelled_at__isnull=True,
        starts_at__gt=now,
        starts_at__lte=now + dt.timedelta(days=3),
        mentorship__state=State.ACTIVE,
    ).select_related("mentorship")
    for meeting in upcoming:
        mentorship = meeting.mentorship
        previous = (
            mentorship.meetings.filter(starts_at__lt=meeting.starts_at)
            .order_by("-starts_at")
            .first()
        )
        since = previous.starts_at if previous else mentorship.created_at
        if ArticleShare.objects.filter(mentorship=mentorship, shared_at__gte=since).exists():
            continue
        suggestions = suggested_articles(mentorship)
        if suggestions:
            article_share(article=suggestions[0], mentorship=mentorship, by=None)
            shared += 1
    return shared


def send_digests(*, today: dt.date | None = None) -> int:
    """The weekly digest to program managers: per running program, states and attention items."""
    from django.urls import reverse

    from revmentor.accounts.models import Role as UserRole
    from revmentor.notifications.services import notify
    from revmentor.programs.models import Status

    today = today or timezone.localdate()
    year, week, _weekday = today.isocalendar()
    managers = list(User.objects.filter(role=UserRole.PROGRAM_MANAGER, is_active=True))
    sent = 0
    for program in Program.objects.filter(
        status__in=[Status.MATCHING, Status.RUNNING, Status.CLOSING]
    ):
        states = dict(
            Mentorship.objects.filter(program=program)
            .values_list("state")
            .annotate(n=models_count("pk"))
            .values_list("state", "n")
        )
        held = (
            Meeting.objects.filter(
                mentorship__program=program,
                starts_at__gte=timezone.now() - dt.timedelta(days=7),
                starts_at__lte=timezone.now(),
            )
            .exclude(cancelled_at__isnull=False)
            .count()
        )
        open_items = AttentionItem.objects.filter(program=program, cleared_at__isnull=True).count()
        for manager in managers:
            if notify(
                user=manager,
                kind="digest",
                event_key=f"digest:{program.pk}:{year}-{week}:{manager.pk}",
                template="support/email/digest",
                context={
                    "program": {"name": program.name},
                    "active": states.get(State.ACTIVE, 0),
                    "paused": states.get(State.PAUSED, 0),
                    "proposed": states.get(State.PROPOSED, 0) + states.get(State.CONTRACTING, 0),
                    "meetings": held,
                    "attention": open_items,
                    "person": {"name": manager.get_short_name()},
                },
                link=reverse("support:attention", kwargs={"pk": program.pk}),
            ):
                sent += 1
    return sent
