"""Admin for programs."""

from __future__ import annotations

from django.contrib import admin

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
