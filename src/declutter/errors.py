"""One exception family, with messages that say what to do."""

from __future__ import annotations


class DeclutterError(Exception):
    """Base class for every error declutter raises on purpose."""


class InputError(DeclutterError, ValueError):
    """The input cannot be read as text or HTML (binary, compressed, too large)."""
