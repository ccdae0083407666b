"""Plain records passed between stages: actor references and extracted events. No spaCy, no rdflib."""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["ActorRef", "Event", "MODALITIES"]

MODALITIES = ("Asserted", "Negated", "Conditional", "Future", "Possible", "Hypothetical")


@dataclass(frozen=True)
class ActorRef:
    """An actor as the extractor found it: ``key`` is stable across articles (gazetteer id, else class/name).

    ``code`` is its CAMEO actor code in this article (country + sector, e.g. "RUSGOV": a person's depends
    on the article's date); ``source`` says where it came from ("gazetteer", a dictionary line such as
    "Phoenix.agents.txt:726", or "text" for a name only the article gives).
    """

    key: str
    label: str
    cls: str
    acts_for: str | None = None
    role: str | None = None
    code: str | None = None
    source: str | None = None

    def same_actor(self, other: "ActorRef | None") -> bool:
        return other is not None and other.key == self.key


@dataclass
class Event:
    """One extracted event with its evidence; offsets are character offsets into the article text."""

    type: str
    #: None when the text names no one who did it ("a car bomb killed four soldiers": kg.extract.events.agentless)
    agent: ActorRef | None
    target: ActorRef | None
    trigger: str
    sentence: str
    start: int
    end: int
    trigger_start: int
    trigger_end: int
    topic: str | None = None
    agent_text: str | None = None
    target_text: str | None = None
    time: str | None = None
    time_text: str | None = None
    modality: str = "Asserted"
    negated: bool = False
    condition: str | None = None
    reported_by: ActorRef | None = None
    confidence: float = 0.5
    answers: list = field(default_factory=list)
    #: what produced it: "cameo:<line>" (a CAMEO dictionary verb or pattern) or "kg:<file>:<line>" (a kg rule)
    source: str | None = None
    #: where it happened, when the text says (kg.extract.place): a State or Place
    place: ActorRef | None = None

    def key(self):
        return (self.type, self.agent.key if self.agent else None, self.target.key if self.target else None,
                self.start)
