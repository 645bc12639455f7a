"""URLs of matching."""

from __future__ import annotations

from django.urls import path

from revmentor.matching import views

app_name = "matching"

urlpatterns = [
    path("programs/<int:pk>/matching/", views.overview, name="overview"),
    path("programs/<int:pk>/matching/run/", views.run, name="run"),
    path("programs/<int:pk>/matching/runs/<int:number>/", views.run_detail, name="run_detail"),
    path("programs/<int:pk>/matching/runs/<int:number>/publish/", views.publish, name="publish"),
    path("programs/<int:pk>/matching/rules/", views.pair_rule, name="pair_rule"),
    path(
        "programs/<int:pk>/matching/rules/<int:rule_pk>/delete/",
        views.pair_rule_delete,
        name="pair_rule_delete",
    ),
]
