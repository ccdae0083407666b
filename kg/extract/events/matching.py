"""Trigger matching: which lexicon entry a token is, from kg's own rows (ontology/lexicon/triggers.jsonl) or
the CAMEO verb dictionary's most specific pattern that holds on the parse."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon.entry import PERSON_OBJECT, PLACE_OBJECT, TriggerEntry
from ...lexicon.verbs import load_lexicon as load_verb_lexicon
from ...resources import read_json_resource
from ..actors.tree import is_to_infinitive
from .senses import trigger_objects
from .tokens import (_child, fronted_participle, _dates_only, _free_relative_object, _is_amount, _is_particle, _lemma, _lemmas,
                     _measured_things, _pos, _prep_objects, is_for_to_clause, list_end, reports_content_before_it)

__all__ = ["load_lexicon", "TriggerMatching"]


@lru_cache(maxsize=1)
def load_lexicon() -> tuple[dict, dict]:
    """(kg's own trigger entries by (lemma, pos), in file order; rules). The CAMEO dictionary is
    :func:`kg.lexicon.verbs.load_lexicon`."""
    return load_verb_lexicon().kg, read_json_resource("lexicon", "rules.json")


class TriggerMatching:
    """Mixin of the extractor: needs ``triggers``, ``dictionary``, ``rules``, ``trigger_nouns``, the
    modality mixin's ``condition_of`` and ``_announced`` and the senses mixin's checks."""

    def entry_for(self, tok: Token) -> TriggerEntry | None:
        """The trigger entry ``tok`` matches: kg's own entries for its lemma when it has any (they override the
        dictionary), else the CAMEO dictionary's most specific pattern that holds, else the verb's own code."""
        pos = _pos(tok)
        if pos is None:
            return None
        if pos == "NOUN" and self.is_name_part(tok):
            return None  # "the Mattei Plan for Africa": part of a name
        if pos == "VERB" and (tok.dep_ in ("amod", "prep") or _subject_of_a_bare_participle(tok) or self.is_idiom(tok)
                              or self._subject_of_infinitive_misparsed(tok) or self.has_measure_subject(tok)
                              or self.weapon_capability(tok)
                              or self.reports_a_match(tok)):
            return None  # "the most pressing challenges", "given our shared interests" (a participle used as a
            # preposition), "delivered on a promise": not the event sense
        if pos == "NOUN" and (self.is_idiom(tok) or self.reports_a_match(tok)):
            return None  # "pose a threat", "a second-half assault to sink X 33-20": not the event sense
        if pos == "VERB" and reports_content_before_it(tok, self.rules["reporting_verbs"]):
            return None  # "Russia did not threaten X, the spokesman insisted": the words reported, no demand
        naming = self.pejorative_naming(tok) if pos == "VERB" else None
        if naming is not None:
            return naming  # "described X's deployment as a provocation", "called the vote a farce"
        if pos == "VERB" and self.is_naming(tok):
            return None  # "called the strike an act of war": no call
        if pos == "VERB" and _is_nominal_gerund(tok) and (tok.lower_, "NOUN") in self.triggers:
            pos, lemmas = "NOUN", (tok.lower_,)  # "Fighting between X and Y continued": the noun 'fighting'
        else:
            lemmas = _lemmas(tok)
        for lemma in lemmas:
            if (lemma, pos) in self.triggers:
                rows = self.triggers[(lemma, pos)]
                found = next((e for e in rows if self._constraints_hold(tok, e)), None)
                if found is None and pos == "VERB" and (self._phrasal_use_unknown_to(tok, rows)
                                                        or all(e.before or e.objects for e in rows)):
                    # (rows that name who does it, 'troops left X', refine the dictionary's coding for that doer;
                    # others keep it: 'left for Kyiv' is a visit)
                    return self.dictionary_entry(tok)
                return found if found is None or found.is_event else None  # a row of type "None": no event
        if pos == "VERB":
            return self.dictionary_entry(tok)
        return None

    def _phrasal_use_unknown_to(self, tok: Token, rows) -> bool:
        """'called up reservists', 'took over the town': a phrasal verb is a verb of its own, which kg's rows for
        the bare verb ('call on', 'call off', 'called X') do not describe unless one names its particle; the
        dictionary's entry for the phrasal verb (CAMEO's ``+CALL_UP`` under MOBILIZE) then codes it. So it does
        where kg's rows for the phrasal verb only pick out some objects ('took over X', a place) and the object
        is another ('took over the airport': CAMEO's own pattern)."""
        particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
        if not particles or any(e.particle & particles and not e.objects for e in rows):
            return False
        return any(particle is not None and particle.split()[0] in particles
                   for lemma in _lemmas(tok) for particle, _ in self.dictionary.blocks.get(lemma, ()))

    @staticmethod
    def _subject_of_infinitive_misparsed(tok: Token) -> bool:
        """'tariffs on Mexico, Canada, and China to protect ...', a line opening 'President X to congratulate
        him ...': an infinitive has no subject of its own unless 'for' introduces it, so a parse that gives one
        to an infinitive standing as a clause of its own (root or conjunct) is wrong, and so would be its agent.
        (An object-control complement, 'wants China to halt', is a clause of the verb above and keeps it.)"""
        return tok.dep_ in ("ROOT", "conj") and is_to_infinitive(tok) \
            and any(c.dep_ == "nsubj" for c in tok.children) and not any(c.dep_ == "mark" for c in tok.children)

    def _context_words(self, tok: Token) -> set[str]:
        """The words a dictionary pattern may be keyed on: the object, prepositions, particles, left dependents
        (and &PERSON for an object that is a person's name)."""
        words = set()
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
        for node in [tok, *objs]:
            for c in node.children:
                if c.dep_ in ("prep", "prt", "agent", "dative"):
                    words.add(c.lower_)
        # ("launched dozens of missiles at X": the measured thing, as the constraints read the objects; not what
        # a noun of ending stops: "announced a cutoff of aid" announces no aid)
        ending = self.rules["ending_verbs"]["nouns"]
        for c in [*objs, *(o for obj in objs for o in obj.children if o.dep_ in ("conj", "compound")),
                  *(o for obj in objs if obj.lemma_.lower() not in ending for o in _prep_objects(obj, "of"))]:
            words.update((c.lower_, c.lemma_.lower()))
        words.update(w for c in tok.children if c.i < tok.i for w in (c.lower_, c.lemma_.lower()))
        if any(_named_person_object(o, tok) for o in objs):
            words.add(PERSON_OBJECT)  # a row's object word for any person named ('received Vladimir Putin')
        return words

    def dictionary_entry(self, tok: Token) -> TriggerEntry | None:
        fronted = fronted_participle(tok)
        if tok.dep_ in self.rules["dictionary_skipped_clauses"] and not fronted:
            # "joining thousands of ...", "a meeting to discuss ...": a verb in an adjunct describes, the
            # dictionary's bare senses over-code there (its own header says so); kg's entries still apply
            return None
        lexicon = self.dictionary
        lemma = next((lemma for lemma in _lemmas(tok) if lemma in lexicon.blocks or lemma in lexicon.senses), None)
        if lemma is None:
            return None
        particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
        blocks = [line for particle, line in lexicon.blocks.get(lemma, ())
                  if particle is None or particle.split()[0] in particles]
        words = self._context_words(tok)
        candidates = {}
        for line in blocks:
            index = lexicon.patterns.get(line, {})
            for word in words & index.keys():
                for rank, entry in index[word]:
                    candidates[entry.source] = (rank, entry)
        for _, entry in sorted(candidates.values(), key=lambda c: (c[0], c[1].source)):
            if entry.source.startswith("kg:") and entry.lemma != lemma:
                continue  # kg's pattern names its verb; the dictionary's own apply to every verb of the block
            if self._constraints_hold(tok, entry):
                return entry if entry.is_event else None
        if fronted:
            return None  # a pattern holds in a fronted participle ("Placing its forces on alert, X ..."); a bare sense
            # there describes as in any adjunct
        senses = lexicon.senses.get(lemma, ())
        own = [e for e in senses if e.particle & particles]
        if not own and particles - {p for e in senses for p in e.particle}:
            return None  # a phrasal verb the dictionary does not list ("give up") means something else
        for entry in own or [e for e in senses if not e.particle]:
            if entry.inherited and lemma in self.rules["reporting_verbs"] and _child(tok, "ccomp") is not None:
                # "claimed that X had attacked ...": a verb of saying that only borrows its block's code (CLAIM
                # under ALLEGE, 110) reports what its clause says, as 'said' would
                return None
            if self._constraints_hold(tok, entry):
                return entry
        return None

    def _constraints_hold(self, tok: Token, e: TriggerEntry) -> bool:
        if e.particle and not any(_is_particle(c) and c.lower_ in e.particle for c in tok.children):
            return False
        if e.objects:
            objs = trigger_objects(tok, conjuncts=True)
            if not any((_object_word(o, e) or PLACE_OBJECT in e.objects and _named_place_object(o, tok)
                        or PERSON_OBJECT in e.objects and _named_person_object(o, tok))
                       and self._has_words_before(o, e.object_words) for o in objs) \
                    and not (e.source.startswith("kg:")  # the dictionary says its phrases: {MEDICAL TEAM}
                             and any(m.lower_ in e.objects for o in objs for m in _kind_modifiers(o))):
                return False
        if e.prep and not any(c.dep_ in ("prep", "prt") and c.lower_ in e.prep and not _dates_only(c)
                              for c in tok.children) and not (e.prep & for_to_marks(tok)):
            return False  # ("called Putin on Friday": a date's preposition is not the one the row asks for)
        if e.prep_objects and not all(self._has_prep_object(tok, prep, nouns) for prep, nouns in e.prep_objects):
            return False
        if e.before:
            # ("hundreds of demonstrators gathered": a count stands for what it counts, rules.json partitive_nouns)
            partitive = self.rules["partitive_nouns"]
            left = [w for c in tok.children if c.i < tok.i
                    for w in ([c, *_prep_objects(c, "of")] if c.lower_ in partitive else [c])]
            if not all(any(w.lemma_.lower() in words or w.lower_ in words for w in left) for words in e.before):
                return False
        for need in e.requires:
            if not any(c.dep_ == need for c in tok.children) \
                    and not (need == "dobj" and _free_relative_object(tok) is not None):  # "struck what X called Y"
                return False
        if any(c.dep_ in e.forbids or c.dep_ == "prep" and f"prep:{c.lower_}" in e.forbids for c in tok.children):
            return False  # "NATO is demonstrating its unity": not a protest; "dismissed X as Y": a judgement
        if "naming" in e.forbids and _child(tok, "dobj") is not None and _child(tok, "oprd") is not None:
            return False  # "called X a liar": a naming, not the verb's own sense
        if e.modifiers or e.not_modifiers or e.doers or e.shared:
            mods = self._modifier_words(tok)
            if (e.modifiers or e.doers or e.shared) and not (mods & e.modifiers or self._kind_said_by_doers(tok, e)):
                return False
            if mods & e.not_modifiers:
                return False
        if e.mode == "conditional" and not (self.condition_of(tok) or self._announced(tok)):
            return False
        if e.pos == "VERB" and self._is_light_use(tok):
            return False
        return True

    @staticmethod
    def _modifier_words(tok: Token) -> set[str]:
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
        # "live-fire drills": a hyphenated modifier is one word for the row, though the parser splits it
        return mods | {tok.doc[c.left_edge.i:c.i + 1].text.lower() for c in tok.children
                       if c.dep_ in ("amod", "compound") and any(t.text == "-" for t in tok.doc[c.left_edge.i:c.i])}

    def _kind_said_by_doers(self, tok: Token, e: TriggerEntry) -> bool:
        """Whether those who hold a nominal event say its kind as a row's modifiers would: armed forces that hold
        drills hold military drills (``e.doers``); two sides that hold them together, coordinated as its doers or
        one named by 'with', hold joint ones (``e.shared``)."""
        if _pos(tok) != "NOUN" or not (e.doers or e.shared):
            return False
        # the verb it is the object of, directly or through an amount ("held ten days of drills"); not
        # governing_verb(), which asks for the noun's own entry
        held = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
        verb = held.head if held.dep_ == "dobj" and held.head.pos_ in ("VERB", "AUX") else None
        subject = _child(verb, "nsubj") if verb is not None else None
        holders = [t for t in (_child(tok, "poss"), subject, *_prep_objects(tok, "by")) if t is not None]
        holders += [c for h in holders for c in h.conjuncts]
        if e.doers and any(h.lemma_.lower() in e.doers or h.lower_ in e.doers for h in holders):
            return True
        if not e.shared or _prep_objects(tok, "of"):
            return False  # ("X and Y's exercise of their rights": not a drill)
        partners = [o for node in (tok, verb) if node is not None for o in _prep_objects(node, "with")]
        return len({a.key for h in holders for a, _ in self.actors.actors_of(h)}) > 1 \
            or any(self.actors.actors_of(p) for p in partners)

    @staticmethod
    def taken_as_a_named_place(tok: Token, e: TriggerEntry) -> bool:
        """Whether the row ``e`` holds for ``tok`` only through :data:`PLACE_OBJECT` ('captured Aleppo'), no object
        word of its own ('captured the town')."""
        return PLACE_OBJECT in e.objects and not any(_object_word(o, e) for o in trigger_objects(tok, conjuncts=True))

    @staticmethod
    def _has_words_before(obj: Token, words: tuple) -> bool:
        """'received no aid' for {NO AID}: each word of the phrase before its head stands in the object's phrase."""
        if not words:
            return True
        left = {w for t in obj.subtree if t.i < obj.i for w in (t.lower_, t.lemma_.lower())}
        return all(left & forms for forms in words)

    @staticmethod
    def _has_prep_object(tok: Token, prep: str, nouns: frozenset) -> bool:
        """'accused X (of torture)': the preposition on the trigger or its object, with one of the head nouns; an
        'of' phrase may hang on another phrase's object ('placed X on a state of alert')."""
        obj = _child(tok, "dobj")
        nodes = [tok, obj] if obj is not None else [tok]
        last = list_end(obj) if obj is not None else None
        if last is not None:
            nodes.append(last)  # "welcomed X, Y and Z to the White House": on the list's last item
        if prep == "of":
            nodes += [o for c in tok.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        for node in nodes:
            for child in node.children:
                if child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep and not _dates_only(child):
                    if not nouns:
                        return True
                    objects = [o for o in child.children if o.dep_ in ("pobj", "pcomp")]
                    # "provided X with $50 million in aid": the measured thing of an amount, as for an object
                    objects += [m for o in objects if _is_amount(o) for m in _measured_things(o)]
                    if any(o.lemma_.lower() in nouns or o.lower_ in nouns for o in objects):
                        return True
        return False

    def _is_light_verb(self, verb: Token) -> bool:
        return any(lemma in self.rules["light_verbs"] for lemma in _lemmas(verb))

    def _is_light_use(self, verb: Token) -> bool:
        """'issued condemnations', 'offered an apology': the noun carries the event, not the verb; so it does for
        a reaction drawn ('faced condemnation from X', rules.json drawn_reactions), which is the giver's."""
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        if particles and not any(f"{_lemma(verb)} {p}" in self.rules["light_verbs"] for p in particles):
            return False  # a phrasal verb is its own verb, unless a light one itself ('put forward a proposal')
        light = self._is_light_verb(verb)
        if not light and not self._is_drawing_verb(verb):
            return False  # before the object's lexicon lookup: most verbs are neither
        obj = _child(verb, "dobj")
        if obj is None or obj.lemma_.lower() not in self.trigger_nouns:
            return False
        entry = self.entry_for_noun(obj)
        return entry is not None and (light or self._draws_reaction(verb, entry)) \
            and not self._offered_not_done(verb, entry)

    def _offered_not_done(self, verb: Token, entry: TriggerEntry) -> bool:
        """'offered talks to X', 'offered X a ceasefire', 'offered X aid': what is offered between two sides is
        proposed, not done (CAMEO 03), so the verb's own row codes it, a proposal to X; an apology or support is
        given by offering it, and stays the noun's (rules.json offered_events)."""
        rule = self.rules["offered_events"]
        return entry.type in rule["types"] and any(lemma in rule["verbs"] for lemma in _lemmas(verb))

    def _is_drawing_verb(self, verb: Token) -> bool:
        return any(lemma in self.rules["drawn_reactions"]["verbs"] for lemma in _lemmas(verb))

    def _draws_reaction(self, verb: Token, entry: TriggerEntry) -> bool:
        """'drew criticism', 'faced condemnation', 'sparked a protest' (rules.json drawn_reactions)."""
        return entry.type in self.rules["drawn_reactions"]["types"] and self._is_drawing_verb(verb)

    def entry_for_noun(self, tok: Token) -> TriggerEntry | None:
        for entry in self.triggers.get((tok.lemma_.lower(), "NOUN"), ()):
            if self._constraints_hold(tok, entry):
                return entry
        return None

    def is_modifier_noun(self, tok: Token, entry: TriggerEntry) -> bool:
        """'invasion forces', 'aid groups': a trigger noun used as a modifier is not an event,
        unless it names what an effort or campaign is about ('a mediation effort')."""
        return entry.pos == "NOUN" and tok.dep_ == "compound" and \
            tok.head.lemma_.lower() not in self.rules["event_frame_nouns"]


def _subject_of_a_bare_participle(tok: Token) -> bool:
    """'cooperation given our shared / security concerns' (a hard-wrapped line the parser took for a clause): a
    participle in -n ('given', 'taken', 'shown') is never a past tense, so with a subject and no auxiliary it is no
    finite verb, and no event of that subject's."""
    return tok.tag_ == "VBN" and tok.lower_.endswith("n") and any(c.dep_ == "nsubj" for c in tok.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _kind_modifiers(obj: Token) -> list[Token]:
    """'search and rescue teams', 'medical teams': the words before an object that say what kind it is, which
    the parser hangs on it as an adjective or a noun modifier (with their conjuncts); a row's object word
    names the kind as well as the thing, by its form ('best wishes' is no 'good')."""
    mods = [c for c in obj.children if c.dep_ in ("amod", "nmod", "compound") and c.i < obj.i]
    return mods + [c for m in mods for c in m.children if c.dep_ == "conj"]


def _object_word(obj: Token, e: TriggerEntry) -> bool:
    """Whether an object of the trigger is one of the row's object words."""
    return obj.lemma_.lower() in e.objects or obj.lower_ in e.objects


def _named_place_object(obj: Token, tok: Token) -> bool:
    """A country, region or town named as the trigger's own object; not an owner ('seized Ukraine's grain')."""
    return obj.ent_type_ in ("GPE", "LOC") and obj.head.i == tok.i and not any(c.dep_ == "case" for c in obj.children)


def _named_person_object(obj: Token, tok: Token) -> bool:
    """A person named as the trigger's own object, by name ('received Vladimir Putin', 'received Foreign
    Minister X'), not a word for people ('received refugees'), nor things the model takes for a person's name:
    counted or plural ('31 Abrams', 'Javelins') or come from someone ('received X from the United States')."""
    if obj.pos_ != "PROPN" or obj.head.i != tok.i or obj.tag_ == "NNPS" or any(c.dep_ == "nummod" for c in obj.children) \
            or any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        return False
    return obj.ent_type_ == "PERSON" or any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in obj.children)


def _is_nominal_gerund(tok: Token) -> bool:
    """'Fighting between X and Y continued': a gerund the tagger leaves a verb, standing as a subject with no
    subject, auxiliary or object of its own, is the noun of that form ('fighting' has a row of its own)."""
    return tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark") for c in tok.children)


def for_to_marks(tok: Token) -> set[str]:
    """'called for Iran to release X', 'pushed for the EU to impose ...': the preposition of a verb that opens an
    infinitive clause with a subject of its own ('for' as the clause's mark), which the parser hangs on the
    verb as an adverbial clause."""
    return {m.lower_ for c in tok.children if c.dep_ in ("advcl", "ccomp", "xcomp") and is_for_to_clause(c)
            for m in c.children if m.dep_ == "mark"}


