"""kg's errors: one small hierarchy; every message names the bad value and, where there is a choice, the valid ones."""

__all__ = ["KgError", "InputError", "ModelError", "FormatError", "QueryError", "StoreError"]


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


class QueryError(KgError):
    """A SPARQL query that cannot run: syntax error, unknown name, refused update, timeout."""


class StoreError(KgError):
    """A graph store that cannot be opened or written."""
