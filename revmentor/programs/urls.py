"""URLs of programs."""

from __future__ import annotations

from django.urls import path

from revmentor.programs import views

app_name = "programs"

urlpatterns = [
    path("", views.program_list, name="list"),
    path("new/", views.program_create, name="create"),
    path("<int:pk>/", views.program_detail, name="detail"),
    path("<int:pk>/edit/", views.program_edit, name="edit"),
    path("<int:pk>/charter/", views.program_charter, name="charter"),
    path("<int:pk>/stage/", views.program_transition, name="transition"),
]
