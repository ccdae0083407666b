"""A reader of the CAMEO verb pattern dictionary (PETRARCH-2's ``CAMEO.2.0.txt``, MIT; formats in
``ontology/dictionaries/dictionaries.rst``) into plain records kg's extractor asks by lemma.

The file has two parts:

* synonym sets: ``&NAME`` followed by ``+WORD`` / ``+TWO_WORDS`` lines, used inside patterns;
* verb blocks: ``---  NAME   [CODE]  ---``, then the block's verbs (``ACCUSE [112]``, ``+ROUND_UP``,
  ``DENY {DENYING DENIED DENIES}``), then patterns (``- * (OF TORTURE)  [1122]  # ACCUSE``) that apply to
  every verb of the block. ``*`` is the verb, ``(PREP NOUN)`` a prepositional phrase, ``{A B}`` a phrase whose
  last word is its head, ``&SET`` a synonym set, ``+`` / ``$`` the target / source slot, ``^`` / ``%`` a skipped
  phrase; a code ``[043:042]`` is coded both ways round (kg keeps the first), ``[---]`` means no event.

No spaCy here: :func:`read_cameo` returns :class:`CameoDictionary`; :func:`compile_verbs` turns it into
:class:`VerbSense` / :class:`VerbPattern` records indexed by lemma, with each code mapped to kg's event type.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

__all__ = ["CameoDictionary", "VerbBlock", "Pattern", "VerbSense", "VerbPattern", "CompiledVerbs", "phrase_heads",
           "read_cameo", "parse_cameo", "compile_verbs", "specificity", "PREPOSITIONS", "head_forms"]

#: Words that open a prepositional phrase (or stand as a particle) when they follow the verb bare.
PREPOSITIONS = frozenset("""about above across after against along among around as at before behind below beneath
beside between beyond by down during for from in inside into near of off on onto out outside over past since
through throughout to toward towards under until up upon via with within without away back forward""".split())

_BLOCK = re.compile(r"^---\s+(?P<name>\S+)\s+\[(?P<code>[^\]]*)\]\s+---")
_CODE = re.compile(r"\[(?P<code>[^\]]*)\]")
_FORMS = re.compile(r"\{[^}]*\}")


@dataclass(frozen=True)
class Pattern:
    """One ``- ...`` line: the words around the verb, and its code."""

    line: int
    code: str | None
    before: tuple[frozenset, ...]          # words left of the verb (each a set of alternatives)
    objects: frozenset                      # head words of the verb's object (empty: none required)
    preps: tuple[tuple[str, frozenset], ...]  # (preposition, head words of its object; empty: any object)
    target_preps: tuple[str, ...]          # prepositions whose object is the target slot ``+``
    particle: str | None                    # a bare particle right after the verb ("CLAMP DOWN")
    reciprocal: bool                        # "[112:112]": coded both ways round
    text: str
    reverse: bool = False                   # "[:071]": the target is the one who acts
    object_words: tuple[frozenset, ...] = ()  # the other words of a ``{NO AID}`` object, each a set of forms


@dataclass(frozen=True)
class Verb:
    """One verb of a block: its lemma, the particle of a phrasal verb, its own code (else the block's)."""

    lemma: str
    particle: str | None
    code: str | None
    line: int
    #: its own code is reversed ("[:110]"): the one the verb acts on is the source
    reverse: bool = False


@dataclass
class VerbBlock:
    name: str
    code: str | None
    line: int
    #: the block's code is reversed ("---  OFFEND   [:110]  ---": 'X outraged Y' is Y's disapproval of X)
    reverse: bool = False
    verbs: list = field(default_factory=list)
    patterns: list = field(default_factory=list)


@dataclass
class CameoDictionary:
    synsets: dict
    blocks: list
    transformations: list


def _clean_code(raw: str) -> tuple[str | None, bool, bool]:
    """(code, reciprocal, reversed): '112' -> ('112', False, False); '043:042' -> ('043', False, False);
    '112:112' -> ('112', True, False); ':071' -> ('071', False, True) (the target did it to the source:
    "received a loan from X" is X's aid); '---' -> (None, False, False)."""
    raw = raw.strip().rstrip("!")
    if raw.startswith(":"):
        code = raw[1:].split(":")[0]
        return (None, False, False) if not code or code.startswith("-") else (code, False, True)
    parts = [p for p in raw.split(":") if p]
    if not parts or parts[0].startswith("-"):
        return None, False, False
    return parts[0], len(parts) > 1 and parts[0] == parts[1], False


def head_forms(word: str) -> set[str]:
    """The lower-case forms a dictionary word stands for: itself and its singular ('SLOGANS' -> slogans, slogan)."""
    word = word.lower().strip("_").replace("_", " ")
    head = word.split()[-1] if word.split() else word
    forms = {head}
    if head.endswith("ies") and len(head) > 4:
        forms.add(head[:-3] + "y")
    elif head.endswith("sses"):
        forms.add(head[:-2])
    elif head.endswith("s") and not head.endswith("ss") and len(head) > 3:
        forms.add(head[:-1])
    return forms


def phrase_heads(token: str, synsets: dict) -> frozenset:
    """A pattern word, ``{A B}`` phrase or ``&SET`` as the set of head words it matches."""
    token = token.strip("{}")
    if not token:
        return frozenset()
    head = token.split()[-1]  # a phrase's head may be a set too: "{NO &TREATY}"
    if head.startswith("&"):
        out = set()
        for member in synsets.get(head[1:], ()):
            out |= head_forms(member)
        return frozenset(out)
    return frozenset(head_forms(head))


def phrase_modifiers(token: str, synsets: dict) -> tuple[frozenset, ...]:
    """The words of a ``{A B}`` phrase before its head, each as the set of forms it matches: ``{NO AID}`` asks
    for "no" on the object as much as for "aid" ("received no aid", not "received military aid")."""
    if not token.startswith("{"):
        return ()
    words = token.strip("{}").split()[:-1]
    return tuple(phrase_heads(w, synsets) if w.startswith("&") else frozenset({w.lower()}) for w in words)


def _tokens(pattern: str) -> list[str]:
    """Split a pattern into words, keeping ``{...}`` phrases and ``(`` ``)`` as tokens."""
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            out.append(ch)
            i += 1
        elif ch == "{":
            j = pattern.find("}", i)
            j = len(pattern) if j < 0 else j + 1
            out.append(pattern[i:j])
            i = j
        else:
            j = i
            while j < len(pattern) and not pattern[j].isspace() and pattern[j] not in "(){":
                j += 1
            out.append(pattern[i:j])
            i = j
    return out


#: Words the format lists among prepositions that end a verb phrase without an object ('pulled its embassy out').
_PARTICLES = frozenset({"out", "off", "up", "down", "away", "back"})
#: The target (``+``) and source (``$``) slots and the skipped phrases (``^``, ``%``): no words of a pattern.
_SLOTS = frozenset("+$^%")


def _bare_word(token: str) -> bool:
    """A pattern word outside braces and parentheses that is neither a slot nor a preposition."""
    return token not in _SLOTS and token not in ("(", ")") and not token.startswith("{") \
        and token.lower() not in PREPOSITIONS


def _parse_pattern(body: str, code_raw: str, line: int, synsets: dict) -> Pattern | None:
    code, reciprocal, reverse = _clean_code(code_raw)
    words = _tokens(body)
    for word in words:  # "a pattern containing an undefined synset will be ignored" (dictionaries.rst)
        if word.startswith("&") and word[1:].rstrip("_") not in synsets:
            return None
    if "*" not in words:
        return None
    star = words.index("*")
    before = tuple(phrase_heads(w, synsets) for w in words[:star]
                   if w not in _SLOTS | {"(", ")"} and phrase_heads(w, synsets))
    objects: frozenset = frozenset()
    object_words: tuple = ()
    preps: list = []
    target_preps: list = []
    particle = None
    rest = words[star + 1:]
    i = 0
    while i < len(rest):
        w = rest[i]
        if w == "(":
            j = rest.index(")", i) if ")" in rest[i:] else len(rest)
            inner = rest[i + 1:j]
            if inner:
                prep = inner[0].lower()
                nouns = frozenset().union(*(phrase_heads(x, synsets) for x in inner[1:] if x not in _SLOTS))
                preps.append((prep, nouns))
                if "+" in inner[1:] or not inner[1:]:
                    target_preps.append(prep)
            i = j + 1
            continue
        if w in _SLOTS or w == ")":
            i += 1
            continue
        if w.lower() in PREPOSITIONS and not w.startswith(("{", "&")):
            prep = w.lower()
            nouns, j = set(), i + 1
            while j < len(rest) and rest[j] not in ("(",) and (rest[j].lower() not in PREPOSITIONS or rest[j].startswith(("{", "&"))):
                if rest[j] == "+" and j == i + 1:
                    target_preps.append(prep)
                elif rest[j] not in _SLOTS | {")"}:
                    nouns |= phrase_heads(rest[j], synsets)
                j += 1
            if not nouns and j == i + 1 and not preps and not objects:
                particle = prep  # "CLAMP DOWN", "SET OFF"
            else:
                preps.append((prep, frozenset(nouns)))
                if not nouns and j == i + 1 and objects and prep not in _PARTICLES:
                    # "CONSIDER * SANCTIONS AGAINST": a preposition after the object words with no word of its own,
                    # as "(AGAINST)" is, leaves its object to the one the act is aimed at ("EMBASSY OUT": a particle)
                    target_preps.append(prep)
            i = j
            continue
        if not objects:
            # "ESTABLISH OFFICIAL TIES", "HOST CONFERENCE &MILITARY": bare words in a row are one phrase, as if
            # braced, whose last word is the head (the format's "singular nouns are left bare ... the head")
            j = i
            while j < len(rest) and _bare_word(rest[j]):
                j += 1
            phrase = "{" + " ".join(rest[i:j]) + "}" if j - i > 1 else w
            objects = phrase_heads(phrase, synsets)
            object_words = phrase_modifiers(phrase, synsets)
            i = max(j, i + 1)
            continue
        i += 1
    return Pattern(line=line, code=code, before=before, objects=objects, preps=tuple(preps),
                   target_preps=tuple(dict.fromkeys(target_preps)), particle=particle, reciprocal=reciprocal,
                   text=body.strip(), reverse=reverse, object_words=object_words)


def _parse_verb(text: str, line: int) -> Verb | None:
    """``ACCUSE [112]``, ``+ROUND_UP``, ``DENY {DENIES ...}``, ``WIRE_+TAP`` (a pre-compound: skipped)."""
    own = _CODE.search(text)
    code, _, reverse = _clean_code(own.group("code")) if own else (None, False, False)
    has_code = own is not None
    word = _FORMS.sub(" ", _CODE.sub(" ", text)).split()
    if not word:
        return None
    word = word[0]
    parts = word.split("_")
    if word.startswith("+"):
        parts[0] = parts[0][1:]
    elif len(parts) > 1:
        return None  # "WIRE_+TAP": the extra word comes first; the parse rarely keeps it next to the verb
    parts = [p.lower() for p in parts if p]
    if not parts or not parts[0].isalpha():
        return None
    particle = " ".join(parts[1:]) or None
    return Verb(lemma=parts[0], particle=particle, code=code if has_code else "inherit", line=line,
                reverse=reverse and has_code)


def parse_cameo(lines: Iterable[str]) -> CameoDictionary:
    """Parse the dictionary's text (an iterable of lines)."""
    synsets: dict = {}
    blocks: list = []
    transformations: list = []
    current_set = None
    block = None
    in_verbs = False
    for number, raw in enumerate(lines, 1):
        if raw.startswith("#######") and "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        text = raw.split("#", 1)[0].rstrip()
        if not text.strip():
            if not raw.strip():  # a blank line ends a synonym set; a comment line inside one does not
                current_set = None
            continue
        stripped = text.strip()
        if not in_verbs:
            if stripped.startswith("&"):
                current_set = stripped[1:].rstrip("_")
                synsets[current_set] = []
            elif stripped.startswith("+") and current_set is not None:
                synsets[current_set].append(stripped[1:].replace("_", " ").strip())
            continue
        head = _BLOCK.match(stripped)
        if head:
            code, _, reverse = _clean_code(head.group("code"))
            block = VerbBlock(name=head.group("name"), code=code, line=number, reverse=reverse)
            blocks.append(block)
        elif stripped.startswith("~"):
            transformations.append((number, stripped))
        elif block is None:
            continue
        elif stripped.startswith("-"):
            body = stripped[1:]
            found = _CODE.search(body)
            if found is None:
                continue
            pattern = _parse_pattern(body[:found.start()], found.group("code"), number, synsets)
            if pattern is not None:
                block.patterns.append(pattern)
        else:
            verb = _parse_verb(stripped, number)
            if verb is not None:
                block.verbs.append(verb)
    return CameoDictionary(synsets=synsets, blocks=blocks, transformations=transformations)


def read_cameo(path: Path) -> CameoDictionary:
    with Path(path).open(encoding="utf-8", errors="replace") as handle:
        return parse_cameo(handle)


# ---------------------------------------------------------------------- compiled for lookups by lemma
@dataclass(frozen=True)
class VerbSense:
    """A verb alone (no pattern matched): its lemma, particle, CAMEO code, kg type and dictionary line."""

    lemma: str
    particle: str | None
    code: str
    type: str
    line: int
    block: str
    target_preps: tuple[str, ...]
    #: the code is the block's, not the verb's own, and the verb is not the block's head: a WordNet
    #: synonym ("RESIDE" under INVADE) whose sense the block's code may not fit
    inherited: bool = False
    #: the code is reversed ("[:110]"): the one the verb acts on did it to its subject
    reverse: bool = False


@dataclass(frozen=True)
class VerbPattern:
    """A pattern attached to one verb lemma: what must be around the verb, and the code it gives."""

    lemma: str
    particle: str | None
    code: str | None
    type: str | None
    line: int
    block: str
    before: tuple
    objects: frozenset
    preps: tuple
    target_preps: tuple
    pattern_particle: str | None
    reciprocal: bool
    text: str
    object_words: tuple = ()

    @property
    def specificity(self) -> int:
        return specificity(self)


def specificity(pattern) -> int:
    """How much a pattern asks of the parse: a required object or prepositional object counts double."""
    particle = getattr(pattern, "pattern_particle", None) or getattr(pattern, "particle", None)
    return (2 * bool(pattern.objects) + 2 * sum(bool(n) for _, n in pattern.preps) + len(pattern.preps)
            + len(pattern.before) + bool(particle) + len(getattr(pattern, "object_words", ())))


@dataclass
class CompiledVerbs:
    """Everything kg asks of the dictionary, by lemma: the senses of a verb alone and its patterns."""

    senses: dict       # lemma -> [VerbSense] (one per particle)
    patterns: dict     # lemma -> [VerbPattern], most specific first
    transformations: list


def compile_verbs(dictionary: CameoDictionary, type_of_code: Callable[[str], str | None]) -> CompiledVerbs:
    """Index the dictionary by verb lemma; ``type_of_code`` maps a CAMEO code to kg's event type (or None)."""
    senses: dict = {}
    patterns: dict = {}
    for block in dictionary.blocks:
        block_targets = tuple(dict.fromkeys(p for pat in block.patterns if pat.code and pat.code == block.code
                                            and not pat.objects for p in pat.target_preps))
        for verb in block.verbs:
            code = block.code if verb.code == "inherit" else verb.code
            kind = type_of_code(code) if code else None
            if kind:
                senses.setdefault(verb.lemma, []).append(VerbSense(
                    lemma=verb.lemma, particle=verb.particle, code=code, type=kind, line=verb.line,
                    block=block.name, target_preps=block_targets,
                    inherited=verb.code == "inherit" and verb.lemma != block.name.split("_")[0].lower(),
                    reverse=block.reverse if verb.code == "inherit" else verb.reverse))
            for pat in block.patterns:
                patterns.setdefault(verb.lemma, []).append(VerbPattern(
                    lemma=verb.lemma, particle=verb.particle, code=pat.code,
                    type=type_of_code(pat.code) if pat.code else None, line=pat.line, block=block.name,
                    before=pat.before, objects=pat.objects, preps=pat.preps, target_preps=pat.target_preps,
                    pattern_particle=pat.particle, reciprocal=pat.reciprocal, text=pat.text,
                    object_words=pat.object_words))
    for lemma, found in patterns.items():
        # the most specific pattern first; among equals, the earlier line (stable across runs)
        found.sort(key=lambda p: (-p.specificity, p.line))
        patterns[lemma] = [p for p in found if p.specificity > 0]
    return CompiledVerbs(senses=senses, patterns=patterns, transformations=dictionary.transformations)
