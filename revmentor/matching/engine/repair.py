"""Warm-started repair of a restricted optimum after a few candidate pairs were added.

Late rounds of column generation add a few pairs, yet a cold LAPJV solve of the whole candidate
set costs seconds. When every row is matched (most-matched with enough capacity), the previous
optimum and its duals are repaired instead by the Hungarian method on the capacitated problem
(mentors are nodes with a capacity; seats are not replicated):

* rows with a violating new pair leave their mentor and become free; they get the least dual
  that is feasible for all their pairs;
* the problem is read as a square assignment: every empty seat is held by a "dummy" row of
  weight 0 (one node for all of them), and every seat left by a freed row must be filled again,
  by a row or by a dummy. Freed rows and freed seats are both forced, so paths may start at any
  freed row and end at any freed seat at no extra cost;
* SciPy's compiled Dijkstra finds shortest paths from all freed rows at once in the residual
  graph with reduced costs (non-negative by dual feasibility and complementary slackness); the
  potentials move by the distances, and every shortest path to a freed seat that is disjoint
  from the ones taken before is augmented in the same phase (all are tight after the update).

The result is an optimal matching of the candidate set, as the cold solve would give. The
caller recomputes duals from it and prices every pair again, so the certificate never depends
on this code, only the number of rounds does.
"""

from __future__ import annotations

import itertools

import numpy as np
from numpy.typing import NDArray
from scipy import sparse
from scipy.sparse.csgraph import dijkstra

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

# scipy.sparse.csgraph marks "no predecessor" with this value.
_NO_PRED = -9999


def repair(
    rows: IntArray,
    cols: IntArray,
    weights: FloatArray,
    capacity: IntArray,
    mate: IntArray,
    u: FloatArray,
    v: FloatArray,
    bonus: float,
    free_rows: IntArray,
) -> IntArray | None:
    """Re-optimise ``mate`` over the pairs (rows, cols, weights) after freeing ``free_rows``.

    ``mate`` must match every row and be optimal for the pairs except the new ones, which all
    belong to ``free_rows``; ``u``, ``v`` are its duals for weights ``w + bonus``. Returns the
    new ``mate`` (every row matched), or ``None`` when it cannot (the caller then solves cold).
    """
    n, m = len(mate), len(capacity)
    if n == 0 or len(free_rows) == 0 or np.any(mate < 0):
        return None
    mate = mate.copy()
    u = u.astype(np.float64).copy()
    v = v.astype(np.float64).copy()
    u_dummy = 0.0
    free_rows = np.unique(free_rows)
    deficit = np.bincount(mate[free_rows], minlength=m)
    load = np.bincount(mate, minlength=m) - deficit
    dummy = capacity - load - deficit
    mate[free_rows] = -1
    wb = weights + bonus
    best = np.full(n, -np.inf)
    np.maximum.at(best, rows, wb - v[cols])
    u[free_rows] = best[free_rows]

    # Fixed arcs: row -> mentor and mentor -> row for every pair, dummy -> mentor and
    # mentor -> dummy. Only weights change between phases (inf: not in the residual graph).
    n_pairs = len(rows)
    pool = n + m
    mentor_nodes = n + np.arange(m, dtype=np.int64)
    pool_nodes = np.full(m, pool, dtype=np.int64)
    tail = np.concatenate([rows, n + cols, pool_nodes, mentor_nodes])
    head = np.concatenate([n + cols, rows, mentor_nodes, pool_nodes])
    order = np.lexsort((head, tail))
    indptr = np.concatenate([[0], np.cumsum(np.bincount(tail, minlength=n + m + 1))])
    graph = sparse.csr_matrix(
        (np.zeros(len(order)), head[order].astype(np.int32), indptr.astype(np.int32)),
        shape=(n + m + 1, n + m + 1),
    )
    arc_weight = np.empty(len(order), dtype=np.float64)
    free = np.zeros(n, dtype=bool)
    free[free_rows] = True
    while free.any():
        matched_arc = mate[rows] == cols
        reduced = u[rows] + v[cols] - wb
        arc_weight[:n_pairs] = np.where(matched_arc, np.inf, np.maximum(reduced, 0.0))
        arc_weight[n_pairs : 2 * n_pairs] = np.where(matched_arc, np.maximum(-reduced, 0.0), np.inf)
        arc_weight[2 * n_pairs : 2 * n_pairs + m] = np.maximum(u_dummy + v, 0.0)
        arc_weight[2 * n_pairs + m :] = np.where(dummy > 0, np.maximum(-u_dummy - v, 0.0), np.inf)
        graph.data[:] = arc_weight[order]
        sources = np.flatnonzero(free)
        dist, pred, _sources = dijkstra(
            graph, directed=True, indices=sources, return_predecessors=True, min_only=True
        )
        targets = np.flatnonzero(deficit > 0)
        reach = dist[n + targets]
        shortest = float(reach.min()) if len(reach) else np.inf
        if not np.isfinite(shortest):
            return None
        step = np.minimum(dist, shortest)
        u += step[:n]
        v -= step[n : n + m]
        u_dummy += float(step[pool])
        used = np.zeros(n + m + 1, dtype=bool)
        for target in targets[reach == shortest].tolist():
            path = [n + target]
            while pred[path[-1]] != _NO_PRED:
                path.append(int(pred[path[-1]]))
            if used[path].any():
                continue
            used[path] = True
            path.reverse()  # freed row ... target mentor
            free[path[0]] = False
            deficit[target] -= 1
            for a, b in itertools.pairwise(path):
                if a < n:  # row -> mentor: the row moves in
                    mate[a] = b - n
                    load[b - n] += 1
                elif b < n:  # mentor -> row: the row moves out (to the next mentor)
                    load[a - n] -= 1
                elif b == pool:  # a dummy leaves mentor a (a row took its seat)
                    dummy[a - n] -= 1
                else:  # the pool -> mentor b: a dummy takes a seat of b
                    dummy[b - n] += 1
    return mate
