"""Benchmarks: synthetic org histories and articles, and the runner behind `make bench`."""
