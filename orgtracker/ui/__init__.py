"""Main window, timeline bar, panels, dialogs and edit commands."""
