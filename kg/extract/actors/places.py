"""Places in the actor finder: a town or site the gazetteer does not know (a place, which never acts and is
no counterpart when it is a site or somewhere someone went), a body named after its building ('the White
House' as the building), and the dictionary town that is a person's first name ('Tyre' in 'Tyre Nichols')."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ...ingest import slug
from ...model import ActorRef
from .gender import is_first_name
from .kinds import non_actor_words, person_name_kind
from .mentions import Mention
from .names import clean_name
from .words import is_an_english_word


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
        (a region, a river), right after a title or a given name it is the head of, is that person's surname.
        Returns where the person's name starts (the given name, else the surname itself), or None."""
        doc = self.doc
        if len(ent) != 1 or ent.label_ not in ("GPE", "LOC") or ent.ent_id_ not in self.gaz or ent.start == 0 \
                or self.gaz[ent.ent_id_].cls not in ("State", "Place") or ent.text == self.gaz[ent.ent_id_].label:
            return None
        before = doc[ent.start - 1]
        if before.dep_ != "compound" or before.head.i != ent.start or before.whitespace_ != " " or before.ent_id_:
            return None
        if is_first_name(before.text):
            return before.i
        if before.lower_.rstrip(".") in non_actor_words().title_words:
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
        """A town or region the gazetteer does not know: a place, located by its context ('the Bosnian town of')."""
        acts_for = self._context_state(ent)
        return ActorRef(key=f"place/{slug(name)}", label=name, cls="Place", acts_for=acts_for,
                        code=self._code_for(acts_for), source="text")

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
        i = ent.start - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        return i >= 0 and doc[i].lower_.rstrip(".") in non_actor_words().title_words
