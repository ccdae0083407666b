"""Events from a parsed article: trigger words from the lexicon, arguments from dependency patterns.

The trigger lexicon (ontology/lexicon/triggers.jsonl, over the CAMEO verb dictionary) says which lemma signals
which event type and where its target is found; the word lists in ontology/lexicon/rules.json drive the general
rules: passive voice, control verbs, coordination, light-verb nominalisations ("made an accusation"), reported
speech, negation, conditions and future modality.

Parts: ``matching`` (which entry a token is), ``modality`` (irrealis), ``arguments`` (agents, targets,
reporter, time, topic), ``rules`` (document-level rules), ``sentences`` (per-sentence index, evidence) and
``extractor`` (the whole).
"""
from ...lexicon.entry import TriggerEntry
from .extractor import extract_events_from_doc
from .matching import load_lexicon
from .sentences import _evidence, _SentenceIndex

__all__ = ["extract_events_from_doc", "load_lexicon", "TriggerEntry"]
