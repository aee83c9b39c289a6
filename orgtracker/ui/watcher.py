"""Notice when the database changes on disk (another window, a CLI ingest): one debounced signal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal


class DatabaseWatcher(QObject):
    """Watches the database file, its -wal and its folder; emits `changed` once a burst of writes settles."""

    changed = Signal()

    def __init__(self, db_path: Path, delay_ms: int = 400, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._settled)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self._stamp = self._signature()
        self._watch()

    def _files(self) -> list[Path]:
        return [self.db_path, self.db_path.with_name(self.db_path.name + "-wal")]

    def _watch(self) -> None:
        wanted = [str(p) for p in self._files() if p.exists()]
        wanted.append(str(self.db_path.parent))
        present = set(self._watcher.files()) | set(self._watcher.directories())
        missing = [p for p in wanted if p not in present]
        if missing:
            self._watcher.addPaths(missing)

    def _signature(self) -> tuple:
        sig = []
        for p in self._files():
            try:
                st = p.stat()
                sig.append((st.st_mtime_ns, st.st_size))
            except OSError:
                sig.append(None)
        return tuple(sig)

    def _poke(self, _path: str = "") -> None:
        self._watch()  # files replaced or created (the -wal) must be watched again
        self._timer.start()

    def _settled(self) -> None:
        stamp = self._signature()
        if stamp == self._stamp:
            return  # the folder changed, not the database
        self._stamp = stamp
        self.changed.emit()

    def acknowledge(self) -> None:
        """The window wrote the database itself: take the current state as seen."""
        self._stamp = self._signature()

    def stop(self) -> None:
        self._timer.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
