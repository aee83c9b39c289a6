"""orgtracker: who joined, left and reported to whom, over time, with sources."""

__version__ = "0.1.0"
