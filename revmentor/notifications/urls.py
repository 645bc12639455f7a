"""URLs of notifications."""

from __future__ import annotations

from django.urls import path

from revmentor.notifications import views

app_name = "notifications"

urlpatterns = [path("", views.notification_list, name="list")]
