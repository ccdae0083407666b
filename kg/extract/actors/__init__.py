"""Who is meant: map a token of a parsed sentence to the actor(s) it names.

Handles gazetteer and dictionary names (and the states they act for on the article's date), people not
in the gazetteer with the state their title or apposition gives them, agent nouns of the Phoenix agents
dictionary ("Iranian police", "the foreign minister", "Syrian rebels") with their CAMEO sector, group
nouns ("Israeli soldiers", "officials in Kyiv") rolled up to the state or body they belong to,
coordination ("the G7, NATO, the EU and the US"), acronyms defined in the text, surnames, pronouns and
definite descriptions (:mod:`kg.extract.coref`) and first-person speech resolved to the speaker.

Parts: :mod:`.finder` (the ActorFinder: entities and noun phrases to actors), :mod:`.kinds` (what is no actor:
documents, adjectives, bare group nouns), :mod:`.names` (names and labels), :mod:`.mentions` (one node per
actor: acronyms, short names, lone first names), :mod:`.places` (places, sites, buildings), :mod:`.bodies`
(bodies' names), :mod:`.gender` (a person's gender, for coreference), :mod:`.roles` (titles, agent nouns,
sectors, CAMEO codes), :mod:`.pronouns` (pronouns, descriptions, speakers, subjects), :mod:`.tree`
(dependency-tree walks), :mod:`.words` (common English words, by the model's lemmatizer lists).
"""

from .finder import ActorFinder
from .mentions import Mention

__all__ = ["ActorFinder", "Mention"]
