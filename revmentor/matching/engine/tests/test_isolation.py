"""The engine must stay plain Python (NumPy, SciPy, Numba-compiled loops): no Django import, ever."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ENGINE = Path(__file__).resolve().parent.parent
REPO = ENGINE.parents[2]


def test_importing_the_engine_does_not_import_django() -> None:
    code = (
        "import sys; import revmentor.matching.engine as e; "
        "import revmentor.matching.engine.csvio, revmentor.matching.engine.api; "
        "print(any(m == 'django' or m.startswith('django.') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_no_engine_source_mentions_a_django_import() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+django\b", re.MULTILINE)
    offenders = [
        str(path.relative_to(ENGINE))
        for path in ENGINE.rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
