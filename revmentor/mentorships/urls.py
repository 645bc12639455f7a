"""URLs of mentorships."""

from __future__ import annotations

from django.urls import path

from revmentor.mentorships import views

app_name = "mentorships"

urlpatterns = [
    path("mentorships/<int:pk>/", views.detail, name="detail"),
    path("mentorships/<int:pk>/accept/", views.accept, name="accept"),
    path("mentorships/<int:pk>/decline/", views.decline, name="decline"),
    path("mentorships/<int:pk>/agreement/", views.agreement, name="agreement"),
    path("mentorships/<int:pk>/check/", views.contract_check, name="check"),
    path("mentorships/<int:pk>/meetings/new/", views.meeting_new, name="meeting_new"),
    path("mentorships/<int:pk>/notes/", views.note_new, name="note_new"),
    path("mentorships/<int:pk>/actions/", views.action_new, name="action_new"),
    path(
        "mentorships/<int:pk>/actions/<int:action_pk>/done/", views.action_done, name="action_done"
    ),
    path("mentorships/<int:pk>/<str:action>/", views.lifecycle, name="lifecycle"),
    path("meetings/<int:pk>/", views.meeting, name="meeting"),
    path("meetings/<int:pk>/reschedule/", views.meeting_reschedule, name="meeting_reschedule"),
    path("meetings/<int:pk>/cancel/", views.meeting_cancel, name="meeting_cancel"),
    path("meetings/<int:pk>/held/", views.meeting_mark, name="meeting_mark"),
    path("meetings/<int:pk>/log/", views.meeting_log, name="meeting_log"),
    path("meetings/<int:pk>/agenda/", views.meeting_agenda, name="meeting_agenda"),
    path("meetings/<int:pk>/calendar.ics", views.meeting_ics, name="meeting_ics"),
    path("programs/<int:pk>/pairs/", views.program_pairs, name="program_pairs"),
    path("programs/<int:pk>/step-plan/", views.step_plan, name="step_plan"),
]
