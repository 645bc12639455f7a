"""Core: what every app shares — domain errors, access checks, layout and the home page."""
