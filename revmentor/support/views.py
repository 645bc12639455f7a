"""Support pages: training, check-ins, the attention list and articles."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from revmentor.accounts.models import Role as UserRole
from revmentor.audit.models import Action
from revmentor.audit.services import audit_record
from revmentor.core.access import current_user, role_required
from revmentor.core.exceptions import DomainError
from revmentor.core.params import id_list_param, id_param, int_param, text_param
from revmentor.enrolment.models import Participant, Role
from revmentor.mentorships import selectors as pair_selectors
from revmentor.mentorships.models import Mentorship, State
from revmentor.programs.selectors import program_for_user
from revmentor.support import services
from revmentor.support.forms import (
    ArticleForm,
    AttentionSettingsForm,
    CircleSessionForm,
    KickOffForm,
    MeetingCheckInForm,
    PulseForm,
    RecordForm,
    SelfCheckForm,
    TalkForm,
)
from revmentor.support.models import (
    Article,
    ArticleShare,
    AttentionItem,
    CircleSession,
    KickOff,
    KickOffGuest,
    PeerCircle,
    SupportCase,
    SupportTalk,
    Testimonial,
    TrainingCompletion,
    TrainingModule,
)

EVERYONE = (UserRole.PROGRAM_MANAGER, UserRole.HR_SUPPORT, UserRole.SPONSOR, UserRole.PARTICIPANT)

RULE_LABELS = {
    "no_meeting": gettext_lazy("No meeting for too long"),
    "cancellations": gettext_lazy("Cancelled meetings in a row"),
    "talk_balance": gettext_lazy("Check-ins over time say the senior does most of the talking"),
    "low_trust": gettext_lazy("Check-ins over time show low trust or openness"),
    "training": gettext_lazy("Required training not done before the first meeting"),
    "proposal": gettext_lazy("Proposal not answered"),
    "no_check_in": gettext_lazy("No check-in answered for a long time"),
}
INTERVENTION_LABELS = {
    "nudge_both": gettext_lazy("Nudge both partners"),
    "talk_both": gettext_lazy("Talk with both partners (without citing any answer)"),
    "nudge_mentor": gettext_lazy("Nudge the mentor"),
    "nudge_senior": gettext_lazy("Nudge the senior"),
    "peer_circle": gettext_lazy("Invite the junior to a peer circle"),
    "hr_one_on_one": gettext_lazy("HR 1:1 for the senior"),
    "rematch": gettext_lazy("Offer a rematch"),
    "other": gettext_lazy("Something else"),
}


def _mentor_participations(request: HttpRequest) -> list[Participant]:
    user = current_user(request)
    if user.person_id is None:
        return []
    return list(
        Participant.objects.filter(person_id=user.person_id, role=Role.MENTOR).select_related(
            "program"
        )
    )


@role_required(*EVERYONE)
def training(request: HttpRequest) -> HttpResponse:
    rows = []
    for participant in _mentor_participations(request):
        modules = services.training_modules_for(participant.program)
        done = set(
            TrainingCompletion.objects.filter(participant=participant).values_list(
                "module_id", flat=True
            )
        )
        rows.append((participant, [(module, module.pk in done) for module in modules]))
    return render(request, "support/training.html", {"rows": rows})


@role_required(*EVERYONE)
def training_module(request: HttpRequest, pk: int) -> HttpResponse:
    module = get_object_or_404(TrainingModule.objects.select_related("program"), pk=pk)
    participant = next(
        (p for p in _mentor_participations(request) if p.program_id == module.program_id), None
    )
    if participant is None:
        raise Http404
    form = SelfCheckForm(request.POST or None, questions=module.self_check)
    result = None
    if request.method == "POST" and form.is_valid():
        result = services.training_complete(
            module=module, participant=participant, answers=form.answers()
        )
        if result.passed:
            messages.success(request, _("Module completed."))
            return redirect("support:training")
        messages.error(
            request, _("Not all answers are right yet; read the explanations and try again.")
        )
    done = TrainingCompletion.objects.filter(module=module, participant=participant).exists()
    return render(
        request,
        "support/training_module.html",
        {
            "module": module,
            "form": form,
            "result": result,
            "done": done,
            "paragraphs": module.body.split("\n\n"),
        },
    )


@role_required(*EVERYONE)
def check_in(request: HttpRequest, pk: int) -> HttpResponse:
    meeting, side = pair_selectors.meeting_for_user(user=current_user(request), pk=pk)
    form = MeetingCheckInForm(request.POST or None, side=side)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.check_in_after_meeting(
                meeting=meeting,
                user=current_user(request),
                answers=services.PulseAnswers(
                    openness=data["openness"],
                    trust=data["trust"],
                    value=data["value"],
                    as_planned=data["as_planned"] == "yes",
                    most_talking=data["most_talking"],
                    covered_topic=data["covered_topic"] == "yes",
                ),
            )
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Thank you. Only you see your answers."))
        return redirect("mentorships:meeting", pk=meeting.pk)
    return render(
        request,
        "support/check_in.html",
        {
            "meeting": meeting,
            "form": form,
            "monthly": False,
            "promise": services.answers_promise(),
        },
    )


@role_required(*EVERYONE)
def pulse(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship, side = pair_selectors.mentorship_for_user(user=current_user(request), pk=pk)
    form = PulseForm(request.POST or None, side=side)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.monthly_pulse(
                mentorship=mentorship,
                user=current_user(request),
                answers=services.PulseAnswers(
                    openness=data["openness"], trust=data["trust"], value=data["value"]
                ),
            )
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Thank you. Only you see your answers."))
        return redirect("mentorships:detail", pk=mentorship.pk)
    return render(
        request,
        "support/check_in.html",
        {
            "mentorship": mentorship,
            "form": form,
            "monthly": True,
            "promise": services.answers_promise(),
        },
    )


@role_required(UserRole.PROGRAM_MANAGER)
def attention(request: HttpRequest, pk: int) -> HttpResponse:
    program = program_for_user(user=current_user(request), pk=pk)
    settings = services.attention_settings_for(program)
    form = AttentionSettingsForm(request.POST or None, instance=settings)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Thresholds saved; the list below uses them."))
        return redirect("support:attention", pk=program.pk)
    items = services.attention_refresh(program=program)
    for item in items:
        for action in item.actions.all():
            action.label = INTERVENTION_LABELS.get(action.intervention, action.intervention)  # type: ignore[attr-defined]
    choices = list(INTERVENTION_LABELS.items())
    return render(
        request,
        "support/attention.html",
        {
            "program": program,
            "form": form,
            "promise": services.attention_promise(),
            "items": [
                (
                    item,
                    RULE_LABELS.get(item.rule, item.rule),
                    INTERVENTION_LABELS[services.SUGGESTIONS[item.rule]],
                    RecordForm(
                        choices=choices, initial={"intervention": services.SUGGESTIONS[item.rule]}
                    ),
                )
                for item in items
            ],
            "intervention_labels": INTERVENTION_LABELS,
        },
    )


@require_POST
@role_required(UserRole.PROGRAM_MANAGER)
def attention_record(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(AttentionItem, pk=pk)
    program_for_user(user=current_user(request), pk=item.program_id)
    form = RecordForm(request.POST, choices=list(INTERVENTION_LABELS.items()))
    if form.is_valid():
        services.attention_record(
            item=item,
            by=current_user(request),
            intervention=form.cleaned_data["intervention"],
            note=form.cleaned_data["note"],
        )
        messages.success(request, _("Recorded."))
    else:
        messages.error(request, _("Choose what you did."))
    return redirect("support:attention", pk=item.program_id)


@role_required(UserRole.PROGRAM_MANAGER)
def articles(request: HttpRequest, pk: int) -> HttpResponse:
    program = program_for_user(user=current_user(request), pk=pk)
    form = ArticleForm(request.POST or None, program=program)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.article_add(
                program=program,
                url=data["url"],
                title=data["title"],
                summary=data["summary"],
                language=data["language"],
                topic_ids=[t.pk for t in data["topics"]],
                by=current_user(request),
            )
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Article added to the library."))
            return redirect("support:articles", pk=program.pk)
    pairs = Mentorship.objects.filter(
        program=program, state__in=[State.ACTIVE, State.CONTRACTING, State.PAUSED]
    ).select_related("mentor__person", "mentee__person")
    library = Article.objects.filter(program=program).prefetch_related("topics", "shares")
    return render(
        request,
        "support/articles.html",
        {"program": program, "form": form, "library": library, "pairs": pairs},
    )


@require_POST
@role_required(UserRole.PROGRAM_MANAGER)
def article_share(request: HttpRequest, pk: int, article_pk: int) -> HttpResponse:
    program = program_for_user(user=current_user(request), pk=pk)
    article = get_object_or_404(Article, program=program, pk=article_pk)
    mentorship = Mentorship.objects.filter(
        program=program, pk=id_param(request.POST.get("mentorship")) or 0
    ).first()
    if mentorship is None:
        messages.error(request, _("Choose a pair of this program."))
        return redirect("support:articles", pk=program.pk)
    try:
        services.article_share(article=article, mentorship=mentorship, by=current_user(request))
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("Sent to %(mentor)s and %(mentee)s.")
            % {"mentor": mentorship.mentor.person.name, "mentee": mentorship.mentee.person.name},
        )
    return redirect("support:articles", pk=program.pk)


@require_POST
@role_required(*EVERYONE)
def article_mark(request: HttpRequest, pk: int) -> HttpResponse:
    share = get_object_or_404(ArticleShare.objects.select_related("mentorship"), pk=pk)
    pair_selectors.mentorship_for_user(user=current_user(request), pk=share.mentorship_id)
    services.article_mark(
        share=share, user=current_user(request), mark=text_param(request.POST.get("mark", ""))
    )
    return redirect("mentorships:detail", pk=share.mentorship_id)


# --- Peer circles ---------------------------------------------------------------------------


def _circle_member(request: HttpRequest, circle: PeerCircle) -> Participant | None:
    user = current_user(request)
    if user.person_id is None:
        return None
    return circle.members.filter(person_id=user.person_id).first()


@role_required(UserRole.PROGRAM_MANAGER)
def circles(request: HttpRequest, pk: int) -> HttpResponse:
    program = program_for_user(user=current_user(request), pk=pk)
    suggestion = services.suggest_circles(program)
    if request.method == "POST":
        index = int_param(request.POST.get("suggestion"))
        members = suggestion[index] if index is not None and 0 <= index < len(suggestion) else []
        try:
            services.circle_create(
                program=program,
                name=text_param(request.POST.get("name", "")),
                members=members,
                by=current_user(request),
            )
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Peer circle created."))
        return redirect("support:circles", pk=program.pk)
    existing = PeerCircle.objects.filter(program=program).prefetch_related(
        "members__person", "sessions"
    )
    return render(
        request,
        "support/circles.html",
        {"program": program, "circles": existing, "suggestion": suggestion},
    )


@role_required(*EVERYONE)
def circle(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(PeerCircle.objects.select_related("program"), pk=pk)
    member = _circle_member(request, item)
    is_manager = current_user(request).role == UserRole.PROGRAM_MANAGER
    if member is None and not is_manager:
        raise Http404
    if request.method == "POST":
        if member is None:
            raise Http404
        try:
            services.circle_note_add(
                circle=item, author=member, body=text_param(request.POST.get("body", ""))
            )
        except DomainError as error:
            messages.error(request, error.message)
        return redirect("support:circle", pk=item.pk)
    return render(
        request,
        "support/circle.html",
        {
            "circle": item,
            "members": item.members.select_related("person__org_unit"),
            "sessions": item.sessions.prefetch_related("attendees"),
            # The program manager organises the circle but never reads what members write.
            "notes": item.notes.select_related("author__person") if member is not None else [],
            "is_member": member is not None,
            "is_manager": is_manager,
        },
    )


@require_POST
@role_required(UserRole.PROGRAM_MANAGER)
def circle_session(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(PeerCircle, pk=pk)
    form = CircleSessionForm(request.POST)
    if form.is_valid():
        try:
            services.circle_session_plan(circle=item, **form.cleaned_data)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Session planned."))
    else:
        messages.error(request, _("Give a date in the future and a place or link."))
    return redirect("support:circle", pk=item.pk)


@require_POST
@role_required(UserRole.PROGRAM_MANAGER)
def circle_attendance(request: HttpRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(CircleSession.objects.select_related("circle"), pk=pk)
    attendees = list(
        session.circle.members.filter(pk__in=id_list_param(request.POST.getlist("attended")))
    )
    services.circle_attendance(session=session, attendees=attendees)
    messages.success(request, _("Attendance saved."))
    return redirect("support:circle", pk=session.circle_id)


# --- HR 1:1 support --------------------------------------------------------------------------


@role_required(UserRole.PROGRAM_MANAGER)
def hr_assign(request: HttpRequest, pk: int) -> HttpResponse:
    from revmentor.accounts.models import User

    program = program_for_user(user=current_user(request), pk=pk)
    hr_users = list(
        User.objects.filter(role=UserRole.HR_SUPPORT, is_active=True).order_by("full_name")
    )
    mentees = list(
        Participant.objects.filter(program=program, role=Role.MENTEE)
        .select_related("person")
        .order_by("person__name")
    )
    if request.method == "POST":
        hr_user = next((u for u in hr_users if str(u.pk) == request.POST.get("hr_user")), None)
        mentee = next((m for m in mentees if str(m.pk) == request.POST.get("mentee")), None)
        if hr_user is None or mentee is None:
            messages.error(request, _("Choose an HR support manager and a mentee."))
        else:
            try:
                services.support_case_open(
                    program=program, hr_user=hr_user, mentee=mentee, by=current_user(request)
                )
            except DomainError as error:
                messages.error(request, error.message)
            else:
                messages.success(
                    request, _("Added to the caseload, with talks at the start, middle and end.")
                )
        return redirect("support:hr_assign", pk=program.pk)
    cases = (
        SupportCase.objects.filter(program=program)
        .select_related("hr_user", "mentee__person")
        .prefetch_related("talks")
    )
    return render(
        request,
        "support/hr_assign.html",
        {"program": program, "cases": cases, "hr_users": hr_users, "mentees": mentees},
    )


@role_required(UserRole.PROGRAM_MANAGER, UserRole.HR_SUPPORT)
def caseload(request: HttpRequest) -> HttpResponse:
    cases = (
        SupportCase.objects.filter(hr_user=current_user(request))
        .select_related("program", "mentee__person")
        .prefetch_related("talks")
    )
    return render(request, "support/caseload.html", {"cases": cases})


@role_required(UserRole.PROGRAM_MANAGER, UserRole.HR_SUPPORT)
def case(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(
        SupportCase.objects.select_related("program", "mentee__person"),
        pk=pk,
        hr_user=current_user(request),
    )
    if request.method == "GET":
        audit_record(
            action=Action.HR_CASE_VIEWED,
            actor=current_user(request),
            obj=item,
            program_id=item.program_id,
        )
    if request.method == "POST":
        try:
            services.hr_note_add(
                case=item,
                author=current_user(request),
                body=text_param(request.POST.get("body", "")),
            )
        except DomainError as error:
            messages.error(request, error.message)
        return redirect("support:case", pk=item.pk)
    return render(
        request,
        "support/case.html",
        {
            "case": item,
            "talks": item.talks.all(),
            "notes": item.notes.filter(author=current_user(request)),
        },
    )


@require_POST
@role_required(UserRole.PROGRAM_MANAGER, UserRole.HR_SUPPORT)
def talk_update(request: HttpRequest, pk: int) -> HttpResponse:
    talk = get_object_or_404(
        SupportTalk.objects.select_related("case"), pk=pk, case__hr_user=current_user(request)
    )
    form = TalkForm(request.POST)
    if form.is_valid():
        services.support_talk_update(talk=talk, by=current_user(request), **form.cleaned_data)
        messages.success(request, _("Talk updated."))
    else:
        messages.error(request, _("Give a valid date."))
    return redirect("support:case", pk=talk.case_id)


@require_POST
@role_required(*EVERYONE)
def ask_hr(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship, side = pair_selectors.mentorship_for_user(user=current_user(request), pk=pk)
    item = SupportCase.objects.filter(mentee=mentorship.mentee).first()
    if side != "mentee" or item is None:
        messages.error(
            request, _("No HR support manager is linked to you yet; ask your program manager.")
        )
    else:
        services.support_talk_request(case=item)
        messages.success(request, _("Your HR support manager will plan a talk with you."))
    return redirect("mentorships:detail", pk=mentorship.pk)


# --- Kick-off ----------------------------------------------------------------------------------


@role_required(UserRole.PROGRAM_MANAGER)
def kickoff(request: HttpRequest, pk: int) -> HttpResponse:
    program = program_for_user(user=current_user(request), pk=pk)
    item = KickOff.objects.filter(program=program).first()
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "plan":
                form = KickOffForm(request.POST)
                if not form.is_valid():
                    raise services.SupportError(_("Give a date in the future and a place or link."))
                services.kickoff_plan(
                    program=program, by=current_user(request), **form.cleaned_data
                )
                messages.success(request, _("Kick-off planned; the cohort is invited."))
            elif action == "alumnus" and item is not None:
                services.kickoff_invite_alumnus(
                    kickoff=item, person_id=id_param(request.POST.get("person")) or 0
                )
                messages.success(request, _("Alumnus invited as a speaker."))
            elif action == "attendance" and item is not None:
                services.kickoff_attendance(
                    kickoff=item, present_ids=id_list_param(request.POST.getlist("present"))
                )
                messages.success(request, _("Attendance saved."))
            elif action == "testimonial":
                services.testimonial_add(
                    program=program,
                    person_id=id_param(request.POST.get("person")) or 0,
                    text=text_param(request.POST.get("text", "")),
                    consent=request.POST.get("consent") == "on",
                )
                messages.success(request, _("Testimonial added to the applicants' page."))
        except DomainError as error:
            messages.error(request, error.message)
        return redirect("support:kickoff", pk=program.pk)
    return render(
        request,
        "support/kickoff.html",
        {
            "program": program,
            "kickoff": item,
            "guests": item.guests.select_related("person") if item else [],
            "form": KickOffForm(
                initial={"starts_at": item.starts_at, "place": item.place, "agenda": item.agenda}
                if item
                else None
            ),
            "alumni": services.alumni_of(program),
            "testimonials": Testimonial.objects.filter(program=program).select_related("person"),
        },
    )


@require_POST
@role_required(*EVERYONE)
def kickoff_rsvp(request: HttpRequest, pk: int) -> HttpResponse:
    guest = get_object_or_404(KickOffGuest, pk=pk, person_id=current_user(request).person_id)
    try:
        services.kickoff_rsvp(
            guest=guest,
            user=current_user(request),
            answer=text_param(request.POST.get("answer", "")),
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Thank you for letting us know."))
    return redirect("core:home")
