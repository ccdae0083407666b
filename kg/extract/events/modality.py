"""Modality and irrealis: whether an event is said to have happened, or is negated, conditional,
hypothetical, intended, possible, or only the content of what someone alleges, demands or must do."""
from __future__ import annotations

from spacy.tokens import Token

from ..actors.tree import (child_of, comma_participle_host, commented_clause, is_to_infinitive, leading_verb,
                          misjoined_finite_verb)
from .sentences import _text
from .tokens import (_child, _dates_only, _lemma, _lemmas, _object_gap, _pos, _prep_objects, _standing_amount,
                     _word, is_for_to_clause, reports_content_before_it)

__all__ = ["Modality"]


class Modality:
    """Mixin of the extractor: needs ``rules`` and ``speech_act_lemmas``."""

    def is_reported_content(self, tok: Token) -> bool:
        """Inside what someone alleges, denies or demands ('accused the US of building up ...'): content, not fact."""
        if self.is_performative(tok) or self._kept_commitment(tok):
            return False  # "I want to thank X": said and done, not the content of a demand
        node, clausal = tok, False
        for _ in range(6):
            host = comma_participle_host(node) or misjoined_finite_verb(node)
            if host is not None:  # "ordered X to leave, accusing Y": the orderer's own words, not what was ordered;
                node, clausal = host, False  # "accused X of sending ... and detained Y": the accuser's own act
            if node.dep_ in ("acl", "relcl") and commented_clause(
                    node.head, self.rules["clause_comment_nouns"]["nouns"]) is not None:
                return False  # "ordered X to close its office, a move Z condemned": Z's reaction, no content of it
            if node.head.i == node.i:
                return False
            if node.dep_ == "ccomp" and (_fronted_main_clause(node) or reports_content_before_it(
                    node.head, self.rules["reporting_verbs"])):
                return False  # the sentence's own assertion, or a report of it told before its speaker
            if node.dep_ == "relcl" and _lemma(node) in self.speech_act_lemmas \
                    and _lemma(node.head) in self.speech_act_lemmas and _object_gap(node):
                return False  # "a charge Z denied": the answer to the speech act, not what it says
            clausal |= node.dep_ in ("ccomp", "xcomp", "pcomp", "acl") or node.dep_ == "relcl" \
                and not self._standing_accusation(node)
            below, node = node, node.head
            # "the general whom X accused denied ...": what describes a speech act's speaker is not its content
            if below.dep_ == "xcomp" and self.order_to_own_forces(node) == below:
                return False  # "ordered its troops to withdraw": the orderer's own act, not what it asked of others
            if clausal and _lemma(node) in self.speech_act_lemmas and below.dep_ != "nsubj":
                return True
        return False

    def describes_a_role(self, tok: Token) -> bool:
        """'a body of experts that monitors ...', 'an office which consults with ...': a relative clause in the
        simple present says what its noun does as a rule (its job), not that something happened; so does the
        simple present with an adverb of frequency ('she always pushes me to ...', rules.json habitual_adverbs).
        A nominal trigger describes a role with the verb that governs it ('a charity which provides support to
        veterans'), and a verb coordinated without a subject of its own with the verb it follows ('a body
        that trains and supports ...'). A simple-present 'when' clause says what holds each time
        (:meth:`_in_generic_clause`)."""
        if self._states_a_proposition(tok) or self._does_a_job(tok) or self._states_a_norm(tok) \
                or self._field_of_work(tok) or self._in_a_past_post(tok):
            return True
        capacities, using = self.rules["capacity_nouns"]["words"], self.rules["capacity_nouns"]["used_by"]
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in capacities and is_to_infinitive(tok) \
                and not (tok.head.dep_ == "dobj" and _lemma(tok.head.head) in using):
            return True  # "the ability to monitor ...": a power, not a deed ("used its power to block X" is done)
        if tok.dep_ in ("xcomp", "advcl") and is_to_infinitive(tok) and _lemma(tok.head) not in using and any(
                n.lemma_.lower() in capacities and n.i < tok.i for c in tok.head.children if c.dep_ == "dobj"
                for n in [c, *_prep_objects(c, "of")]):
            # "supporting the rights of X to protest", "feeling a sense of duty to aid him": the small model hangs
            # the noun's infinitive on the verb
            return True
        if _pos(tok) == "NOUN":
            if tok.dep_ == "dobj":
                tok = tok.head
            elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
                tok = tok.head.head
            else:
                return False
            if tok.pos_ not in ("VERB", "AUX"):
                return False
        while tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and tok.tag_ == tok.head.tag_ \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            tok = tok.head
        if self._in_generic_clause(tok):
            return True
        if tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
            return False
        if tok.tag_ == "VBP" and _lemma(tok) in self.rules["encounter_verbs"]["words"] and any(
                c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children):
            return True  # "I meet their service members": a habit of the speaker's
        if self._standing_accusation(tok):
            return False  # "North Korea, which Seoul accuses of ...": Seoul's accusation of an actor, which stands
        return tok.dep_ == "relcl" or any(self._says_how_often(c) for c in tok.children)

    def _says_how_often(self, tok: Token) -> bool:
        """'always', 'regularly'; 'every day', 'each year' (rules.json habitual_adverbs)."""
        habitual = self.rules["habitual_adverbs"]
        if tok.dep_ == "advmod":
            return tok.lower_ in habitual["words"]
        return tok.dep_ == "npadvmod" and any(d.dep_ == "det" and d.lower_ in habitual["frequency_determiners"]
                                              for d in tok.children)

    def _in_a_past_post(self, tok: Token) -> bool:
        """'In this position, she collaborated with ...', 'In her previous role, he negotiated ...', 'During his
        tenure, she worked with ...': a clause framed by a post someone held (rules.json career_frames) tells a
        career, not an event of a day."""
        rule = self.rules["career_frames"]
        clause = tok.head if _pos(tok) == "NOUN" and tok.dep_ in ("dobj", "pobj") else tok
        clause = clause.head if clause.dep_ == "pobj" else clause
        while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head
        for prep in clause.children:
            if prep.dep_ != "prep" or prep.lower_ not in rule["preps"]:
                continue
            for post in prep.children:
                if post.dep_ == "pobj" and post.lemma_.lower() in rule["nouns"] and any(
                        (d.dep_ == "det" and d.lower_ in rule["determiners"])
                        or (d.dep_ == "amod" and d.lower_ in rule["earlier"])
                        or (d.dep_ == "poss" and prep.lower_ == "during") for d in post.children):
                    return True
        return False

    def _kept_from(self, tok: Token) -> bool:
        """'deter countries from supporting X', 'prevented Iran from acquiring Y': the gerund after 'from' of a
        verb of prevention with an object (rules.json prevented_from) is what the object is kept from doing."""
        return tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.pos_ == "VERB" \
            and _lemma(tok.head.head) in self.rules["prevented_from"]["lemmas"] \
            and any(c.dep_ == "dobj" for c in tok.head.head.children)

    def _field_of_work(self, tok: Token) -> bool:
        """'Previously, she focused on supporting efforts to ...', 'a lawyer who specialized in defending
        dissidents': the gerund after a verb of attention (rules.json work_fields) names the field someone
        worked in, not an act done at a time; so is what the gerund's object is for ('supporting efforts to
        help X')."""
        rule = self.rules["work_fields"]
        node = tok
        for _ in range(5):
            if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ in rule["preps"] \
                    and _lemma(node.head.head) in rule["lemmas"]:
                return True
            if node.head.i == node.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                return False
            node = node.head
        return False

    def _standing_accusation(self, tok: Token) -> bool:
        """'North Korea, which Seoul accuses of jamming signals': a relative clause of accusing (rules.json
        standing_accusations) with a subject of its own, about a named actor, is that subject's accusation,
        neither a role of the noun's nor content of the clause the noun stands in."""
        return tok.dep_ == "relcl" and _lemma(tok) in self.rules["standing_accusations"]["lemmas"] \
            and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") and (c.ent_type_ or c.pos_ == "PROPN")
                    for c in tok.children) \
            and bool(self.actors.actors_of(tok.head))

    def _states_a_proposition(self, tok: Token) -> bool:
        """'the timeless truth that America will never retreat': the content clause of a noun of belief
        (rules.json proposition_nouns) states a principle held, not an event."""
        return tok.dep_ in ("relcl", "acl") and tok.head.lemma_.lower() in self.rules["proposition_nouns"]["words"] \
            and any(c.lower_ == "that" and c.dep_ in ("mark", "dobj", "nsubj") for c in tok.children)

    def _states_a_norm(self, tok: Token) -> bool:
        """'we don't ban books', 'Russia cannot seize another country's land': the present negated with 'do' or
        'can' on a generic object (a bare plural, or 'another' / 'any' one) states a norm or a principle, not
        that an event failed to happen (rules.json norm_statement)."""
        rule = self.rules["norm_statement"]
        auxes = [c for c in tok.children if c.dep_ == "aux"]
        if not any(c.dep_ == "neg" for c in tok.children) or not auxes \
                or any(_word(a) not in rule["auxiliaries"] for a in auxes):
            return False
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        return any((o.tag_ == "NNS" and not any(d.dep_ in ("det", "poss", "nummod", "compound") for d in o.children))
                   or any(d.dep_ == "det" and d.lower_ in rule["generic_determiners"] for d in o.children)
                   for o in objects)

    def _does_a_job(self, tok: Token) -> bool:
        """'Jane Roe, our Nurse of the Year, helps patients find ...': a named person's simple present with a
        bare plural of people as the one acted on says what the person does in a job, as a rule
        (rules.json habitual_job)."""
        if tok.tag_ != "VBZ" or any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
            return False
        if not any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in tok.children):
            return False
        acted_on = [c for c in tok.children if c.dep_ in ("dobj", "dative")] + [
            g for c in tok.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
        return any(o.tag_ == "NNS" and o.lemma_.lower() in self.rules["habitual_job"]["words"]
                   and not any(d.dep_ in ("det", "poss", "nummod") for d in o.children) for o in acted_on)

    def _in_generic_clause(self, tok: Token) -> bool:
        """'when we take action to help refugees, ...': the event, or the clause whose infinitive it is, in a
        simple-present clause opened by 'when' / 'whenever' (rules.json generic_clause_marks) holds each time."""
        clause = tok
        while clause.dep_ in ("xcomp", "advcl") and clause.tag_ == "VB" and clause.head.i != clause.i \
                and is_to_infinitive(clause):
            clause = clause.head  # "to help": the clause it is the aim of
        if clause.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
            return False
        if clause.dep_ not in ("advcl", "ROOT"):
            return False
        marks = self.rules["generic_clause_marks"]["words"]
        if not any(c.dep_ in ("advmod", "mark") and c.lower_ in marks and c.i < clause.i for c in clause.children):
            return False
        # "when Xi visits next week, they will sign ...": a when-clause of an announced event dates it
        return clause.dep_ == "ROOT" or not any(c.dep_ == "aux" for c in clause.head.children)

    def _kept_commitment(self, tok: Token) -> bool:
        """'refused to back down from its threat', 'followed through on its promise': the commitment was made;
        what the verb of keeping (rules.json keeping_verbs) says is whether it is kept."""
        keeping = self.rules["keeping_verbs"]
        return tok.dep_ == "pobj" and tok.head.lower_ in keeping["preps"] and _lemma(tok.head.head) in keeping["lemmas"]

    def under_obligation(self, tok: Token) -> bool:
        """'Iraq must cooperate': what someone must do has not happened; the demand is the event."""
        must = set(self.rules["obligation_auxiliaries"])
        node = tok
        for _ in range(4):
            if any(c.dep_ == "aux" and _word(c) in must for c in node.children):
                return True
            if node.dep_ not in ("xcomp", "acomp", "conj") or node.head.i == node.i:
                return False
            node = node.head
        return False

    @staticmethod
    def _condition_scope(tok: Token) -> list[Token]:
        """Where a condition on ``tok`` may hang: on it, its complements ("threatened to strike unless X
        ..."), or up to three heads above it."""
        return [tok, *(c for c in tok.children if c.dep_ == "xcomp"), *list(tok.ancestors)[:3]]

    def _has_condition_mark(self, clause: Token) -> bool:
        """'if X attacks', and the inverted condition: 'had X attacked Y', 'should X invade', 'were X to attack'
        (an auxiliary opening the clause before its subject: rules.json inverted_conditions)."""
        if any(m.dep_ == "mark" and m.lower_ in self.rules["condition_markers"] for m in clause.children):
            return True
        subject = _child(clause, "nsubj", "nsubjpass")
        inverted = self.rules["inverted_conditions"]["auxiliaries"]
        # ('Were X to attack Y': the parser makes the auxiliary the clause's head)
        return subject is not None and any(
            c.lower_ in inverted and c.i == clause.left_edge.i and c.i < subject.i
            for c in [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))])

    def _is_condition_clause(self, tok: Token) -> bool:
        return tok.dep_ == "advcl" and (self._has_condition_mark(tok) or tok.lower_ in self.rules["condition_verbs"]["words"])

    def _inside_a_condition(self, tok: Token) -> bool:
        """'if Athens expels its diplomats', 'if X sends troops to attack Y': an act that heads a condition clause,
        or stands within one, is supposed with it; not one told in an 'as' clause inside it ('if X supplies Y as
        it wages war on Z'), which states what is going on."""
        for node in [tok, *tok.ancestors]:
            if self._is_condition_clause(node):
                return True
            if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in node.children):
                return False
        return False

    def condition_of(self, tok: Token) -> str | None:
        for node in self._condition_scope(tok):
            for child in node.children:
                if self._is_condition_clause(child) and not child.is_ancestor(tok):
                    return _text(child)  # (a condition clause tok stands in is what is supposed, no condition on it)
                if child.dep_ == "prep" and " ".join(t.lower_ for t in child.subtree).startswith(
                        tuple(self.rules["condition_phrases"])):
                    return _text(child)
            if node.dep_ in ("ccomp",):
                break
        return None

    def _announced(self, tok: Token) -> bool:
        aux = {_word(c) for c in tok.children if c.dep_ == "aux"}
        if aux & (set(self.rules["future_auxiliaries"]) | set(self.rules["hypothetical_auxiliaries"])):
            return True
        head = tok.head
        return tok.dep_ == "xcomp" and head.lemma_.lower() in ("vow", "pledge", "promise", "threaten", "warn")

    def modality_of(self, tok: Token, _depth: int = 0) -> tuple[str, bool, str | None]:
        chain, controllers = [tok], []
        node = tok
        while not self._kept_commitment(tok) and node.head.i != node.i and len(chain) < 6 and (
                node.dep_ in ("xcomp", "dobj", "pobj", "prep", "pcomp", "acl")
                or (node.dep_ == "ccomp" and _lemma(node.head) in self.rules["causative_verbs"]["words"])):
            if node.dep_ == "xcomp":  # "vowed to ...", "refused to ...": the verb that controls the event
                controllers.append(node.head)
            elif node.dep_ == "prep" and node.lower_ == "to" and node.head.pos_ in ("VERB", "ADJ") \
                    and any(c.dep_ == "pcomp" for c in node.children):
                controllers.append(node.head)  # "committed to expanding ...": a gerund after 'to' is intended too
            elif node.dep_ == "prep" and node.head.pos_ == "VERB" and _dates_only(node) \
                    and any(c.dep_ == "pcomp" for c in node.children):
                controllers.append(node.head)  # "proposed on Monday holding talks": the gerund is the verb's own
            node = node.head
            chain.append(node)
        lead = leading_verb(node) if _depth < 4 else None
        if lead is not None:
            # "committed to strengthening X and expanding Y", "will strengthen X, cooperating with Y": a verb with
            # no subject or auxiliary of its own (and a noun it governs) is said as the verb it goes with is, its
            # negation aside ("did not withdraw, blaming X" blames)
            shared = self.modality_of(lead, _depth + 1)
            if shared[0] not in ("Asserted", "Negated"):
                return shared
        if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ":  # "is willing to withdraw", "prepared to lift"
            controllers.append(tok.head)
        given = self._owned_by_another(tok, chain)
        if given:
            chain, controllers = [tok], []
        if not given and _pos(tok) == "NOUN" and node.dep_ in ("nsubj", "nsubjpass") and node.head.i != node.i:
            chain.append(node.head)  # "an invasion would bring ...": the noun's clause carries its modality
        negated = any(c.dep_ == "neg" for n in chain for c in n.children)
        negated |= any(self.negated_by_word(n) for n in chain)  # "offers nothing", "no country has agreed"
        negated |= any(n.lemma_.lower() in self.rules["refusal_verbs"] for n in controllers)
        not_yet = self.rules["not_yet"]  # "has yet to release X": not done
        negated |= any(_lemma(n) in not_yet["lemmas"] and any(c.dep_ == "advmod" and c.lower_ in not_yet["adverbs"]
                                                             for c in n.children) for n in controllers)
        # "has stopped cooperating with X", "halted shelling": what is ended does not go on (rules.json ending_verbs)
        negated |= self.stopped(tok)
        negated |= self._avoided(chain)
        # "won't act now to fund X", "did not send troops to attack X": the aim of what was not done is not done
        negated |= any(n.dep_ == "advcl" and is_to_infinitive(n) and any(c.dep_ == "neg" for c in n.head.children)
                       and not any(c.dep_ in ("nsubj", "nsubjpass") for c in n.children) for n in chain)
        condition = self.condition_of(tok)
        aux = {_word(c) for n in chain for c in n.children if c.dep_ == "aux"}
        if tok.dep_ == "advcl" and self._restates_its_head(tok):
            # "will travel to Tokyo to meet X": the aim that says what the trip is shares the trip's tense
            aux |= {_word(c) for c in tok.head.children if c.dep_ == "aux" and _word(c) != "to"}
        if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children):
            # a coordinated verb does not share its head's negation ("did not attack but withdrew"), but a
            # disjunction does: "will not sanction X or threaten Y" denies both
            negated |= any(c.dep_ == "neg" for c in tok.head.children) and any(
                c.dep_ == "cc" and c.lower_ in ("or", "nor") and tok.head.i < c.i < tok.i for c in tok.head.children)
        # (a clipped lemma too: the lemmatizer gives "hop" for "hopes")
        forms = [w for n in controllers for w in (*_lemmas(n), n.lower_)]
        intended = any(w in self.rules["intention_verbs"] for w in forms)
        # "ready / poised to attack", "reluctant to attack": a disposition towards the act, not the act
        disposed = any(w in self.rules["readiness_words"] or w in self.rules["reluctance_words"]["lemmas"]
                       for w in forms)
        deliberated = any(w in self.rules["deliberation_verbs"]["lemmas"] for w in forms)
        # ("expect Russia to launch an offensive": a noun is directed as the verb its chain ends at is)
        directed = self._directed(tok, controllers) or (node is not tok and self._directed(node, controllers))
        forecast = any(_lemma(n) in self.rules["forecast_passives"]["lemmas"] and
                       any(c.dep_ in ("auxpass", "nsubjpass") for c in n.children) for n in controllers)
        if negated:
            return "Negated", True, condition
        if self.is_performative(tok):
            return "Asserted", False, None
        warned = self.rules["warned_against"]["lemmas"]
        if any(n.dep_ == "pcomp" and n.head.lower_ == "against" and _lemma(n.head.head) in warned for n in chain):
            return "Hypothetical", False, None  # "warned the West against sending troops": not done
        if any(self._kept_from(n) for n in chain):
            return "Hypothetical", False, None  # "to deter countries from supporting X": what they are kept from
        prospect = self._prospect_of(chain)
        if prospect:
            return prospect, False, None  # "its threat of an invasion", "an offer of talks": not what happened
        if self._supposed_event_noun(tok) or any(
                n.dep_ == "ccomp" and _lemma(n.head) in self.rules["supposition_verbs"]["lemmas"] for n in chain):
            # "any attack on X", "in response to a further invasion", "assumed they were going to X"
            return "Hypothetical", False, None
        if self._inside_a_condition(tok):
            return "Hypothetical", False, None  # "... if Athens expels its diplomats": the condition is supposed
        counterfactual = self.rules["counterfactual"]
        if aux & set(counterfactual["modals"]) and aux & set(counterfactual["perfect"]) \
                and any(n.tag_ == "VBN" for n in chain if n is tok or n.pos_ in ("VERB", "AUX")):
            return "Hypothetical", False, None  # "would have attacked X", "could have stopped it": it did not happen,
            # under a condition too ("had X attacked Y, Z would have attacked X")
        if condition:
            return "Conditional", False, condition
        if (self._is_question(tok) and not self._presupposed(tok)) or disposed or self._responded_to_in_irrealis(tok) \
                or _asked_whether(chain):
            # "Will Moscow attack?", "forces positioned to attack": nothing is said to have happened
            return "Hypothetical", False, None
        if deliberated:
            return "Possible", False, None  # "is considering expelling X": as 'may expel X'
        if directed or forecast or any(is_for_to_clause(n) or self._mandated(n) or self._rallied(n) for n in chain):
            # "told Serbia to withdraw", "called for Serbia to withdraw", "it is vital for Serbia to withdraw": asked
            # of Serbia; "Biden is expected to meet Xi": others' forecast
            return "Hypothetical", False, None
        hypothetical = aux & set(self.rules["hypothetical_auxiliaries"])
        supposed = _pos(tok) == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass")  # "an invasion would ..."
        if hypothetical and (supposed or not self._reported_future(tok, chain)):
            return "Hypothetical", False, None  # "a further invasion would bring ..."
        if aux & set(self.rules["future_auxiliaries"]) or hypothetical or intended or self._is_purpose(tok, chain):
            return "Future", False, None
        if aux & set(self.rules["possibility_auxiliaries"]) or self._permitted(tok):
            return "Possible", False, None
        restated = next((c.head for c in chain if _pos(c) == "VERB" and is_to_infinitive(c) and self._restates_its_head(c)),
                        None)
        if restated is not None and _depth < 3:
            # "intends to provide aid to help X", "will travel to X to meet Y": an aim that restates its act is said
            # as that act is
            modality = self.modality_of(restated, _depth + 1)[0]
            if modality in ("Future", "Hypothetical", "Possible"):
                return modality, False, None
        return "Asserted", False, None

    def _directed(self, tok: Token, controllers) -> bool:
        """'told Serbia to withdraw', 'expects China to lift the ban' (rules.json directive_verbs): the act is what
        the verb's object is told or expected to do; the parser makes it the verb's xcomp beside the object, or
        a clause of its own with the object as its subject ("expects [China to lift]")."""
        lemmas = self.rules["directive_verbs"]["lemmas"]
        if any(_lemma(n) in lemmas and any(c.dep_ in ("dobj", "dative") for c in n.children)
               and self.order_to_own_forces(n) is None for n in controllers):
            return True
        infinitive = is_to_infinitive(tok)
        if tok.dep_ in ("xcomp", "advcl") and infinitive and _lemma(tok.head) in lemmas and any(
                p.dep_ == "prep" and p.lower_ in ("on", "upon") and p.i < tok.i and _child(p, "pobj") is not None
                for p in tok.head.children):
            return True  # "called on Nicaragua to free ...": the one called on is to do it
        return tok.dep_ == "ccomp" and _lemma(tok.head) in lemmas and infinitive and \
            any(c.dep_ == "nsubj" for c in tok.children)

    def _rallied(self, clause: Token) -> bool:
        """'rally the international community to increase support': what the one rallied (the verb's object) is
        to do is asked of them (rules.json rallying_verbs), as 'told X to ...' asks it."""
        return clause.dep_ == "advcl" and _lemma(clause.head) in self.rules["rallying_verbs"]["lemmas"] \
            and is_to_infinitive(clause) and _child(clause.head, "dobj") is not None

    def _mandated(self, clause: Token) -> bool:
        """'proposed that the EU impose sanctions', 'demanded that Israel withdraw': a clause in the base or present
        form with no auxiliary, under a verb of proposing or demanding, is what is asked (rules.json
        mandative_verbs), the subjunctive the small model tags as either form."""
        rule = self.rules["mandative_verbs"]
        return clause.dep_ == "ccomp" and _lemma(clause.head) in rule["lemmas"] and clause.tag_ in rule["tags"] \
            and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)

    def _avoided(self, chain) -> bool:
        """'refrained from attacking X', 'avoided naming X', 'stopped short of imposing sanctions': an act kept
        from happening (rules.json avoidance)."""
        rule = self.rules["avoidance"]
        for n in chain:
            if n.dep_ == "xcomp" and _lemma(n.head) in rule["lemmas"]:
                return True
            particle = rule["particle_verbs"].get(_lemma(n.head))
            if n.dep_ in ("xcomp", "advcl", "ccomp") and n.tag_ == "VBG" and particle and any(
                    c.dep_ == "prt" and c.lower_ == particle and c.i == n.i - 1 for c in n.head.children) \
                    and not any(c.dep_ == "dobj" for c in n.head.children):
                # "ruled out sending troops"; the parser also hangs a participle clause on the verb as a
                # complement: "ruled out a truce, accusing X of ..." accuses all the same
                return True
            prep = n.head
            if n.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in rule["preps"] and (
                    _lemma(prep.head) in rule["lemmas"] or prep.head.lower_ in rule["short_of"]):
                return True
        return False

    def _prospect_of(self, chain) -> str | None:
        """'its threat of an invasion of X', 'an offer of talks', 'the risk of attacking X': an event that is the
        'of' / 'for' / 'to' complement of a noun of threat, risk or wish (Hypothetical) or of offer, plan or
        promise (Future) on its way up to its clause, or the object of a verb of promising ('pledged aid':
        Future) (rules.json prospect_nouns)."""
        words = self.rules["prospect_nouns"]
        tok = chain[0]
        standing = _standing_amount(tok)  # "pledged $50 million in aid"
        if _pos(tok) == "NOUN" and standing.dep_ == "dobj" and _lemma(standing.head) in words["promising_verbs"]:
            return "Future"  # "pledged military aid to X": promised, not given
        if _pos(tok) == "NOUN" and (
                standing.dep_ == "dobj" and _lemma(standing.head) in words["anticipating_verbs"]
                or standing.dep_ == "pobj" and standing.head.lower_ == "for"
                and _lemma(standing.head.head) in words["anticipating_for"] + words["anticipating_verbs"]):
            return "Hypothetical"  # "braces for Russian strikes", "fears an offensive": expected, not done
        for prep, noun in zip(chain[1:], chain[2:]):
            voted = prep.lower_ in words["vote_preps"] and noun.lemma_.lower() in words["vote_nouns"]
            if prep.dep_ == "prep" and voted:
                return "Hypothetical"  # "a referendum on annexing X": put to a vote
            if prep.dep_ == "prep" and prep.lower_ == "in" and noun.lemma_.lower() in words["wished_in"]:
                return "Hypothetical"  # "have an interest in encouraging X": wished, not done
            if prep.dep_ != "prep" or prep.lower_ not in words["preps"] or _pos(noun) != "NOUN":
                continue
            if self._prospect_kept(noun):
                return None
            lemma = noun.lemma_.lower()
            if lemma in words["hypothetical"] and not any(
                    _lemma(n) in self.rules["continuation_verbs"]["lemmas"] for n in chain[1:chain.index(prep)]):
                return "Hypothetical"  # ("the importance of continuing to support X": the support goes on)
            if lemma in words["future"]:
                return "Future"
        for clause, noun in zip(chain[1:], chain[2:]):
            # "Japan's commitment to provide financial support to X": a nominal event given by the infinitive
            # that describes a noun of promise or wish is promised or wished too
            if clause.dep_ == "acl" and is_to_infinitive(clause) and _pos(clause) == "VERB" and _pos(noun) == "NOUN" \
                    and chain[0] is not clause and not self._prospect_kept(noun):
                lemma = noun.lemma_.lower()
                if lemma in words["future"]:
                    return "Future"
                if lemma in words["hypothetical"]:
                    return "Hypothetical"
        return None

    def _prospect_kept(self, noun: Token) -> bool:
        """'carried out its threat of ...', 'followed through on its offer of ...': the prospect is fulfilled."""
        words = self.rules["prospect_nouns"]
        if noun.dep_ == "dobj":
            return _lemma(noun.head) in words["kept_by_objects_of"]
        kept_on = words["kept_on"]
        prep = noun.head
        return noun.dep_ == "pobj" and prep.lower_ in kept_on["preps"] and prep.head.i != prep.i and (
            _lemma(prep.head) in kept_on["lemmas"] or _lemma(prep.head.head) in kept_on["lemmas"])

    def _said_in_a_past_contact(self, clause: Token) -> bool:
        """'spoke today with X to congratulate him', 'met with X to reaffirm our support': the spoken purpose of a
        call or meeting told in the past tense was said in it; 'were at the White House to meet X': the meeting a
        past stay or journey was for took place (rules.json spoken_purposes)."""
        rule = self.rules["spoken_purposes"]
        contact = clause.head
        # ("I've just spoken with X to reaffirm ...": the present perfect tells a contact that took place too)
        perfect = contact.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in contact.children)
        spoken = _lemma(clause) in rule["speech_lemmas"] and _lemma(contact) in rule["contact_lemmas"]
        present = _lemma(clause) in rule["presence_lemmas"] and _lemma(contact) in rule["arrival_lemmas"]
        return clause.dep_ == "advcl" and (spoken or present) and (contact.tag_ == "VBD" or perfect) \
            and not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lemma_ != "have" for c in contact.children)

    def contact_of_speech(self, clause: Token) -> Token | None:
        """'approached X to complain that ...': a speech act as the purpose of a contact is performed in it
        (rules.json contact_verbs); returns the contact verb. A bare infinitive the parser hangs on a noun of
        the contact's adjunct ('approached X at the time to complain') is that purpose too."""
        if not is_to_infinitive(clause) \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return None  # (tested first: every verb is asked, few are bare infinitives)
        entry = self.entry_for(clause) if _lemma(clause) in self.speech_act_lemmas | {"complain", "protest"} else None
        obj = _child(clause, "dobj")
        if entry is None and obj is not None and self._is_light_verb(clause):
            entry = self.entry_for_noun(obj)  # "summoned the envoy to lodge a protest": the noun's speech act
        if entry is None or entry.type not in ("Accuse", "Deny", "Demand", "Appeal", "Criticize", "Reject", "Protest"):
            return None
        head = clause.head
        if clause.dep_ in ("relcl", "acl") and head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head.head
        elif clause.dep_ == "xcomp" and _child(head, "dobj") is None:
            return None
        elif clause.dep_ not in ("advcl", "xcomp"):
            # (the parser makes the infinitive after an object the contact's complement as often as an adverbial:
            # 'summoned Iraq's charge d'affaires to protest ...')
            return None
        return head if _lemma(head) in self.rules["contact_verbs"]["lemmas"] else None

    def _permitted(self, tok: Token) -> bool:
        """'allow Iranians to protest freely', 'enabled them to rebuild', also through a verb or adjective of
        ability between them ('allow charities to be able to provide aid'): what someone is let do, not what
        they did."""
        node = tok
        if _pos(tok) == "NOUN" and tok.dep_ == "dobj" and self._is_light_verb(tok.head):
            node = tok.head  # "allows X to impose tariffs": the light verb's noun is what is let be done
        for _ in range(3):
            if node.dep_ not in ("xcomp", "ccomp", "acomp") or node.head.i == node.i:
                return False
            node = node.head
            if _lemma(node) in self.rules["permission_verbs"]:
                return True
        return False

    def _supposed_event_noun(self, tok: Token) -> bool:
        """'any attack on X', 'a possible invasion', 'in the event of an attack': an event noun named with a word
        of supposition, or inside a phrase of contingency, has not happened (rules.json supposed_event_words).
        The words before the noun are read across the line ends of a hard-wrapped page, where the parser cuts
        'in response to a further / Russian invasion' into pieces."""
        if _pos(tok) != "NOUN":
            return False
        words = self.rules["supposed_event_words"]
        modifiers, before = [], None
        for t in reversed(tok.doc[max(0, tok.i - 10):tok.i]):
            if t.is_space:
                if t.text.count("\n") > 1:
                    break
                continue
            # ("Further Russian assault": the small model tags a sentence's first 'further' an adverb, as its amod)
            if (t.tag_ in words["modifier_tags"] or t.dep_ == "amod" and t.head.i == tok.i) \
                    and not (t.tag_ == "DT" and modifiers and modifiers[-1].tag_ == "DT"):
                modifiers.append(t)
                continue
            before = t
            break
        said = {t.lower_ for t in modifiers}
        if said & set(words["determiners"]) or said & set(words["adjectives"]):
            return True
        light = tok.dep_ == "dobj" and self._is_light_verb(tok.head)  # "launched a further attack": the verb says
        if not light and said & set(words["indefinite_articles"]) and said & set(words["after_indefinite_article"]):
            return True
        if not light and tok.tag_ == "NN" and said & set(words["after_indefinite_article"]) \
                and not any(t.tag_ in ("DT", "PDT", "PRP$", "POS") for t in modifiers):
            return True  # "further Russian assault into X remains a threat": a singular with no article is any such one
        if before is None:
            return False
        start = max(0, before.i - 4)
        phrase = " ".join(t.lower_ for t in tok.doc[start:before.i + 1] if not t.is_space)
        return phrase.endswith(tuple(self.rules["condition_phrases"]))

    @staticmethod
    def _is_question(tok: Token) -> bool:
        """A sentence ending in a question mark, or a reporter's turn in a transcript that asks one ("Q Are you going
        to ..., sir?", "Q X attacked Y again, and what will you do"); a reporter's statement before the question
        ("Q X has ordered Y.") asks nothing."""
        text = tok.sent.text.strip()
        if text.rstrip("\"'\u201d\u2019)").endswith("?"):
            return True
        return text.startswith(("Q ", "Q: ", "Q\u00a0")) and (
            "?" in text or any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in tok.sent)
            or next((t for t in tok.sent if t.is_alpha and t.text != "Q"), tok).pos_ == "AUX")

    def _responded_to_in_irrealis(self, tok: Token) -> bool:
        """'measures we are prepared to issue in response to a further invasion': what an announced,
        conditional or possible response (rules.json response_nouns) answers is only supposed."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "to":
            return False
        response = tok.head.head
        if response.lemma_.lower() not in self.rules["response_nouns"]["words"] or response.dep_ != "pobj" \
                or response.head.lower_ != "in" or response.head.head.i == response.head.i:
            return False
        verb = response.head.head
        return verb.pos_ in ("VERB", "AUX") and self.modality_of(verb)[0] in ("Future", "Hypothetical", "Conditional", "Possible")

    def _owned_by_another(self, tok: Token, chain) -> bool:
        """'X has not responded to Y's proposal', 'X will answer Y's demand', 'X did not condemn Y's invasion', 'Y's
        annexation was never recognised by X': an act its possessor (or a name before it: 'the U.S. proposal') did,
        named as the object or passive subject of someone else's verb of response or of judgement (rules.json
        response_verbs, judged_acts), is taken as given -- the verb's negation, tense or mood is that someone's,
        not the act's ('X did not make its proposal public' keeps the negation: X's own; 'X will not support Y's
        invasion' leaves the invasion uncertain)."""
        if _pos(tok) != "NOUN":
            return False
        owner = _child(tok, "poss") or next((c for c in tok.children if c.dep_ == "compound" and c.i < tok.i
                                             and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")), None)
        passive = tok.dep_ == "nsubjpass"
        verb = tok.head if passive else next((n for n in chain[1:] if n.pos_ in ("VERB", "AUX")), None)
        if owner is None or verb is None:
            return False
        # a judgement presupposes the act only when it is made, not when it is to come or supposed ('would
        # condemn Y's invasion', 'will welcome Y's withdrawal' leave the act as open as the verb is)
        judged = _lemma(verb) in self.rules["judged_acts"]["lemmas"] and not any(
            c.dep_ == "aux" and _word(c) in self.rules["judged_acts"]["open_auxiliaries"] for c in verb.children)
        if not judged and _lemma(verb) not in self.rules["response_verbs"]["lemmas"]:
            return False
        agent = _child(verb, "agent") if passive else None
        if passive and agent is None:
            return False  # "Russia's invasion was widely condemned": no one else named who judges it
        owners = self.actors.actors_of(owner)
        doers = self.actors.actors_of(child_of(agent, "pobj") if passive else self.actors.find_subject(verb))
        if not owners or not doers:
            return False
        return self._of_other_sides(owners, doers)

    @staticmethod
    def _presupposed(tok: Token) -> bool:
        """'Any reaction to the strike today that killed 80 people?', 'what do you make of X's announcement that
        it would ...': a clause that describes a noun of the question is taken as given, not asked about."""
        node = tok
        for _ in range(6):
            if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN"):
                return True
            if node.head.i == node.i:
                return False
            node = node.head
        return False

    def _reported_future(self, tok: Token, chain) -> bool:
        """'X said it would withdraw', 'X's announcement that it would withdraw': 'would' in reported speech is
        the future of the past, not a hypothesis."""
        if any(n.dep_ == "acl" and n.head.lemma_.lower() in self.rules["reporting_nouns"]["words"] for n in chain):
            return True  # "the announcement that it would send ..."
        top = chain[-1]
        while top.dep_ in ("conj",) and top.head.i != top.i:
            top = top.head
        return top.dep_ == "ccomp" and top.head.lemma_.lower() in self.rules["reporting_verbs"]

    def _is_purpose(self, tok: Token, chain) -> bool:
        """'troops were sent to attack X', 'in order to punish X': an aim, not a deed."""
        for clause in chain:  # the event's own clause, or one it sits in ("the right of X to fire")
            if clause.head.i == clause.i or clause.dep_ not in ("advcl", "acl", "relcl") and not (
                    clause.dep_ == "xcomp" and self._aim_of_a_show_of_force(clause)):
                continue
            if _pos(tok) == "NOUN" and not (tok.head == clause and tok.dep_ == "dobj" and self._is_light_verb(clause)):
                # "steps to address the occupation of X", "aid to help the victims of the invasion": a noun the
                # aim is about names what has happened; only one the aim carries out ("to launch an attack")
                # is the aim
                return False
            if clause.dep_ == "acl" and clause.head.lemma_.lower() in self.rules["owned_deeds"]["nouns"] \
                    and any(c.dep_ == "poss" for c in clause.head.children):
                return False  # "Putin's action to recognize X": the deed itself, done, whatever aim names it
            occasion = self.rules["occasion_nouns"]
            if clause.dep_ == "acl" and clause.head.lemma_.lower() in occasion["nouns"] \
                    and clause.head.head.lemma_.lower() in occasion["verbs"] and clause.head.head.tag_ == "VBD":
                continue  # "I had the chance to visit X": done
            markers = {_word(c) for c in clause.children if c.dep_ in ("aux", "mark")}
            if any(c.dep_ == "advmod" and c.i < clause.i and c.lower_ in self.rules["outcome_infinitives"]["adverbs"]
                   for c in clause.children):
                continue  # "..., only to have his prosecution overturned": what came of it, no aim
            if "to" in markers and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
                    and self.contact_of_speech(clause) is None and not self._said_in_a_past_contact(clause) \
                    and not self._restates_its_head(clause) and not self._aim_of_work_in_progress(clause):
                return True
        return False

    def _aim_of_work_in_progress(self, clause: Token) -> bool:
        """'is working with X to help them build ...', 'the steps they are taking to support Y': help or support
        (rules.json aims_in_progress) as the aim of an act in progress is given while that act goes on; an aim
        of another kind ('is massing troops to attack X') has still to come."""
        rule = self.rules["aims_in_progress"]
        own, host = self.entry_for(clause), clause.head
        return clause.dep_ == "advcl" and own is not None and own.type in rule["types"] and host.tag_ == "VBG" \
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in host.children)

    def _aim_of_a_show_of_force(self, clause: Token) -> bool:
        """'massed troops to attack X', 'deployed warships to blockade X': the parser makes the aim of a
        deployment the verb's complement, as if the troops were made to do it; what forces are moved for has
        not happened."""
        host = self.entry_for(clause.head) if _pos(clause.head) == "VERB" else None
        return host is not None and host.type == "Mobilize" and _child(clause.head, "dobj") is not None \
            and is_to_infinitive(clause)

    def _restates_its_head(self, clause: Token) -> bool:
        """'poured into the streets to protest against X', 'gathered to demonstrate': an aim of the same kind as
        the act it is the aim of (both protests, by the dictionary or kg's rows), or a protest as the aim of a verb
        of assembling (rules.json assembled_to_protest), says what that act was, which happened; it is no deed
        still to come, unless that act says an intent (an act itself to come lends the aim its modality)."""
        if clause.dep_ != "advcl" or _pos(clause) != "VERB" or _pos(clause.head) != "VERB":
            return False
        own, host = self.entry_for(clause), self.entry_for(clause.head)
        assembling = self.rules["assembled_to_protest"]["lemmas"]
        if own is not None and own.type == "Protest" and _lemma(clause.head) in assembling:
            return True  # "gathered outside parliament to protest": assembling to protest is protesting
        # "is preparing a strategy to present X with ...": an intent's aim is intended too (rules.json restated_aims)
        return own is not None and host is not None and own.type == host.type \
            and own.type not in self.rules["restated_aims"]["unless_types"]


def _asked_whether(chain) -> bool:
    """'it is unclear whether X attacked Y', 'to assess whether X is living up to its commitments to cut ties':
    an event in a clause opened by 'whether' (an embedded question) is asked about, not said to happen."""
    return any(c.dep_ == "mark" and c.lower_ == "whether" for node in chain for c in node.children)


def _fronted_main_clause(clause: Token) -> bool:
    """'X accused Y of war crimes, a charge Z denied': the parser makes the first clause the content of the
    verb of the appended one, whose object ('a charge') stands between them; a verb's content does not come
    before its own object, so the clause is the sentence's own assertion."""
    head = clause.head
    return clause.i < head.i and any(c.dep_ == "dobj" and clause.i < c.i < head.i for c in head.children)
