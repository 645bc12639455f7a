"""URLs of privacy."""

from __future__ import annotations

from django.urls import path

from revmentor.privacy import views

app_name = "privacy"

urlpatterns = [
    path("", views.my_data, name="my_data"),
    path("download/", views.my_data_download, name="my_data_download"),
]
