"""Where the bundled styles/ and seeds/ are: in the wheel, or at the top of a checkout.

They live at the top of the repository (outside the package); the wheel maps
them into reader/_bundled/ (see pyproject.toml), so both places are tried.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """The bundled folder `name` (styles or seeds), installed or in a checkout."""
    installed = _PACKAGE / "_bundled" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def stylesheet() -> Path:
    return bundled("styles") / "reader.tcss"


def seeds() -> Path:
    return bundled("seeds")
