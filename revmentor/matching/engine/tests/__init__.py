"""Tests of the matching engine; none of them touches Django or a database."""
