"""URLs of enrolment."""

from __future__ import annotations

from django.urls import path

from revmentor.enrolment import views

app_name = "enrolment"

urlpatterns = [
    path("join/<int:pk>/", views.program_page, name="program"),
    path("join/<int:pk>/apply/<str:role>/", views.apply, name="apply"),
    path("my/applications/<int:pk>/", views.application_detail, name="application"),
    path("my/applications/<int:pk>/edit/", views.application_edit, name="application_edit"),
    path(
        "my/applications/<int:pk>/withdraw/",
        views.application_withdraw,
        name="application_withdraw",
    ),
    path("apply/confirm/<str:token>/", views.confirm_email, name="confirm_email"),
    path("apply/<str:token>/", views.external_apply, name="external_apply"),
    path("programs/<int:pk>/applications/", views.review_list, name="review_list"),
    path("programs/<int:pk>/applications/<int:application_pk>/", views.review, name="review"),
    path(
        "programs/<int:pk>/applications/<int:application_pk>/decide/", views.decide, name="decide"
    ),
    path("programs/<int:pk>/recruitment/", views.recruitment_settings, name="recruitment"),
    path("programs/<int:pk>/supply-demand/", views.supply_demand, name="supply_demand"),
    path("programs/<int:pk>/invitations/", views.invitations, name="invitations"),
    path("programs/<int:pk>/invitations/remind/", views.send_reminders, name="send_reminders"),
    path("programs/<int:pk>/participants/", views.participants, name="participants"),
]
