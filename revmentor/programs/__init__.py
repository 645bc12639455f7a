"""Programs: the program charter, its readiness gate, templates and the program's stages."""
