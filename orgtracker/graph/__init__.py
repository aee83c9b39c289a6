"""Snapshot to networkx graphs, tidy-tree layout, talent flows."""
