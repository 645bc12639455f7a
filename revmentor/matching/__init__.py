"""Matching: pairs mentors with mentees; the pure engine lives in `engine/`."""
