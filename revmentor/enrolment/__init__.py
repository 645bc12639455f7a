"""Enrolment: applications and intake, external applicants, selection, and the participants."""
