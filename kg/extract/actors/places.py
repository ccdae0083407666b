"""Places in the actor finder: a town or site the gazetteer does not know (a place, which never acts and is
no counterpart when it is a site or somewhere someone went), a body named after its building ('the White
House' as the building), and the dictionary town that is a person's first name ('Tyre' in 'Tyre Nichols')."""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from ...ingest import slug
from ...model import ActorRef
from ...resources import ontology_path, read_json_resource, word_lists
from .gender import is_first_name
from .kinds import non_actor_words, person_name_kind
from .mentions import Mention
from .names import clean_name
from .tree import word_before
from .words import is_an_english_word


@dataclass(frozen=True)
class SubnationalWords:
    """ontology/gazetteer/subnational.json: sub-national units by name (to their state's key), the nouns after
    which 'Indian' names a Native American tribe rather than India, and names a state shares with a unit."""
    state_of_unit: dict
    tribal_heads: frozenset
    tribal_name_heads: frozenset
    partner_nouns: frozenset
    shared_names: frozenset


@lru_cache(maxsize=1)
def subnational_words() -> SubnationalWords:
    data = read_json_resource("gazetteer", "subnational.json")
    return word_lists(SubnationalWords, data,
                      state_of_unit={name: state for state, names in data["units"].items() for name in names})


@dataclass(frozen=True)
class Towns:
    """ontology/gazetteer/towns.tsv: a town's name -> the ISO-3 code of its state, and the names of the towns of
    100,000 people or more, known by their name alone."""
    states: dict
    big: frozenset


@lru_cache(maxsize=1)
def town_countries() -> Towns:
    """The world's towns of 15,000 people or more (GeoNames, by tools/make_towns.py), by name; only names that
    point to one state. Read when a text first names a town the dictionaries do not know."""
    states: dict[str, str] = {}
    big: set[str] = set()
    for line in ontology_path("gazetteer", "towns.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            state, _, names = line.partition("\t")
            words = names.split("|")
            big.update(n[1:] for n in words if n.startswith("*"))
            states.update(dict.fromkeys((n.lstrip("*") for n in words), state))
    return Towns(states, frozenset(big))


class Places:
    """Part of :class:`kg.extract.actors.ActorFinder`: places, sites, buildings and place names in people's names."""

    def _place_as_first_name(self, ent: Span) -> bool:
        """'Tyre Nichols', 'Jordan Peterson': a one-word place or state the dictionaries know, directly
        followed by a capitalised name it is a compound of, is that person's first name."""
        doc = self.doc
        if len(ent) != 1 or ent.label_ not in ("GPE", "LOC") or ent.ent_id_ not in self.gaz or ent.end >= len(doc) \
                or self.gaz[ent.ent_id_].cls not in ("State", "Place"):
            return False
        first, surname = ent[0], doc[ent.end]
        if first.whitespace_ != " " or not (surname.is_alpha and surname.text[:1].isupper() and surname.pos_ == "PROPN") \
                or surname.ent_id_ or surname.ent_type_ not in ("", "PERSON") or first.dep_ != "compound" \
                or first.head.i != surname.i or surname.lower_ in self._lower_case_words:
            return False
        following = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
        if following is not None and following.text[:1].isupper() and following.pos_ == "PROPN":
            return False  # "Jordan Valley Water Authority": a longer name
        return person_name_kind(f"{first.text} {surname.text}") == "Person" and \
            surname.lower_.rstrip(".") not in non_actor_words().title_words and \
            (surname.text in self._person_words or not is_an_english_word(surname.lower_, self.doc.vocab))

    def _place_as_surname(self, ent: Span) -> int | None:
        """'Director Murray', 'Jim Murray': a one-word place the dictionaries file under a state by another name
        (a region, a river), right after a title or a given name it is the head of, is that person's surname; a
        state's own name is a surname only after a given name ('Lisa Monaco', 'Steve Israel': 'President Chad'
        may be a title of the state). Returns where the person's name starts (the given name, else the surname
        itself), or None."""
        doc = self.doc
        if len(ent) != 1 or ent.label_ not in ("GPE", "LOC") or ent.ent_id_ not in self.gaz or ent.start == 0 \
                or self.gaz[ent.ent_id_].cls not in ("State", "Place"):
            return None
        before = doc[ent.start - 1]
        if before.dep_ != "compound" or before.head.i != ent.start or before.whitespace_ != " " or before.ent_id_:
            return None
        if is_first_name(before.text):
            return before.i
        if ent.text != self.gaz[ent.ent_id_].label and before.lower_.rstrip(".") in non_actor_words().title_words:
            return ent.start
        return None

    def _place_as_first_name_over_a_line_end(self, ent: Span, after: Span) -> bool:
        """'Tyre' / 'Nichols': a one-word town the dictionaries file under a state, at a line's end, before a
        person the model found at the next line's start, is that person's first name."""
        doc = self.doc
        if len(ent) != 1 or ent.label_ not in ("GPE", "LOC") or ent.ent_id_ not in self.gaz or \
                self.gaz[ent.ent_id_].cls not in ("State", "Place") or ent.text == self.gaz[ent.ent_id_].label:
            return False
        between = doc[ent.end: after.start]
        if not len(between) or not all(t.is_space for t in between) or "\n" not in between.text:
            return False
        first = after[0]
        return after.label_ == "PERSON" and not after.ent_id_ and first.text[:1].isupper() and \
            person_name_kind(f"{ent.text} {after.text}") == "Person" and \
            (first.text in self._person_words or not is_an_english_word(first.lower_, doc.vocab))

    def _followed_by_its_state(self, ent: Span) -> bool:
        """'Normandy, France': a name followed by a comma and a state is a place in that state."""
        doc = self.doc
        if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
            return False
        after = doc[ent.end + 1]
        if not (after.ent_id_ in self.gaz and self.gaz[after.ent_id_].cls == "State"):
            return False
        end = ent.end + 1
        while end < len(doc) and doc[end].ent_id_ == after.ent_id_ and doc[end].ent_iob_ != "B" or end == ent.end + 1:
            end += 1
        return end >= len(doc) or doc[end].is_punct and doc[end].text not in ("'", "\u2019")

    def _place_ref(self, ent: Span, name: str) -> ActorRef:
        """A town or region the gazetteer does not know: a place, located by its context ('the Bosnian town of'),
        else by the world's towns ('Khan Younis' -> Palestine)."""
        acts_for = self._context_state(ent) or self._state_of_a_town(name)
        return ActorRef(key=f"place/{slug(name)}", label=name, cls="Place", acts_for=acts_for,
                        code=self._code_for(acts_for), source="text")

    def _state_of_a_town(self, name: str) -> str | None:
        """The state a town of that name (:func:`clean_name`'s) is in (:func:`town_countries`): a big town's by its name alone, a smaller
        one's only when the text names that state too (a town's name is often a region's or a person's
        elsewhere: 'Gedo', 'Borno'); never a name that is also a word ('Nice', 'Mobile')."""
        towns = town_countries()
        iso3 = towns.states.get(name)
        if iso3 is None or " " not in name and is_an_english_word(name.lower(), self.doc.vocab):
            return None
        state = self.gaz.code_owner.get(iso3)
        return state if name in towns.big or state in self._named_states() else None

    @staticmethod
    def _where_a_place_stands(ent: Span) -> bool:
        """After a preposition of place ('in', 'near', 'around'; not 'to', 'from' or 'at', which people take too), or
        as the object of a verb whose object is a place as often as a person ('shelled', 'captured': non-actors.json
        place_object_verbs)."""
        root, words = ent.root, non_actor_words()
        if root.dep_ == "pobj":
            return root.head.lower_ in words.place_prepositions and root.head.lower_ not in ("to", "from", "at")
        return root.dep_ == "dobj" and root.head.lemma_.lower() in words.place_object_verbs

    def _names_a_town(self, ent: Span) -> bool:
        """'shelled Avdiivka', 'fighting in El Fasher': a name the model took for a person's or a body's, where a
        place stands (:meth:`_where_a_place_stands`), that is a town's (:meth:`_state_of_a_town`) and no person's:
        not a word of a longer person's name in the text, not a given name first, not (one word) the surname of a
        person the dictionaries know, not after a title. A body's one-word name only in a phrase of place: 'Toyota'
        and 'Nokia' are towns too."""
        name = clean_name(ent.text)  # (without a leading 'the')
        if ent.label_ not in ("PERSON", "ORG") or not self._where_a_place_stands(ent) \
                or ent.label_ == "ORG" and " " not in name and ent.root.dep_ != "pobj" \
                or self._state_of_a_town(name) is None:
            return False
        words = name.split()
        if is_first_name(words[0]) or len(words) == 1 and words[0] in self.gaz.surnames():
            return False
        if any(e.label_ == "PERSON" and e != ent and len(e) > len(ent) and any(w in e.text.split() for w in words)
               for e in self.doc.ents):
            return False
        before = word_before(self.doc, ent.start)
        return before is None or before.lower_.rstrip(".") not in non_actor_words().title_words

    @staticmethod
    def _gone_to(tok: Token) -> bool:
        """'visited Belfast', 'returned to Tulsa', 'left Kabul': a place after a verb of going."""
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
        return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in non_actor_words().motion_verbs

    def _names_a_building(self, mention: Mention, depth: int) -> bool:
        """'talks at the Kremlin', 'as the staff returned to the White House': a body named after its building
        is the building in a phrase of place, and in one of motion when whoever goes there belongs to it (its
        own staff going back to work, not a foreign leader rushing to the Kremlin)."""
        words = non_actor_words()
        span = mention.span
        if clean_name(span.text).lower() not in words.building_names:
            return False
        root, doc = span.root, span.doc
        prep = root.head if root.dep_ == "pobj" else None
        if prep is None and span.start == span.sent.start:
            # "returned to the" / "White House": a sentence wrongly started at a line end; the words before say
            i = span.start - 1
            while i >= 0 and (doc[i].is_space or doc[i].lower_ == "the"):
                i -= 1
            prep = doc[i] if i >= 0 else None
        if prep is None or prep.lower_ not in words.place_prepositions:
            return False
        if prep.lower_ not in ("to", "into", "onto", "toward", "towards"):
            return True
        subject = self.find_subject(prep.head) if prep.head.pos_ in ("VERB", "AUX") else None
        if subject is None or subject.i in range(span.start, span.end):
            return True
        goers = [r for r, _ in self.actors_of(subject, depth + 1)]
        building_state = self.state_key(mention.ref)
        # only a goer known to act for another state comes to the body ('Macron flew to the White House'); one of
        # no known state ('Senator X came to the White House') comes to the building, to meet someone in it
        return not goers or any(self.state_key(r) in (building_state, None) for r in goers)

    @staticmethod
    def _names_a_site(span: Span) -> bool:
        """'Ellis Island', 'Somerset County', 'Omaha' in 'Omaha and Utah beaches': a place whose name, or the
        noun it names, is a kind of site (non-actors.json's place_heads) rather than a town."""
        heads = non_actor_words().place_heads
        root = span.root
        noun = root.head if root.dep_ in ("compound", "nmod") else root.head.head if root.dep_ == "conj" else None
        return span[-1].lower_ in heads or noun is not None and noun.lower_ in heads and noun.i >= span.end

    def _inside_a_hyphenated_surname(self, ent: Span) -> bool:
        """'Rhodes' in 'Mayor Rhodes-Conway': a known place joined by a hyphen to another capitalised word, after
        a title, is half of a person's surname."""
        doc = self.doc
        if ent.end + 1 >= len(doc) or doc[ent.end].text != "-" or ent[-1].whitespace_ or doc[ent.end].whitespace_ \
                or not doc[ent.end + 1].text[:1].isupper():
            return False
        before = word_before(doc, ent.start)
        return before is not None and before.lower_.rstrip(".") in non_actor_words().title_words

    def _subnational_unit(self, ent: Span) -> ActorRef | None:
        """'I applaud North Carolina', 'Ontario signed': a state or province the dictionaries file as a name of
        its country is, as an actor, its own government acting for that country, not the country itself."""
        name = clean_name(ent.text)
        if name.lower().startswith("the "):
            name = name[4:]
        state = subnational_words().state_of_unit.get(name)
        if state is None or state != ent.ent_id_:
            return None
        return ActorRef(key=f"region/{slug(name)}", label=name, cls="GovernmentBody", acts_for=state,
                        code=self._code_for(state, "GOV"), source="text")

    def _in_an_address(self, ent: Span) -> bool:
        """'Concord, Massachusetts': a sub-national unit after a town's name and a comma is where the town is."""
        if clean_name(ent.text) not in subnational_words().state_of_unit:
            return False
        before = word_before(self.doc, ent.start)
        return before is not None and before.i > 0 and before.text == "," and self.doc[before.i - 1].pos_ == "PROPN"

    def _names_a_tribe(self, ent: Span) -> bool:
        """'the Menominee Indian Tribe', 'Indian Country', 'Indian reservations': 'Indian' before a word for a
        tribe or its land (a name's word like 'Country' only capitalised: 'the Indian community' in Kenya are
        India's) names Native Americans, not India."""
        doc = self.doc
        if ent.text not in ("Indian", "Indians") or ent.end >= len(doc):
            return False
        after, words = doc[ent.end], subnational_words()
        return after.lower_ in words.tribal_heads or after.lower_ in words.tribal_name_heads and after.text[:1].isupper()

    def _tribe_ref(self, ent: Span) -> ActorRef | None:
        """'the Menominee Indian Tribe of Wisconsin': a tribe's capitalised name around 'Indian' is a body of
        its own (acting for the state its context gives); a tribal word without a name ('Indian Country',
        'Indian reservations') is nobody."""
        doc = self.doc
        start = ent.start
        while start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() and \
                doc[start - 1].whitespace_ and doc[start - 1].i != doc[start - 1].sent.start:
            start -= 1
        end = ent.end
        while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
            end += 1
        if start == ent.start or end == ent.end:
            return None
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha:
            end += 2
            while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
                end += 1
        return self._organisation_ref(ent, clean_name(doc[start:end].text))

    def _body_of_a_unit(self, ent: Span) -> ActorRef | None:
        """'the Ohio State Senate', 'the Michigan House of Representatives': a known national body of a state
        right after the name of one of its sub-national units is that unit's own body, acting for the state."""
        doc = self.doc
        entry = self.gaz[ent.ent_id_]
        if entry.cls in ("State", "Person", "Place") or not entry.acts_for:
            return None
        i = ent.start - 1
        if i >= 0 and doc[i].lower_ == "state":
            i -= 1
        unit = next((e for e in doc.ents if e.end == i + 1 and e.ent_id_), None)
        if unit is None or subnational_words().state_of_unit.get(clean_name(unit.text)) != entry.acts_for \
                or unit.ent_id_ != entry.acts_for:
            return None
        label = clean_name(doc[unit.start:ent.end].text)
        return replace(self.gazetteer_ref(entry.id), key=f"organization/{slug(label)}", label=label, source="text")
