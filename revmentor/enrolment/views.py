"""Pages for applicants (employees and external students) and for selection by the program manager."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from revmentor.accounts.models import Role as UserRole
from revmentor.core.access import current_user, role_required
from revmentor.core.exceptions import DomainError
from revmentor.core.params import text_param
from revmentor.core.throttle import Limit, Throttled, client_ip, throttle_check, throttle_count
from revmentor.enrolment import selectors, services
from revmentor.enrolment.forms import (
    HONEYPOT_FIELD,
    DecisionForm,
    ExternalApplicantForm,
    IntakeForm,
    InvitationUploadForm,
    RecruitmentForm,
    ReviewForm,
)
from revmentor.enrolment.models import Application, ApplicationStatus, Invitation, Role
from revmentor.programs.models import Program, Status
from revmentor.programs.selectors import program_for_user
from revmentor.programs.views import charter_html
from revmentor.support.models import Testimonial

HOUR = 3600
DAY = 24 * HOUR

EVERYONE = (UserRole.PROGRAM_MANAGER, UserRole.HR_SUPPORT, UserRole.SPONSOR, UserRole.PARTICIPANT)
REPORT_READERS = (UserRole.PROGRAM_MANAGER, UserRole.HR_SUPPORT, UserRole.SPONSOR)


@role_required(*EVERYONE)
def program_page(request: HttpRequest, pk: int) -> HttpResponse:
    user = current_user(request)
    program = program_for_user(user=user, pk=pk)
    if program.status == Status.DRAFT:
        raise Http404
    roles = [
        (role, label, selectors.eligibility(program=program, person=user.person, role=role))
        for role, label in Role.choices
    ]
    return render(
        request,
        "enrolment/program_page.html",
        {
            "program": program,
            "roles": roles,
            "charter_html": charter_html(request, program),
            "mine": selectors.applications_of_user(user=user).filter(program=program).first(),
            "testimonials": Testimonial.objects.filter(program=program).select_related("person"),
        },
    )


@role_required(*EVERYONE)
def apply(request: HttpRequest, pk: int, role: str) -> HttpResponse:
    user = current_user(request)
    program = program_for_user(user=user, pk=pk)
    if role not in Role.values or program.status == Status.DRAFT:
        raise Http404
    verdict = selectors.eligibility(program=program, person=user.person, role=role)
    if not verdict.allowed:
        messages.error(request, verdict.reason)
        return redirect("enrolment:program", pk=program.pk)
    known = [code for code in (user.person.languages if user.person else []) if code]
    form = IntakeForm(
        request.POST or None, program=program, role=role, initial={"languages": known}
    )
    if request.method == "POST" and form.is_valid():
        try:
            application = services.application_submit(
                program=program,
                user=user,
                role=role,
                intake=form.to_intake(),
                accepted_ground_rules=form.cleaned_data["accept_ground_rules"],
                consented=form.cleaned_data["consent"],
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _("Your application has been sent. You can change it until recruitment closes."),
            )
            return redirect("enrolment:application", pk=application.pk)
    return render(
        request,
        "enrolment/apply.html",
        {"program": program, "form": form, "role": role, "role_label": Role(role).label},
    )


@role_required(*EVERYONE)
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    application = selectors.application_for_user(user=current_user(request), pk=pk)
    return render(
        request,
        "enrolment/application_detail.html",
        {
            "application": application,
            "topics": application.topics.select_related("topic"),
            "can_edit": application.is_open_for_changes
            and application.program.status == Status.RECRUITING,
        },
    )


@role_required(*EVERYONE)
def application_edit(request: HttpRequest, pk: int) -> HttpResponse:
    application = selectors.application_for_user(user=current_user(request), pk=pk)
    program = application.program
    if not application.is_open_for_changes or program.status != Status.RECRUITING:
        messages.error(request, services.ApplicationLocked().message)
        return redirect("enrolment:application", pk=application.pk)
    form = IntakeForm(
        request.POST or None,
        program=program,
        role=application.role,
        with_agreements=False,
        initial=IntakeForm.initial_from(application),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.application_update(application=application, intake=form.to_intake())
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Your application has been updated."))
        return redirect("enrolment:application", pk=application.pk)
    return render(
        request,
        "enrolment/apply.html",
        {
            "program": program,
            "form": form,
            "role": application.role,
            "role_label": application.get_role_display(),
            "editing": True,
        },
    )


@require_POST
@role_required(*EVERYONE)
def application_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    application = selectors.application_for_user(user=current_user(request), pk=pk)
    services.application_withdraw(application=application)
    messages.success(request, _("Your application has been withdrawn."))
    return redirect("enrolment:application", pk=application.pk)


def external_apply(request: HttpRequest, token: str) -> HttpResponse:
    """Public: students apply without an account; nothing about the program leaks on a bad link."""
    try:
        program, _recruitment = services.external_program(token)
    except services.LinkClosed as closed:
        return render(
            request, "enrolment/link_closed.html", {"message": closed.message}, status=404
        )
    form = ExternalApplicantForm(request.POST or None, program=program)
    status = 200
    if request.method == "POST" and request.POST.get(HONEYPOT_FIELD):
        # A bot filled the hidden field: it reads the usual answer; nothing is stored or sent.
        return render(
            request,
            "enrolment/check_email.html",
            {"application": {"email": request.POST.get("email", "")}, "program": program},
        )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        per_ip = Limit(
            "apply-ip", client_ip(request), settings.APPLY_SUBMISSIONS_PER_IP_PER_HOUR, HOUR
        )
        per_email = Limit(
            "apply-email", data["email"], settings.APPLY_CONFIRMATIONS_PER_EMAIL_PER_DAY, DAY
        )
        try:
            throttle_check(per_ip, per_email)
            application = services.application_submit_external(
                token=token,
                name=data["name"],
                email=data["email"],
                institution=data["institution"],
                language=translation.get_language() or "en",
                intake=form.to_intake(),
                accepted_ground_rules=data["accept_ground_rules"],
                consented=data["consent"],
            )
        except Throttled as throttled:
            form.add_error(
                None,
                _(
                    "Too many applications from your network or for this e-mail address. "
                    "Nothing was sent. Try again after %(time)s."
                )
                % {"time": throttled.params["time"]},
            )
            status = 429
        except DomainError as error:
            throttle_count(per_ip)
            form.add_error(None, error.message)
        else:
            # Each submission sends one confirmation mail to the address given.
            throttle_count(per_ip, per_email)
            return render(
                request,
                "enrolment/check_email.html",
                {"application": application, "program": program},
            )
    return render(
        request,
        "enrolment/apply.html",
        {
            "program": program,
            "form": form,
            "role": Role.MENTOR,
            "role_label": Role.MENTOR.label,
            "external": True,
            "charter_html": charter_html(request, program),
        },
        status=status,
    )


def confirm_email(request: HttpRequest, token: str) -> HttpResponse:
    try:
        application = services.application_confirm_email(token=token)
    except services.ConfirmationInvalid as invalid:
        return render(
            request, "enrolment/link_closed.html", {"message": invalid.message}, status=404
        )
    return render(request, "enrolment/email_confirmed.html", {"application": application})


def _managed_program(request: HttpRequest, pk: int) -> Program:
    return program_for_user(user=current_user(request), pk=pk)


@role_required(UserRole.PROGRAM_MANAGER)
def review_list(request: HttpRequest, pk: int) -> HttpResponse:
    program = _managed_program(request, pk)
    recruitment = services.recruitment_for_program(program)
    weights = selectors.weights_of(recruitment)
    filters = {
        "role": text_param(request.GET.get("role", "")),
        "status": text_param(request.GET.get("status", "")),
        "origin": text_param(request.GET.get("origin", "")),
        "query": text_param(request.GET.get("q", "")),
        "order": text_param(request.GET.get("order", "newest")),
    }
    applications = list(selectors.review_list(program=program, **filters))
    rows = [
        (application, selectors.score_of(application, weights) if application.is_external else None)
        for application in applications
    ]
    if filters["order"] == "score":
        rows.sort(key=lambda row: (-(row[1].score if row[1] else -1), row[0].name))
    return render(
        request,
        "enrolment/review_list.html",
        {
            "program": program,
            "rows": rows,
            "filters": filters,
            "roles": Role.choices,
            "statuses": ApplicationStatus.choices,
            "counts": selectors.status_counts(program),
        },
    )


@role_required(UserRole.PROGRAM_MANAGER)
def review(request: HttpRequest, pk: int, application_pk: int) -> HttpResponse:
    program = _managed_program(request, pk)
    application = get_object_or_404(
        Application.objects.select_related("person", "person__org_unit"),
        pk=application_pk,
        program=program,
    )
    recruitment = services.recruitment_for_program(program)
    review_form = ReviewForm(
        request.POST or None,
        initial={
            "passion": application.passion_rating,
            "fit": application.fit_rating,
            "note": application.review_note,
        },
    )
    if request.method == "POST" and review_form.is_valid():
        services.application_review(
            application=application,
            passion=review_form.cleaned_data["passion"],
            fit=review_form.cleaned_data["fit"],
            note=review_form.cleaned_data["note"],
            reviewer=current_user(request),
        )
        messages.success(request, _("Review saved."))
        return redirect("enrolment:review", pk=program.pk, application_pk=application.pk)
    return render(
        request,
        "enrolment/review.html",
        {
            "program": program,
            "application": application,
            "topics": application.topics.select_related("topic"),
            "avoided": application.avoided.select_related("person"),
            "review_form": review_form,
            "decision_form": DecisionForm(),
            "score": selectors.score_of(application, selectors.weights_of(recruitment))
            if application.is_external
            else None,
            "weights": selectors.weights_of(recruitment),
            "can_decide": application.status
            in {ApplicationStatus.SUBMITTED, ApplicationStatus.WAITLISTED},
        },
    )


@require_POST
@role_required(UserRole.PROGRAM_MANAGER)
def decide(request: HttpRequest, pk: int, application_pk: int) -> HttpResponse:
    program = _managed_program(request, pk)
    application = get_object_or_404(Application, pk=application_pk, program=program)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return redirect("enrolment:review", pk=program.pk, application_pk=application.pk)
    try:
        application = services.application_decide(
            application=application,
            decision=form.cleaned_data["decision"],
            reason=form.cleaned_data["reason"],
            by=current_user(request),
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("%(name)s: %(status)s. The applicant has been e-mailed.")
            % {"name": application.name, "status": application.get_status_display()},
        )
    return redirect("enrolment:review", pk=program.pk, application_pk=application.pk)


@role_required(UserRole.PROGRAM_MANAGER)
def recruitment_settings(request: HttpRequest, pk: int) -> HttpResponse:
    program = _managed_program(request, pk)
    recruitment = services.recruitment_for_program(program)
    form = RecruitmentForm(request.POST or None, instance=recruitment)
    if request.method == "POST" and form.is_valid():
        services.recruitment_update(
            recruitment=recruitment, by=current_user(request), **form.cleaned_data
        )
        messages.success(request, _("Recruitment settings saved."))
        return redirect("enrolment:recruitment", pk=program.pk)
    external_link = request.build_absolute_uri(f"/apply/{recruitment.external_token}/")
    return render(
        request,
        "enrolment/recruitment.html",
        {
            "program": program,
            "form": form,
            "recruitment": recruitment,
            "external_link": external_link,
        },
    )


@role_required(*REPORT_READERS)
def supply_demand(request: HttpRequest, pk: int) -> HttpResponse:
    program = _managed_program(request, pk)
    include_pending = request.GET.get("pending") == "1"
    balance = selectors.supply_demand(program=program, include_pending=include_pending)
    chart = {
        "labels": [row.topic for row in balance.topics],
        "demand": [row.demand for row in balance.topics],
        "supply": [row.supply for row in balance.topics],
        "demandLabel": _("Mentees asking"),
        "supplyLabel": _("Mentors offering (level ≥ 3)"),
    }
    return render(
        request,
        "enrolment/supply_demand.html",
        {
            "program": program,
            "balance": balance,
            "chart": chart,
            "include_pending": include_pending,
        },
    )


@role_required(UserRole.PROGRAM_MANAGER)
def invitations(request: HttpRequest, pk: int) -> HttpResponse:
    program = _managed_program(request, pk)
    form = InvitationUploadForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            created = services.invitations_upload(
                program=program,
                file_name=upload.name or "list.csv",
                content=upload.read(),
                by=current_user(request),
            )
        except services.InvitationRejected as rejected:
            problems = rejected.problems
            messages.error(request, rejected.message)
        except DomainError as error:
            form.add_error("file", error.message)
        else:
            if created:
                messages.success(
                    request,
                    ngettext("%(count)s person invited.", "%(count)s people invited.", len(created))
                    % {"count": len(created)},
                )
            else:
                messages.info(request, _("Everyone on the list was already invited."))
            return redirect("enrolment:invitations", pk=program.pk)
    invited = (
        Invitation.objects.filter(program=program).select_related("person").order_by("person__name")
    )
    applied = set(
        Application.objects.filter(program=program, person__isnull=False).values_list(
            "person_id", flat=True
        )
    )
    return render(
        request,
        "enrolment/invitations.html",
        {
            "program": program,
            "form": form,
            "problems": problems,
            "invited": invited,
            "applied": applied,
        },
        status=400 if request.method == "POST" and (problems or form.errors) else 200,
    )


@require_POST
@role_required(UserRole.PROGRAM_MANAGER)
def send_reminders(request: HttpRequest, pk: int) -> HttpResponse:
    program = _managed_program(request, pk)
    count = services.send_reminders(program=program)
    messages.success(
        request,
        ngettext("%(count)s reminder sent.", "%(count)s reminders sent.", count) % {"count": count},
    )
    return redirect("enrolment:invitations", pk=program.pk)


@role_required(UserRole.PROGRAM_MANAGER, UserRole.HR_SUPPORT)
def participants(request: HttpRequest, pk: int) -> HttpResponse:
    program = _managed_program(request, pk)
    people = selectors.program_participants(program=program)
    return render(
        request,
        "enrolment/participants.html",
        {
            "program": program,
            "mentors": [p for p in people if p.role == Role.MENTOR],
            "mentees": [p for p in people if p.role == Role.MENTEE],
        },
    )
