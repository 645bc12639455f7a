"""Once a run is published its pairs move on: settings and pair rules can no longer change."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from revmentor.core.tests.test_permission_matrix import world  # noqa: F401  (fixture)
from revmentor.matching import services
from revmentor.matching.models import MatchingRun, PairRule


def _publish(program) -> None:
    MatchingRun.objects.create(
        program=program,
        number=99,
        objective="most-matched",
        succeeded=True,
        published_at=timezone.now(),
    )


def test_settings_and_pair_rules_are_refused_after_a_run_is_published(world):  # noqa: F811
    rule = world["rule"]
    program = rule.program
    config = services.matching_config_for(program)
    services.matching_config_update(config=config, format_weight=0.5)
    _publish(program)
    with pytest.raises(services.MatchingClosed):
        services.matching_config_update(config=config, format_weight=0.0)
    with pytest.raises(services.MatchingClosed):
        services.pair_rule_set(
            program=program,
            kind=PairRule.Kind.PIN,
            mentor_id=rule.mentor_id,
            mentee_id=rule.mentee_id,
            by=None,
        )
    with pytest.raises(services.MatchingClosed):
        services.pair_rule_remove(rule=rule)
    config.refresh_from_db()
    assert config.format_weight == 0.5
    assert PairRule.objects.filter(pk=rule.pk, kind=PairRule.Kind.BLOCK).exists()


def test_the_matching_page_says_so_instead_of_offering_the_forms(world, program_manager):  # noqa: F811
    program = world["rule"].program
    client = Client()
    client.force_login(program_manager)
    url = reverse("matching:overview", args=[program.pk])
    assert "Save settings" in client.get(url).content.decode()
    _publish(program)
    page = client.get(url).content.decode()
    assert 'id="matching-closed"' in page
    assert "Save settings" not in page
    assert "Add rule" not in page
    response = client.post(
        url,
        {
            "objective": "best-total",
            "department_scope": "unit",
            "min_grade_gap": "",
            "availability_weight": "0",
            "format_weight": "0",
        },
    )
    assert response.status_code == 302
    assert services.matching_config_for(program).objective == "most-matched"
