"""The pair's pages (only the two partners get in) and the program manager's metadata overview."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from revmentor.accounts.models import Role as UserRole
from revmentor.core.access import current_user, role_required
from revmentor.core.exceptions import DomainError
from revmentor.core.params import id_param
from revmentor.mentorships import calendar as ical
from revmentor.mentorships import selectors, services
from revmentor.mentorships.forms import (
    ActionForm,
    AgreementForm,
    CancelForm,
    ContractCheckForm,
    DeclineForm,
    EndForm,
    ExtendForm,
    LogForm,
    MeetingForm,
    NoteForm,
    PauseForm,
    RescheduleForm,
    StepFormSet,
)
from revmentor.mentorships.models import ActionItem, Side, State
from revmentor.programs.selectors import program_for_user
from revmentor.support import services as support_services
from revmentor.support.models import ArticleShare

EVERYONE = (UserRole.PROGRAM_MANAGER, UserRole.HR_SUPPORT, UserRole.SPONSOR, UserRole.PARTICIPANT)


def _done(
    request: HttpRequest, call: Any, success: str, *, form: Any = None, **kwargs: Any
) -> bool:
    """Run a service; show its domain error (on ``form`` when given), or the success message."""
    try:
        call(**kwargs)
    except DomainError as error:
        if form is None:
            messages.error(request, error.message)
        else:
            form.add_error(None, error.message)
        return False
    messages.success(request, success)
    return True


def _form_errors(request: HttpRequest, form: Any) -> None:
    for field, errors in form.errors.items():
        label = form.fields[field].label if field in form.fields else ""
        for error in errors:
            messages.error(request, f"{label}: {error}" if label else str(error))


@role_required(*EVERYONE)
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail_page(request, pk)


def _detail_page(request: HttpRequest, pk: int, **forms: Any) -> HttpResponse:
    """The mentorship page; ``forms`` replace blank forms (a bound one keeps what was typed)."""
    user = current_user(request)
    mentorship, side = selectors.mentorship_for_user(user=user, pk=pk)
    partner = mentorship.mentee if side == Side.MENTOR else mentorship.mentor
    program = mentorship.program
    my_check = mentorship.checks.filter(side=side).first()
    context = {
        "mentorship": mentorship,
        "side": side,
        "partner": partner,
        "proposal": mentorship.proposal,
        "partner_topics": partner.application.topics.select_related("topic"),
        "decline_form": DeclineForm(),
        "agreement_form": AgreementForm(
            program=program,
            initial={
                "goals": mentorship.goals,
                "topics": list(mentorship.topics.all()),
                "formats": mentorship.formats,
                "where_and_how": mentorship.where_and_how,
            },
        ),
        "check_form": ContractCheckForm(),
        "my_check": my_check,
        "contract_meeting": selectors.contract_meeting(mentorship),
        "meeting_form": MeetingForm(
            program=program, initial={"duration_minutes": mentorship.meeting_minutes}
        ),
        "upcoming": selectors.upcoming_meetings(mentorship),
        "past": selectors.past_meetings(mentorship)[:20],
        "notes": selectors.visible_notes(mentorship, side),
        "note_form": NoteForm(),
        "actions": mentorship.actions.all(),
        "action_form": ActionForm(),
        "cadence": selectors.cadence_of(mentorship),
        "pause_form": PauseForm(),
        "extend_form": ExtendForm(),
        "end_form": EndForm(),
        "topics": mentorship.topics.all(),
        "shares": [
            _with_mark(share, side)
            for share in ArticleShare.objects.filter(mentorship=mentorship).select_related(
                "article"
            )
        ],
        "suggestions": support_services.suggested_articles(mentorship),
        "check_ins_due": selectors.check_ins_due(mentorship, side),
    }
    context.update(forms)
    return render(request, "mentorships/detail.html", context)


def _with_mark(share: Any, side: str) -> Any:
    share.my_mark = getattr(share, f"{side}_mark")
    return share


@require_POST
@role_required(*EVERYONE)
def accept(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship, _side = selectors.mentorship_for_user(user=current_user(request), pk=pk)
    _done(
        request,
        services.mentorship_accept,
        _("Great: now plan your contract conversation together."),
        mentorship=mentorship,
        user=current_user(request),
    )
    return redirect("mentorships:detail", pk=pk)


@require_POST
@role_required(*EVERYONE)
def decline(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship, _side = selectors.mentorship_for_user(user=current_user(request), pk=pk)
    form = DeclineForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
    else:
        _done(
            request,
            services.mentorship_decline,
            _("Thank you. The program manager will look for another match."),
            mentorship=mentorship,
            user=current_user(request),
            reason=form.cleaned_data["reason"],
        )
    return redirect("mentorships:detail", pk=pk)


@require_POST
@role_required(*EVERYONE)
def agreement(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship, _side = selectors.mentorship_for_user(user=current_user(request), pk=pk)
    form = AgreementForm(request.POST, program=mentorship.program)
    if not form.is_valid():
        _form_errors(request, form)
    else:
        _done(
            request,
            services.agreement_update,
            _("Agreement saved."),
            mentorship=mentorship,
            user=current_user(request),
            goals=form.cleaned_data["goals"],
            topics=list(form.cleaned_data["topics"]),
            formats=form.cleaned_data["formats"],
            where_and_how=form.cleaned_data["where_and_how"],
        )
    return redirect("mentorships:detail", pk=pk)


@require_POST
@role_required(*EVERYONE)
def contract_check(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship, _side = selectors.mentorship_for_user(user=current_user(request), pk=pk)
    form = ContractCheckForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return redirect("mentorships:detail", pk=pk)
    answers = services.CheckAnswers(
        acquainted=form.yes("acquainted"),
        expectations_clear=form.yes("expectations_clear"),
        approach_agreed=form.yes("approach_agreed"),
        ground_rules_accepted=form.yes("ground_rules_accepted"),
        enough_trust=form.yes("enough_trust"),
        reason=form.cleaned_data.get("reason", ""),
    )
    _done(
        request,
        services.contract_check_submit,
        _("Thank you. Your answers stay private."),
        mentorship=mentorship,
        user=current_user(request),
        answers=answers,
    )
    return redirect("mentorships:detail", pk=pk)


@role_required(*EVERYONE)
def meeting_new(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship, _side = selectors.mentorship_for_user(user=current_user(request), pk=pk)
    form = MeetingForm(
        request.POST or None,
        program=mentorship.program,
        initial={"duration_minutes": mentorship.meeting_minutes},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            meeting = services.meeting_schedule(
                mentorship=mentorship,
                user=current_user(request),
                data=services.MeetingInput(
                    format=data["format"],
                    starts_at=data["starts_at"],
                    duration_minutes=data["duration_minutes"],
                    location=data["location"],
                    video_link=data["video_link"],
                    shadow_title=data["shadow_title"],
                    shadow_context=data["shadow_context"],
                ),
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request, _("Meeting scheduled; you both received a calendar invitation.")
            )
            return redirect("mentorships:meeting", pk=meeting.pk)
    missing = (
        support_services.missing_required_training(mentorship.mentor)
        if mentorship.state == State.ACTIVE
        else []
    )
    return render(
        request,
        "mentorships/meeting_new.html",
        {"mentorship": mentorship, "form": form, "missing_training": missing},
    )


@role_required(*EVERYONE)
def meeting(request: HttpRequest, pk: int) -> HttpResponse:
    return _meeting_page(request, pk)


def _meeting_page(request: HttpRequest, pk: int, **forms: Any) -> HttpResponse:
    """The meeting page; ``forms`` replace blank forms (a bound one keeps what was typed)."""
    user = current_user(request)
    item, side = selectors.meeting_for_user(user=user, pk=pk)
    mentorship = item.mentorship
    log = selectors.own_log(item, side)
    return render(
        request,
        "mentorships/meeting.html",
        {
            "meeting": item,
            "mentorship": mentorship,
            "side": side,
            "partner": mentorship.mentee if side == Side.MENTOR else mentorship.mentor,
            "agenda": item.agenda.all(),
            "open_actions": selectors.open_actions(mentorship),
            "notes": selectors.visible_notes(mentorship, side).filter(meeting=item),
            "note_form": NoteForm(),
            "action_form": ActionForm(),
            "log": log,
            "log_form": LogForm(
                program=mentorship.program,
                initial={
                    "topics": log.topic_ids,
                    "most_talking": log.most_talking,
                    "reflection": log.reflection,
                }
                if log
                else None,
            ),
            "reschedule_form": RescheduleForm(),
            "cancel_form": CancelForm(),
            "my_mark": getattr(item, f"{side}_held"),
            "is_past": item.starts_at <= timezone.now(),
            "changes": item.changes.select_related("actor"),
            "agenda_formset": StepFormSet(
                prefix="agenda",
                initial=[
                    {"title": a.title, "minutes": a.minutes, "lead": a.lead}
                    for a in item.agenda.all()
                ],
            ),
        }
        | forms,
    )


@require_POST
@role_required(*EVERYONE)
def meeting_reschedule(request: HttpRequest, pk: int) -> HttpResponse:
    item, _side = selectors.meeting_for_user(user=current_user(request), pk=pk)
    form = RescheduleForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
    else:
        _done(
            request,
            services.meeting_reschedule,
            _("Meeting moved; you both received an updated invitation."),
            meeting=item,
            user=current_user(request),
            starts_at=form.cleaned_data["starts_at"],
            reason=form.cleaned_data["reason"],
        )
    return redirect("mentorships:meeting", pk=pk)


@require_POST
@role_required(*EVERYONE)
def meeting_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    item, _side = selectors.meeting_for_user(user=current_user(request), pk=pk)
    form = CancelForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
    else:
        _done(
            request,
            services.meeting_cancel,
            _("Meeting cancelled; your calendars are updated."),
            meeting=item,
            user=current_user(request),
            reason=form.cleaned_data["reason"],
        )
    return redirect("mentorships:meeting", pk=pk)


@require_POST
@role_required(*EVERYONE)
def meeting_mark(request: HttpRequest, pk: int) -> HttpResponse:
    item, _side = selectors.meeting_for_user(user=current_user(request), pk=pk)
    held = request.POST.get("held") == "yes"
    _done(
        request,
        services.meeting_mark,
        _("Thank you."),
        meeting=item,
        user=current_user(request),
        held=held,
    )
    return redirect("mentorships:meeting", pk=pk)


@require_POST
@role_required(*EVERYONE)
def meeting_log(request: HttpRequest, pk: int) -> HttpResponse:
    item, _side = selectors.meeting_for_user(user=current_user(request), pk=pk)
    form = LogForm(request.POST, program=item.mentorship.program)
    if not form.is_valid():
        _form_errors(request, form)
    else:
        _done(
            request,
            services.meeting_log_save,
            _("Your private log is saved. Only you can read it."),
            meeting=item,
            user=current_user(request),
            topics=list(form.cleaned_data["topics"]),
            most_talking=form.cleaned_data["most_talking"],
            reflection=form.cleaned_data["reflection"],
        )
    return redirect("mentorships:meeting", pk=pk)


@require_POST
@role_required(*EVERYONE)
def meeting_agenda(request: HttpRequest, pk: int) -> HttpResponse:
    item, _side = selectors.meeting_for_user(user=current_user(request), pk=pk)
    formset = StepFormSet(request.POST, prefix="agenda")
    if not formset.is_valid():
        messages.error(request, _("Every agenda item needs a title and minutes."))
        return redirect("mentorships:meeting", pk=pk)
    items = [
        services.StepInput(
            title=form.cleaned_data["title"],
            minutes=form.cleaned_data["minutes"],
            lead=form.cleaned_data["lead"],
        )
        for form in formset.forms
        if form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]
    _done(
        request,
        services.agenda_update,
        _("Agenda saved."),
        meeting=item,
        user=current_user(request),
        items=items,
    )
    return redirect("mentorships:meeting", pk=pk)


@role_required(*EVERYONE)
def meeting_ics(request: HttpRequest, pk: int) -> HttpResponse:
    user = current_user(request)
    item, side = selectors.meeting_for_user(user=user, pk=pk)
    mentorship = item.mentorship
    person = mentorship.mentor.person if side == Side.MENTOR else mentorship.mentee.person
    partner = mentorship.mentee.person if side == Side.MENTOR else mentorship.mentor.person
    response = HttpResponse(
        ical.meeting_calendar(item, person, partner, method="PUBLISH"),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="meeting-{item.pk}.ics"'
    return response


def _posted_meeting(request: HttpRequest, mentorship: Any) -> Any:
    """The pair's meeting a note or action was written on, if the form names one."""
    meeting_id = request.POST.get("meeting")
    if not meeting_id:
        return None
    pk = id_param(meeting_id)
    if pk is None:
        raise Http404(_("No such meeting."))
    return get_object_or_404(mentorship.meetings, pk=pk)


def _back_to(meeting: Any, mentorship_pk: int) -> HttpResponse:
    if meeting is not None:
        return redirect("mentorships:meeting", pk=meeting.pk)
    return redirect("mentorships:detail", pk=mentorship_pk)


def _again(request: HttpRequest, meeting: Any, mentorship_pk: int, **forms: Any) -> HttpResponse:
    """The page the form was on, with the form as submitted: nothing typed is lost."""
    for form in forms.values():
        _form_errors(request, form)
    if meeting is not None:
        return _meeting_page(request, meeting.pk, **forms)
    return _detail_page(request, mentorship_pk, **forms)


@require_POST
@role_required(*EVERYONE)
def note_new(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship, _side = selectors.mentorship_for_user(user=current_user(request), pk=pk)
    form = NoteForm(request.POST)
    item = _posted_meeting(request, mentorship)
    if form.is_valid() and _done(
        request,
        services.note_add,
        _("Note saved."),
        form=form,
        mentorship=mentorship,
        user=current_user(request),
        body=form.cleaned_data["body"],
        visibility=form.cleaned_data["visibility"],
        meeting=item,
    ):
        return _back_to(item, pk)
    return _again(request, item, pk, note_form=form)


@require_POST
@role_required(*EVERYONE)
def action_new(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship, _side = selectors.mentorship_for_user(user=current_user(request), pk=pk)
    form = ActionForm(request.POST)
    item = _posted_meeting(request, mentorship)
    if form.is_valid() and _done(
        request,
        services.action_add,
        _("Action added."),
        form=form,
        mentorship=mentorship,
        user=current_user(request),
        text=form.cleaned_data["text"],
        owner=form.cleaned_data["owner"],
        due_date=form.cleaned_data["due_date"],
        meeting=item,
    ):
        return _back_to(item, pk)
    return _again(request, item, pk, action_form=form)


@require_POST
@role_required(*EVERYONE)
def action_done(request: HttpRequest, pk: int, action_pk: int) -> HttpResponse:
    mentorship, _side = selectors.mentorship_for_user(user=current_user(request), pk=pk)
    action = get_object_or_404(ActionItem, mentorship=mentorship, pk=action_pk)
    _done(
        request,
        services.action_done,
        _("Action updated."),
        action=action,
        user=current_user(request),
    )
    back = request.POST.get("back", "")
    # A path on this site only; redirect() would try any other text as a URL name.
    if back.startswith("/") and url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}
    ):
        return HttpResponseRedirect(back)
    return redirect("mentorships:detail", pk=pk)


@require_POST
@role_required(*EVERYONE)
def lifecycle(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    user = current_user(request)
    mentorship, _side = selectors.mentorship_for_user(user=user, pk=pk)
    if action == "pause":
        form: Any = PauseForm(request.POST)
        if form.is_valid():
            _done(
                request,
                services.mentorship_pause,
                _("Mentorship paused."),
                mentorship=mentorship,
                user=user,
                **form.cleaned_data,
            )
    elif action == "resume":
        form = None
        _done(
            request,
            services.mentorship_resume,
            _("Welcome back: the mentorship is active again."),
            mentorship=mentorship,
            user=user,
        )
    elif action == "extend":
        form = ExtendForm(request.POST)
        if form.is_valid():
            _done(
                request,
                services.mentorship_extend,
                _("End date moved."),
                mentorship=mentorship,
                user=user,
                **form.cleaned_data,
            )
    elif action == "end":
        form = EndForm(request.POST)
        if form.is_valid():
            _done(
                request,
                services.mentorship_end,
                _("The mentorship has ended."),
                mentorship=mentorship,
                user=user,
                **form.cleaned_data,
            )
    else:
        return redirect("mentorships:detail", pk=pk)
    if form is not None and not form.is_valid():
        _form_errors(request, form)
    return redirect("mentorships:detail", pk=pk)


@role_required(UserRole.PROGRAM_MANAGER, UserRole.HR_SUPPORT)
def program_pairs(request: HttpRequest, pk: int) -> HttpResponse:
    program = program_for_user(user=current_user(request), pk=pk)
    return render(
        request,
        "mentorships/program_pairs.html",
        {"program": program, "pairs": selectors.program_pairs(program), "states": State},
    )


@role_required(UserRole.PROGRAM_MANAGER)
def step_plan(request: HttpRequest, pk: int) -> HttpResponse:
    program = program_for_user(user=current_user(request), pk=pk)
    steps = services.step_plan_for(program)
    formset = StepFormSet(
        request.POST or None,
        prefix="steps",
        initial=[{"title": s.title, "minutes": s.minutes, "lead": s.lead} for s in steps],
    )
    if request.method == "POST" and formset.is_valid():
        items = [
            services.StepInput(
                title=f.cleaned_data["title"],
                minutes=f.cleaned_data["minutes"],
                lead=f.cleaned_data["lead"],
            )
            for f in formset.forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE")
        ]
        if _done(
            request,
            services.step_plan_update,
            _("Step plan saved. New meetings use it."),
            program=program,
            steps=items,
        ):
            return redirect("mentorships:step_plan", pk=program.pk)
    return render(
        request,
        "mentorships/step_plan.html",
        {"program": program, "formset": formset, "total": sum(s.minutes for s in steps)},
    )
