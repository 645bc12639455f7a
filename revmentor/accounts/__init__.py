"""Accounts: users who log in by e-mail, their staff role and their language."""
