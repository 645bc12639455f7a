"""People and organisation: org units as a tree, people with their reporting lines, imports."""
