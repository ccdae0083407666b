"""Extraction: spaCy Doc → actor references and events. The only package besides kg.nlp that touches spaCy."""
from .events import extract_events_from_doc

__all__ = ["extract_events_from_doc"]
