"""The library's own exceptions.

Each one also subclasses the built-in a caller would expect (TypeError,
ValueError), so `except ValueError` keeps working for people who do not know
vnpolitics, and `except VnPoliticsError` catches everything we raise on purpose.
"""

from __future__ import annotations

__all__ = ["VnPoliticsError", "InputTypeError", "InputValueError", "RecordError"]


class VnPoliticsError(Exception):
    """Base class of every error vnpolitics raises deliberately."""


class InputTypeError(VnPoliticsError, TypeError):
    """The input is not of a type the library can read (e.g. bytes instead of str)."""


class InputValueError(VnPoliticsError, ValueError):
    """The input has the right type but an unusable value (e.g. a malformed doc_date)."""


class RecordError(InputValueError):
    """One record of a corpus cannot be annotated; batch runs turn it into an error line."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        where = ":".join(str(part) for part in (source, line) if part is not None)
        super().__init__(f"{where}: {message}" if where else message)
        self.reason = message
        self.source = source
        self.line = line
