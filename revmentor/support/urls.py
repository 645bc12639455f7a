"""URLs of support."""

from __future__ import annotations

from django.urls import path

from revmentor.support import views

app_name = "support"

urlpatterns = [
    path("training/", views.training, name="training"),
    path("training/<int:pk>/", views.training_module, name="training_module"),
    path("meetings/<int:pk>/check-in/", views.check_in, name="check_in"),
    path("mentorships/<int:pk>/pulse/", views.pulse, name="pulse"),
    path("programs/<int:pk>/attention/", views.attention, name="attention"),
    path("attention/<int:pk>/record/", views.attention_record, name="attention_record"),
    path("programs/<int:pk>/articles/", views.articles, name="articles"),
    path(
        "programs/<int:pk>/articles/<int:article_pk>/share/",
        views.article_share,
        name="article_share",
    ),
    path("shared-articles/<int:pk>/mark/", views.article_mark, name="article_mark"),
    path("programs/<int:pk>/circles/", views.circles, name="circles"),
    path("circles/<int:pk>/", views.circle, name="circle"),
    path("circles/<int:pk>/sessions/", views.circle_session, name="circle_session"),
    path("sessions/<int:pk>/attendance/", views.circle_attendance, name="circle_attendance"),
    path("programs/<int:pk>/hr/", views.hr_assign, name="hr_assign"),
    path("caseload/", views.caseload, name="caseload"),
    path("cases/<int:pk>/", views.case, name="case"),
    path("talks/<int:pk>/", views.talk_update, name="talk_update"),
    path("mentorships/<int:pk>/ask-hr/", views.ask_hr, name="ask_hr"),
    path("programs/<int:pk>/kickoff/", views.kickoff, name="kickoff"),
    path("kickoff-guests/<int:pk>/rsvp/", views.kickoff_rsvp, name="kickoff_rsvp"),
]
