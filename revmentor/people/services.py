"""Writes for people and the organisation: the all-or-nothing import, its preview (read once,
in the task worker for a big file) and the purge of unconfirmed uploads."""

from __future__ import annotations

import datetime as dt
import logging
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from revmentor.accounts.models import User
from revmentor.audit.models import Action
from revmentor.audit.services import audit_record
from revmentor.core.exceptions import DomainError
from revmentor.core.uploads import check_upload_size
from revmentor.people.importing import ImportPlan, ImportProblem, build_plan, plan_preview
from revmentor.people.models import OrgUnit, PeopleImport, Person

logger = logging.getLogger(__name__)

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


class ImportNotReady(DomainError):
    code = "import_not_ready"
    default_message = _("This file is still being read, or it was rejected; it cannot be imported.")


# Unconfirmed uploads (and what their previews show of the file) live this long.
STALE_AFTER = dt.timedelta(days=1)


@transaction.atomic
def people_import_preview(
    *, file_name: str, content: bytes, uploaded_by: User | None
) -> PeopleImport:
    """Check an uploaded file and keep it for confirmation; raises UploadTooLarge before reading
    an over-size file and ImportRejected on problems. A file over `UPLOAD_BACKGROUND_KB` is kept
    unread and handed to the task worker (status "reading"), which fills in its preview."""
    check_upload_size(file_name=file_name, size=len(content))
    pending = PeopleImport(
        file_name=file_name[:255], content=content, size=len(content), uploaded_by=uploaded_by
    )
    if len(content) > settings.UPLOAD_BACKGROUND_KB * 1024:
        pending.status = PeopleImport.Status.READING
        pending.full_clean()
        pending.save()
        transaction.on_commit(partial(_enqueue_read, pending.pk))
        return pending
    plan = build_plan(file_name, content)
    if not plan.ok:
        raise ImportRejected(plan.problems)
    _store_plan(pending, plan)
    pending.full_clean()
    pending.save()
    return pending


def _enqueue_read(people_import_id: int) -> None:
    from revmentor.people import tasks  # the task calls these services

    tasks.read_people_import.enqueue(people_import_id)


def _store_plan(pending: PeopleImport, plan: ImportPlan) -> None:
    pending.preview = dict(plan_preview(plan))
    pending.progress = 100
    if plan.ok:
        pending.status = PeopleImport.Status.PREVIEWED
        pending.created_count = len(plan.creates)
        pending.updated_count = len(plan.updates)
        pending.unchanged_count = len(plan.unchanged)
    else:
        # A rejected file is never imported: only the problems stay, until housekeeping.
        pending.status = PeopleImport.Status.REJECTED
        pending.content = b""


def people_import_read(*, people_import_id: int) -> PeopleImport | None:
    """Read an uploaded file in the task worker, recording progress, and store its preview.
    Does nothing for an import that is gone (purged) or was already read."""
    pending = (
        PeopleImport.objects.select_related("uploaded_by")
        .filter(pk=people_import_id, status=PeopleImport.Status.READING)
        .first()
    )
    if pending is None:
        return None

    def progress(part: float) -> None:
        # Outside any transaction, so that the preview page sees it while the file is read.
        PeopleImport.objects.filter(pk=pending.pk).update(progress=min(99, int(part * 100)))

    language = pending.uploaded_by.language if pending.uploaded_by else settings.LANGUAGE_CODE
    # The problems are stored as text, so they are written in the uploader's language.
    with translation.override(language):
        try:
            plan = build_plan(pending.file_name, bytes(pending.content), progress=progress)
        except Exception:
            logger.exception("Reading people import %s failed", pending.pk)
            plan = ImportPlan(problems=[ImportProblem(row=0, column="", message=str(_FILE_FAILED))])
    _store_plan(pending, plan)
    # An update, not save(): an import purged meanwhile must stay gone, not be written again.
    PeopleImport.objects.filter(pk=pending.pk, status=PeopleImport.Status.READING).update(
        **{name: getattr(pending, name) for name in _READ_FIELDS}
    )
    return pending


_READ_FIELDS = (
    "status",
    "progress",
    "preview",
    "content",
    "created_count",
    "updated_count",
    "unchanged_count",
)
_FILE_FAILED = _("The file could not be read. Check it and upload it again.")


def people_import_purge_stale(*, now: dt.datetime | None = None) -> int:
    """Delete uploads that were never confirmed (read, rejected or still being read) a day
    after the upload, with their file and preview. Confirmed ones keep no file (see apply)."""
    cutoff = (now or timezone.now()) - STALE_AFTER
    removed, _per_model = (
        PeopleImport.objects.exclude(status=PeopleImport.Status.APPLIED)
        .filter(created_at__lt=cutoff)
        .delete()
    )
    return removed


@transaction.atomic
def people_import_apply(*, people_import: PeopleImport, by: User | None = None) -> ImportPlan:
    """Apply a previewed file. The organisation may have changed since the preview, so the file
    is checked again; any problem now still means nothing is written. Once applied, the file
    and its preview are dropped: only its name, who uploaded it, when and the counts remain."""
    locked = PeopleImport.objects.select_for_update().get(pk=people_import.pk)
    if locked.status == PeopleImport.Status.APPLIED:
        raise ImportAlreadyApplied()
    if locked.status != PeopleImport.Status.PREVIEWED:
        raise ImportNotReady()
    plan = people_import_file(file_name=locked.file_name, content=bytes(locked.content))
    locked.status = PeopleImport.Status.APPLIED
    locked.applied_at = timezone.now()
    locked.created_count = len(plan.creates)
    locked.updated_count = len(plan.updates)
    locked.unchanged_count = len(plan.unchanged)
    locked.content = b""
    locked.preview = {}
    locked.save()
    audit_record(
        action=Action.PEOPLE_IMPORTED,
        actor=by or locked.uploaded_by,
        obj=locked,
        detail={
            "created": locked.created_count,
            "updated": locked.updated_count,
            "unchanged": locked.unchanged_count,
        },
    )
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
