"""kg geopolitical event ontology: its terms as an rdflib namespace, and where kg mints IRIs.

Generated from ontology/kg.ttl by ``python -m kg.rdf.namespace_gen``: do not edit by hand.
"""
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["KGO", "ACT", "ART", "EV", "NIF", "SEM", "PREFIXES"]

#: IRIs kg mints for each actor (kgo:iriBase 'actor' in kg.ttl).
ACT = Namespace("https://w3id.org/kg/actor/")
#: IRIs kg mints for each article (kgo:iriBase 'article' in kg.ttl).
ART = Namespace("https://w3id.org/kg/article/")
#: IRIs kg mints for each event (kgo:iriBase 'event' in kg.ttl).
EV = Namespace("https://w3id.org/kg/event/")

#: Declared in kg.ttl; rdflib does not define it.
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
#: Declared in kg.ttl; rdflib does not define it.
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

#: Every prefix kg.ttl declares, for binding in output graphs.
PREFIXES = {
    "dcterms": "http://purl.org/dc/terms/",
    "kgo": "https://w3id.org/kg/ontology#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "https://schema.org/",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class KGO(DefinedNamespace):
    """kg geopolitical event ontology (``kgo:``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg/ontology#")

    Accuse: URIRef  # An actor accuses or blames another of wrongdoing.
    Actor: URIRef  # Anyone who can act in an event: a state, a person, an organisation or an informal group.
    Agree: URIRef  # An actor agrees to, accepts or signs something with another.
    Aid: URIRef  # An actor provides economic, military or humanitarian aid to another.
    Appeal: URIRef  # An actor appeals to, urges or asks another to act.
    ArmedGroup: URIRef  # A non-state armed group: militia, rebels, insurgents.
    Article: URIRef  # A news article that kg read.
    Asserted: URIRef  # The text states the event happened.
    Attack: URIRef  # An actor attacks, fights, kills or bombs another.
    Coerce: URIRef  # An actor coerces: arrests, expels, seizes, blockades, bans.
    Concede: URIRef  # An actor yields: apologises, eases restrictions, releases, returns.
    Conditional: URIRef  # The event depends on a condition ('if ...').
    Cooperate: URIRef  # Actors cooperate materially: joint action, exchange, alliance in practice.
    Criticize: URIRef  # An actor criticises, condemns or rebukes another.
    Demand: URIRef  # An actor demands or insists that another act.
    Deny: URIRef  # An actor denies an accusation or responsibility.
    Event: URIRef  # Something an actor did or said, as reported in an article: one node per event (n-ary pattern).
    Future: URIRef  # The event is announced, intended or vowed, not yet done.
    GovernmentBody: URIRef  # A ministry, agency, legislature or office acting for a state.
    Hypothetical: URIRef  # The text imagines the event without saying it happened or will: a hypothesis ('an invasion would ...'), a que…
    InformalGroup: URIRef  # A collective actor without formal membership, such as 'the West' or 'the international community'.
    IntergovernmentalOrganization: URIRef  # An organisation whose members are states (UN, NATO, EU, ...).
    Investigate: URIRef  # An actor investigates another or an incident involving it.
    MaterialConflict: URIRef  # Material conflict
    MaterialCooperation: URIRef  # Material cooperation
    Meet: URIRef  # Two actors meet, talk, consult or negotiate.
    MilitaryForce: URIRef  # A state's armed forces or one of their branches.
    Mobilize: URIRef  # An actor builds up, deploys or puts forces on alert against another.
    Modality: URIRef  # Modality
    Negated: URIRef  # The text states the event did not happen.
    NewsOrganization: URIRef  # A news agency, newspaper or broadcaster.
    Occupy: URIRef  # An actor occupies, annexes or invades territory of another.
    Organization: URIRef  # A formal organisation.
    Person: URIRef  # A named individual.
    Place: URIRef  # A territory, region or city that is not itself acting.
    Possible: URIRef  # The text presents the event as possible ('may', 'could', 'can').
    Propose: URIRef  # An actor proposes, offers or suggests something (talks, a plan, a deal) to another.
    Protest: URIRef  # An actor demonstrates, strikes, rallies or riots against another.
    Reject: URIRef  # An actor rejects, refuses or rules out a proposal or demand of another.
    Retreat: URIRef  # An actor withdraws or de-escalates forces.
    Sanction: URIRef  # An actor imposes sanctions, embargoes or cuts relations with another.
    State: URIRef  # A sovereign country, also when referred to by its capital or seat of government.
    Statement: URIRef  # An attributed claim or comment that relates no two actors.
    Support: URIRef  # An actor praises, endorses or expresses support for another.
    Threaten: URIRef  # An actor threatens another with force, sanctions or other costs.
    VerbalConflict: URIRef  # Verbal conflict
    VerbalCooperation: URIRef  # Verbal cooperation
    accused: URIRef  # accused
    actsFor: URIRef  # The state or organisation a person, body or force acts for.
    agent: URIRef  # Who did it.
    agentRollUp: URIRef  # The agent and every actor it acts for, transitively (kgo:agent/kgo:actsFor*), written with the event so that…
    agentText: URIRef  # How the article names the agent.
    agentTop: URIRef  # The state or body the agent ultimately acts for: the actors of its roll-up that act for no one (the agent its…
    agreedWith: URIRef  # agreed with
    aided: URIRef  # aided
    answers: URIRef  # A denial or rejection answers an earlier accusation, demand or proposal.
    appealedTo: URIRef  # urged
    attacked: URIRef  # attacked
    cameoCode: URIRef  # The actor's CAMEO code: country or organisation, then sectors, three letters each (e.g. 'RUSGOV', 'IGOUNO').…
    cameoPrefix: URIRef  # A CAMEO code that starts with this prefix is coded as this event type; the longest matching prefix wins (CAME…
    cameoRoot: URIRef  # CAMEO root code
    coerced: URIRef  # coerced
    concededTo: URIRef  # conceded to
    condition: URIRef  # The condition a conditional event depends on, or on which a threat is made (the threat itself is asserted), a…
    confidence: URIRef  # How likely the event is right as extracted (agent, type and target), a decimal from 0 to 1: the share of even…
    contentHash: URIRef  # SHA-256 of the article text, to recognise an article already read.
    cooperatedWith: URIRef  # cooperated with
    criticized: URIRef  # criticised
    date: URIRef  # The event's date as listings show and sort it: the lexical form of its kgo:time, else of the schema:datePubli…
    demanded: URIRef  # demanded
    denied: URIRef  # denied
    evidence: URIRef  # The sentence the event was read from, as a NIF string with offsets into the article text.
    extractor: URIRef  # The kg version and spaCy pipeline that produced the events.
    goldstein: URIRef  # Goldstein-style weight (-10 conflict .. +10 cooperation)
    investigated: URIRef  # investigated
    iriBase: URIRef  # IRI base for minted resources
    iso3: URIRef  # ISO 3166-1 alpha-3 code
    met: URIRef  # met
    mobilizedAgainst: URIRef  # mobilised against
    modality: URIRef  # Whether the text asserts, negates, conditions or anticipates the event.
    namespace: URIRef  # namespace
    negated: URIRef  # negated
    occupied: URIRef  # occupied
    partOf: URIRef  # part of
    place: URIRef  # Where the event happened, when the text names it: a place or a state, described in the actors graph.
    plover: URIRef  # PLOVER category
    proposed: URIRef  # proposed
    protestedAgainst: URIRef  # protested against
    quadClass: URIRef  # CAMEO quad class (1 verbal cooperation .. 4 material conflict)
    rejected: URIRef  # rejected
    reportedBy: URIRef  # Who the article says the event comes from (the speaker of reported speech).
    retreatedFrom: URIRef  # withdrew from
    role: URIRef  # A title or role the article gives a person (e.g. 'foreign minister').
    sanctioned: URIRef  # sanctioned
    shortcut: URIRef  # direct agent-to-target property for this event type
    shortcutOf: URIRef  # event type this shortcut property abbreviates
    source: URIRef  # What produced the event: 'cameo:<line>' (a verb or pattern of the vendored CAMEO dictionary, ontology/diction…
    supported: URIRef  # supported
    tableRow: URIRef  # The event's row of the event table (ontology/queries/event-table.rq) as one JSON object (rdf:JSON): its type…
    target: URIRef  # To or against whom it was done.
    targetRollUp: URIRef  # The target and every actor it acts for, transitively (kgo:target/kgo:actsFor*), written with the event.
    targetText: URIRef  # How the article names the target.
    targetTop: URIRef  # The state or body the target ultimately acts for: the actors of its roll-up that act for no one (the target i…
    threatened: URIRef  # threatened
    time: URIRef  # When it happened, resolved against the article date (xsd:date, xsd:gYearMonth or xsd:gYear).
    timeText: URIRef  # time text
    topic: URIRef  # The 'what': a short span of the text saying what was alleged, proposed, demanded...
    trigger: URIRef  # The word in the text that signals the event.
    verbLabel: URIRef  # verb used to label an edge of this type
