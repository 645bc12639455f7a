"""Reads for people and the organisation."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet

from revmentor.people.models import OrgUnit, PeopleImport, Person


@dataclass
class UnitNode:
    unit: OrgUnit
    direct_count: int
    total_count: int = 0
    children: list[UnitNode] = field(default_factory=list)


def org_tree() -> list[UnitNode]:
    """The whole unit tree with head counts, in two queries whatever its size."""
    counts = dict(
        Person.objects.filter(org_unit__isnull=False)
        .values_list("org_unit")
        .annotate(n=Count("pk"))
        .values_list("org_unit", "n")
    )
    nodes = {
        unit.pk: UnitNode(unit=unit, direct_count=counts.get(unit.pk, 0))
        for unit in OrgUnit.objects.order_by("depth", "name")
    }
    roots: list[UnitNode] = []
    for node in nodes.values():
        parent = nodes.get(node.unit.parent_id) if node.unit.parent_id else None
        (parent.children if parent else roots).append(node)

    def total(node: UnitNode) -> int:
        node.total_count = node.direct_count + sum(total(child) for child in node.children)
        return node.total_count

    for root in roots:
        total(root)
    return roots


def unit_ancestor_ids(unit: OrgUnit) -> set[int]:
    """The unit and the units above it, so the tree can show where the selection sits."""
    parts = unit.path.split("/")
    prefixes = ["/".join(parts[: depth + 1]) for depth in range(len(parts))]
    return set(OrgUnit.objects.filter(path__in=prefixes).values_list("pk", flat=True))


def person_search(*, query: str = "", unit: OrgUnit | None = None) -> QuerySet[Person]:
    people = Person.objects.select_related("org_unit", "manager")
    if unit is not None:
        people = people.filter(Q(org_unit=unit) | Q(org_unit__path__startswith=unit.path + "/"))
    for word in query.split():
        people = people.filter(
            Q(name__icontains=word)
            | Q(email__icontains=word)
            | Q(employee_id__iexact=word)
            | Q(job_title__icontains=word)
            | Q(org_unit__path__icontains=word)
        )
    return people.order_by("name", "employee_id")


def reporting_line(person: Person) -> list[Person]:
    """The person's managers from the direct manager up to the top of the organisation."""
    line: list[Person] = []
    seen = {person.employee_id}
    manager_id = person.manager_id
    while manager_id and manager_id not in seen:
        manager = Person.objects.select_related("org_unit").filter(employee_id=manager_id).first()
        if manager is None:
            break
        line.append(manager)
        seen.add(manager.employee_id)
        manager_id = manager.manager_id
    return line


def direct_reports(person: Person) -> QuerySet[Person]:
    return person.direct_reports.select_related("org_unit").order_by("name")


def people_count() -> int:
    return Person.objects.count()


def recent_imports(limit: int = 5) -> QuerySet[PeopleImport]:
    return (
        PeopleImport.objects.filter(status=PeopleImport.Status.APPLIED)
        .select_related("uploaded_by")
        .defer("content", "preview")[:limit]
    )


def people_import_for_preview() -> QuerySet[PeopleImport]:
    # The file itself (up to UPLOAD_MAX_MB) is not needed to show a preview or its progress.
    return PeopleImport.objects.defer("content")
