"""URLs of people."""

from __future__ import annotations

from django.urls import path

from revmentor.people import views

app_name = "people"

urlpatterns = [
    path("", views.organisation, name="organisation"),
    path("people/<int:pk>/", views.person_detail, name="person"),
    path("import/", views.import_upload, name="import"),
    path("import/<int:pk>/", views.import_preview, name="import_preview"),
    path("import/<int:pk>/confirm/", views.import_confirm, name="import_confirm"),
]
