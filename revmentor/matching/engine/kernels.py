"""Compiled inner loops of the b-matching solver (Numba).

Column generation needs three things many times over: pick the best pairs of every row and column
of the score matrix, price every pair against the current duals, and re-solve the restricted
problem after a few pairs were added. In NumPy each of these is a handful of passes with large
temporaries (the partial sorts alone took 2 s at 10,000 x 5,000), and SciPy's sparse assignment
solver cannot start from the previous optimum, so every round paid for a cold solve. Here each is
one loop compiled by Numba (cached on disk after the first call), and the restricted problem is
kept between rounds and repaired by successive shortest paths.

**The flow model.** Rows (mentees) supply one unit each; the unit goes either to a column (a
mentor) through a candidate pair or straight to the sink ``T`` ("stays unmatched", weight 0).
Column j passes up to ``capacity[j]`` units on to ``T``. Pair costs are ``-(w + bonus)``; for
most-matched the bonus outweighs any score difference, so this is a min-cost flow whose optimum
is the matching. Node potentials ``pi`` (rows, then columns, then ``T``) keep every residual arc's
reduced cost ``cost + pi[tail] - pi[head]`` non-negative, which makes Dijkstra valid and the
matching optimal for the pairs it has seen. In LP terms ``u_i = pi[i] - pi[T]`` and
``v_j = pi[T] - pi[n + j]``.

**Warm start.** When pricing adds pairs, rows with a new pair of negative reduced cost are freed:
their unit leaves its column, which keeps its flow to ``T`` and so has a *deficit* of one unit.
Freed rows have no incoming arcs, so raising their potential until all their arcs are valid keeps
every other arc valid. Each freed row then follows a shortest path to any node that is short of a
unit: a deficit column (someone takes the seat back) or, through ``T``, a column whose flow to
``T`` shrinks (its price falls). Cold starts are the same with every row free and ``T`` short of
``n`` units. This is the successive-shortest-path method on a network with several supplies and
demands; it ends with an optimal flow of the restricted problem. The certificate never depends on
this code: the caller prices every eligible pair against the resulting duals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import numba
import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

_F = TypeVar("_F", bound=Callable[..., Any])

# A row's unit goes to the sink (the mentee stays unmatched) / has not been placed yet.
VIA_SINK = -1
FREE = -2


def _jit(fn: _F) -> _F:
    # cache=True: compiled once per installation into __pycache__, loaded in milliseconds after.
    # No parallel=True: Numba's default threading layer must not be entered from two threads at
    # once, and the web app may run two matchings in two threads.
    return cast(_F, numba.njit(cache=True, nogil=True)(fn))


@_jit
def top_per_row(
    block: FloatArray,
    shift: FloatArray,
    threshold: FloatArray,
    k: int,
    out_cols: IntArray,
    out_vals: FloatArray,
    out_count: IntArray,
    row_best: FloatArray,
) -> None:
    """Per row i: ``row_best[i] = max_j block[i, j] - shift[j]`` over finite entries, and the k
    columns with the largest ``block[i, j] - shift[j]`` above ``threshold[i]``, best first (ties:
    lower column first)."""
    for i in range(block.shape[0]):
        best = _row_max(block[i], shift)
        row_best[i] = best
        out_count[i] = 0
        thr = threshold[i]
        if best > thr:
            # Few rows have a pair above their threshold once prices settle: the second pass
            # (on a row still in cache) runs only for them.
            floor = max(thr, _kth_floor(block[i], shift, k))
            out_count[i] = _row_top(block[i], shift, thr, floor, k, out_cols[i], out_vals[i])


@numba.njit(cache=True, nogil=True, fastmath={"nnan", "nsz", "arcp", "contract", "reassoc"})
def _row_max(row: FloatArray, shift: FloatArray) -> float:
    # fastmath without "ninf": -inf marks ineligible pairs and must survive; "reassoc" lets the
    # maximum be taken in SIMD lanes (4x faster than the scalar loop).
    best = -np.inf
    for j in range(row.shape[0]):
        r = row[j] - shift[j]
        best = r if r > best else best
    return best


@numba.njit(cache=True, nogil=True, fastmath={"nnan", "nsz", "arcp", "contract", "reassoc"})
def _kth_floor(row: FloatArray, shift: FloatArray, k: int) -> float:
    """A value that at least k entries of ``row - shift`` reach: the least of the maxima of k
    slices (each maximum is a different entry). Nothing below it can be among the k best, so
    the insertion pass skips it with one comparison; -inf when a slice has no finite entry."""
    n = row.shape[0]
    if k <= 0 or n < 2 * k:
        return -np.inf
    width = n // k
    floor = np.inf
    for part in range(k):
        best = -np.inf
        for j in range(part * width, part * width + width):
            r = row[j] - shift[j]
            best = r if r > best else best
        floor = best if best < floor else floor
    return floor


@_jit
def _row_top(
    row: FloatArray,
    shift: FloatArray,
    thr: float,
    floor: float,
    k: int,
    cols: IntArray,
    vals: FloatArray,
) -> int:
    """The k best ``row - shift`` above ``thr`` (and not below ``floor``), best first."""
    cnt = 0
    for j in range(row.shape[0]):
        r = row[j] - shift[j]
        if r >= floor and r > thr and (cnt < k or r > vals[k - 1]):
            # Insertion into the short sorted list of this row.
            pos = cnt if cnt < k else k - 1
            while pos > 0 and vals[pos - 1] < r:
                if pos < k:
                    vals[pos] = vals[pos - 1]
                    cols[pos] = cols[pos - 1]
                pos -= 1
            vals[pos] = r
            cols[pos] = j
            if cnt < k:
                cnt += 1
    return cnt


@_jit
def top_per_col(
    block: FloatArray,
    start: int,
    lo: int,
    hi: int,
    k: int,
    out_rows: IntArray,
    out_vals: FloatArray,
    out_count: IntArray,
    out_floor: FloatArray,
) -> None:
    """Merge the rows of ``block`` (rows ``start``...) into the k best finite entries of each
    column in ``lo:hi``, best first (ties: lower row first); the lists carry over between
    blocks, and threads with disjoint column ranges never touch the same list.

    ``out_floor[j]`` is what an entry must beat to enter column j's list (-inf until the list
    is full, then its k-th value): one contiguous array to test against, where reading each
    list's last value cost a cache miss per pair.
    """
    n_rows = block.shape[0]
    for i in range(n_rows):
        row = block[i]
        for j in range(lo, hi):
            s = row[j]
            if s > out_floor[j]:
                cnt = out_count[j]
                pos = cnt if cnt < k else k - 1
                while pos > 0 and out_vals[j, pos - 1] < s:
                    if pos < k:
                        out_vals[j, pos] = out_vals[j, pos - 1]
                        out_rows[j, pos] = out_rows[j, pos - 1]
                    pos -= 1
                out_vals[j, pos] = s
                out_rows[j, pos] = start + i
                if cnt < k:
                    out_count[j] = cnt + 1
                if out_count[j] == k:
                    out_floor[j] = out_vals[j, k - 1]


@_jit
def count_finite(block: FloatArray) -> int:
    total = 0
    for value in block.ravel():
        if value != -np.inf:
            total += 1
    return total


@_jit
def _push(keys: FloatArray, nodes: IntArray, size: int, key: float, node: int) -> int:
    i = size
    while i > 0:
        parent = (i - 1) >> 1
        if keys[parent] <= key:
            break
        keys[i] = keys[parent]
        nodes[i] = nodes[parent]
        i = parent
    keys[i] = key
    nodes[i] = node
    return size + 1


@_jit
def _pop(keys: FloatArray, nodes: IntArray, size: int) -> int:
    """Remove the root (read it before calling); returns the new size."""
    size -= 1
    key = keys[size]
    node = nodes[size]
    i = 0
    while True:
        child = 2 * i + 1
        if child >= size:
            break
        if child + 1 < size and keys[child + 1] < keys[child]:
            child += 1
        if keys[child] >= key:
            break
        keys[i] = keys[child]
        nodes[i] = nodes[child]
        i = child
    if size > 0:
        keys[i] = key
        nodes[i] = node
    return size


@_jit
def _slot_remove(
    slot_off: IntArray, capacity: IntArray, slot_row: IntArray, j: int, row: int
) -> None:
    for s in range(slot_off[j], slot_off[j] + capacity[j]):
        if slot_row[s] == row:
            slot_row[s] = -1
            return


@_jit
def _slot_insert(
    slot_off: IntArray, capacity: IntArray, slot_row: IntArray, j: int, row: int
) -> None:
    for s in range(slot_off[j], slot_off[j] + capacity[j]):
        if slot_row[s] < 0:
            slot_row[s] = row
            return


@_jit
def _sink_remove(sink_list: IntArray, sink_pos: IntArray, sink_count: IntArray, row: int) -> None:
    """Take ``row`` out of the rows whose unit goes to the sink (swap with the last)."""
    last = sink_list[sink_count[0] - 1]
    sink_list[sink_pos[row]] = last
    sink_pos[last] = sink_pos[row]
    sink_count[0] -= 1


@_jit
def free_violating_rows(
    indptr: IntArray,
    adj: IntArray,
    wp: FloatArray,
    capacity: IntArray,
    slot_off: IntArray,
    slot_row: IntArray,
    mate: IntArray,
    load: IntArray,
    sink_list: IntArray,
    sink_pos: IntArray,
    sink_count: IntArray,
    pi: FloatArray,
    sink_deficit: IntArray,
    rows: IntArray,
    tol: float,
) -> IntArray:
    """Free each of ``rows`` that has a pair of negative reduced cost; returns the freed rows."""
    n = mate.shape[0]
    m = capacity.shape[0]
    sink = n + m
    freed = np.empty(rows.shape[0], dtype=np.int64)
    count = 0
    for q in range(rows.shape[0]):
        i = rows[q]
        if mate[i] == FREE:
            freed[count] = i
            count += 1
            continue
        bad = False
        for a in range(indptr[i], indptr[i + 1]):
            if pi[i] - pi[n + adj[a]] - wp[a] < -tol:
                bad = True
                break
        if not bad and mate[i] >= 0 and pi[i] - pi[sink] < -tol:
            bad = True
        if not bad:
            continue
        j = mate[i]
        if j >= 0:
            _slot_remove(slot_off, capacity, slot_row, j, i)
            load[j] -= 1
        else:
            # Its unit went to the sink: take it out of the sink's list; the sink is now short.
            _sink_remove(sink_list, sink_pos, sink_count, i)
            sink_deficit[0] += 1
        mate[i] = FREE
        freed[count] = i
        count += 1
    return freed[:count]


@_jit
def augment(
    indptr: IntArray,
    adj: IntArray,
    wp: FloatArray,
    capacity: IntArray,
    slot_off: IntArray,
    slot_row: IntArray,
    mate: IntArray,
    mate_w: FloatArray,
    flow: IntArray,
    load: IntArray,
    sink_list: IntArray,
    sink_pos: IntArray,
    sink_count: IntArray,
    pi: FloatArray,
    sink_deficit: IntArray,
    free_rows: IntArray,
) -> int:
    """Place every row of ``free_rows`` by a shortest augmenting path; returns nodes settled.

    ``mate[i]``: column, ``VIA_SINK`` or ``FREE``; ``mate_w[i]``: ``w + bonus`` of its pair;
    ``flow[j]``: units column j passes to the sink (``flow - load`` is its deficit);
    ``sink_list[:sink_count]``: rows whose unit goes to the sink.
    """
    n = mate.shape[0]
    m = capacity.shape[0]
    sink = n + m
    n_nodes = n + m + 1
    dist = np.zeros(n_nodes, dtype=np.float64)
    seen = np.full(n_nodes, -1, dtype=np.int64)
    done = np.full(n_nodes, -1, dtype=np.int64)
    pred = np.zeros(n_nodes, dtype=np.int64)
    pred_arc = np.zeros(n_nodes, dtype=np.int64)
    settled = np.zeros(n_nodes, dtype=np.int64)
    heap_size_max = indptr[n] + 3 * n + 3 * m + 8
    heap_k = np.empty(heap_size_max, dtype=np.float64)
    heap_n = np.empty(heap_size_max, dtype=np.int64)
    work = 0
    for it in range(free_rows.shape[0]):
        s = free_rows[it]
        if s < n:
            # Lowest potential that keeps every arc out of s valid (s has no incoming arcs).
            top = pi[sink]
            for a in range(indptr[s], indptr[s + 1]):
                val = wp[a] + pi[n + adj[a]]
                if val > top:
                    top = val
            pi[s] = top
        dist[s] = 0.0
        seen[s] = it
        pred[s] = -1
        size = _push(heap_k, heap_n, 0, 0.0, s)
        n_settled = 0
        reach = 0.0
        end = -1
        while size > 0:
            d = heap_k[0]
            x = heap_n[0]
            size = _pop(heap_k, heap_n, size)
            if done[x] == it or d > dist[x]:
                continue
            done[x] = it
            settled[n_settled] = x
            n_settled += 1
            # Short of a unit: the sink (cold start) or a column that lost a row (warm start).
            if (x == sink and sink_deficit[0] > 0) or (n <= x < sink and flow[x - n] > load[x - n]):
                end = x
                reach = d
                break
            if x < n:
                own = mate[x]
                px = pi[x]
                for a in range(indptr[x], indptr[x + 1]):
                    j = adj[a]
                    if j == own:
                        continue
                    y = n + j
                    if done[y] == it:
                        continue
                    rc = px - pi[y] - wp[a]
                    nd = d + (rc if rc > 0.0 else 0.0)
                    if seen[y] != it or nd < dist[y]:
                        seen[y] = it
                        dist[y] = nd
                        pred[y] = x
                        pred_arc[y] = a
                        if nd <= d and flow[j] > load[j]:
                            # A seat to fill at no extra cost: nothing in the heap is closer.
                            end = y
                            break
                        size = _push(heap_k, heap_n, size, nd, y)
                if end < 0 and own != VIA_SINK and done[sink] != it:
                    rc = px - pi[sink]
                    nd = d + (rc if rc > 0.0 else 0.0)
                    if seen[sink] != it or nd < dist[sink]:
                        seen[sink] = it
                        dist[sink] = nd
                        pred[sink] = x
                        if nd <= d and sink_deficit[0] > 0:
                            end = sink
                        else:
                            size = _push(heap_k, heap_n, size, nd, sink)
            elif x < sink:
                j = x - n
                px = pi[x]
                for q in range(slot_off[j], slot_off[j] + capacity[j]):
                    k = slot_row[q]
                    if k < 0 or done[k] == it:
                        continue
                    rc = mate_w[k] - pi[k] + px
                    nd = d + (rc if rc > 0.0 else 0.0)
                    if seen[k] != it or nd < dist[k]:
                        seen[k] = it
                        dist[k] = nd
                        pred[k] = x
                        size = _push(heap_k, heap_n, size, nd, k)
                if flow[j] < capacity[j] and done[sink] != it:
                    rc = px - pi[sink]
                    nd = d + (rc if rc > 0.0 else 0.0)
                    if seen[sink] != it or nd < dist[sink]:
                        seen[sink] = it
                        dist[sink] = nd
                        pred[sink] = x
                        if nd <= d and sink_deficit[0] > 0:
                            end = sink
                        else:
                            size = _push(heap_k, heap_n, size, nd, sink)
            else:
                px = pi[sink]
                for j in range(m):
                    y = n + j
                    if flow[j] == 0 or done[y] == it:
                        continue
                    rc = px - pi[y]
                    nd = d + (rc if rc > 0.0 else 0.0)
                    if seen[y] != it or nd < dist[y]:
                        seen[y] = it
                        dist[y] = nd
                        pred[y] = x
                        if nd <= d and flow[j] > load[j]:
                            end = y
                            break
                        size = _push(heap_k, heap_n, size, nd, y)
                for q in range(sink_count[0] if end < 0 else 0):
                    k = sink_list[q]
                    if done[k] == it:
                        continue
                    rc = px - pi[k]
                    nd = d + (rc if rc > 0.0 else 0.0)
                    if seen[k] != it or nd < dist[k]:
                        seen[k] = it
                        dist[k] = nd
                        pred[k] = x
                        size = _push(heap_k, heap_n, size, nd, k)
            if end >= 0:
                # A node short of a unit found at no extra cost: nothing in the heap is closer.
                reach = d
                done[end] = it
                settled[n_settled] = end
                n_settled += 1
                break
        if end < 0:
            # Cannot happen: a free row can always send its unit to the sink. Stop loudly.
            return -1
        work += n_settled
        # Potentials: settled nodes move by (distance - reach); the rest stay (a common shift).
        for q in range(n_settled):
            x = settled[q]
            pi[x] += dist[x] - reach
        # Augment along the path, from its end back to s (so seats are freed before taken).
        if end == sink:
            sink_deficit[0] -= 1
        if s == sink:
            sink_deficit[0] += 1
        y = end
        while y != s:
            x = pred[y]
            if x < n:
                if y == sink:
                    mate[x] = VIA_SINK
                    mate_w[x] = 0.0
                    sink_pos[x] = sink_count[0]
                    sink_list[sink_count[0]] = x
                    sink_count[0] += 1
                else:
                    j = y - n
                    a = pred_arc[y]
                    mate[x] = j
                    mate_w[x] = wp[a]
                    _slot_insert(slot_off, capacity, slot_row, j, x)
                    load[j] += 1
            elif x < sink:
                j = x - n
                if y == sink:
                    flow[j] += 1
                else:
                    _slot_remove(slot_off, capacity, slot_row, j, y)
                    load[j] -= 1
            elif y < n:
                _sink_remove(sink_list, sink_pos, sink_count, y)
            else:
                flow[y - n] -= 1
            y = x
    return work


@_jit
def auction(
    indptr: IntArray,
    adj: IntArray,
    wp: FloatArray,
    capacity: IntArray,
    slot_off: IntArray,
    price: FloatArray,
    holder: IntArray,
    epsilons: FloatArray,
) -> int:
    """Forward auction with epsilon-scaling on the candidate pairs; returns the number of bids.

    Each seat of a mentor is an object with its own ``price`` and ``holder`` (by slot, both
    kept between calls: a warm start); a row bids for the cheapest seat of its best mentor,
    "stay unmatched" being worth 0. At the start of each phase only the rows that are not within
    epsilon of their best option give up their seat and bid again. Ends with every row within
    the last epsilon of its best option: prices close to the restricted optimum's duals, found
    with cheap bids instead of long augmenting paths. `augment` then makes them exact.
    """
    n = indptr.shape[0] - 1
    m = capacity.shape[0]
    n_slots = price.shape[0]
    seat = np.full(n, -1, dtype=np.int64)
    seat_arc = np.full(n, -1, dtype=np.int64)
    owner = np.empty(n_slots, dtype=np.int64)
    for j in range(m):
        for q in range(slot_off[j], slot_off[j] + capacity[j]):
            owner[q] = j
    for q in range(n_slots):
        if holder[q] >= 0:
            seat[holder[q]] = q
    low = np.empty(m, dtype=np.float64)
    low_slot = np.empty(m, dtype=np.int64)
    for j in range(m):
        low[j] = np.inf
        low_slot[j] = -1
        for q in range(slot_off[j], slot_off[j] + capacity[j]):
            if price[q] < low[j]:
                low[j] = price[q]
                low_slot[j] = q
    for i in range(n):
        if seat[i] >= 0:
            j = owner[seat[i]]
            for a in range(indptr[i], indptr[i + 1]):
                if adj[a] == j:
                    seat_arc[i] = a
                    break
            if seat_arc[i] < 0:  # its pair is gone: bid again
                holder[seat[i]] = -1
                seat[i] = -1
    queue = np.empty(n + 1, dtype=np.int64)
    bids = 0
    for phase in range(epsilons.shape[0]):
        eps = epsilons[phase]
        head = 0
        tail = 0
        for i in range(n):
            if seat[i] >= 0:
                mine = wp[seat_arc[i]] - price[seat[i]]
                best = 0.0
                for a in range(indptr[i], indptr[i + 1]):
                    j = adj[a]
                    if low_slot[j] >= 0 and wp[a] - low[j] > best:
                        best = wp[a] - low[j]
                if mine >= best - eps:
                    continue
                holder[seat[i]] = -1
                seat[i] = -1
            queue[tail] = i
            tail += 1
        waiting = tail
        while waiting > 0:
            i = queue[head]
            head = head + 1 if head < n else 0
            waiting -= 1
            best = 0.0  # stay unmatched
            second = -np.inf
            j1 = -1
            a1 = -1
            for a in range(indptr[i], indptr[i + 1]):
                j = adj[a]
                if low_slot[j] < 0:
                    continue
                val = wp[a] - low[j]
                if val > best:
                    second = best
                    best = val
                    j1 = j
                    a1 = a
                elif val > second:
                    second = val
            if j1 < 0:
                continue
            s1 = low_slot[j1]
            # The second cheapest seat of the same mentor is an alternative too.
            for q in range(slot_off[j1], slot_off[j1] + capacity[j1]):
                if q != s1:
                    val = wp[a1] - price[q]
                    if val > second:
                        second = val
            bids += 1
            price[s1] = wp[a1] - second + eps
            old = holder[s1]
            holder[s1] = i
            seat[i] = s1
            seat_arc[i] = a1
            if old >= 0:
                seat[old] = -1
                queue[tail] = old
                tail = tail + 1 if tail < n else 0
                waiting += 1
            low[j1] = np.inf
            for q in range(slot_off[j1], slot_off[j1] + capacity[j1]):
                if price[q] < low[j1]:
                    low[j1] = price[q]
                    low_slot[j1] = q
    return bids


@_jit
def score_block(
    out: FloatArray,
    start: int,
    topic_ptr: IntArray,
    topic_idx: IntArray,
    topic_val: FloatArray,
    level_t: FloatArray,
    denominator: FloatArray,
    mentee_unit: IntArray,
    mentor_unit: IntArray,
    mentee_tin: IntArray,
    mentee_tout: IntArray,
    mentor_tin: IntArray,
    mentor_tout: IntArray,
    mentee_lang: NDArray[np.uint64],
    mentor_lang: NDArray[np.uint64],
    mentee_fmt: NDArray[np.uint64],
    mentor_fmt: NDArray[np.uint64],
    mentee_grade: FloatArray,
    mentor_grade: FloatArray,
    use_grade: bool,
    min_grade_gap: float,
) -> None:
    """Topic fit of rows ``start:start + len(out)`` against every mentor, ``-inf`` wherever a
    dense hard rule fails; written into ``out``.

    Fit: the sum of level x priority over the mentee's topics (``topic_ptr``/``topic_idx``/
    ``topic_val``, a sparse row per mentee: most have a handful of the topics), divided once by
    ``denominator``. The products and sums are small integers, exact in float64 in any order, so
    every pair gets the same bits however it is computed. Rules, tested without branches (a
    mispredicted branch per pair costs more than the tests): fit > 0, other unit, neither in the
    other's reporting line (depth-first numbering: ``a`` is above ``b`` iff
    ``tin[a] <= tin[b] < tout[a]``; -1 outside the tree fails both tests), a shared language and
    format (bit sets), and the optional grade gap (an unknown grade, NaN, fails it).
    """
    n_rows, n_cols = out.shape
    words_l = mentee_lang.shape[1]
    words_f = mentee_fmt.shape[1]
    for i in range(n_rows):
        r = start + i
        row = out[i]
        row[:] = 0.0
        for q in range(topic_ptr[r], topic_ptr[r + 1]):
            weight = topic_val[q]
            levels = level_t[topic_idx[q]]
            for j in range(n_cols):
                row[j] += weight * levels[j]
        unit = mentee_unit[r]
        e_in = mentee_tin[r]
        e_out = mentee_tout[r]
        limit = mentee_grade[r] - min_grade_gap
        scale = denominator[r]
        if words_l == 1 and words_f == 1:
            # Up to 64 languages and formats (every real case): one word each, and a loop the
            # compiler can vectorise.
            lang = mentee_lang[r, 0]
            fmt = mentee_fmt[r, 0]
            m_lang = mentor_lang[:, 0]
            m_fmt = mentor_fmt[:, 0]
            for j in range(n_cols):
                m_in = mentor_tin[j]
                ok = (row[j] > 0.0) & (mentor_unit[j] != unit)
                ok &= not ((m_in <= e_in) & (e_in < mentor_tout[j]))
                ok &= not ((e_in <= m_in) & (m_in < e_out))
                ok &= (lang & m_lang[j]) != 0
                ok &= (fmt & m_fmt[j]) != 0
                if use_grade:
                    ok &= mentor_grade[j] <= limit
                row[j] = row[j] / scale if ok else -np.inf
            continue
        for j in range(n_cols):
            m_in = mentor_tin[j]
            ok = (row[j] > 0.0) & (mentor_unit[j] != unit)
            ok &= not ((m_in <= e_in) & (e_in < mentor_tout[j]))
            ok &= not ((e_in <= m_in) & (m_in < e_out))
            shared = np.uint64(0)
            for w in range(words_l):
                shared |= mentee_lang[r, w] & mentor_lang[j, w]
            ok &= shared != 0
            shared = np.uint64(0)
            for w in range(words_f):
                shared |= mentee_fmt[r, w] & mentor_fmt[j, w]
            ok &= shared != 0
            if use_grade:
                ok &= mentor_grade[j] <= limit
            row[j] = row[j] / scale if ok else -np.inf
