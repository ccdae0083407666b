"""Small parse helpers shared by the event extractor's parts: a token's part of speech and lemma as the
lexicon keys them, a child by dependency, the objects of a preposition."""
from __future__ import annotations

from spacy.tokens import Token

from ..actors.tree import is_to_infinitive


def reports_content_before_it(verb: Token, reporting_verbs) -> bool:
    """'X did not threaten Y, the spokesman insisted', '..., Peru claimed': a verb of saying (rules.json
    reporting_verbs) after the clause it reports is that clause's attribution, not an act of its own, and the
    clause is the report itself, as before 'said'."""
    return _lemma(verb) in reporting_verbs and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)


def line_breaks_between(first: Token, stop: Token) -> int:
    """How many line breaks the text from ``first`` up to ``stop`` holds. Counted on the tokens in between:
    ``Doc.text`` joins every token of the document on each call."""
    return first.doc[first.i:stop.i].text_with_ws.count("\n")


def is_for_to_clause(clause: Token) -> bool:
    """'for Iran to release X': an infinitive whose subject 'for' introduces, an act wanted, never one done."""
    return any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children) \
        and is_to_infinitive(clause) \
        and any(s.dep_ in ("nsubj", "nsubjpass") for s in clause.children)


def _pos(tok: Token) -> str | None:
    if (tok.pos_ == "VERB" and not _noun_tagged_verb(tok)) \
            or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass")) or _verb_tagged_adjective(tok):
        return "VERB"
    if tok.pos_ in ("NOUN",) or (tok.pos_ == "PROPN" and tok.ent_type_ == "") or _noun_tagged_verb(tok):
        return "NOUN"
    return None


def _noun_tagged_verb(tok: Token) -> bool:
    """'began a week of joint air force drills', 'held talks': the small model tags a plural noun as a verb in the
    third person ('drills', 'talks', VBZ), yet parses it as the object of a preposition or a verb, or a subject;
    a finite verb is none of these."""
    return tok.tag_ == "VBZ" and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and tok.lower_.endswith("s")


def _verb_tagged_adjective(tok: Token) -> bool:
    """'Chile annexed Peru': the small model tags a past tense it does not know as an adjective, yet parses it as
    the sentence's root with a subject and an object; only a verb has both."""
    return tok.pos_ == "ADJ" and tok.dep_ == "ROOT" and tok.lower_.endswith("ed") \
        and any(c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ == "dobj" for c in tok.children)


def _lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if _pos(tok) == "VERB" and lemma.endswith("ed") and tok.lower_ == lemma:  # tagger slips: "annexed", "staged"
        # "staged" -> "stage" (_lemmas adds the "e" back where only the "d" was the ending); "annexed" -> "annex"
        stem = lemma[:-2]
        lemma = stem if stem.endswith(("x", "ss", "sh", "ch", "zz")) else lemma[:-1]
    return lemma


def _lemmas(tok: Token) -> tuple[str, ...]:
    """The lemma, then the lemma with an "e" back in case the lemmatizer clipped it ("staged" -> "stag"), then
    the American spelling of a British "-ise" verb ("finalised" -> "finalize": the dictionary lists most verbs in
    both spellings, some only in this one)."""
    lemma = _lemma(tok)
    for form in (lemma, lemma + "e"):
        if form.endswith("ise") and len(form) > 5:
            return lemma, lemma + "e", form[:-3] + "ize"
    return lemma, lemma + "e"


def fronted_participle(tok: Token) -> bool:
    """'Placing its forces on high alert, X raised the stakes': a participle opening the sentence, before the
    clause whose subject does it, states that subject's act as the clause itself would."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i == tok.sent.start and tok.i < tok.head.i \
        and any(c.dep_ == "nsubj" for c in tok.head.children)


def _word(tok: Token) -> str:
    """The token in lower case with a straight apostrophe ("we’ll" -> "'ll"), as kg's word lists type
    contractions."""
    return tok.lower_.replace("’", "'")


def _child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def bare_participle(verb: Token) -> Token | None:
    """'ordered the embassy closed', 'wanted the paper shut': a participle with no auxiliary, marker or 'to' that
    the verb puts its object into (the small model reads the object as the participle's subject, a clause of its
    own, or hangs the participle on the verb beside the object); None otherwise."""
    return next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ in ("VBN", "VBD")
                 and c.i > verb.i and not any(d.dep_ in ("aux", "auxpass", "mark", "neg") for d in c.children)), None)


def put_thing(verb: Token) -> Token | None:
    """What ``verb`` puts into the state its bare participle says ('ordered the embassy closed'): the participle's
    subject as the small model may parse it, else the verb's object."""
    put = bare_participle(verb)
    return next((c for c in put.children if c.dep_ in ("nsubj", "nsubjpass")), None) if put is not None else None


def _prep_objects(tok: Token, prep: str) -> list[Token]:
    """The objects of ``tok``'s preposition ``prep``; 'out/of' names a preposition after a particle, which the
    parser may take for a preposition of its own ('pulled out / of X') or hang the particle on the object."""
    particle, _, prep = prep.rpartition("/")
    out = []
    for child in tok.children:
        if not particle and child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep:
            out.extend(c for c in child.children if c.dep_ == "pobj")
        elif particle and child.lower_ == particle and _is_particle(child):
            out.extend(o for p in child.children if p.dep_ == "prep" and p.lower_ == prep
                       for o in p.children if o.dep_ == "pobj")
    return out


def _is_particle(tok: Token) -> bool:
    """'out' in 'pulled out of X', 'back' in 'pulled its troops back': a verb's particle, whether the parser
    calls it one, an adverb, or a preposition with no object of its own."""
    if tok.dep_ == "prt":
        return True
    return tok.dep_ in ("prep", "advmod") and not any(c.dep_ in ("pobj", "pcomp") for c in tok.children)


def _pos_positions(doc) -> list[int]:
    """The indices of the tokens :func:`_pos` gives a part of speech, read from the doc's arrays: the extractor
    looks only at these, without making a Token object for each of the others (most of a page)."""
    import numpy
    from spacy.attrs import DEP, ENT_TYPE, POS
    from spacy.symbols import ADJ, AUX, NOUN, PROPN, VERB

    rows = doc.to_array([POS, DEP, ENT_TYPE])
    pos, dep, ent_type = rows[:, 0], rows[:, 1], rows[:, 2]
    # (column by column: a Python int per token would be garbage the heap keeps holes for)
    auxiliary = (dep == doc.vocab.strings["aux"]) | (dep == doc.vocab.strings["auxpass"])
    chosen = (pos == VERB) | (pos == NOUN) | ((pos == AUX) & ~auxiliary) | ((pos == PROPN) & (ent_type == 0))
    root_adjectives = numpy.flatnonzero((pos == ADJ) & (dep == doc.vocab.strings["ROOT"])).tolist()  # a few a page
    chosen[[i for i in root_adjectives if _verb_tagged_adjective(doc[i])]] = True
    return numpy.flatnonzero(chosen).tolist()


def _is_passive(verb: Token) -> bool:
    """'X was accused by Y': the verb has a passive subject."""
    return any(c.dep_ == "nsubjpass" for c in verb.children)


def _is_amount(tok: Token) -> bool:
    """'500 million euros', '$50 million', 'billions': a noun that counts money or a quantity."""
    return tok.ent_type_ in ("MONEY", "QUANTITY") or tok.like_num or any(c.dep_ == "nummod" for c in tok.children)


def _measured_things(tok: Token) -> list[Token]:
    """What a noun counts or is a part of: 'suspension of air links', and for an amount also 'in' ('$50 million
    in aid')."""
    return _prep_objects(tok, "of") + (_prep_objects(tok, "in") if _is_amount(tok) else [])


def _shifted_object(verb: Token) -> Token | None:
    """'rejected as baseless X's claims': an object moved after its predicate adjective, which the parser makes
    the object of 'as' (the verb has no object of its own, 'as' follows it, the adjective follows 'as')."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == verb.i + 1), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    # (the adjective may stand in quotation marks: 'dismissed as "baseless" X's claims')
    after = next((t for t in verb.doc[prep.i + 1:prep.i + 3] if not t.is_punct), None) if prep is not None else None
    # (the tagger may take the adjective for the first word of a name: a lower-case 'compound')
    adjective = after is not None and (after.dep_ == "amod" or after.dep_ == "compound" and after.is_lower)
    if obj is None or not adjective or after not in obj.subtree:
        return None  # the adjective may hang on a possessor the parser put under the object ('as baseless X's')
    return obj


def _free_relative_object(verb: Token) -> Token | None:
    """'struck what the army described as Hezbollah depots', 'hit what X called Y': an object said with 'what' and a
    verb of naming, which the parser makes the verb's clausal complement; what the named thing is, or None."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                   and verb.doc[c.left_edge.i].tag_ == "WP" and verb.doc[c.left_edge.i].lower_ == "what"), None)
    if clause is None or not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "what" for c in clause.children):
        return None
    return next((o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as"
                 for o in p.children if o.dep_ == "pobj"), None) or _child(clause, "oprd")


def _displaced_object(verb: Token) -> Token | None:
    """The object ``verb`` has where the parser gave it none: moved after its predicate ('rejected as baseless X's
    claims') or said with 'what' and a verb of naming ('struck what X called Y')."""
    return _shifted_object(verb) or _free_relative_object(verb)


def _standing_amount(tok: Token) -> Token:
    """'$50 million in aid': the amount that stands in the clause for the noun it counts, else the noun."""
    head = tok.head
    return head.head if tok.dep_ == "pobj" and head.lower_ == "in" and _is_amount(head.head) else tok


def _object_gap(clause: Token) -> bool:
    """'a charge Z denied', 'the accusation, which Z made', 'the activists it arrested': a relative clause whose
    object is the noun it describes (none of its own, or a relative pronoun). 'allegations it was sending
    fighters' has an object of its own: a content clause the parser took for a relative one."""
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    # ("the massacre in which a mob attacked ...": a relative pronoun in a phrase makes the noun the setting)
    setting = any(c.dep_ == "prep" and any(o.tag_ in ("WDT", "WP") for o in c.children)
                  for node in (clause, *clause.conjuncts) for c in node.children)
    return (obj is None or obj.tag_ in ("WDT", "WP") or obj.lower_ == "that") and not setting \
        and not any(c.dep_ in ("ccomp", "xcomp") for c in clause.children)


def _own_subject(clause: Token) -> Token | None:
    """A relative clause's subject when it is not the relative pronoun ('the activists it arrested': 'it'; 'the
    soldiers who fought': none, the noun described is the subject)."""
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")
                 and c.lower_ != "that"), None)


def list_end(noun: Token) -> Token | None:
    """The last item of the list ``noun`` opens ('rounds, rockets, and other capabilities'), on which the parser
    hangs a phrase the whole list shares ('... to X'); None when ``noun`` heads no list."""
    last = noun.conjuncts[-1] if noun.conjuncts else None
    return last if last is not None and last.i > noun.i else None


def _shared_object(verb: Token) -> Token | None:
    """'attacked and seized the town', 'condemned and rejected X's claims': a verb with no object of its own shares
    that of the next verb coordinated with it, when that verb has no subject of its own either. A passive verb
    has its patient as its subject ('the forum was hosted by X and featured Y': Y was not hosted)."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass", "auxpass") for c in verb.children):
        return None
    following = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if following is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in following.children):
        return None
    return _child(following, "dobj")


def _dates_only(prep: Token) -> bool:
    """'on Friday', 'in March': a preposition whose objects are all dates or times."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def owned_by_a_pronoun(noun: Token) -> bool:
    """'their doctors', 'its acts': a possessive pronoun owns the noun."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def partner_of_owned_object(verb: Token) -> Token | None:
    """'discussed their diplomacy with China', 'reviewed its ties with X': a 'with' phrase the parser hangs on the
    verb right after an object a possessive pronoun owns names the partner of that object (their diplomacy
    with China), not the one the verb is done with; the preposition, or None."""
    obj = _child(verb, "dobj")
    if obj is None or not owned_by_a_pronoun(obj):
        return None
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                 and c.i == obj.right_edge.i + 1), None)


def given_in_kind(tok: Token, rule: dict) -> bool:
    """'provide $5 billion to support X', 'new funding to support X': whether ``tok`` is the to-infinitive aim
    of giving money or goods (rules.json support_in_kind): of a verb whose object is money or goods ('$200
    million in new funding'), of a giving verb with no object, or of a noun of money or goods; the noun
    'support' given ('provided support'), of money ('$5 billion in support') or of a material kind
    ('financial support')."""
    materials = set(rule["material_nouns"])
    if tok.pos_ in ("NOUN", "PROPN"):  # "provided critical support", "$50 billion in financial support"
        return any(c.dep_ in ("amod", "compound") and c.lower_ in rule["material_modifiers"] for c in tok.children) \
            or tok.dep_ == "dobj" and _lemma(tok.head) in rule["giving_verbs"] \
            or tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.ent_type_ == "MONEY"
    if not is_to_infinitive(tok) or tok.dep_ not in ("advcl", "xcomp", "acl", "relcl"):
        return False

    def material(noun: Token) -> bool:
        return noun.ent_type_ == "MONEY" or noun.lower_ in materials or noun.lemma_.lower() in materials \
            or any(o.lower_ in materials for o in _prep_objects(noun, "in"))

    head = tok.head
    if head.pos_ in ("NOUN", "PROPN", "NUM"):
        return material(head)
    objects = [c for c in head.children if c.dep_ == "dobj"]
    asked_for = _prep_objects(head, "for")  # "calls for $18 billion from donors to support X": money asked for
    if not objects and not asked_for:
        return _lemma(head) in rule["giving_verbs"]  # "delivered to the region to support X"
    objects += [o for o in asked_for if material(o)]
    return any(material(o) or any(material(c) for c in o.conjuncts) for o in objects)  # not "sent diplomats"


def object_binding(verb: Token, noun: Token, pronouns) -> Token | None:
    """'thanked the leaders for their support of X': the verb's object, when ``noun``, after it, has a possessive
    pronoun of ``pronouns`` (rules.json bound_possessives), which then refers to that object."""
    obj = _child(verb, "dobj")
    if obj is None or noun.i < obj.i or not any(c.dep_ == "poss" and c.lower_ in pronouns for c in noun.children):
        return None
    return obj
