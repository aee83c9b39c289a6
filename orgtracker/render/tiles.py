"""A grid of screen tiles over the chart, and an index of which keys (cards, lines) lie in which tiles."""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable

import numpy as np

Tile = tuple[int, int]  # (column, row) of the grid


class TileGrid:
    """Square-ish cells of the chart plane, `width` × `height` chart units each."""

    def __init__(self, width: float, height: float) -> None:
        self.width = float(width)
        self.height = float(height)

    def of_point(self, x: float, y: float) -> Tile:
        return (math.floor(x / self.width), math.floor(y / self.height))

    def over(self, x0: float, y0: float, x1: float, y1: float) -> tuple[Tile, ...]:
        """Every tile the rectangle from (x0, y0) to (x1, y1) touches."""
        w, h = self.width, self.height
        c0, c1 = math.floor(x0 / w), math.floor(x1 / w)
        r0, r1 = math.floor(y0 / h), math.floor(y1 / h)
        if c0 == c1 and r0 == r1:
            return ((c0, r0),)
        return tuple((c, r) for c in range(c0, c1 + 1) for r in range(r0, r1 + 1))

    def ranges(self, boxes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """For (n, 4) boxes of x0, y0, x1, y1: the first and last column and row each touches."""
        c0 = np.floor(boxes[:, 0] / self.width).astype(np.int64)
        r0 = np.floor(boxes[:, 1] / self.height).astype(np.int64)
        c1 = np.floor(boxes[:, 2] / self.width).astype(np.int64)
        r1 = np.floor(boxes[:, 3] / self.height).astype(np.int64)
        return c0, r0, c1, r1

    def rect(self, tile: Tile) -> tuple[float, float, float, float]:
        return (tile[0] * self.width, tile[1] * self.height, self.width, self.height)


class TileIndex:
    """Which keys lie in which tiles; a key may lie in several (a long line)."""

    def __init__(self) -> None:
        self.members: dict[Tile, set[Hashable]] = {}
        self.where: dict[Hashable, tuple[Tile, ...]] = {}

    def put(self, key: Hashable, tiles: tuple[Tile, ...]) -> tuple[Tile, ...]:
        """File `key` under `tiles`; returns the tiles it was under before (the ones it left and kept)."""
        before = self.where.get(key, ())
        if before == tiles:
            return before
        members = self.members
        for t in before:
            if t not in tiles:
                bucket = members[t]
                bucket.discard(key)
                if not bucket:
                    del members[t]
        for t in tiles:
            if t not in before:
                bucket = members.get(t)
                if bucket is None:
                    members[t] = {key}
                else:
                    bucket.add(key)
        self.where[key] = tiles
        return before

    def drop(self, key: Hashable) -> tuple[Tile, ...]:
        """Forget `key`; returns the tiles it was under."""
        before = self.where.pop(key, ())
        for t in before:
            bucket = self.members[t]
            bucket.discard(key)
            if not bucket:
                del self.members[t]
        return before

    def rebuild(self, keys: list[Hashable], c0: np.ndarray, r0: np.ndarray, c1: np.ndarray, r1: np.ndarray) -> None:
        """File every key at once (numpy): key i under columns c0[i]..c1[i] × rows r0[i]..r1[i]."""
        self.clear()
        n = len(keys)
        if n == 0:
            return
        rows = r1 - r0 + 1
        counts = (c1 - c0 + 1) * rows
        owner = np.repeat(np.arange(n), counts)  # one entry per (key, tile), in key order
        first = np.cumsum(counts) - counts
        offset = np.arange(len(owner)) - first[owner]
        col = c0[owner] + offset // rows[owner]
        row = r0[owner] + offset % rows[owner]
        tiles = list(zip(col.tolist(), row.tolist()))
        where = self.where
        single = np.flatnonzero(counts == 1)
        where.update(zip(map(keys.__getitem__, single.tolist()), ((tiles[i],) for i in first[single].tolist())))
        multi = np.flatnonzero(counts != 1)
        for i, s, c in zip(multi.tolist(), first[multi].tolist(), counts[multi].tolist()):
            where[keys[i]] = tuple(tiles[s:s + c])
        base_r = row.min()
        code = (col - col.min()) * (row.max() - base_r + 1) + (row - base_r)
        order = np.argsort(code, kind="stable")
        _, starts = np.unique(code[order], return_index=True)
        ends = np.append(starts[1:], len(order))
        owners = owner[order].tolist()
        members, get = self.members, keys.__getitem__
        for j, s, e in zip(order[starts].tolist(), starts.tolist(), ends.tolist()):
            members[tiles[j]] = set(map(get, owners[s:e]))

    def keys_in(self, tiles: Iterable[Tile]) -> set[Hashable]:
        out: set[Hashable] = set()
        for t in tiles:
            bucket = self.members.get(t)
            if bucket:
                out |= bucket
        return out

    def tiles(self) -> set[Tile]:
        return set(self.members)

    def clear(self) -> None:
        self.members.clear()
        self.where.clear()

    def __len__(self) -> int:
        return len(self.where)
