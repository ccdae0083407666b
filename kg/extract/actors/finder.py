"""The actor finder over one parsed document: entities to actors, and the actors a noun phrase refers to."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ...gazetteer import Gazetteer
from ...ingest import slug
from ...model import ActorRef
from ..coref import Coreference
from .bodies import BodyNames
from .gender import gender_words, genders
from .kinds import (ABSTRACT_GROUPS, ADJECTIVE_ENDINGS, PERSON_AGENT_SECTORS, VAGUE_MODIFIERS, a_sports_side,
                    is_described, names_a_document, names_a_people, names_a_programme_or_region, named_as_a_settlement,
                    names_nobody, modifies_a_document, non_actor_words, person_name_kind, singular, strip_titles,
                    trim_name, unlisted_people_modifier)
from .mentions import Mention, MentionMerging
from .names import clean_name, continued_on_next_line, group_label, phrase_text, unique_refs
from .places import Places, subnational_words
from .pronouns import Pronouns
from .roles import Roles
from .tree import child_of, word_before

#: Titles that say no office: a surname after one of them may be any known person's
GENERAL_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam"})


def _ends_a_line(ent: Span) -> bool:
    """Whether a line break follows the entity (its own trailing whitespace or the next token)."""
    doc = ent.doc
    return "\n" in doc[ent.end - 1].whitespace_ or ent.end < len(doc) and doc[ent.end].is_space \
        and "\n" in doc[ent.end].text


class ActorFinder(MentionMerging, Roles, Pronouns, Places, BodyNames):
    """Actor resolution over one parsed document."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer, rules: dict, event_nouns=frozenset(),
                 article_date: str | None = None):
        self.doc = doc
        self.article_date = article_date
        self.event_nouns = event_nouns
        self.gaz = gazetteer
        self.rules = rules
        self.group_nouns: dict = rules["group_nouns"]
        self.role_nouns = set(rules["role_nouns"])
        self.by_token: dict[int, Mention] = {}
        self.mentions: list[Mention] = []
        self._persons: list[ActorRef] = []
        #: who "I" and "we" are when no reporting verb says: the author a statement's title names
        self.article_speaker: ActorRef | None = None
        self._text_words: set[str] = set()
        self._lower_case_words: set[str] = set()
        #: each token's text, read once: indexing a Doc makes a new Token object every time
        self.texts: list[str] = [t.text for t in doc]
        for word in set(self.texts):  # each distinct word once: most of a page's tokens repeat
            if word[:1].isupper():
                self._text_words.add(word)
            elif word.islower():
                self._lower_case_words.add(word)
        titles = non_actor_words().title_words
        self._person_words = {word for e in doc.ents if e.label_ == "PERSON" and not e.ent_id_
                              for word in e.text.split() if word[:1].isupper() and word.lower().rstrip(".") not in titles}
        for ent, reading in self._reread_entities():
            ref = self._entity_ref(ent) if reading == "entity" else self._person_ref(ent) if reading == "person" \
                else self._people_ref(ent) if reading == "people" else self._state_body_ref(ent) \
                if reading == "state body" else self._national_body_ref(ent)
            if ref is None:
                continue
            mention = Mention(ref, ent)
            self.mentions.append(mention)
            for tok in ent:
                self.by_token[tok.i] = mention
        self._merge_acronyms()
        self._merge_person_names()
        self._drop_lone_first_names()
        self._follow_first_names_of_places()
        self._follow_short_names()
        self.coref = Coreference(doc, [(m.ref, m.span) for m in self.mentions], describe=self._group_of,
                                 group_words=frozenset(self.group_nouns) | frozenset(self.role_nouns),
                                 person_group_words=frozenset(self.role_nouns) | {"leader", "counterpart"},
                                 genders=genders((m.ref, m.span) for m in self.mentions),
                                 person_nouns=gender_words().person_nouns | gender_words().relative_nouns)

    # ------------------------------------------------------------------ entities
    def _reread_entities(self) -> list[tuple[Span, str]]:
        """The document's entities, with four readings the dictionary match or the model gets wrong put
        right: a dictionary place used as a person's first name ('Tyre' / 'Nichols'), a nationality before an
        international body's name ('American' / 'Red Cross': a body of its own), a state before the name
        another state's body goes by ('Peru's' / 'Congress': Peru's own) and persons listed after a plural
        title ('Presidents Ruto and Tinubu')."""
        doc = self.doc
        ents = list(doc.ents)
        spans: list[tuple[Span, str]] = []
        skip = -1
        for number, ent in enumerate(ents):
            if ent.start < skip:
                continue
            after = ents[number + 1] if number + 1 < len(ents) else None
            if self._place_as_first_name(ent):
                spans.append((Span(doc, ent.start, ent.end + 1, label="PERSON"), "person"))
                skip = ent.end + 1
                continue
            surname_start = self._place_as_surname(ent)
            if surname_start is not None:
                spans.append((Span(doc, surname_start, ent.end, label="PERSON"), "person"))
                continue
            if after is not None and self._place_as_first_name_over_a_line_end(ent, after):
                spans.append((Span(doc, ent.start, after.end, label="PERSON"), "person"))
                skip = after.end
                continue
            if after is not None and ent.label_ == after.label_ == "PERSON" and after.start == ent.end \
                    and after[0].text in non_actor_words().patronymic_particles:
                # "Prince Abdulaziz" / "bin Salman": one person's name, given and father's
                spans.append((Span(doc, ent.start, after.end, label="PERSON"), "person"))
                skip = after.end
                continue
            if after is not None and after.start == ent.end and self._nationality_before_a_body(ent, after):
                spans.append((Span(doc, ent.start, after.end, label="ORG"), "body"))
                skip = after.end
                continue
            if after is not None and self._state_before_anothers_body(ent, after):
                spans.append((Span(doc, ent.start, after.end, label="ORG"), "state body"))
                skip = after.end
                continue
            if after is not None and after.start == ent.end and self._name_before_a_people(ent, after):
                spans.append((Span(doc, ent.start, after.end, label="NORP"), "people"))
                skip = after.end
                continue
            spans.append((ent, "entity"))
        listed = self._persons_after_plural_titles()
        if listed:
            taken = {i for span in listed for i in range(span.start, span.end)}
            spans = [(s, r) for s, r in spans if not any(i in taken for i in range(s.start, s.end))]
            spans = sorted(spans + [(span, "person") for span in listed], key=lambda pair: pair[0].start)
        return spans

    @staticmethod
    def _name_before_a_people(ent: Span, after: Span) -> bool:
        """'MAGA Republicans', 'Tory MPs': a name no dictionary knows that only modifies a plural people right after
        it is part of that group's name, not a body of its own."""
        return ent.label_ == "ORG" and not ent.ent_id_ and not after.ent_id_ and after.label_ == "NORP" \
            and len(after) == 1 and after.root.tag_ == "NNPS" and ent.root.dep_ == "compound" \
            and ent.root.head.i == after.root.i

    @staticmethod
    def _people_ref(span: Span) -> ActorRef:
        label = clean_name(span.text)
        return ActorRef(key=f"group/{slug(label)}", label=label, cls="InformalGroup", source="text")

    def _persons_after_plural_titles(self) -> list[Span]:
        """'Presidents Ruto and Tinubu', 'Prime Ministers Albanese and Luxon': each capitalised name in the list
        after a plural title is a person (the title itself is no part of their names)."""
        doc = self.doc
        titles = non_actor_words().title_words
        found: list[Span] = []
        for position, text in enumerate(self.texts):
            if not (text[:1].isupper() and text[-1:] in "sS" and len(text) > 3):
                continue
            word = text.lower()
            if not (word[:-1] in titles or word[:-3] + "y" in titles and word.endswith("ies")):
                continue
            tok = doc[position]
            i = tok.i + 1
            names: list[Span] = []
            while i < len(doc):
                start = i
                while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() \
                        and doc[i].lower_ not in titles:
                    i += 1
                if i == start:
                    break
                names.append(Span(doc, start, i, label="PERSON"))
                if i < len(doc) and doc[i].text == ",":
                    i += 1
                if i < len(doc) and doc[i].lower_ == "and":
                    i += 1
                elif i < len(doc) and doc[i - 1].text != ",":
                    break
            if len(names) >= 2:
                found.extend(names)
        return found

    def gazetteer_ref(self, key: str) -> ActorRef:
        """The known actor ``key`` as of the article's date: a person acts for whom their dated code says."""
        entry = self.gaz[key]
        acts_for, code = self.gaz.acts_for_on(key, self.article_date)
        return ActorRef(key=entry.id, label=entry.label, cls=entry.cls, acts_for=acts_for or entry.acts_for,
                        code=code, source=entry.source)

    def _entity_ref(self, ent: Span) -> ActorRef | None:
        if not ent.ent_id_ and (not self._names_something(ent) or names_a_document(ent)
                                or names_nobody(ent, self._lower_case_words)
                                or names_a_programme_or_region(ent) and not self._part_of_a_states_name(ent)):
            return None  # "Presidential", "Supporters", "the Safe Streets Act", "Medicare", "the Indo-Pacific"
        if modifies_a_document(ent):
            return None  # "the UN Charter"
        if ent.ent_id_ and self._inside_a_hyphenated_surname(ent):
            return None  # "Mayor Rhodes-Conway": no Greek island
        if ent.ent_id_ and self._names_a_tribe(ent):
            return self._tribe_ref(ent)  # "the Menominee Indian Tribe": no India
        if ent.ent_id_ and ent.ent_id_ in self.gaz and self.gaz[ent.ent_id_].cls == "State":
            if self._in_an_address(ent):
                return None  # "Concord, Massachusetts": where a town is, no actor
            unit = self._subnational_unit(ent)
            if unit is not None:
                return unit  # "North Carolina": its own government, acting for the United States
        if ent.ent_id_ and ent.ent_id_ in self.gaz:
            unit_body = self._body_of_a_unit(ent)
            if unit_body is not None:
                return unit_body  # "the Ohio State Senate": no US Senate
        if ent.ent_id_ and ent.ent_id_ in self.gaz:
            if self.gaz[ent.ent_id_].cls == "Person" and len(ent) == 1:
                for known in reversed(self._persons):  # "Schroeder" after "Pat Schroeder": her again
                    if known.source == "text" and known.label.split()[-1] == ent.text:
                        return known
            namesake = self._namesake(ent)
            if namesake is not None:
                return self._person_ref(namesake)
            if self.gaz[ent.ent_id_].cls not in ("State", "Person", "Place"):
                longer, before = self._body_words_after(ent), self._capitals_before(ent)
                if longer or before:  # "Samsung Heavy Industries", "HD Hyundai": a body of its own
                    ref = self._organisation_ref(ent, clean_name(before + ent.text + longer))
                    known = self.gazetteer_ref(ent.ent_id_)
                    if ref is not None and ref.acts_for is None and known.acts_for:
                        ref = replace(ref, acts_for=known.acts_for, code=known.code)
                    return ref
            entry = self.gaz[self._titled_owner(ent) or ent.ent_id_]
            ref = self.gazetteer_ref(entry.id)
            if ref.acts_for is None and entry.cls not in ("State", "Person", "Place"):
                # "Palestinian Islamic Jihad": a group the dictionary files under a region acts from the
                # state its own name gives
                state = self._state_in_name(ent)
                if state is not None:
                    ref = replace(ref, acts_for=state, code=ref.code or self._code_for(state))
            if entry.cls == "Person":
                ref = self._as_described(ent, ref)
                self._persons.append(ref)
            return ref
        if names_a_people(ent):
            return self._people_ref(ent)  # "Kurds", "Tamils": a people of no state of its own
        if ent.label_ in ("PERSON", "ORG") and named_as_a_settlement(ent):
            return self._place_ref(ent, clean_name(ent.text))  # "the city of El Fasher": a town, not a body
        if self._names_a_town(ent):
            return self._place_ref(ent, clean_name(ent.text))  # "shelled Avdiivka": a town, no person
        if ent.label_ == "PERSON":
            return self._person_ref(ent)
        if ent.label_ in ("GPE", "LOC", "ORG") and len(ent.text.split()) == 1 and self._is_a_persons_name(ent.text):
            return self._person_ref(ent)  # "Kamala", "Javier": a person the model took for a place or a body
        if ent.label_ in ("GPE", "LOC") and ent.text[:1].isupper() and any(c.isdigit() for c in ent.text):
            # "M23", "the 9th Brigade": a name with a number is a group's or a unit's, no place the model guessed
            return self._organisation_ref(ent, clean_name(ent.text))
        if ent.label_ in ("GPE", "LOC") and ent.text[:1].isupper():
            return self._place_ref(ent, clean_name(ent.text))
        if ent.label_ == "ORG" and len(ent) == 1 and ent.start > 0 and self.doc[ent.start - 1].text[:1].isupper() \
                and self.doc[ent.start - 1].lower_.rstrip(".") in non_actor_words().title_words \
                and person_name_kind(ent.text) == "Person" and ent.text.lower() not in self._lower_case_words:
            return self._person_ref(ent)  # "President Amherd": a person with a title
        if ent.label_ == "ORG" and self._described_as_an_official(ent):
            return self._person_ref(ent)  # "Kenji Sato, Japan's foreign minister": a person the model took for a body
        if ent.label_ == "ORG":
            name = trim_name(clean_name(ent.text))
            bare, title = strip_titles(name)
            if title and person_name_kind(bare) == "Person" and all(w[:1].isupper() for w in bare.split()) and (
                    len(bare.split()) == 1 or all(w in self._person_words for w in bare.split())):
                return self._person_ref(ent)  # "National Security Advisor Pyle": a person with a title
            unfinished = clean_name(ent.text).split()[-1].lower() in ("of", "the", "for", "and", "on")  # "the Department of" / "Justice"
            more = continued_on_next_line(ent) or self._of_phrase_after(ent) or self._body_words_after(ent) or (
                self._capitalised_after(ent) if unfinished else "")
            if more and (unfinished or more.startswith(" of") or
                         more.split()[0].lower().rstrip(".") not in non_actor_words().title_words):
                name = clean_name(ent.text + more)  # "the Organization for the Prohibition of Chemical" / "Weapons"
            elif unfinished:
                return None
            if person_name_kind(name) == "Place":
                return None  # "the Temple Mount": a place, no body
            last = name.split()[-1] if name.split() else ""
            if last.endswith("-") or last.lower().rstrip(".") in non_actor_words().title_words and \
                    " of " not in f" {name.lower()} " and _ends_a_line(ent):
                # "NGA Vice-" / "Chair Polis": the first half of a title cut at a line end, no body ('the Arakan
                # Army' in a line's middle is one)
                return None
            return self._organisation_ref(ent, clean_name(self._capitals_before(ent) + name))
        return None

    def _described_as_an_official(self, ent: Span) -> bool:
        """Whether a name has an official's role in apposition ('X, Japan's foreign minister,'; 'the minister,
        X,') and its words are a person's name, not a body's."""
        root = ent.root
        roles = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        if not any(r.pos_ == "NOUN" and (r.lemma_.lower() in self.role_nouns or
                                          self.agent_sector(r.lemma_.lower()) in PERSON_AGENT_SECTORS) for r in roles):
            return False
        name = clean_name(ent.text)
        return len(name.split()) > 1 and all(w[:1].isupper() for w in name.split()) and person_name_kind(name) == "Person"

    def _as_described(self, ent: Span, ref: ActorRef) -> ActorRef:
        """A known person as the text describes them: 'X, the IAEA chief,' acts for the IAEA in this article,
        whatever state or body the dictionary last gave them."""
        serves = self._appositive_body(ent)
        if serves is None or serves in (ref.acts_for, self.state_key(ref)):
            return ref
        return replace(ref, acts_for=serves, code=self._code_for(serves, self.agent_sector(self._role(ent))))

    def _appositive_body(self, ent: Span) -> str | None:
        """The state or body an official's role in apposition names ('X, the IAEA chief,', 'X, Japan's foreign
        minister,'), if any."""
        root = ent.root
        for role in [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else []):
            word = role.lemma_.lower()
            if role.pos_ not in ("NOUN", "PROPN") or word not in self.role_nouns and \
                    word not in non_actor_words().title_words and self.agent_sector(word) not in PERSON_AGENT_SECTORS:
                continue
            for tok in role.subtree:
                if tok.i not in range(ent.start, ent.end) and tok.ent_id_ in self.gaz and \
                        self.gaz[tok.ent_id_].cls in ("State", "IntergovernmentalOrganization"):
                    return tok.ent_id_
        return None

    def _namesake(self, ent: Span) -> Span | None:
        """'Pat Schroeder' where the gazetteer knows 'Schroeder' as Gerhard Schroeder: a known person's surname
        after another first name is someone else, named by both words."""
        entry = self.gaz[ent.ent_id_]
        if entry.cls != "Person" or len(ent) != 1 or ent.start == 0:
            return None
        first = self.doc[ent.start - 1]
        if not (first.is_alpha and first.text[:1].isupper() and first.pos_ == "PROPN") or \
                first.lower_ in non_actor_words().title_words or first.lower_[:-1] in non_actor_words().title_words \
                or first.ent_id_ or first.ent_type_ in ("DATE", "TIME") \
                or (first.i > 0 and first.doc[first.i - 1].text == "-"):
            return None  # "President-Elect Arévalo", "Sunday Trump": no first name
        names = [entry.label, *entry.aliases]
        if any(first.text in name.split() for name in names):
            return None
        return self.doc[first.i: ent.end]

    def _titled_owner(self, ent: Span) -> str | None:
        """'Dr.' / 'Biden' across a line end: the person the title and the surname name together ('Dr. Biden'
        is Jill Biden), when the gazetteer knows that pair as another person's name."""
        if self.gaz[ent.ent_id_].cls != "Person":
            return None
        before = word_before(self.doc, ent.start)
        if before is None or before.i == ent.start - 1:
            return None  # no line end between them: the gazetteer matcher saw the pair already
        known = self.gaz.named(f"{before.text} {ent.text}")
        return known if known is not None and known != ent.ent_id_ and self.gaz[known].cls == "Person" else None

    def _ethnic_group(self, mention: Mention, depth: int) -> ActorRef | None:
        """'ethnic Albanians demonstrated in Serbia': a people named as an ethnic group is a group of its own,
        not its kin-state; it acts from the state where its clause places it, if any."""
        root = mention.span.root
        if not any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in root.children):
            return None
        label = f"ethnic {mention.span.text}"
        state = None
        verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
        for prep in (verb.children if verb is not None else ()):
            if prep.dep_ == "prep" and prep.lower_ in ("in", "inside", "across", "throughout"):
                states = [r for r, _ in self.actors_of(child_of(prep, "pobj"), depth + 1) if r.cls == "State"]
                if states:
                    state = states[0]
                    break
        key = state.key if state is not None else None
        return ActorRef(key=f"group/{slug(label)}", label=label, cls="InformalGroup", acts_for=key,
                        code=self._code_for(key), source="text")

    def _people_of_another_state(self, mention: Mention) -> ActorRef | None:
        """'Bosnian Serbs', 'Kosovo Albanians': a people with another state's name before it lives there, a
        group acting from that state (as CAMEO codes it: by the first country word), not its kin-state."""
        root = mention.span.root
        if root.tag_ not in ("NNPS", "NNS") or mention.span.text.lower() in non_actor_words().peoples_of_descent:
            return None  # "Mexican Americans" are Americans
        for child in root.children:
            if child.dep_ in ("amod", "compound") and child.i < mention.span.start:
                where = self.by_token.get(child.i)
                if where is not None and where.ref.cls == "State" and where.ref.key != mention.ref.key:
                    label = f"{where.span.text} {mention.span.text}"
                    return ActorRef(key=f"group/{slug(label)}", label=label, cls="InformalGroup",
                                    acts_for=where.ref.key, code=self._code_for(where.ref.key), source="text")
        return None

    @staticmethod
    def _names_a_site_of_worship(mention: Mention) -> bool:
        """'the Al-Aqsa mosque', 'the Al-Aqsa mosque compound': a name that modifies a site noun, followed by
        nothing but the site's own grounds (non-actors.json site_nouns, site_grounds); 'Boko Haram church
        attacks' are the group's."""
        words, span = non_actor_words(), mention.span
        after = [t.lemma_.lower() for t in span.doc[span.end: span.root.head.i + 1]]
        return span.root.dep_ == "compound" and bool(after) and after[0] in words.site_nouns \
            and all(w in words.site_grounds for w in after[1:])

    def _state_of_a_located_people(self, span: Span, depth: int) -> ActorRef | None:
        for child in span.root.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "of", "from"):
                place = [r for r, _ in self.actors_of(child_of(child, "pobj"), depth + 1) if r.cls == "State"]
                if place:
                    return place[0]
        return None

    def group_within(self, words: str, state: ActorRef) -> ActorRef:
        """'Albanians in Serbia', 'protesters in Kenya': a group named with the state it is in, acting from that
        state but not the state itself (it can act on that state's government, and its government on it)."""
        label = f"{words} in {state.label}"
        return ActorRef(key=f"group/{slug(label)}", label=label, cls="InformalGroup", acts_for=state.key,
                        code=self._code_for(state.key), source="text")

    def _is_a_persons_name(self, word: str) -> bool:
        """Whether one word is a name the article gives a person: part of a person's name the model found
        elsewhere in it, or the first name of a known person whose surname it also uses."""
        if not word[:1].isupper() or not word.replace("-", "").isalpha():
            return False
        if word in self._person_words:
            return True
        return self._known_by_first_name(word) is not None

    def _known_by_first_name(self, word: str) -> str | None:
        """'Jill', 'Kamala': the hand gazetteer's person with that first name whose surname the article uses,
        else the only one with that first name if they act for a state the article names."""
        keys = self.gaz.hand_people_by_name_part(0).get(word, ())
        for key in keys:
            if self.gaz[key].label.split()[-1] in self._text_words:
                return key
        if len(keys) == 1 and self.gaz[keys[0]].acts_for and self.gaz[keys[0]].acts_for in self._named_states():
            return keys[0]
        return None

    def _known_by_surname(self, word: str, ent: Span | None = None) -> str | None:
        """'Lula' alone: the one hand-gazetteer person with that surname, if they act for a state the article
        names (none when two known people share it), no other person of the article has that surname ('Mike
        Johnson' / 'Johnson') and no title before it says another office ('Speaker Johnson' is not the
        former prime minister)."""
        keys = self.gaz.hand_people_by_name_part(-1).get(word, ())
        if len(keys) != 1 or self.gaz[keys[0]].acts_for not in self._named_states():
            return None
        entry = self.gaz[keys[0]]
        first = entry.label.split()[0]
        if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word and e[0].text != first
               for e in self.doc.ents):
            return None
        if ent is not None:
            before = word_before(self.doc, ent.start)
            title = before.lower_.rstrip(".") if before is not None else ""
            office = {w.lower() for role in entry.roles for w in role.split()}
            if title in non_actor_words().title_words and title not in GENERAL_TITLES and title not in office:
                return None
        return keys[0]

    def _named_states(self) -> set[str]:
        """The states the article's names (its entities the gazetteer knows) name."""
        if not hasattr(self, "_named_state_keys"):
            self._named_state_keys = {e.ent_id_ for e in self.doc.ents if e.ent_id_ in self.gaz
                                      and self.gaz[e.ent_id_].cls == "State"}
        return self._named_state_keys

    def _person_ref(self, ent: Span) -> ActorRef | None:
        raw = clean_name(ent.text + continued_on_next_line(ent))
        name, title = strip_titles(raw)
        known = self.gaz.named(raw) or self.gaz.named(name)
        if known is not None and self.gaz[known].cls == "Person":  # "Keir" at a line's end, "Starmer" below
            ref = self._as_described(ent, self.gazetteer_ref(known))
            self._persons.append(ref)
            return ref
        if not name or not name[0].isupper():
            return None
        if self._followed_by_its_state(ent):
            return None  # "Normandy, France": a place the model took for a person
        if ent.end < len(self.doc) and self.doc[ent.end].lower_ in non_actor_words().company_suffixes:
            return self._organisation_ref(ent, name)  # "Goodman Acker PC": a firm
        kind = person_name_kind(name, gerund_first=ent[0].tag_ == "VBG")
        if kind == "Organization":
            return self._organisation_ref(ent, name)
        if kind != "Person":
            return None  # "Joint Base Andrews": a place the model took for a person is not who acts
        words = name.split()
        if len(words) == 1:
            for known in reversed(self._persons):
                if words[0] in known.label.split():
                    return known
            known = self._known_by_first_name(words[0]) or self._known_by_surname(words[0], ent)
            if known is not None:
                ref = self.gazetteer_ref(known)
                self._persons.append(ref)
                return ref
        else:
            for known in reversed(self._persons):
                if known.label == name:
                    return known
        acts_for, role = self._context_state(ent), self._role(ent) or title
        ref = ActorRef(key=f"person/{slug(name)}", label=name, cls="Person", acts_for=acts_for, role=role,
                       code=self._code_for(acts_for, self.agent_sector(role)), source="text")
        self._persons.append(ref)
        return ref

    def _group_of(self, tok: Token) -> ActorRef | None:
        refs = self.actors_of(tok, 3)
        return refs[0][0] if refs else None

    def _names_something(self, ent: Span) -> bool:
        """Whether the model's entity could name an actor: not a lone adjective ('Presidential') nor a
        common noun capitalised by its place ('Supporters', 'Protesters'), as the agents dictionary and
        the group nouns know them."""
        if len(ent) != 1:
            return True
        tok = ent[0]
        if tok.pos_ == "ADJ" and ent.label_ != "NORP" or (tok.text.endswith(".") and len(tok) <= 4):
            return False  # "Presidential"; "Jr.", "Sr."
        word = tok.lower_
        if ent.label_ in ("ORG", "GPE", "NORP", "LOC") and word.endswith(ADJECTIVE_ENDINGS):
            return False  # "Tribal", "Federal", "Congressional": an adjective the model took for a name
        forms = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word}
        return not any(f in self.gaz.agents or f in self.group_nouns or f in self.role_nouns for f in forms)

    def _context_tokens(self, ent: Span):
        """Tokens that describe an entity: its modifiers, the noun it is in apposition or compound with."""
        inside = {t.i for t in ent}
        root = ent.root
        seen = []
        heads = [root]
        if root.dep_ in ("appos", "compound") and root.head.i not in inside:
            heads.append(root.head)
        for tok in ent:
            if tok.head.i not in inside and tok.head.i != root.i and tok.dep_ == "compound":
                heads.append(tok.head)
        for head in heads:
            for child in head.children:
                if child.i in inside:
                    continue
                if child.dep_ in ("compound", "amod", "poss", "nmod", "appos"):
                    seen.append(child)
                    seen.extend(c for c in child.children if c.dep_ in ("compound", "amod", "poss", "nmod"))
                    if child.dep_ == "appos":  # "Mr. Bao, the envoy from Beijing"
                        seen.extend(o for p in child.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
                                    for o in p.children if o.dep_ == "pobj")
                elif child.dep_ == "prep" and child.lower_ in ("of", "from"):
                    seen.extend(c for c in child.children if c.dep_ == "pobj")
            if head is not root:
                seen.append(head)
        for tok in ent:  # "Serbian" inside an organisation's own name
            if tok.i != root.i:
                seen.append(tok)
        return seen

    def _context_state(self, ent: Span) -> str | None:
        for tok in self._context_tokens(ent):
            if ent.label_ == "PERSON" and ent.start <= tok.i < ent.end:
                continue  # "Israel Katz": a state in a person's own name is no state they act for
            mention = self.by_token.get(tok.i)
            if mention is not None and mention.span != ent and mention.ref.cls != "Person":
                return mention.ref.key
            if tok.ent_id_ and tok.ent_id_ in self.gaz and self.gaz[tok.ent_id_].cls != "Person":
                return tok.ent_id_
        return None

    # ------------------------------------------------------------------ phrases
    def actors_of(self, tok: Token | None, _depth: int = 0) -> list[tuple[ActorRef, str]]:
        """The actors a noun phrase headed by ``tok`` refers to, each with the text that names it."""
        if tok is None or _depth > 4:
            return []
        found: list[tuple[ActorRef, str]] = []
        mention = self.by_token.get(tok.i)
        if mention is None and a_sports_side(tok):
            return []
        if mention is not None and mention.span.label_ == "NORP" and mention.ref.cls == "State":
            # "Albanians in south Serbia", "the Kurds of Iraq": a people located in a state acts from there
            for child in mention.span.root.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "of", "from"):
                    place = [r for r, _ in self.actors_of(child_of(child, "pobj"), _depth + 1) if r.cls == "State"]
                    if place:
                        mention = Mention(place[0], mention.span)
                        break
            else:
                ethnic = self._ethnic_group(mention, _depth) or self._people_of_another_state(mention)
                if ethnic is not None:
                    mention = Mention(ethnic, mention.span)
        elif mention is not None and names_a_people(mention.span):
            # "the Kurds of Iraq", "Tamils in Sri Lanka": a people of no state, located in one, acts from there
            place = self._state_of_a_located_people(mention.span, _depth)
            within = self.group_within(mention.span.text, place) if place is not None \
                else self._people_of_another_state(mention)  # "Iraqi Kurds"
            if within is not None:
                mention = Mention(within, mention.span)
        if mention is not None and mention.ref.cls == "Place" and mention.ref.source == "text" and (
                tok.dep_ in ("nsubj", "csubj") or self._names_a_site(mention.span) or self._gone_to(tok)):
            # a place the gazetteer does not know never acts ('the people of Somerset County donated'), and a
            # site (a county, an island, a beach, a park) is only where something happens ('visited Ellis
            # Island'), nor is a town someone went to ('visited Belfast'); a town stays a target that can be hit
            # ('shelled the town of X')
            return unique_refs(self._coordinated(mention.span, _depth))
        if mention is not None and mention.ref.key.startswith("region/") and self._gone_to(tok):
            return []  # "traveled to Texas": somewhere someone went, as a town is, not its government met
        if mention is not None and mention.ref.source == "text" and mention.span[0].lower_ in ("a", "an") \
                and mention.span[0].is_lower:
            return []  # "endorsed a Clean Energy Partnership for X": a thing introduced, named like a body, no actor
        if mention is not None and self._names_a_building(mention, _depth):
            return []  # "returned to the White House", "talks at the Kremlin": the building, not the body
        if mention is not None and mention.ref.cls not in ("State", "Place") and self._names_a_site_of_worship(mention):
            return []  # "the Al-Aqsa mosque (compound)": a site named like a group, not the group
        if mention is not None and tok.dep_ in ("amod", "compound") and self._once_belonged_to(tok.head):
            return []  # "the two former Soviet republics": no longer the Soviet Union's
        if (mention is None or mention.ref.cls != "Person") and tok.lemma_.lower() in self.role_nouns:
            # "Russia's opposition leader Alexei Navalny": the person a role noun is put beside is who acts, not
            # the group or state the role names (whose it is says where the person acts from)
            named = [found for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                     for found in self.actors_of(c, _depth + 1) if found[0].cls == "Person"]
            if named:
                return unique_refs(named)
        if mention is not None:
            found.append((mention.ref, mention.span.text))
            found.extend(self._coordinated(mention.span, _depth))
            return unique_refs(found)
        lemma = tok.lemma_.lower()
        named = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and c.ent_type_ in (
            "ORG", "NORP", "GPE") and self.doc[c.left_edge.i - 1].text not in ("(", ":")), None) \
            if tok.pos_ == "NOUN" and lemma in self.group_nouns and lemma not in self.role_nouns else None
        appositive = [(r, text) for r, text in self.actors_of(named, _depth + 1) if r.source != "text"] \
            if named is not None else []
        if appositive:
            # "the al Qaeda-linked group al Shabaab", "the militant group Hamas": the known name a group noun is
            # given, not a group the text talked about before nor the patron a modifier names; a name kg does not
            # know ('the main X rebel group, Y') leaves the description, which says what and whose the group is
            return appositive
        if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$", "WDT", "WP"):
            coordinated = self.coordinated_antecedents(tok, _depth) or self.joint_subjects_before(tok, _depth)
            if coordinated:
                return unique_refs([(ref, tok.text) for ref, _ in coordinated])
            ref = self.resolve_pronoun(tok, _depth)
            if ref is not None:
                found.append((ref, tok.text))
        elif self._is_definite_description(tok) and \
                (described := self.resolve_pronoun(tok, _depth, wants_person=False)) is not None:
            # "the country", "the bloc", "the rebels": the state, organisation or group the text is talking about
            # (else, for a group noun, the group it names: "the rebels" with no rebels named before)
            found.append((described, phrase_text(tok)))
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in gender_words().relative_nouns and \
                any(c.dep_ == "poss" for c in tok.children):
            return []  # "her husband", "my dad": someone else than the one the possessive names, whom kg cannot name
        elif tok.pos_ == "PROPN" and self._body_with_a_nationality(tok) is not None:
            found.append(self._body_with_a_nationality(tok))
        elif tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            person = self.resolve_title(tok) or self.resolve_role_description(tok, _depth)
            if person is not None:
                found.append((person, phrase_text(tok)))
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in subnational_words().partner_nouns and \
                    any(c.dep_ == "poss" for c in tok.children):
                # "our partners in India": whose partners they are is not who they are; where they are is
                for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "from")):
                    found.extend(self.actors_of(child_of(prep, "pobj"), _depth + 1))
            else:
                described = self._described_by_modifiers(tok, _depth)
                agent = self.agent_of(tok) if tok.pos_ == "NOUN" or self._common_plural(tok) else None
                if agent is not None:
                    described = self._as_agent(tok, agent, described)
                found.extend(described)
        for child in tok.children:
            if child.dep_ == "conj" or (child.dep_ == "appos" and not found):
                found.extend(self.actors_of(child, _depth + 1))
            elif child.dep_ == "prep" and child.lower_ == "including" and not found:
                # "European leaders, including President X": those the text names among a group it does not
                found.extend(self.actors_of(child_of(child, "pobj"), _depth + 1))
        return unique_refs(found)

    def _body_belonged_to(self, child: Token) -> Token | None:
        """'(workers) affiliated with the X union', '(militants) affiliated to X': the body a group's participle
        says it belongs to (rules.json membership_participles), as 'X-affiliated militants' are X's."""
        if child.dep_ != "acl" or child.lemma_.lower() not in self.rules["membership_participles"]["lemmas"]:
            return None
        return next((o for p in child.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                     for o in p.children if o.dep_ == "pobj"), None)

    def _coordinated(self, span: Span, depth: int):
        out = []
        inside = {t.i for t in span}
        frontier = list(span)
        for tok in span:  # "the Group of 7 partnership, NATO, ...": the list hangs off a word after the name
            frontier.extend(c for c in tok.children if c.i not in inside and c.dep_ == "pobj" and c.i not in self.by_token)
        for tok in frontier:
            for child in tok.children:
                if child.i in inside:
                    continue
                if child.dep_ == "conj" or (child.dep_ == "appos" and not self._is_description(child, span)):
                    out.extend(self.actors_of(child, depth + 1))
        return out

    @staticmethod
    def _is_description(appos: Token, span: Span) -> bool:
        """'Sergei Lavrov, Russia's foreign minister': an apposition names the same actor again, unless it
        starts a list ('the G7, NATO, the EU and the US', which the parser attaches as an apposition); titles
        joined by 'and' ('X, Senior Advisor to the President and Director of the Y Office') are one person's
        offices, no list."""
        joined = [c for c in appos.children if c.dep_ == "conj"]
        titles = non_actor_words().title_words
        return not joined or all(t.lower_ in titles for t in (appos, *joined))

    def possessive_before(self, tok: Token) -> list[tuple[ActorRef, str]]:
        """'the United States’ proposal' when the parser missed the possessive: a name right before an apostrophe."""
        i = tok.left_edge.i if tok.left_edge.i < tok.i else tok.i
        for j in range(tok.i - 1, max(i, tok.i - 4) - 1, -1):
            word = self.doc[j]
            if word.text in ("'", "’", "'s", "’s") and j > 0 and (j - 1) in self.by_token:
                mention = self.by_token[j - 1]
                return [(mention.ref, mention.span.text)]
        return []

    @staticmethod
    def _identity_clause_attribute(child: Token) -> Token | None:
        """The attribute of a non-restrictive identity clause on a noun (", which is X's body", ", who is X's
        envoy"), which names outright whose the noun is, ahead of any possessive or description before it."""
        if child.dep_ != "relcl" or child.lemma_ != "be":
            return None
        relative = [c for c in child.children if c.dep_ == "nsubj" and c.lower_ in ("which", "who")]
        if not relative or child.doc[relative[0].i - 1].text != ",":
            return None
        return child_of(child, "attr")

    def _kind_of_group(self, tok: Token, lemma: str) -> str:
        """'the guerrilla group', 'a militant faction', 'rebel fighters': a group of no kind of its own ('group',
        'faction'), or fighters who may be a state's (rules.json state_fighter_nouns), are of the kind their
        modifier names when that is an armed group's (rules.json group_nouns)."""
        cls = self.group_nouns[lemma]
        fighters = self.rules["state_fighter_nouns"]["lemmas"]
        unkinded = cls == "InformalGroup" and lemma in ABSTRACT_GROUPS or lemma in fighters
        if unkinded and any(
                c.dep_ in ("amod", "compound") and self.group_nouns.get(c.lemma_.lower()) == "ArmedGroup"
                for c in tok.children):
            return "ArmedGroup"
        return cls

    def _led_group_kind(self, tok: Token, lemma: str) -> str | None:
        """'opposition leaders', 'rebel commanders': leaders of a group its common noun names speak for it, so they
        are a group of its kind (rules.json group_leaders), not unnamed officials; None for other nouns."""
        rule = self.rules["group_leaders"]
        if lemma not in rule["lemmas"]:
            return None
        return next((self.group_nouns[c.lemma_.lower()] for c in tok.children if c.dep_ in ("amod", "compound")
                     and c.lemma_.lower() in rule["groups"] and c.lemma_.lower() in self.group_nouns), None)

    @staticmethod
    def _loyal_group(group: Token, state: ActorRef) -> ActorRef:
        label = f"{group.text.lower()} loyal to {state.label}"
        return ActorRef(key=f"group/{slug(label)}", label=label, cls="ArmedGroup", acts_for=state.key, source="text")

    def _generic_holders(self, holder: Token) -> list[tuple[ActorRef, str]]:
        """'rebel-held': the singular noun of a compound names the kind of group that holds the place, the same
        group as 'rebels' names elsewhere."""
        lemma = holder.lemma_.lower()
        if holder.pos_ != "NOUN" or self.group_nouns.get(lemma) not in self.rules["unnamed_generic_ok"]:
            return []
        label = f"{lemma}s"
        return [(ActorRef(key=f"group/{slug(label)}", label=label, cls=self.group_nouns[lemma]), holder.text)]

    def _common_plural(self, tok: Token) -> str | None:
        """'Rebels in Mali attacked ...': a capitalised plural opening a sentence, which the small model tags as a
        name and keeps as its own lemma, is the plural of a group or role noun: its singular, else None."""
        if tok.tag_ not in ("NNP", "NNPS") or tok.i != tok.sent.start or tok.i in self.by_token:
            return None
        one = singular(tok.lower_)
        return one if one != tok.lower_ and (one in self.group_nouns or one in self.role_nouns) else None

    def _once_belonged_to(self, noun: Token) -> bool:
        """'former Soviet republics', 'ex-British colonies': a polity its modifiers say it belonged to once."""
        former = self.rules["former_polities"]
        return noun.lemma_.lower() in former["nouns"] and any(
            c.dep_ == "amod" and c.lower_ in former["modifiers"] for c in noun.children)

    def _described_by_modifiers(self, tok: Token, depth: int) -> list[tuple[ActorRef, str]]:
        lemma = tok.lemma_.lower()
        common_plural = self._common_plural(tok)
        lemma = common_plural or lemma
        if tok.lower_ in self.rules["partitive_nouns"] or lemma in self.rules["partitive_nouns"]:
            # "scores of refugees", "thousands of students": the group is in the of-phrase (or the body the
            # parser hangs their membership on the number: "thousands of workers affiliated with X")
            body = next((b for c in tok.children if (b := self._body_belonged_to(c)) is not None), None)
            found = self.actors_of(body, depth + 1) if body is not None else []
            if found:
                return found
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    found = self.actors_of(child_of(child, "pobj"), depth + 1)
                    if found:
                        return found
        if tok.tag_ == "NN" and lemma in self.rules["condition_heads"]["lemmas"] and any(
                c.dep_ == "prep" and c.lower_ == "of" and (o := child_of(c, "pobj")) is not None
                and o.pos_ == "NOUN" and not o.ent_type_ for c in tok.children):
            return []  # "a state of emergency in X", "the state of the economy": a condition, no group
        is_group = lemma in self.group_nouns or lemma in self.role_nouns
        order = []
        for child in tok.children:
            identity = self._identity_clause_attribute(child)
            if identity is not None:  # "the council, which is Fiji's ruling body": the text says whose it is
                order.append((-1, identity))
            elif child.dep_ == "prep" and child.lower_ in ("in", "at", "from", "of", "for", "within", "throughout") and is_group:
                # whose a group is ("the US embassy in Seoul", "Syrian refugees in Lebanon") before where it is
                order.append((2.5 if child.lower_ in ("in", "at", "within", "throughout") else 3, child))
            elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of") and lemma in self.event_nouns:
                # the doer of a nominalised event: "calls by Belarus", "the withdrawal of Serbian forces"
                order.append(({"by": 3, "of": 3.5, "from": 5}[child.lower_], child))
            elif child.dep_ == "poss":
                order.append((1, child))
            elif (is_group or lemma in self.event_nouns) and child.dep_ == "amod" and child.lemma_.lower() == "lead" \
                    and (leader := child_of(child, "npadvmod")) is not None:
                # "Russian-led forces", "a Saudi-led coalition": the forces of the one who leads them (as CAMEO
                # codes them), and "Saudi-led airstrikes" the leader's acts; who backs or trains a group
                # ("Iranian-backed militias") is not who it is
                order.append((2, leader))
            elif child.dep_ in ("amod", "compound") and \
                    child.lemma_.lower() in self.rules["holding_participles"]["lemmas"] and \
                    (holder := child_of(child, "npadvmod") or child_of(child, "compound")) is not None and \
                    (holder.ent_type_ or child.lemma_.lower() not in self.rules["holding_participles"]["by_name_only"]):
                order.append((2, holder))  # "rebel-held areas", "Hezbollah-run clinics": the holder's
            elif is_group and child.dep_ == "amod" and child.lemma_.lower() in self.rules["allegiance_adjectives"]["lemmas"] \
                    and (patron := next((o for p in child.children if p.dep_ == "prep" and p.lower_ == "to"
                                         for o in p.children if o.dep_ == "pobj"), None)) is not None:
                # "forces loyal to X": X's, as "X-led forces" are
                order.append((2, patron))
            elif is_group and (body := self._body_belonged_to(child)) is not None:
                order.append((2, body))
            elif child.dep_ in ("compound", "amod", "nmod", "npadvmod") and (is_group or child.ent_type_ in ("NORP", "GPE", "ORG")):
                order.append((2, child))
            elif child.dep_ == "agent" and not is_group:
                order.append((4, child))
            elif child.dep_ == "compound" and child.pos_ == "NOUN":  # "Japanese waters southwest of ..."
                order.append((5, child))
        for _, child in sorted(order, key=lambda pair: (pair[0], pair[1].i)):
            target = child
            if child.dep_ in ("prep", "agent"):
                target = child_of(child, "pobj")
            refs = self.actors_of(target, depth + 1) if target is not None else []
            if not refs and child.dep_ == "npadvmod" and child.head.lemma_.lower() in self.rules["holding_participles"]["lemmas"]:
                refs = self._generic_holders(child)
            doer = child.dep_ == "prep" and not is_group and lemma in self.event_nouns
            if child.dep_ == "prep" and child.lower_ in ("in", "at", "within", "throughout") and \
                    self.group_nouns.get(lemma) == "InformalGroup" and lemma not in self.role_nouns:
                # "protesters in Nairobi": people who are somewhere in a state are a group there, not the state
                refs = [(self.group_within(tok.text.lower(), r), text) if r.cls == "State" else (r, text)
                        for r, text in refs]
            patron = child.dep_ == "pobj"  # only "loyal to X" orders a preposition's object itself
            # a group names itself with the whole phrase; the doer of an event keeps its own words
            if self.group_nouns.get(lemma) == "GovernmentBody" and child.dep_ == "prep" or patron:
                # "the government of President X", "forces loyal to President X": the state its leader acts for
                refs = [(self.gazetteer_ref(self.state_key(r)), text)
                        if r.cls == "Person" and self.state_key(r) in self.gaz else (r, text) for r, text in refs]
            if patron and self.group_nouns.get(lemma) == "ArmedGroup":
                # "militias loyal to X": an armed group of its own that acts for X, not X's state forces
                refs = [(self._loyal_group(tok, r), text) if r.cls == "State" else (r, text) for r, text in refs]
            refs = [(r, text if doer else phrase_text(tok)) for r, text in refs
                    if r.cls != "Person" or not is_group or child.dep_ == "poss"]
            if refs:
                # ("Turkish and Iraqi intelligence services": both states' services, as 'officials' would be)
                return refs if is_group or any(c.dep_ == "conj" for c in child.children) else refs[:1]
        cls = self._led_group_kind(tok, lemma) or (self._kind_of_group(tok, lemma) if lemma in self.group_nouns else None)
        if cls not in self.rules["unnamed_generic_ok"] and is_group and tok.tag_ in ("NNS", "NNPS") \
                and any(unlisted_people_modifier(c) for c in tok.children):
            # "Kurdish leaders", "Tamil fighters": a people of no state has no government or army to roll up to
            cls = "ArmedGroup" if self.group_nouns.get(lemma) == "MilitaryForce" else "InformalGroup"
        if cls in self.rules["unnamed_generic_ok"] \
                and not (lemma in self.role_nouns and tok.tag_ in ("NN", "NNP") and not common_plural) \
                and not (lemma in ABSTRACT_GROUPS and not is_described(tok)) \
                and not any(c.lower_ in VAGUE_MODIFIERS for c in tok.children):
            label = group_label(tok)  # "law enforcement groups", not "enforcement groups"
            # ("a rebel group", "an armed faction": an armed group is one actor however introduced)
            singular_but_known = any(c.dep_ in ("amod", "compound") for c in tok.children) and \
                (any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or cls != self.group_nouns.get(lemma)) \
                and (cls != "InformalGroup" or any(c.ent_type_ for c in tok.children))
            # "Palestinian prisoners", "the armed gunman"; not "every valiant service member", "a student",
            # "the bisexual student who ..." (one person of a kind, no group)
            if tok.tag_ in ("NNS", "NNPS") or common_plural or singular_but_known:
                return [(ActorRef(key=f"group/{slug(label)}", label=label, cls=cls), phrase_text(tok))]
        return []
