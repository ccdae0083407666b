"""ontology/shapes.ttl targets every instance of every event class and of kgo:Actor, not only subjects of kgo:agent."""
from __future__ import annotations

from rdflib import Graph

import kg
import kg.resources

PREFIXES = """@prefix kgo: <https://w3id.org/kg/ontology#> .
@prefix ev: <https://w3id.org/kg/event/> .
@prefix act: <https://w3id.org/kg/actor/> .
"""


def _check(turtle: str) -> tuple[bool, str]:
    return kg.validate_graph(Graph().parse(data=PREFIXES + turtle, format="turtle"))


def test_an_event_naming_no_actor_is_caught():
    # no agent is allowed (an unknown agent: "a car bomb killed ..."), but then the event names its target
    conforms, report = _check('ev:x a kgo:Accuse ; kgo:confidence "high" .')
    assert not conforms
    assert "an event names an actor: its agent, or its target when the agent is unknown" in report
    assert "kgo:confidence is at most one xsd:decimal" in report


def test_an_actor_nobody_acts_on_still_needs_a_label():
    conforms, report = _check("act:nowhere a kgo:State .")
    assert not conforms and "exactly one rdfs:label" in report


def test_a_described_actor_and_the_seed_graph_conform(seed_graph):
    conforms, report = _check('act:ru a kgo:State ; <http://www.w3.org/2000/01/rdf-schema#label> "Russia" .')
    assert conforms, report
    conforms, report = kg.validate_graph(seed_graph)
    assert conforms, report


def test_every_modality_of_the_model_is_allowed():
    from kg.model import MODALITIES

    shapes = (kg.resources.ontology_path("shapes.ttl")).read_text(encoding="utf-8")
    assert all(f"kgo:{m}" in shapes for m in MODALITIES)
