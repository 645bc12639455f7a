"""The ``stable`` objective: mentee-proposing deferred acceptance on score-ranked preferences.

Both sides rank by the *same* pair score (mentees break ties by mentor id, mentors by mentee id).
Then every preference list is the restriction of one global order of pairs, namely
(score descending, mentee id, mentor id), and for such "acyclic" preferences the stable matching
is unique and equals the greedy matching in that global order (the best remaining pair must be in
every stable matching, induct). So deferred acceptance — mentee- or mentor-proposing — returns
exactly what the greedy below returns; `tests/test_stable.py` checks this against a literal
deferred-acceptance implementation. The greedy needs one sort instead of up to millions of
Python-level proposals on "popular" instances where everyone proposes to the same mentors.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from .bmatching import ScoreSource

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

# Pairs are consumed in chunks: a vectorised filter drops pairs whose mentee is already matched or
# whose mentor is full, and only the survivors go through the Python loop.
CHUNK = 65_536


# Scores equal to this many decimals are ties (broken by id).
TIE_DECIMALS = 9


def stable_matching(source: ScoreSource, capacity: IntArray) -> tuple[IntArray, FloatArray]:
    """Unique stable matching for shared scores; returns (mate, weight) like the optimal solver."""
    n = source.n_rows
    scores: list[FloatArray] = []
    rows: list[NDArray[np.int32]] = []
    cols: list[NDArray[np.int32]] = []
    for start in range(0, n, source.block_rows):
        stop = min(start + source.block_rows, n)
        block = source.scores(start, stop)
        in_block, col = np.nonzero(np.isfinite(block))
        scores.append(block[in_block, col])
        # 32-bit indices: millions of pairs, and memory, not range, is the limit here.
        rows.append((in_block + start).astype(np.int32))
        cols.append(col.astype(np.int32))
    mate = np.full(n, -1, dtype=np.int64)
    weight = np.zeros(n, dtype=np.float64)
    if not scores:
        return mate, weight
    s = np.concatenate(scores)
    del scores
    # Pairs were collected row by row and column by column, and rows and columns are in id
    # order: a stable sort on the score alone gives (score descending, mentee id, mentor id)
    # without a second and third sort key in memory. Scores are compared to 9 decimals: with
    # weighted extras, two equal scores can be sums that differ in their last bit (0.4 + 0.75 x 2/3
    # against 0.4 + 0.5), and a tie must go by id, not by rounding noise.
    order = np.argsort(-np.round(s, TIE_DECIMALS), kind="stable")
    s = s[order]
    r = np.concatenate(rows)[order]
    del rows
    c = np.concatenate(cols)[order]
    del cols, order
    room = np.asarray(capacity, dtype=np.int64).copy()
    for begin in range(0, len(s), CHUNK):
        cr, cc, cs = r[begin : begin + CHUNK], c[begin : begin + CHUNK], s[begin : begin + CHUNK]
        alive = (mate[cr] < 0) & (room[cc] > 0)
        for i, j, score in zip(
            cr[alive].tolist(), cc[alive].tolist(), cs[alive].tolist(), strict=True
        ):
            if mate[i] < 0 and room[j] > 0:
                mate[i] = j
                weight[i] = score
                room[j] -= 1
        if not np.any(room > 0) or not np.any(mate < 0):
            break
    return mate, weight
