"""Faster code for a spaCy component of the model, given without replacing the component (its name, config and
data stay the model's)."""
from __future__ import annotations

__all__ = ["extend_component"]


def extend_component(component, mixin: type) -> None:
    """Put ``mixin``'s methods in front of ``component``'s own class (once): the new class keeps the class's name
    and module, and names spaCy's class as ``_kg_spacy_class`` (to go back to, or to call)."""
    cls = type(component)
    if not issubclass(cls, mixin):
        component.__class__ = type(cls.__name__, (mixin, cls), {"__module__": cls.__module__, "_kg_spacy_class": cls})
