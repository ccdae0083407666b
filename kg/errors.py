"""kg's errors: one small hierarchy; every message names the bad value and, where there is a choice, the valid ones."""

__all__ = ["KgError", "InputError", "ModelError", "FormatError", "FilterError", "QueryError", "StoreError",
           "failure_message"]


class KgError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KgError):
    """An input file, line or record cannot be read as an article or a graph."""

    def __init__(self, message: str, *, source: str = "", line: int | None = None):
        self.source = source
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}" if where else message)


class ModelError(KgError):
    """No usable spaCy pipeline."""


class FormatError(KgError):
    """An unknown output or input format."""

    def __init__(self, value: str, choices):
        self.value = value
        self.choices = tuple(choices)
        super().__init__(f"unknown format {value!r}; choose one of: {', '.join(self.choices)}")


class FilterError(KgError):
    """A value of an event-table filter (kg.event_filter) that names nothing kg knows: an unknown event type,
    a malformed date."""

    def __init__(self, what: str, value, message: str):
        self.what = what
        self.value = value
        super().__init__(f"{what} {str(value)!r} {message}")


class QueryError(KgError):
    """A SPARQL query that cannot run: syntax error, unknown name, refused update, timeout."""


class StoreError(KgError):
    """A graph store that cannot be opened or written."""


def failure_message(exc: BaseException) -> str | None:
    """One line for a failure of the system rather than of kg: an OSError (full disk, no permission, I/O
    error) or a store damaged in a way only reading shows; None for anything else (a bug: let it show)."""
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        return f"{exc.strerror or ' '.join(str(exc).split())}{where}"
    text = " ".join(str(exc).split())
    if isinstance(exc, RuntimeError) and "Corruption" in text:
        return (f"the store is damaged ({text[:300]}); nothing was changed. Keep a copy of the directory and "
                "rebuild the store from the articles")
    return None
