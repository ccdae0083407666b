"""Pronouns, definite descriptions, first-person speech and the subject a verb has (through control,
coordination and participles)."""
from __future__ import annotations

from spacy.tokens import Token

from ...model import ActorRef
from ..coref import PLURAL_PRONOUNS, SPEAKER_PRONOUNS
from .names import unique_refs
from .plans import Plans, named_owner
from .kinds import DESCRIPTION_CLASSES, PERSON_AGENT_SECTORS, outside_the_state
from .tree import (SUBJECT_DEPS, comma_participle_host, is_inside, is_to_infinitive, is_turn_label,
                   misjoined_finite_verb, misparsed_finite_verb, subject_cut_into_fronted_phrase,
                   subject_joined_to_an_object, verb_ancestors)


def _aimed_at(prep: Token) -> bool:
    """'lashed out at Kinshasa', 'hit back at Z': 'at' right after a verb's particle names whom it is aimed at,
    not a place."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return prep.lower_ == "at" and before is not None and before.head.i == prep.head.i \
        and before.dep_ in ("prt", "advmod") and not list(before.children)


def _a_charge(prep: Token, charging_verbs) -> bool:
    """'accused the government of fraud / of lying': the parser hangs the charge's 'of' on the object of a verb of
    charging; an 'of' whose object is a common noun or a gerund there (no name: not 'the government of Kenya')
    leaves the object a description."""
    noun = prep.head
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return prep.dep_ == "prep" and prep.lower_ == "of" and noun.dep_ == "dobj" and \
        noun.head.lemma_.lower() in charging_verbs and obj is not None and not obj.ent_type_ \
        and obj.pos_ in ("NOUN", "VERB") and not any(c.dep_ == "det" for c in obj.children)


class Pronouns(Plans):
    """Part of :class:`kg.extract.actors.ActorFinder`: pronouns and subjects."""

    def _owns_what_is_struck(self, tok: Token) -> bool:
        """Whether a possessive pronoun ('its', 'their', not 'its own') owns the object of a verb of striking or
        seizing (rules.json struck_possessions) whose subject the clause names (a participle's is only inferred)."""
        owned = tok.head
        return tok.lower_ in ("its", "their") and owned.dep_ == "dobj" \
            and owned.head.lemma_.lower() in self.rules["struck_possessions"]["lemmas"] \
            and any(c.dep_ == "nsubj" for c in owned.head.children) \
            and not any(c.lower_ == "own" for c in owned.children)

    def _is_definite_description(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        return (tok.pos_ == "NOUN" and (lemma in self.rules["definite_descriptions"] or lemma in DESCRIPTION_CLASSES)
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                and not any(c.dep_ == "amod" and c.lower_ in self.rules["set_apart_modifiers"]["words"]
                            for c in tok.children)
                and not any(c.dep_ in ("amod", "compound", "prep", "poss", "relcl", "acl") for c in tok.children
                            if (c.dep_ != "amod" or c.ent_type_)
                            and not _a_charge(c, self.rules["own_government"]["charging_verbs"])))

    def _own_government_facing(self, tok: Token, state: str, depth: int) -> bool:
        """'Congress has partnered with us', 'we thank Congress': a statement's "we" facing a body of the author's own state (its
        legislature, an agency) is the author's administration, not the state that body acts for too."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        subject = self.find_subject(verb)
        others = [subject] + [c for c in verb.children if c.dep_ == "dobj"]
        return any(ref.cls not in ("State", "Person", "Place") and self.state_key(ref) == state
                   for other in others if other is not None and other.i != tok.i
                   and other.lower_ not in self.rules["first_person"]
                   for ref, _ in self.actors_of(other, depth + 1))

    def _subjects_above(self, tok: Token):
        """The subjects of the clauses ``tok`` stands in, nearest first (up to three verbs up), not ``tok`` itself
        nor a subject ``tok`` is part of."""
        for verb in verb_ancestors(tok, limit=3):
            subject = self.find_subject(verb)
            if subject is not None and subject.i != tok.i and not is_inside(tok, subject):
                yield subject

    def coordinated_antecedents(self, tok: Token, depth: int = 0) -> list[tuple[ActorRef, str]]:
        """'X, Y and Z announced their withdrawal', 'Peruvian and Chilean forces began their exercises': a plural
        pronoun whose clause's subject (or the subject of a clause above it) is a coordination, or has coordinated
        modifiers, stands for every conjunct; empty when there is none."""
        if tok.lower_ not in PLURAL_PRONOUNS:
            return []
        for subject in self._subjects_above(tok):
            modifiers = [c for c in subject.children if c.dep_ in ("amod", "compound", "nmod")]
            if not any(c.dep_ == "conj" for node in (subject, *modifiers) for c in node.children):
                return []
            refs = [(r, text) for r, text in self.actors_of(subject, depth + 1) if r.cls != "Person"]
            return refs if len(refs) > 1 else []
        return []

    def joint_subjects_before(self, tok: Token, depth: int = 0) -> list[tuple[ActorRef, str]]:
        """'X and Y met with doctors. They will continue to call on Z', '... They reiterated their support':
        'they' as the first subject of a sentence (or 'their', 'them' in its clause), right after a sentence
        whose main clause joins named actors as its subject, names those actors (people too, whom the
        coreference keeps from 'they'), not whoever that clause was done with; empty when there is none."""
        if tok.lower_ not in PLURAL_PRONOUNS:
            return []
        opening = tok if tok.dep_ == "nsubj" else next(iter(self._subjects_above(tok)), None)
        if opening is None or opening.lower_ != "they" or opening.dep_ != "nsubj" or opening.sent.start == 0 \
                or any(t.dep_ in SUBJECT_DEPS for t in tok.doc[opening.sent.start:opening.i]):
            return []  # "Ukraine said they ...": a subject of this sentence comes first
        before = tok.doc[opening.sent.start - 1].sent
        joint = self.find_subject(before.root) if before.root.pos_ in ("VERB", "AUX") else None
        named = [joint, *(c for c in joint.children if c.dep_ == "conj")] if joint is not None else []
        if len(named) < 2 or not all(t.pos_ == "PROPN" or t.ent_type_ for t in named):
            return []  # "repressive regimes in X, Y and Z ... They": a kind of actor, not actors named
        refs = unique_refs(self.actors_of(joint, depth + 1))
        return [(ref, tok.text) for ref, _ in refs] if len(refs) > 1 else []

    def resolve_pronoun(self, tok: Token, depth: int = 0, wants_person: bool | None = None) -> ActorRef | None:
        word = tok.lower_
        if word in self.rules["first_person"]:
            speaker = self.speaker_of(tok, depth)
            if speaker is None and self.article_speaker is not None:
                # a statement's "I" is its author; its "we" the state the author speaks for
                speaker = self.article_speaker
                state = self.state_key(speaker) if word in self.rules["first_person_plural"] else None
                if state in self.gaz and not self._own_government_facing(tok, state, depth):
                    speaker = self.gazetteer_ref(state)
            return speaker
        if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl":
            described = tok.head.head
            if described.tag_ in ("NN", "NNS") and self._names_no_actor(described) \
                    and not any(c.dep_ in ("poss", "amod") for c in described.children):
                # "50 Boeing 737 aircraft, which will support X": the thing does it, not the maker a name before it
                # names; an owner ("X's deal that eased ...") or a people's adjective ("an Israeli strike that
                # killed ...") says who acts through it
                return None
            refs = self.actors_of(described, depth + 1)
            return refs[0][0] if refs else None
        if wants_person is None:
            wants_person = word in self.rules["subject_pronouns_person"]
            if not wants_person and word not in self.rules["subject_pronouns_thing"]:
                return None
        if not wants_person and self._repeats_the_first_verbs_thing(tok):
            return None
        repeated = self._object_of_the_same_verb_before(tok) if not wants_person else None
        if repeated is not None:
            refs = self.actors_of(repeated, depth + 1)
            return refs[0][0] if refs else None
        if not wants_person and tok.tag_ == "PRP$":
            owner = self._owner_of_the_phrase_above(tok, depth)
            if owner is not None:
                return owner
        preferred = DESCRIPTION_CLASSES.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        excluded, own_subject = set(), False
        if tok.dep_ in ("dobj", "pobj", "dative") and not word.endswith(("self", "selves")):
            # "I then approached him": an object pronoun is not its own clause's subject
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            subject = self.find_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            if subject is not None and subject.i != tok.i and depth < 3:
                # "Kenyan students accused the government": their state's government is not themselves
                facing = tok.pos_ == "NOUN" and tok.lower_ in self.rules["own_government"]["nouns"]
                not_people = self.rules["people_sectors"]["not_people"]
                excluded = {r.key for r, _ in self.actors_of(subject, depth + 1)
                            if not (facing and outside_the_state(r, not_people))}
                # "X asked Y to ..., accusing it": not X, the clause's own subject, when a clause above is asked
                # too; a subject's owner may be ("Japan's constitution forbids it"), and a description may be the
                # subject's own ("students demonstrated against the government")
                own_subject = tok.pos_ == "PRON" and not any(c.dep_ == "poss" for c in subject.children)
        elif tok.dep_ == "poss" and tok.pos_ == "PRON" and depth < 3 and self._owns_what_is_struck(tok):
            # "if X enriches uranium, Y will strike its nuclear sites": one does not strike one's own sites, the
            # owner is someone named before the striker (rules.json struck_possessions; "its own sites" stays)
            subject = self.find_subject(tok.head.head)
            excluded = {r.key for r, _ in self.actors_of(subject, depth + 1)} if subject is not None else set()
            own_subject = True
        elif tok.dep_ == "nsubj" and tok.pos_ == "PRON" and depth < 3:
            # "He also invited the Prime Minister": a subject pronoun is not whom its own verb's object names
            named = [c for c in tok.head.children if c.dep_ in ("dobj", "dative") and c.pos_ != "PRON"
                     and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)]  # "his trip": maybe his
            excluded = {r.key for o in named for r, _ in self.actors_of(o, depth + 1)}
        test = (lambda r: r.key not in excluded) if excluded else None  # noqa: E731
        above = test if own_subject else None
        backed = self._backed_in_its_struggle(tok, depth) if not wants_person else None
        if backed is not None:
            return backed
        if not wants_person:
            for subject in self._subjects_above(tok):
                if word in PLURAL_PRONOUNS and subject.tag_ not in ("NNS", "NNPS") and \
                        not any(c.dep_ == "conj" for c in subject.children):
                    continue  # "Turkey said they ...": they are not Turkey
                if subject.pos_ == "PRON" and subject.lower_ in SPEAKER_PRONOUNS:
                    continue  # "we will impose sanctions on X if it invades": 'it' is never 'we'
                named = self.actors_of(subject, depth + 1)
                # "the government" is no governing clause's intergovernmental subject: a description keeps its class
                refs = [r for r, _ in named if r.cls != "Person" and (preferred is None or r.cls in preferred)
                        and (above is None or above(r))]
                if refs:
                    return refs[0]
                if word == "it" and tok.dep_ in ("nsubj", "nsubjpass") and subject.tag_ == "NN" \
                        and self._names_no_actor(subject) and not named:
                    return None  # "the world has shown that it is determined to ...": 'it' is the world, no actor
        if word == "it" and tok.dep_ in ("nsubj", "nsubjpass") \
                and (self._dummy_it(tok) or self._thing_said_before(tok)):
            return None
        if wants_person:
            kind = "person"
        elif tok.pos_ == "NOUN":
            kind = "plural" if tok.tag_ == "NNS" else "thing"  # "the rebels" / "the group"
        else:
            kind = "plural" if word in PLURAL_PRONOUNS else "thing"

        def elsewhere(span) -> bool:  # "met in Brussels": where something happened, not who is talked about
            root = span.root
            return not wants_person and root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near") \
                and not _aimed_at(root.head)

        as_subject = tok.dep_ not in ("dobj", "pobj", "dative")
        ref = self.coref.antecedent(tok, kind, classes=preferred, skip=elsewhere, test=test, prefer_subject=as_subject)
        if ref is None and preferred is not None:
            ref = self.coref.antecedent(tok, kind, skip=elsewhere, test=test, prefer_subject=as_subject)
        if ref is None and wants_person and tok.pos_ == "PRON":
            ref = self._described_person_above(tok, depth)
            if ref is None and not as_subject:
                ref = self._described_person_before(tok, depth, test)
        return ref

    @staticmethod
    def _dummy_it(tok: Token) -> bool:
        """'it is the policy of my Administration to assist ...', 'it's to fight X', 'it was noted that ...': a
        subject 'it' whose clause puts its content in an infinitive or a 'that' clause after the verb stands for
        nothing before it."""
        verb = tok.head
        if verb.lemma_ != "be" and not (tok.dep_ == "nsubjpass" and verb.tag_ == "VBN"):
            return False
        clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl", "csubj") and c.i > verb.i]
        clauses += [a for c in verb.children if c.dep_ == "attr" for a in c.children if a.dep_ == "acl"]
        return any(is_to_infinitive(c) or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                   for c in clauses)

    def _thing_said_before(self, tok: Token) -> bool:
        """'Violence is destructive. It has no place in ...', 'Diego Garcia is the site of a facility. It
        enables ...': a subject 'it' that opens its sentence (no actor named before it there) takes up the
        previous sentence's subject when that is a thing, a common noun that names no actor, not an actor named
        further back."""
        if tok.sent.start == 0 or any(t.i in self.by_token for t in tok.doc[tok.sent.start:tok.i]):
            return False
        before = tok.doc[tok.sent.start - 1].sent
        subject = self.find_subject(before.root) if before.root.pos_ in ("VERB", "AUX") else None
        return subject is not None and subject.tag_ == "NN" and self._names_no_actor(subject)

    def _backed_in_its_struggle(self, tok: Token, depth: int) -> ActorRef | None:
        """'support for Ukraine as it fights X' (rules.json backed_in_its_struggle): the subject pronoun of an 'as'
        or 'while' clause hung on an act of backing is the one backed; None when the clause is not such."""
        rule = self.rules["backed_in_its_struggle"]
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.lemma_.lower() in rule["pro_verbs"] \
                or not any(c.dep_ == "mark" and c.lower_ in rule["marks"] for c in clause.children):
            return None
        backing = [n for n in (clause.head, *(c for c in clause.head.children if c.dep_ == "dobj"))
                   if n.lemma_.lower() in rule["lemmas"]]
        backed = [o for n in backing for p in n.children if p.dep_ == "prep" and p.lower_ in rule["preps"]
                  for o in p.children if o.dep_ == "pobj"]
        backed += [c for c in clause.head.children if c.dep_ == "dobj" and clause.head.lemma_.lower() in rule["lemmas"]]
        refs = [r for o in backed for r, _ in self.actors_of(o, depth + 1) if r.cls not in ("Person", "Place")]
        return refs[0] if refs else None

    def _is_office(self, noun: Token) -> bool:
        """'the ambassador', 'the ICC prosecutor': one person named by their office, a role noun or an agent noun
        of a state's officials in the Phoenix agents dictionary (a judge, a prosecutor, a police officer)."""
        if noun.pos_ != "NOUN" or noun.tag_ != "NN":
            return False
        lemma = noun.lemma_.lower()
        agent = self.gaz.agents.get(lemma)
        return lemma in self.role_nouns or (agent is not None and agent.sector in PERSON_AGENT_SECTORS)

    def _described_person_above(self, tok: Token, depth: int) -> ActorRef | None:
        """"Canada's prime minister said he would ...": a person named by their office alone (which resolves to
        the state or body they act for) is who 'he' or 'she' in what they said is."""
        for subject in self._subjects_above(tok):
            if self._is_office(subject):
                refs = self.actors_of(subject, depth + 1)
                if refs:
                    return refs[0][0]
        return None

    def _described_person_before(self, tok: Token, depth: int, test) -> ActorRef | None:
        """"expelled the German ambassador, accusing him of ...": an object 'him' or 'her' with no named person
        before it is the nearest person named by their office earlier in its sentence, unless that is its own
        clause's subject."""
        for noun in reversed(tok.sent[:tok.i - tok.sent.start]):
            if self._is_office(noun):
                refs = [r for r, _ in self.actors_of(noun, depth + 1) if test is None or test(r)]
                return refs[0] if refs else None
        return None

    def _owner_of_the_phrase_above(self, tok: Token, depth: int) -> ActorRef | None:
        """'X's leadership, including its support for Y': a possessive pronoun in a phrase that hangs (by a
        preposition, an apposition or a conjunction) on a noun a name owns takes up that owner, the nearest
        one, before the subject of the clause."""
        node = tok.head
        while node.dep_ in ("pobj", "appos", "conj") and node.head.i != node.i:
            node = node.head.head if node.dep_ == "pobj" and node.head.dep_ == "prep" else node.head
            if node.pos_ not in ("NOUN", "PROPN"):
                return None
            poss = named_owner(node)
            if poss is not None:
                refs = [r for r, _ in self.actors_of(poss, depth + 1) if r.cls != "Person"]
                return refs[0] if refs else None
        return None

    def speaker_of(self, tok: Token, depth: int = 0) -> ActorRef | None:
        """The actor whose words contain ``tok``: the subject of the reporting verb above it."""
        reporting = set(self.rules["reporting_verbs"]) - {"be"}
        node = tok
        while node.head.i != node.i:
            parent = node.head
            if parent.lemma_.lower() in reporting and node.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "conj", "dep"):
                subject = self.find_subject(parent)
                if subject is not None and subject.lower_ not in self.rules["first_person"]:
                    refs = self.actors_of(subject, depth + 1)
                    if refs:
                        return refs[0][0]
            node = parent
        # a quotation closed by "..., X said." parses with the reporting verb as the root
        root = tok.sent.root
        if root.lemma_.lower() in reporting and tok.i < root.i:
            subject = self.find_subject(root)
            if subject is not None and subject.i > tok.i and subject.lower_ not in self.rules["first_person"]:
                refs = self.actors_of(subject, depth + 1)
                if refs:
                    return refs[0][0]
        return None

    def find_subject(self, verb: Token, _depth: int = 0) -> Token | None:
        """The token that acts as subject of ``verb``, following control, coordination and participles."""
        if _depth > 5:
            return None
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not is_turn_label(c)]
        if len(subjects) > 1 and _modifier_cut_off_its_name(subjects[0], subjects[1]):
            return subjects[1]
        if subjects:
            return subjects[0]
        stray = subject_cut_into_fronted_phrase(verb) if verb.pos_ == "VERB" else None
        if stray is not None:
            return stray
        joined = subject_joined_to_an_object(verb)
        if joined is not None:
            return joined
        head = verb.head
        if head.i == verb.i:
            return None
        if verb.dep_ == "advcl" and head.pos_ == "VERB" and head.lemma_.lower() in self.rules["prompted_reactions"]["verbs"] \
                and is_to_infinitive(verb):
            # "prompting officials in X to threaten ...": the parser makes the infinitive an adverbial clause (of a
            # verb of causing, whose infinitive happened; not of a directive's: "directs X to share ...")
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        if verb.dep_ == "advcl" and head.pos_ == "VERB" and head.lemma_.lower() in self.rules["rallying_verbs"]["lemmas"] \
                and is_to_infinitive(verb):
            rallied = next((c for c in head.children if c.dep_ == "dobj"), None)
            if rallied is not None:
                return rallied  # "will rally the international community to increase support": the community does
        if verb.dep_ in ("xcomp", "advcl") and head.pos_ == "VERB" \
                and head.lemma_.lower() in self.rules["object_control_verbs"] \
                and is_to_infinitive(verb) \
                and not any(c.dep_ in ("dobj", "nsubjpass") for c in head.children):
            # "called on Nicaragua to free ...": the one called on does what the infinitive says
            asked = next((o for p in head.children if p.dep_ == "prep" and p.lower_ in ("on", "upon") and p.i < verb.i
                          for o in p.children if o.dep_ == "pobj"), None)
            if asked is not None:
                return asked
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ":
            # "Israel was prepared to launch ...": the parser makes the adjective the root, with the subject its own
            own = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
            if own is not None:
                return own
        if verb.dep_ in ("xcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
            if verb.dep_ == "xcomp" and head.lemma_.lower() in self.rules["object_control_verbs"]:
                obj = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
                if obj is not None:
                    return obj
            if verb.dep_ == "xcomp" or is_to_infinitive(verb):
                return self.find_subject(head, _depth + 1)
            return None
        if verb.dep_ == "acomp" and verb.tag_ == "VBN" and head.lemma_.lower() == "be" \
                and any(c.dep_ == "xcomp" and is_to_infinitive(c) for c in verb.children):
            # "Russian forces are positioned to attack X": a participle with an infinitive the parser takes for the
            # copula's complement has the copula's subject (as 'Russia is positioned', parsed as a passive, has its
            # own); not 'stand united with X' (no infinitive) nor 'becomes compromised' (no copula)
            return self.find_subject(head, _depth + 1)
        if verb.dep_ == "conj":
            if verb.tag_ == "VBG" and head.pos_ == "ADJ" and head.dep_ in ("ccomp", "xcomp", "oprd") \
                    and head.head.tag_ == "VBG":
                # "holding X accountable and supporting Y": the small model joins the second gerund to the
                # first one's adjective, whose subject is the one held; both gerunds are the same doer's
                return self.find_subject(head.head, _depth + 1)
            finite = misjoined_finite_verb(verb)
            return self.find_subject(finite if finite is not None else head, _depth + 1)
        if verb.dep_ == "attr" and verb.tag_ == "VBG" and head.lemma_.lower() == "be":
            # "Qatar is mediating between X and Y": a progressive the parser took for the copula's attribute
            return self.find_subject(head, _depth + 1)
        if verb.dep_ == "relcl":
            return head
        if verb.dep_ == "pcomp" and head.head.pos_ == "NOUN":
            # "Italy's partnership in supporting X": the noun's owner does it
            owner = named_owner(head.head)
            if owner is not None:
                return owner
        credited = self._credited_doer(verb)
        if credited is not None:
            return credited
        if verb.dep_ == "pcomp" and head.head.pos_ == "VERB" and (head.lower_ in ("of", "for", "against") or (
                head.lower_ == "from" and head.head.lemma_.lower() in self.rules["prevented_from"]["lemmas"])):
            # "accused the US of sending ...", "blamed Kyiv for shelling ...", "warned the West against sending
            # ...", "deter countries from supporting ...": the object does the act
            obj = next((c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if obj is not None:
                return obj
        if verb.dep_ == "acl" and head.lemma_.lower() in self.rules["directive_nouns"]["nouns"] \
                and head.dep_ == "dobj" and is_to_infinitive(verb):
            dative = next((c for c in head.head.children if c.dep_ == "dative"), None)
            if dative is not None:
                return dative  # "gave Armenia an ultimatum to withdraw": Armenia is to withdraw
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and \
                is_to_infinitive(verb):
            # "India's decision to lift the ban", "a plan by Egypt to send troops": the noun's owner does the act,
            # not whoever welcomes or condemns the noun
            said, doer = self._doer_of_plan(head, _depth)
            if said:
                return doer
        plan = self._plan_before(verb)
        if plan is not None:
            # "France foiled a plot to kill X", "charged in a plot to kill X": the parser hangs the infinitive
            # of the plan on the verb
            said, doer = self._doer_of_plan(plan, _depth)
            if said:
                return doer
        if verb.dep_ == "acl" and (
                head.i in self.by_token or head.lemma_.lower() in self.group_nouns):
            return head
        if misparsed_finite_verb(verb):
            return head  # "Israeli air strikes killed at least 30 people": the sentence's noun is its subject
        host = comma_participle_host(verb)
        if host is not None:
            return self.find_subject(host, _depth + 1)
        if verb.dep_ in ("advcl", "pcomp", "csubj", "dep", "xcomp", "npadvmod", "conj", "acl", "prep", "pobj"):
            for ancestor in verb_ancestors(verb, limit=2):
                subject = self.find_subject(ancestor, _depth + 1)
                if subject is not None and not is_inside(verb, subject):
                    return subject
        return None

    def _repeats_the_first_verbs_thing(self, tok: Token) -> bool:
        """'deepen its relationship with X and deepen it further', 'review the rules and revise them': the object
        pronoun of a joined verb stands for the first verb's object when that is a thing no actor is named by."""
        verb = tok.head
        if tok.dep_ != "dobj" or tok.pos_ != "PRON" or verb.dep_ != "conj":
            return False
        first_verb = verb.head
        first = next((c for c in first_verb.children if c.dep_ == "dobj"), None)
        if first is None:  # "will continue to deepen X and deepen it": the object of the verb continued
            inner = next((c for c in first_verb.children if c.dep_ == "xcomp"), None)
            first = next((c for c in inner.children if c.dep_ == "dobj"), None) if inner is not None else None
        plural = tok.lower_ in PLURAL_PRONOUNS
        return first is not None and first.pos_ == "NOUN" and (first.tag_ == "NNS") == plural \
            and self._names_no_actor(first)

    @staticmethod
    def _object_of_the_same_verb_before(tok: Token) -> Token | None:
        """'I have asked this group of allies to condemn X. And I've also asked them to join ...': the object
        pronoun of a verb the sentence before used with a named object stands for that object, actor or not."""
        verb = tok.head
        if tok.dep_ != "dobj" or tok.pos_ != "PRON" or verb.pos_ != "VERB" or tok.sent.start == 0:
            return None
        before = tok.doc[tok.sent.start - 1].sent
        objects = [o for v in before if v.pos_ == "VERB" and v.lemma_ == verb.lemma_
                   for o in v.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")]
        plural = tok.lower_ in PLURAL_PRONOUNS
        return next((o for o in objects if plural or o.tag_ not in ("NNS", "NNPS")), None)

    def _names_no_actor(self, noun: Token) -> bool:
        """Whether ``noun`` is a thing: no mention of an actor, nor a group or role noun that can name one."""
        lemma = noun.lemma_.lower()
        return noun.i not in self.by_token and lemma not in self.group_nouns and lemma not in self.role_nouns

    def _credited_doer(self, verb: Token) -> Token | None:
        """'thanked X for Canada's partnership in providing aid', 'praised Poland for hosting refugees and for
        sending tanks': the deed a verb of thanks or praise (rules.json credited_deeds) credits is done by the
        one praised, the owner of its 'for' phrase, when the parser hangs the gerund's 'in' on the verb or
        joins a second 'for' to the first, and in the deeds listed after 'including' ('thanked X for Y's support,
        including imposing sanctions')."""
        prep = verb.head
        if verb.dep_ != "pcomp" or prep.dep_ not in ("prep", "conj"):
            return None
        while prep.dep_ == "conj" and prep.head.dep_ == "prep":
            prep = prep.head  # "for hosting ... and for sending": the first 'for'
        praise = prep.head
        rule = self.rules["credited_deeds"]
        if prep.lower_ not in rule["preps"] or not (
                praise.pos_ == "VERB" and praise.lemma_.lower() in rule["verbs"]
                or praise.pos_ == "ADJ" and praise.lemma_.lower() in rule["adjectives"]):
            return None
        owners = [named_owner(o) for p in praise.children if p.dep_ == "prep" and p.lower_ == "for"
                  for o in p.children if o.dep_ == "pobj"]
        return next((o for o in owners if o is not None), None) or (
            next((c for c in praise.children if c.dep_ == "dobj"), None) if verb.head is not prep else None)


def _modifier_cut_off_its_name(first: Token, second: Token) -> bool:
    """'Sudan's paramilitary Rapid Support Forces shelled ...': the small model makes the common noun before a name
    a subject of its own; the name right after it, with nothing between, is the subject."""
    return not first.ent_type_ and first.pos_ in ("NOUN", "ADJ") and bool(second.ent_type_) and \
        second.left_edge.i == first.i + 1
