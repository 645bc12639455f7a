"""Writes for people and the organisation: the all-or-nothing import."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from revmentor.accounts.models import User
from revmentor.core.exceptions import DomainError
from revmentor.people.importing import ImportPlan, ImportProblem, build_plan
from revmentor.people.models import OrgUnit, PeopleImport, Person

_PERSON_FIELDS = (
    "name",
    "email",
    "job_title",
    "grade",
    "languages",
    "location",
    "time_zone",
    "is_external",
    "institution",
)


class ImportRejected(DomainError):
    """The file has problems; nothing was written. `problems` lists every one."""

    code = "import_rejected"

    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = problems
        super().__init__(
            ngettext_lazy(
                "The file was not imported because it has %(count)s problem.",
                "The file was not imported because it has %(count)s problems.",
                "count",
            ),
            count=len(problems),
        )


class ImportAlreadyApplied(DomainError):
    code = "import_already_applied"
    default_message = _("This import was already applied.")


def people_import_preview(
    *, file_name: str, content: bytes, uploaded_by: User | None
) -> tuple[PeopleImport, ImportPlan]:
    """Check an uploaded file and keep it for confirmation; raises ImportRejected on problems."""
    plan = build_plan(file_name, content)
    if not plan.ok:
        raise ImportRejected(plan.problems)
    pending = PeopleImport(
        file_name=file_name[:255],
        content=content,
        uploaded_by=uploaded_by,
        created_count=len(plan.creates),
        updated_count=len(plan.updates),
        unchanged_count=len(plan.unchanged),
    )
    pending.full_clean()
    pending.save()
    return pending, plan


@transaction.atomic
def people_import_apply(*, people_import: PeopleImport) -> ImportPlan:
    """Apply a previewed file. The organisation may have changed since the preview, so the file
    is checked again; any problem now still means nothing is written."""
    locked = PeopleImport.objects.select_for_update().get(pk=people_import.pk)
    if locked.status == PeopleImport.Status.APPLIED:
        raise ImportAlreadyApplied()
    plan = people_import_file(file_name=locked.file_name, content=bytes(locked.content))
    locked.status = PeopleImport.Status.APPLIED
    locked.applied_at = timezone.now()
    locked.created_count = len(plan.creates)
    locked.updated_count = len(plan.updates)
    locked.unchanged_count = len(plan.unchanged)
    locked.save()
    return plan


@transaction.atomic
def people_import_file(*, file_name: str, content: bytes) -> ImportPlan:
    """Check a file and, if it has no problems, write it; raises ImportRejected otherwise."""
    plan = build_plan(file_name, content)
    if not plan.ok:
        raise ImportRejected(plan.problems)
    _write_plan(plan)
    return plan


def _write_plan(plan: ImportPlan) -> None:
    # Bulk writes only: the number of queries depends on the depth of the unit tree and on the
    # database's parameter limit, never on one query per row.
    units = dict(OrgUnit.objects.values_list("path", "pk"))
    by_depth: dict[int, list[str]] = {}
    for path in plan.new_unit_paths:
        by_depth.setdefault(path.count("/"), []).append(path)
    for depth in sorted(by_depth):
        created = OrgUnit.objects.bulk_create(
            [
                OrgUnit(
                    name=path.rsplit("/", 1)[-1],
                    path=path,
                    depth=depth,
                    parent_id=units[path.rsplit("/", 1)[0]] if depth else None,
                )
                for path in by_depth[depth]
            ]
        )
        units.update({unit.path: unit.pk for unit in created})

    def unit_for(values: dict[str, object]) -> int | None:
        department = values.get("department")
        return units[str(department)] if department else None

    new_people = []
    for row in plan.creates:
        person = Person(employee_id=row.employee_id)
        for name in _PERSON_FIELDS:
            if name in row.values:
                setattr(person, name, row.values[name])
        if "department" in row.values:
            person.org_unit_id = unit_for(row.values)
        if "manager_id" in row.values:
            person.manager_id = row.values["manager_id"] or None
        new_people.append(person)
    Person.objects.bulk_create(new_people)

    if plan.updates:
        existing = Person.objects.in_bulk(
            [change.employee_id for _row, change in plan.updates], field_name="employee_id"
        )
        changed_people = []
        touched: set[str] = set()
        for row, change in plan.updates:
            person = existing[change.employee_id]
            for name in change.fields:
                if name == "department":
                    person.org_unit_id = unit_for(row.values)
                    touched.add("org_unit")
                elif name == "manager_id":
                    person.manager_id = row.values["manager_id"] or None
                    touched.add("manager")
                else:
                    setattr(person, name, row.values[name])
                    touched.add(name)
            changed_people.append(person)
        Person.objects.bulk_update(changed_people, sorted(touched))
