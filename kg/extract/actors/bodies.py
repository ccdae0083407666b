"""Bodies' names in the actor finder: a name the model cut short (an 'of' phrase, capitals before it, body words
after it, the rest of a line), a national body ('the American Red Cross', 'Korean Air'), the state a body's
own name gives, and the organisation node itself."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ...gazetteer import NAME_PARTICLES
from ...ingest import slug
from ...model import ActorRef
from .kinds import non_actor_words
from .names import clean_name, organisation_key_name
from .places import subnational_words

#: A name that starts with one of these ('My Administration') is a description by whoever speaks, not a name
POSSESSIVE_PRONOUNS = frozenset({"my", "our", "your", "his", "her", "its", "their"})


class BodyNames:
    """Part of :class:`kg.extract.actors.ActorFinder`: the names of bodies and organisation nodes."""

    def _national_body_ref(self, span: Span) -> ActorRef | None:
        """'the American Red Cross': a body of its own, acting for the state its adjective names."""
        state = span[0].ent_id_
        name = clean_name(span.text)
        return ActorRef(key=f"organization/{slug(organisation_key_name(name))}", label=name, cls="Organization",
                        acts_for=state, code=self._code_for(state), source="text")

    def _nationality_before_a_body(self, adjective: Span, body: Span) -> bool:
        """'the American Red Cross', 'the Syrian Red Crescent': a state's adjective right before the name of
        an international organisation (which acts for no state) names a national body of its own."""
        if adjective.label_ != "NORP" or adjective.ent_id_ not in self.gaz or body.ent_id_ not in self.gaz:
            return False
        if self.gaz[adjective.ent_id_].cls != "State" or not adjective.text[:1].isupper():
            return False
        entry = self.gaz[body.ent_id_]
        return entry.cls in ("IntergovernmentalOrganization", "NonGovernmentalOrganization") and entry.acts_for is None \
            and adjective[-1].whitespace_ == " "

    def _state_body_ref(self, span: Span) -> ActorRef:
        """'Peru's Congress', 'the Peruvian Congress': one node, the state's body of that name ('Congress of
        Peru'), however the text puts the state."""
        state = span[0].ent_id_
        body = [t for t in span if t.ent_id_ == span[-1].ent_id_]
        word = clean_name(" ".join(t.text if t.text[:1].isupper() or t.lower_ in NAME_PARTICLES
                                   else t.text.capitalize() for t in body))
        return ActorRef(key=f"organization/{slug(f'{word} of {state}')}", label=f"{word} of {self.gaz[state].label}",
                        cls=self.gaz[span[-1].ent_id_].cls, acts_for=state, code=self._code_for(state), source="text")

    def _state_before_anothers_body(self, state: Span, body: Span) -> bool:
        """'Peru's Congress', 'the Philippine Senate', 'Pakistan's Foreign Office': a state's adjective right
        before, or its name owning, a name of words the gazetteer gives a body of another state ('Congress' is the
        US Congress, 'Foreign Office' the British one) names that state's own body, not the other's. Not an
        acronym ('Syria's SDF' are no body of Syria's), not a name running on ('the Ukrainian Congress
        Committee', 'India's Congress party'), not a name a state shares with another's sub-national unit
        ('Georgia's Senate': subnational.json shared_names), and not a state's bare name as a modifier ('the
        Georgia Senate')."""
        if state.ent_id_ not in self.gaz or body.ent_id_ not in self.gaz or not all(t.is_alpha for t in body) \
                or state.label_ not in ("NORP", "GPE") or not state.text[:1].isupper() or body.text.isupper():
            return False
        owner, entry = self.gaz[state.ent_id_], self.gaz[body.ent_id_]
        if owner.cls != "State" or entry.cls not in ("GovernmentBody", "MilitaryForce") \
                or entry.acts_for in (None, state.ent_id_) or entry.acts_for not in self.gaz \
                or self.gaz[entry.acts_for].cls != "State" or state.text in subnational_words().shared_names:
            return False
        after = self.doc[body.end] if body.end < len(self.doc) else None
        if after is not None and (after.text[:1].isupper() and after.is_alpha
                                  or after.lower_ in non_actor_words().organisation_heads):
            return False
        between = self.doc[state.end:body.start]
        return len(between) == 0 and state.label_ == "NORP" and state[-1].whitespace_ == " " or \
            len(between) == 1 and between[0].tag_ == "POS" and between[0].whitespace_ == " "

    def _capitals_before(self, ent: Span) -> str:
        """'HD ' before 'Hyundai': a short all-capital word the model left out right before a body's name, on
        the same line and starting the phrase, is the first word of that name."""
        i = ent.start - 1
        if i < 0:
            return ""
        word = self.doc[i]
        if word.ent_type_ or not (2 <= len(word.text) <= 4 and word.text.isupper() and word.is_alpha) or \
                word.pos_ != "PROPN" or word.whitespace_ != " " or (
                    i > 0 and self.doc[i - 1].text[:1].isupper() and self.doc[i - 1].is_alpha):
            return ""
        return word.text + " "

    def _body_words_after(self, ent: Span) -> str:
        """' Heavy Industries' after 'Samsung': capitalised words right after a body's name the model cut short,
        up to a word for a body (non-actors.json's organisation_heads), are the rest of its name."""
        doc, heads = self.doc, non_actor_words().organisation_heads
        words, i = [], ent.end
        while i < len(doc) and len(words) < 3 and doc[i].is_alpha and doc[i].text[:1].isupper() \
                and not doc[i].ent_id_ and doc[i].ent_type_ in ("", "ORG") and doc[i - 1].whitespace_:
            words.append(doc[i].text)
            i += 1
        while words and words[-1].lower() not in heads:
            words.pop()
        return " " + " ".join(words) if words else ""

    def _capitalised_after(self, ent: Span) -> str:
        """The capitalised words after a name left unfinished ('the Department of' / 'Justice')."""
        words, i = [], ent.end
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        while i < len(self.doc) and self.doc[i].is_alpha and self.doc[i].text[:1].isupper() and len(words) < 4:
            words.append(self.doc[i].text)
            i += 1
        return " " + " ".join(words) if words else ""

    def _of_phrase_after(self, ent: Span) -> str:
        """' of the President' after 'the Executive Office': the rest of a body's name the model left out
        (capitalised words after 'of' that are no name of their own)."""
        doc = self.doc
        i = ent.end
        while i < len(doc) and doc[i].is_space:
            i += 1
        last = ent.text.split()[-1] if ent.text.split() else ""
        if i + 1 >= len(doc) or doc[i].lower_ != "of" or not last[:1].isupper():
            return ""
        # after a body's head word ('the National Association' / 'of Attorneys General') the of-phrase is
        # part of the name even where the model made an entity of it
        head = last.lower() in non_actor_words().organisation_heads
        words = [doc[i].text]
        i += 1
        if i < len(doc) and doc[i].lower_ == "the":
            words.append(doc[i].text)
            i += 1
        count = 0
        while i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha and count < 4 and (
                not doc[i].ent_type_ or head and not doc[i].ent_id_ and doc[i].ent_type_ in ("ORG", "PERSON")):
            words.append(doc[i].text)
            i += 1
            count += 1
        return " " + " ".join(words) if count else ""

    def _part_of_a_states_name(self, ent: Span) -> bool:
        """'the North' where the article names North Korea: a short name of that state, not a region."""
        if len(ent) != 1:
            return False
        return any(e.ent_id_ in self.gaz and self.gaz[e.ent_id_].cls == "State" and ent.text in e.text.split()
                   for e in ent.doc.ents if e.start != ent.start)

    def _organisation_ref(self, ent: Span, name: str) -> ActorRef | None:
        if not name or not any(c.isupper() for c in name) or (len(ent) > 1 and ent[0].tag_ == "VBG"):
            return None  # "Combating Poverty": an aim or a programme, no body
        if name.split()[0].lower() in POSSESSIVE_PRONOUNS:
            return None  # "My Administration": a description by whoever speaks, not a name
        known = self.gaz.named(name)
        if known is not None and self.gaz[known].cls not in ("State", "Person", "Place"):
            return self.gazetteer_ref(known)  # "European Union" the matcher missed across a line end: the known body
        for prefix in ("Department of ", "Department of the ", "Ministry of ", "Ministry of the "):
            known = self.gaz.named(prefix + name)  # "Health and Human Services": the known department
            if known is not None and self.gaz[known].cls not in ("State", "Person", "Place"):
                return self.gazetteer_ref(known)
        acts_for = self._context_state(ent) or self._state_in_name(ent)
        armed = self.rules["armed_name_heads"]
        is_armed = name.split()[-1].lower() in armed["words"] or self._named_as_fighters(ent)
        return ActorRef(key=f"organization/{slug(organisation_key_name(name))}", label=name,
                        cls="ArmedGroup" if is_armed else "Organization", acts_for=acts_for,
                        code=self._code_for(acts_for, armed["sector"] if is_armed else None), source="text")

    def _named_as_fighters(self, ent: Span) -> bool:
        """'M23 rebels', 'the M23 rebel group': a name before a noun of fighters (a Phoenix agent of an armed
        sector, rules.json armed_name_heads.follower_sectors) names an armed group; 'the Arakan Army' says it itself."""
        doc = self.doc
        if ent.end >= len(doc) or ent.root.dep_ not in ("compound", "nmod", "amod"):
            return False
        after = doc[ent.end]
        agent = self.gaz.agents.get(after.lower_) or self.gaz.agents.get(after.lemma_.lower())
        return agent is not None and agent.code.startswith(tuple(self.rules["armed_name_heads"]["follower_sectors"]))

    def _state_in_name(self, ent: Span) -> str | None:
        """A state named by the first words of an organisation's name ('Kenya Anti-Corruption Commission')."""
        words = [t.text for t in ent if t.lower_ != "the"]
        for size in (3, 2, 1):
            if len(words) > size:
                state = self.gaz.state_named(" ".join(words[:size]))
                if state is not None:
                    return state
        return None

    def _body_with_a_nationality(self, tok: Token) -> tuple[ActorRef, str] | None:
        """'Korean Air': a capitalised singular proper noun the model left unnamed, after a state's adjective,
        is a body of its own that acts for that state, not the state (titles such as 'Polish Prime Minister',
        agent or group nouns and plurals such as 'Israeli Forces' aside)."""
        word = tok.lower_
        if not tok.text[:1].isupper() or tok.tag_ != "NNP" or word.rstrip(".") in non_actor_words().title_words \
                or tok.ent_type_ \
                or any(f in self.gaz.agents or f in self.group_nouns or f in self.role_nouns
                       for f in (word, tok.lemma_.lower())):
            return None
        i = tok.i - 1
        while i >= 0 and self.doc[i].pos_ == "PROPN" and not self.doc[i].ent_type_ and self.doc[i].text[:1].isupper() \
                and self.doc[i].lower_ not in non_actor_words().title_words:
            i -= 1
        mention = self.by_token.get(i) if i >= 0 else None
        if mention is None or mention.span.label_ != "NORP" or mention.ref.cls != "State" or \
                mention.span.end != i + 1 or self.doc[i].head.i != tok.i and self.doc[i].head.head.i != tok.i:
            return None
        before = self.doc[mention.span.start - 1] if mention.span.start else None
        if before is not None and before.text[:1].isupper() and before.pos_ == "PROPN":
            return None  # "the Menominee Indian Tribe": the adjective is inside another name
        words = non_actor_words()
        if any(t.lower_ in words.document_words | words.document_heads for t in self.doc[i + 1: tok.i + 1]):
            return None  # "the American Rescue Plan", "the All-American Flag Act": a programme or a law
        name = self.doc[mention.span.start: tok.i + 1].text
        state = mention.ref.key
        return (ActorRef(key=f"organization/{slug(name)}", label=name, cls="Organization", acts_for=state,
                         code=self._code_for(state), source="text"), name)
