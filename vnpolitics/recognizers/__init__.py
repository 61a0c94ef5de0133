"""One recogniser per label family; importing this package registers them all."""

from . import dates, legal_docs, locations, organizations, people, titles  # noqa: F401
from .base import Candidate, Context, Recognizer

__all__ = ["Candidate", "Context", "Recognizer"]
