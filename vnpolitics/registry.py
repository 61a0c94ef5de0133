"""Versioned names for pipeline components, as spaCy does it.

A component keeps its name ("vnpolitics.dates.v1") for as long as its
behaviour is compatible; a change of output gets a new version, so a saved
configuration keeps meaning the same thing.
"""

from __future__ import annotations

from typing import Callable, TypeVar

__all__ = ["recognizers", "linkers", "register_recognizer", "register_linker", "get_recognizer", "get_linker"]

T = TypeVar("T", bound=Callable[..., object])

recognizers: dict[str, Callable[[], object]] = {}
linkers: dict[str, Callable[[], object]] = {}


def _register(table: dict[str, Callable[[], object]], name: str) -> Callable[[T], T]:
    def decorator(factory: T) -> T:
        if name in table and table[name] is not factory:
            raise ValueError(f"{name!r} is already registered")
        table[name] = factory
        return factory

    return decorator


def register_recognizer(name: str) -> Callable[[T], T]:
    """Register a factory that returns a recogniser: ``(Context) -> Iterable[Candidate]``."""
    return _register(recognizers, name)


def register_linker(name: str) -> Callable[[T], T]:
    """Register a factory that returns a linker: ``(Context, list[Candidate]) -> None``."""
    return _register(linkers, name)


def _get(table: dict[str, Callable[[], object]], kind: str, name: str) -> object:
    from . import link, recognizers as _recognizers  # noqa: F401  (importing registers the built-ins)

    try:
        return table[name]()
    except KeyError:
        known = ", ".join(sorted(table))
        raise KeyError(f"no {kind} named {name!r}; known: {known}") from None


def get_recognizer(name: str) -> object:
    return _get(recognizers, "recognizer", name)


def get_linker(name: str) -> object:
    return _get(linkers, "linker", name)
