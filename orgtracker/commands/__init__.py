"""Subcommands of the orgtracker command line, one module each."""
