"""Pages for matching: settings, runs, proposals with explanations, pins, blocks, publishing."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from revmentor.accounts.models import Role as UserRole
from revmentor.core.access import current_user, role_required
from revmentor.core.exceptions import DomainError
from revmentor.matching import selectors, services
from revmentor.matching.forms import ManualPairRuleForm, MatchingConfigForm, PairRuleForm
from revmentor.matching.messages import RULE_LABELS, error_message
from revmentor.matching.models import MatchingRun, PairRule
from revmentor.programs.models import Program, Status
from revmentor.programs.selectors import program_for_user

MANAGER = UserRole.PROGRAM_MANAGER


def _program(request: HttpRequest, pk: int) -> Program:
    return program_for_user(user=current_user(request), pk=pk)


@role_required(MANAGER)
def overview(request: HttpRequest, pk: int) -> HttpResponse:
    program = _program(request, pk)
    config = services.matching_config_for(program)
    form = MatchingConfigForm(request.POST or None, instance=config)
    if request.method == "POST":
        if form.is_valid():
            try:
                services.matching_config_update(config=config, **form.cleaned_data)
            except DomainError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("Matching settings saved. They apply to the next run."))
            return redirect("matching:overview", pk=program.pk)
        # The form sits below the runs: say at the top that nothing was saved, and why.
        messages.error(
            request,
            _("The settings were not saved: correct the fields marked under Rules and weights."),
        )
    mentors = list(selectors.mentors_of(program))
    mentees = list(selectors.mentees_of(program))
    published = selectors.runs_of(program).filter(published_at__isnull=False).exists()
    return render(
        request,
        "matching/overview.html",
        {
            "program": program,
            "form": form,
            "runs": [
                (
                    item,
                    selectors.settings_used(item, changed_only=True),
                    selectors.rule_counts(item),
                    "" if item.succeeded else error_message(item.error_code, item.error_params),
                )
                for item in selectors.runs_of(program).order_by("-number")
            ],
            "rules": selectors.pair_rules_of(program),
            "rule_form": ManualPairRuleForm(
                mentors=[(p.pk, p.person.name) for p in mentors],
                mentees=[(p.pk, p.person.name) for p in mentees],
            ),
            "mentor_count": len(mentors),
            "mentee_count": len(mentees),
            "can_run": program.status == Status.MATCHING and not published,
            "published": published,
        },
    )


@require_POST
@role_required(MANAGER)
def run(request: HttpRequest, pk: int) -> HttpResponse:
    program = _program(request, pk)
    try:
        result = services.matching_run(program=program, by=current_user(request))
    except services.MatchingFailed as failed:
        # The run page shows the reason; no second copy in a message.
        return redirect("matching:run_detail", pk=program.pk, number=failed.run.number)
    except services.MatchingClosed:
        # Pressed on a page opened before publishing: the page says it is published already.
        published = selectors.runs_of(program).filter(published_at__isnull=False).first()
        messages.error(
            request,
            _("No run was made: run %(number)s is published and is the final one.")
            % {"number": published.number if published else "?"},
        )
        return redirect("matching:overview", pk=program.pk)
    except DomainError as error:
        messages.error(request, error.message)
        return redirect("matching:overview", pk=program.pk)
    return redirect("matching:run_detail", pk=program.pk, number=result.number)


@role_required(MANAGER)
def run_detail(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    program = _program(request, pk)
    matching_run = get_object_or_404(MatchingRun, program=program, number=number)
    previous = selectors.previous_run(matching_run)
    unmatched_items = list(selectors.unmatched_of(matching_run))
    unmatched = [
        (
            item,
            sorted(
                (
                    (str(RULE_LABELS.get(rule, rule)), count)
                    for rule, count in item.excluded_by.items()
                    if count
                ),
                key=lambda pair: -pair[1],
            ),
        )
        for item in unmatched_items
    ]
    alternatives = selectors.alternatives_of(unmatched_items)
    rules = {
        (rule.mentor_id, rule.mentee_id): rule.kind for rule in selectors.pair_rules_of(program)
    }
    published = selectors.runs_of(program).filter(published_at__isnull=False).first()
    proposals = list(selectors.proposals_of(matching_run))
    # Anything beyond the topic fit comes from the weighted extras (shared slots and formats).
    extras = {p.pk: p.score - p.topic_fit for p in proposals if p.score - p.topic_fit > 1e-9}
    return render(
        request,
        "matching/run_detail.html",
        {
            "program": program,
            "run": matching_run,
            "proposals": [
                (
                    proposal,
                    rules.get((proposal.mentor_id, proposal.mentee_id)),
                    extras.get(proposal.pk),
                )
                for proposal in proposals
            ],
            "settings_changed": selectors.settings_changed(matching_run, previous)
            if previous
            else [],
            "rules_changed": selectors.rules_changed(matching_run, previous) if previous else [],
            "weights_changed": previous is not None
            and selectors.weights_changed(matching_run, previous),
            "unmatched": [
                (item, excluded, alternatives.get(item.pk, [])) for item, excluded in unmatched
            ],
            "comparison": selectors.compare_runs(matching_run, previous)
            if previous and matching_run.succeeded
            else None,
            "error": error_message(matching_run.error_code, matching_run.error_params)
            if not matching_run.succeeded
            else "",
            "published_run": published,
            # Once a run is published its pairs move on; more runs or pins would change nothing.
            "can_run": program.status == Status.MATCHING and published is None,
        },
    )


@require_POST
@role_required(MANAGER)
def pair_rule(request: HttpRequest, pk: int) -> HttpResponse:
    program = _program(request, pk)
    form = PairRuleForm(request.POST)
    if "next" not in request.POST:
        mentors = [(p.pk, p.person.name) for p in selectors.mentors_of(program)]
        mentees = [(p.pk, p.person.name) for p in selectors.mentees_of(program)]
        manual = ManualPairRuleForm(request.POST, mentors=mentors, mentees=mentees)
        valid = manual.is_valid()
        data = manual.cleaned_data if valid else {}
    else:
        valid = form.is_valid()
        data = form.cleaned_data if valid else {}
    if not valid:
        messages.error(request, _("Choose a mentor and a mentee of this program."))
        return redirect("matching:overview", pk=program.pk)
    try:
        result = services.pair_rule_set(
            program=program,
            kind=data["kind"],
            mentor_id=int(data["mentor"]),
            mentee_id=int(data["mentee"]),
            by=current_user(request),
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        rule = result.rule
        names = {"mentor": rule.mentor.person.name, "mentee": rule.mentee.person.name}
        text = (
            _("Pinned: %(mentor)s with %(mentee)s.")
            if rule.kind == PairRule.Kind.PIN
            else _("Blocked: %(mentor)s with %(mentee)s.")
        ) % names
        for old in result.replaced:
            if old.mentor_id == rule.mentor_id:
                text += " " + (
                    _("The pin of this pair is gone.")
                    if old.kind == PairRule.Kind.PIN
                    else _("The block of this pair is gone.")
                )
            else:
                text += " " + _("It replaces the pin of %(mentee)s with %(mentor)s.") % {
                    "mentee": old.mentee.person.name,
                    "mentor": old.mentor.person.name,
                }
        messages.success(request, text)
        if rule.kind == PairRule.Kind.PIN:
            broken = services.pin_broken_rules(rule=rule)
            if broken:
                messages.warning(
                    request,
                    _(
                        "This pinned pair breaks a rule (%(rules)s): the next run will fail "
                        "until the pin is removed or the settings change."
                    )
                    % {"rules": ", ".join(str(RULE_LABELS.get(code, code)) for code in broken)},
                )
    target = data.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("matching:overview", pk=program.pk)


@require_POST
@role_required(MANAGER)
def pair_rule_delete(request: HttpRequest, pk: int, rule_pk: int) -> HttpResponse:
    program = _program(request, pk)
    rule = get_object_or_404(PairRule, program=program, pk=rule_pk)
    described = _("%(rule)s: %(mentor)s with %(mentee)s") % {
        "rule": rule.get_kind_display(),
        "mentor": rule.mentor.person.name,
        "mentee": rule.mentee.person.name,
    }
    try:
        services.pair_rule_remove(rule=rule, by=current_user(request))
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("Rule removed (%(rule)s). It no longer applies to the next run.")
            % {"rule": described},
        )
    return redirect("matching:overview", pk=program.pk)


@require_POST
@role_required(MANAGER)
def publish(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    program = _program(request, pk)
    matching_run = get_object_or_404(MatchingRun, program=program, number=number)
    try:
        services.matching_publish(run=matching_run, by=current_user(request))
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("Run %(number)s is published: its pairs are the proposals for the next stage.")
            % {"number": matching_run.number},
        )
    return redirect("matching:run_detail", pk=program.pk, number=matching_run.number)
