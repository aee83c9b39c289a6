"""An O(n) tidy-tree placement of a forest of boxes on rows (Reingold–Tilford / Walker contours).

Each node is a box `width` wide that occupies `rows` whole rows; its children
start on the row below its last row. Subtrees are packed left to right as
close as their contours allow (`gap` apart), and a parent is centred over its
first and last child. Contours are kept as lists of the left and right extent
of each row, stored deepest row first with a shared offset, so that merging a
subtree costs only the depth the two have in common: the classic O(n) bound.
Everything is iterative: a 10,000-deep chain is fine.
"""

from __future__ import annotations

from operator import sub


class _Contour:
    __slots__ = ("left", "right", "off")

    def __init__(self, left: list[float], right: list[float], off: float) -> None:
        self.left = left  # left extent per row, deepest row first, relative to `off`
        self.right = right
        self.off = off


def place_forest(
    widths: list[float],
    rows: list[int],
    children: list[list[int]],
    roots: list[int],
    gap: float,
) -> tuple[list[float], list[int], float, float, int]:
    """Place the forest; return (x centre per node, top row per node, min x, max x, rows used).

    `children[v]` and `roots` are in the left-to-right order wanted. Roots sit on row 0,
    centred as a group on x = 0 (before the caller moves the whole forest).
    """
    n = len(widths)
    rel = [0.0] * n
    contour: list[_Contour | None] = [None] * (n + 1)
    # post-order without recursion: a virtual root (index n) holds the roots
    kids = children + [roots]
    order: list[int] = []
    stack = [n]
    while stack:
        v = stack.pop()
        order.append(v)
        stack.extend(kids[v])
    for v in reversed(order):
        ch = kids[v]
        if v == n:
            own_w, own_rows = 0.0, 0
        else:
            own_w, own_rows = widths[v] / 2.0, rows[v]
        if not ch:
            contour[v] = _Contour([-own_w] * own_rows, [own_w] * own_rows, 0.0)
            continue
        first = ch[0]
        f = contour[first]
        contour[first] = None
        rel[first] = 0.0
        for c in ch[1:]:
            cc = contour[c]
            contour[c] = None
            lf, lc = len(f.right), len(cc.left)
            common = lf if lf < lc else lc
            if common:
                s = max(map(sub, f.right[lf - common:], cc.left[lc - common:])) + f.off - cc.off + gap
            else:
                s = 0.0
            rel[c] = s
            cc.off += s
            if lc >= lf:
                d = f.off - cc.off
                cc.left[lc - lf:] = [x + d for x in f.left]
                f = cc
            else:
                d = cc.off - f.off
                f.right[lf - lc:] = [x + d for x in cc.right]
        mid = (rel[first] + rel[ch[-1]]) / 2.0
        if mid:
            for c in ch:
                rel[c] -= mid
            f.off -= mid
        if own_rows:
            f.left.extend([-own_w - f.off] * own_rows)
            f.right.extend([own_w - f.off] * own_rows)
        contour[v] = f
    root_contour = contour[n]
    if root_contour is None or not root_contour.left:
        return rel[:n], [0] * n, 0.0, 0.0, 0
    x_min = min(root_contour.left) + root_contour.off
    x_max = max(root_contour.right) + root_contour.off
    depth = len(root_contour.left)
    # pre-order: absolute x and row
    x = rel
    row = [0] * n
    stack = list(roots)
    while stack:
        v = stack.pop()
        xv = x[v]
        below = row[v] + rows[v]
        for c in children[v]:
            x[c] += xv
            row[c] = below
            stack.append(c)
    return x[:n], row, x_min, x_max, depth
