"""Notifications: an in-app list and translated e-mail, delivered by background tasks."""
