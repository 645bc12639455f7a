"""Admin for programs."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from revmentor.programs.models import Objective, Program, Topic


class ObjectiveInline(admin.TabularInline[Objective, Program]):
    model = Objective
    extra = 0


class TopicInline(admin.TabularInline[Topic, Program]):
    model = Topic
    extra = 0


@admin.register(Program)
class ProgramAdmin(admin.ModelAdmin[Program]):
    list_display = ("name", "goal_type", "status", "language", "start_date", "end_date")
    list_filter = ("status", "goal_type", "language")
    search_fields = ("name",)
    inlines = (ObjectiveInline, TopicInline)

    def has_delete_permission(self, request: HttpRequest, obj: Program | None = None) -> bool:
        # A program is closed, never deleted: a delete would take every pair's notes with it.
        return False
