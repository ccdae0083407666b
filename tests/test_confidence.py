"""kgo:confidence (kg.extract.confidence) and kgo:place (kg.extract.place): derived from what the extractor knows."""
from __future__ import annotations

from dataclasses import replace

from rdflib import RDF

import kg
from kg import Article
from kg.extract.confidence import confidence_of, features
from kg.model import ActorRef, Event
from kg.rdf.kgo import KGO

RU = ActorRef(key="russia", label="Russia", cls="State")
UA = ActorRef(key="ukraine", label="Ukraine", cls="State")


def _event(**changes) -> Event:
    event = Event(type="Accuse", agent=RU, target=UA, trigger="accused", sentence="Russia accused Ukraine.",
                  start=0, end=23, trigger_start=7, trigger_end=14, agent_text="Russia", target_text="Ukraine",
                  confidence=0.85)
    return replace(event, **changes)


def test_what_the_extractor_knows_moves_the_confidence():
    middling = dict(modality="Possible", confidence=0.7)  # hedged, agent borrowed from another verb
    plain = confidence_of(_event(**middling))
    assert 0 < plain < 1
    assert confidence_of(_event(**middling, target=None, target_text=None)) < plain
    assert confidence_of(_event(**middling, agent_text="he")) < plain
    assert confidence_of(_event(confidence=0.7)) > plain  # asserted
    assert confidence_of(_event(modality="Possible")) > plain  # the trigger's own subject


def test_source_pronouns_and_distance_are_features():
    event = _event(agent_text="the foreign minister")
    assert features(event)["actors"] == "pronoun_or_role" and features(event)["found_by"] == "unsaid"
    event.source, event.parse_distance = "cameo:0211", 5  # fields a newer extractor fills
    assert features(event)["found_by"] == "cameo" and features(event)["distance"] == "far"
    event.source = "kg:light-verb"
    assert features(event)["found_by"] == "rule"


def test_the_graph_holds_the_derived_confidence_and_place():
    article = Article(id="p", text="Wu Dawei met Anami Koreshige in Beijing. Israel launched air strikes on targets in Lebanon.")
    events = kg.extract_events(article)
    ds = kg.build_graph([(article, events)])
    values = {float(o) for _, _, o, _ in ds.quads((None, KGO.confidence, None, None))}
    assert values == {confidence_of(e) for e in events}
    places = {str(o).rsplit("/", 1)[-1] for _, _, o, _ in ds.quads((None, KGO.place, None, None))}
    assert places == {"china", "lebanon"}
    lebanon = next(o for _, _, o, _ in ds.quads((None, KGO.place, None, None)) if str(o).endswith("lebanon"))
    assert (lebanon, RDF.type, KGO.State) in ds.graph(kg.rdf.build.ACTORS_GRAPH)
    conforms, report = kg.validate_graph(ds)
    assert conforms, report
