"""URLs of accounts."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.urls import path

from revmentor.accounts import views

app_name = "accounts"

urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("language/", views.set_language, name="set_language"),
    path("preferences/", views.preferences, name="preferences"),
    path("two-step/", views.mfa_verify, name="mfa_verify"),
    path("two-step/setup/", views.mfa_setup, name="mfa_setup"),
    path("two-step/recovery-codes/", views.mfa_recovery_codes, name="mfa_recovery_codes"),
    path("two-step/remove/", views.mfa_remove, name="mfa_remove"),
    path("password/reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "password/set/<uidb64>/<token>/",
        views.PasswordSetView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password/set/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
]
