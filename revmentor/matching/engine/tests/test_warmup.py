"""The warm-up compiles every kernel, so no user waits for the compiler."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[4]

# In a fresh process (other tests have called the kernels in this one): after the warm-up,
# list the kernels that never ran. Helpers (leading underscore) are compiled into their callers.
CHECK = """
from numba.core.registry import CPUDispatcher
from revmentor.matching.engine import kernels
from revmentor.matching.engine.warmup import warm_up
warm_up()
public = [n for n, v in vars(kernels).items() if isinstance(v, CPUDispatcher) and n[0] != "_"]
print(len(public), sorted(n for n in public if not getattr(kernels, n).signatures))
"""


def test_the_warm_up_runs_every_kernel_of_the_engine() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=REPO, capture_output=True, text=True, check=True
    )
    count, never_run = out.stdout.strip().split(" ", 1)
    assert int(count) >= 7
    assert never_run == "[]"
