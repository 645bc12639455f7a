"""Top-level URLs."""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("revmentor.core.urls")),
    path("accounts/", include("revmentor.accounts.urls")),
    path("organisation/", include("revmentor.people.urls")),
    path("programs/", include("revmentor.programs.urls")),
    path("", include("revmentor.enrolment.urls")),
    path("", include("revmentor.matching.urls")),
    path("support/", include("revmentor.support.urls")),
    path("notifications/", include("revmentor.notifications.urls")),
    path("my-data/", include("revmentor.privacy.urls")),
    path("audit/", include("revmentor.audit.urls")),
    path("", include("revmentor.mentorships.urls")),
    path("admin/", admin.site.urls),
]

# Django's request limits answer with a page that says which limit was hit.
handler400 = "revmentor.core.views.bad_request"
