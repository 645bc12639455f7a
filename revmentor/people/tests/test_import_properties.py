"""Property: whatever a file contains, the import never crashes and a rejected file writes nothing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from revmentor.people.importing import COLUMNS
from revmentor.people.models import OrgUnit, Person
from revmentor.people.services import ImportRejected, people_import_file
from revmentor.people.tests.factories import csv_bytes, row

pytestmark = pytest.mark.django_db

cell = st.one_of(
    st.sampled_from(
        [
            "",
            "E1",
            "E2",
            "E3",
            "x@y",
            "a@example.org",
            "nl;en",
            "xx",
            "Marketing/",
            "/",
            "yes",
            "maybe",
            "-3",
            "12",
            "Europe/Amsterdam",
            "Mars/Base",
        ]
    ),
    st.text(max_size=12),
)
broken_row = st.fixed_dictionaries(dict.fromkeys(COLUMNS, cell))
header = st.one_of(
    st.just(COLUMNS),
    st.lists(
        st.sampled_from([*COLUMNS, "naam", "afdeling", "colour", ""]), min_size=0, max_size=14
    ).map(tuple),
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rows=st.lists(broken_row, max_size=8), columns=header)
def test_random_broken_files_never_raise_and_never_write(rows, columns):
    content = csv_bytes(rows, header=columns)
    try:
        people_import_file(file_name="random.csv", content=content)
    except ImportRejected as rejected:
        assert rejected.problems
        assert all(problem.message for problem in rejected.problems)
        assert Person.objects.count() == 0
        assert OrgUnit.objects.count() == 0
    else:
        Person.objects.all().delete()
        OrgUnit.objects.all().delete()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=300), name=st.sampled_from(["f.csv", "f.xlsx", "f.txt"]))
def test_random_bytes_are_rejected_without_an_unhandled_exception(data, name):
    try:
        people_import_file(file_name=name, content=data)
    except ImportRejected:
        assert Person.objects.count() == 0
    else:
        Person.objects.all().delete()
        OrgUnit.objects.all().delete()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    bad_index=st.integers(min_value=0, max_value=4), count=st.integers(min_value=5, max_value=12)
)
def test_one_bad_row_anywhere_stops_the_whole_file(bad_index, count):
    rows = [
        row(employee_id=f"E{i}", email=f"e{i}@example.org", department="IT") for i in range(count)
    ]
    rows[bad_index]["email"] = "broken"
    with pytest.raises(ImportRejected) as caught:
        people_import_file(file_name="org.csv", content=csv_bytes(rows))
    assert [(p.row, p.column) for p in caught.value.problems] == [(bad_index + 2, "email")]
    assert Person.objects.count() == 0
