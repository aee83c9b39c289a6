"""File → Export: where, PNG or SVG, how wide or at what DPI, which organisation, and the title."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

FORMATS = {".png": "PNG image", ".svg": "SVG drawing"}


@dataclass(frozen=True)
class ExportRequest:
    path: Path
    width: int | None
    dpi: int | None
    org: str | None
    title: str


class ExportDialog(QDialog):
    """Asks for an export's file, size and scope; `request()` reads the answer."""

    def __init__(self, default_path: Path, title: str, orgs: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Export chart")
        self.path_edit = QLineEdit(str(default_path), self)
        self.path_edit.setMinimumWidth(360)
        browse = QPushButton("Browse…", self)
        browse.clicked.connect(self._browse)
        self.by_width = QRadioButton("Width in pixels", self)
        self.by_dpi = QRadioButton("Dots per inch", self)
        self.by_width.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_width)
        group.addButton(self.by_dpi)
        self.width_spin = QSpinBox(self)
        self.width_spin.setRange(200, 20000)
        self.width_spin.setSingleStep(100)
        self.width_spin.setValue(4000)
        self.width_spin.setSuffix(" px")
        self.dpi_spin = QSpinBox(self)
        self.dpi_spin.setRange(36, 1200)
        self.dpi_spin.setValue(300)
        self.dpi_spin.setSuffix(" dpi")
        self.org_combo = QComboBox(self)
        self.org_combo.addItem("All organisations", None)
        for name in orgs:
            self.org_combo.addItem(name, name)
        self.title_edit = QLineEdit(title, self)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        width_row = QHBoxLayout()
        width_row.addWidget(self.by_width)
        width_row.addWidget(self.width_spin)
        dpi_row = QHBoxLayout()
        dpi_row.addWidget(self.by_dpi)
        dpi_row.addWidget(self.dpi_spin)
        form = QFormLayout(self)
        form.addRow("File", path_row)
        form.addRow("Size", width_row)
        form.addRow("", dpi_row)
        form.addRow("Organisation", self.org_combo)
        form.addRow("Title", self.title_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.by_width.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.width_spin.setEnabled(self.by_width.isChecked())
        self.dpi_spin.setEnabled(self.by_dpi.isChecked())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export chart", self.path_edit.text(), "PNG image (*.png);;SVG drawing (*.svg)"
        )
        if path:
            self.path_edit.setText(path)

    def problem(self) -> str | None:
        """Why the answer cannot be used, in one line, or None."""
        text = self.path_edit.text().strip()
        if not text:
            return "Choose a file to export to."
        suffix = Path(text).suffix.lower()
        if suffix not in FORMATS:
            return f"Export as .png or .svg, not {suffix or 'a file without an extension'}."
        if not Path(text).expanduser().parent.is_dir():
            return f"The folder {Path(text).expanduser().parent} does not exist."
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, "Export chart", problem)
            return
        super().accept()

    def request(self) -> ExportRequest:
        return ExportRequest(
            path=Path(self.path_edit.text().strip()).expanduser(),
            width=self.width_spin.value() if self.by_width.isChecked() else None,
            dpi=self.dpi_spin.value() if self.by_dpi.isChecked() else None,
            org=self.org_combo.currentData(),
            title=self.title_edit.text().strip(),
        )
