"""The CAMEO verb dictionary reader and the lexicon built on it (kg.lexicon), on lines in the real format."""
from kg.lexicon import cameo
from kg.lexicon.verbs import cameo_prefixes, load_lexicon, type_of_code
from kg.pipeline import extract_events

SAMPLE = """\
####### SYNONYM SETS #######

&WEAPON
# a comment inside a set does not end it
+RIFLE
+TANK_

&NOTHING_
+NOUGHT

####### VERB PATTERNS #######

---  BLAME   [112]  ---
ACCUSE [112]
BLAME
SCOLD [111]
+POINT_OUT {+POINTS_OUT +POINTED_OUT}
WIRE_+TAP
- * (OF SMUGGLING)                                 [1124]        # ACCUSE
- * (OF &WEAPON)                                   [1125]        # ACCUSE
- * &UNDEFINED                                     [1125]        # ACCUSE
- * EACH OTHER                                     [112:112]     # ACCUSE
- * GIFT (FROM)                                    [:071]        # BLAME
- * {NO &WEAPON} (FROM)                            [:122]        # BLAME
- TALKS *                                          [---]         # BLAME
- * DOWN                                           [173]         # BLAME

---  CHAT   [---]  ---
CHAT
- * (WITH)                                         [040]         # CHAT
- * CLOSE &WEAPON                                  [043]         # CHAT
- * RIFLE AGAINST                                  [1312]        # CHAT

---  OFFEND   [:110]  ---
OFFEND
SHOCK [111]
"""


def _dictionary():
    return cameo.parse_cameo(SAMPLE.splitlines())


def test_synonym_sets_keep_members_across_comment_lines():
    d = _dictionary()
    assert d.synsets == {"WEAPON": ["RIFLE", "TANK"], "NOTHING": ["NOUGHT"]}


def test_verbs_of_a_block_with_their_own_or_the_block_code():
    block = _dictionary().blocks[0]
    assert (block.name, block.code) == ("BLAME", "112")
    assert [(v.lemma, v.particle, v.code) for v in block.verbs] == [
        ("accuse", None, "112"), ("blame", None, "inherit"), ("scold", None, "111"), ("point", "out", "inherit")]


def test_patterns_become_required_objects_prepositions_and_codes():
    patterns = {p.text: p for p in _dictionary().blocks[0].patterns}
    assert "* &UNDEFINED" not in patterns  # an undefined synset drops the pattern, as PETRARCH does
    smuggling = patterns["* (OF SMUGGLING)"]
    assert (smuggling.code, smuggling.preps, smuggling.objects) == ("1124", (("of", frozenset({"smuggling"})),), frozenset())
    weapon = patterns["* (OF &WEAPON)"]
    assert weapon.preps == (("of", frozenset({"rifle", "tank"})),)
    each = patterns["* EACH OTHER"]  # bare words in a row are one phrase, its head last
    assert (each.code, each.reciprocal, each.objects, each.object_words) == (
        "112", True, frozenset({"other"}), (frozenset({"each"}),))
    gift = patterns["* GIFT (FROM)"]
    assert (gift.code, gift.reverse, gift.objects, gift.target_preps) == ("071", True, frozenset({"gift"}), ("from",))
    talks = patterns["TALKS *"]
    assert (talks.code, talks.before) == (None, (frozenset({"talks", "talk"}),))
    assert patterns["* DOWN"].particle == "down"
    none = patterns["* {NO &WEAPON} (FROM)"]  # a phrase object keeps the words before its head
    assert (none.objects, none.object_words) == (frozenset({"rifle", "tank"}), (frozenset({"no"}),))
    assert gift.object_words == ()
    chat = _dictionary().blocks[1]
    assert (chat.code, chat.patterns[0].target_preps) == (None, ("with",))
    close = chat.patterns[1]  # ... with a set for its head: 'close rifles', never 'close' alone
    assert (close.objects, close.object_words) == (frozenset({"rifle", "tank"}), (frozenset({"close"}),))


def test_a_bare_two_word_object_is_not_its_first_word():
    # the real dictionary's "ESTABLISH OFFICIAL TIES [054]": 'established a committee of officials' is no recognition
    index = load_lexicon().patterns
    keyed = {key for block in index.values() for key, entries in block.items()
             if any(entry.lemma == "establish" or entry.source == "cameo:6124" for _, entry in entries)}
    assert "official" not in keyed and "ties" in keyed


def test_codes_map_to_event_types_by_longest_prefix_from_the_ontology():
    prefixes = cameo_prefixes()
    assert [type_of_code(c, prefixes) for c in ("1123", "111", "016", "0874", "0831", "192", "195", "057", "051")] == [
        "Accuse", "Criticize", "Deny", "Retreat", "Concede", "Occupy", "Attack", "Agree", "Support"]
    assert type_of_code(None, prefixes) is None


def test_the_real_dictionary_compiles_to_thousands_of_entries():
    lexicon = load_lexicon()
    assert len(lexicon.senses) > 800 and len(lexicon.patterns) > 250
    attend = lexicon.senses["attend"][0]
    assert (attend.type, attend.source.startswith("cameo:"), attend.cameo) == ("Meet", True, "042")


def _events(text):
    return sorted((e.type, e.agent.label, e.target.label if e.target else None, (e.source or "").split(":")[0])
                  for e in extract_events(text) if e.type != "Statement")


def test_a_dictionary_verb_kg_does_not_list_makes_an_event_with_its_source():
    assert _events("Egypt attended talks with Israel.") == [("Meet", "Egypt", "Israel", "cameo")]


def test_a_reversed_pattern_makes_the_giver_the_agent():
    assert _events("Chad received a loan from France.") == [("Aid", "France", "Chad", "cameo")]


def test_a_phrase_object_needs_all_its_words_and_its_own_no_negates_nothing():
    # {NO AID} [:122]: receiving no aid is the giver's refusal; receiving military aid is not, it is aid from the
    # giver (RECEIVE * {&MILITARY AID} [072], read as given by the other side: rules.json receiving_blocks)
    assert _events("Chad received military aid from France.") == [("Aid", "France", "Chad", "cameo")]
    assert _events("Chad received no aid from France.") == [("Reject", "France", "Chad", "cameo")]
    assert [e.modality for e in extract_events("Chad received no aid from France.")] == ["Asserted"]


def test_a_pattern_coded_as_no_event_silences_the_verb():
    # the verb alone codes nothing: receiving visitors is not aid
    assert _events("Chad received the visitors from France.") == []


def test_every_kg_correction_says_why_it_is_there():
    import json
    from kg.resources import ontology_path

    rows = [json.loads(line) for line in ontology_path("lexicon", "triggers.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("//")]
    assert len(rows) > 100
    assert [r["lemma"] for r in rows if len(r.get("why", "")) < 20] == []


def test_a_kg_row_with_a_misspelt_key_is_refused_with_its_line(tmp_path):
    import pytest
    from kg.lexicon.verbs import _kg_rows

    path = tmp_path / "triggers.jsonl"
    path.write_text('{"lemma": "rebuff", "pos": "VERB", "type": "Reject", "why": "a refusal of an offer"}\n'
                    '{"lemma": "rebuff", "pos": "VERB", "type": "Reject", "object": ["offer"], "why": "a typo"}\n',
                    encoding="utf-8")
    with pytest.raises(ValueError, match=r"triggers.jsonl:2: unknown key\(s\) \['object'\]; valid keys: .*'objects'"):
        list(_kg_rows(path))


def test_a_kg_pattern_names_its_subjects_by_a_dictionary_set():
    from kg.lexicon.verbs import kg_patterns
    from kg.resources import ontology_path

    synsets = cameo.read_cameo(ontology_path("dictionaries", "CAMEO.2.0.txt")).synsets
    face = kg_patterns(synsets)["face"][0]
    assert (face.type, face.cameo) == ("Mobilize", "150")
    assert {"troops", "soldier", "army"} <= face.before[0]


def test_a_kg_pattern_with_an_unknown_set_is_refused_with_its_line():
    import pytest
    from kg.lexicon.verbs import kg_patterns

    row = {"lemma": "face", "pos": "VERB", "type": "Mobilize", "dictionary_pattern": True, "before": [["&NO_SUCH_SET"]]}
    with pytest.raises(ValueError, match="triggers.jsonl:7: .*unknown CAMEO set"):
        kg_patterns({"MILITARY": ["TROOPS"]}, rows=[(7, row)])


def test_armed_forces_facing_an_actor_are_a_show_of_force():
    assert _events("Indian troops faced Chinese forces along the border on Tuesday.") == [
        ("Mobilize", "India", "China", "kg")]


def test_a_kg_pattern_leaves_the_dictionary_patterns_of_its_verb_in_place():
    # not armed forces: CAMEO's own pattern for 'face ... pressure' (the one who presses acts)
    assert _events("The Greek government faced pressure from Turkey.") == [("Demand", "Turkey", "Greece", "cameo")]


def test_a_kg_pattern_applies_to_its_own_verb_not_the_whole_block():
    # 'contact' shares CAMEO's block with 'face' (and kg lists no row of its own): troops contacting officials meet them
    assert _events("American troops contacted Iraqi officials in Baghdad.") == [("Meet", "United States", "Iraq", "cameo")]


def test_destroying_property_is_coercion_not_an_armed_attack():
    # CAMEO 1712: the object is a building or a line, not people
    assert _events("Settlers torched a mosque in a Palestinian village near Nablus.") == [
        ("Coerce", "Settlers", "Palestine", "kg")]
    assert _events("Maoist rebels blew up a railway bridge in Bihar.") == [("Coerce", "Maoist rebels", "India", "kg")]
    assert _events("Israeli troops demolished the homes of two Palestinian militants in Hebron.") == [
        ("Coerce", "Israel", "Palestinian militants", "kg")]
    assert _events("Pro-Russian hackers attacked the websites of the Estonian government.") == [
        ("Coerce", "Russia", "Estonia", "kg")]
    # people and forces destroyed stay an attack
    assert _events("Maoist rebels blew up an army convoy in Bihar.") == [("Attack", "Maoist rebels", "India", "kg")]
    assert _events("Russian forces destroyed a Ukrainian tank battalion.") == [("Attack", "Russia", "Ukraine", "kg")]
    assert _events("Ukrainian forces destroyed the defensive lines of the Russian army.") == [
        ("Attack", "Ukraine", "Russia", "kg")]
    assert _events("Afghan rebels blew up three electric power lines near Herat.") == [
        ("Coerce", "Afghan rebels", "Afghanistan", "kg")]


def test_a_lemmas_rows_with_conditions_are_tried_before_its_general_ones():
    from kg.lexicon.verbs import load_lexicon

    entries = load_lexicon().kg
    for rows in entries.values():
        kinds = [bool(e.objects or e.particle or e.prep or e.requires or e.modifiers or e.prep_objects or e.before
                      or e.mode or e.doers or e.shared) for e in rows]
        assert kinds == sorted(kinds, reverse=True)  # every conditioned row before every general one
    dismiss = entries[("dismiss", "VERB")]
    # the Reject row and the office row ('dismissed the prime minister': no event) come later in the file
    assert [e.type for e in dismiss] == ["Reject", "None", "Deny"]
    assert int(dismiss[0].source.rsplit(":", 1)[1]) > int(dismiss[2].source.rsplit(":", 1)[1])
    assert not dismiss[1].is_event


def test_a_reversed_block_code_reverses_its_verbs_senses():
    # "---  OFFEND   [:110]  ---": 'X offended Y' is Y's disapproval of X; a verb's own code is its own
    offend = _dictionary().blocks[2]
    assert (offend.code, offend.reverse) == ("110", True)
    senses = cameo.compile_verbs(_dictionary(), lambda code: "Criticize").senses
    assert [(s.code, s.reverse) for s in senses["offend"]] == [("110", True)]
    assert [(s.code, s.reverse) for s in senses["shock"]] == [("111", False)]
    assert [s.reverse for s in senses["accuse"]] == [False]


def test_whoever_feels_a_verb_of_feeling_is_the_one_who_disapproves():
    # the OFFEND block's own reversal, and the DISMAY block read the same way (rules.json experiencer_blocks)
    assert _events("Peru's remarks offended Chile.") == [("Criticize", "Chile", "Peru", "cameo")]
    assert _events("Chile was dismayed by Peru's decision to close the border.") == [
        ("Criticize", "Chile", "Peru", "cameo")]
    assert _events("Peru's decision disappointed Chile.") == [("Criticize", "Chile", "Peru", "cameo")]
    # a participle after a copula with a 'by' phrase: the copula's subject feels it
    assert _events("Chile said it was deeply disappointed by Peru's response.") == [
        ("Criticize", "Chile", "Peru", "cameo")]


def test_a_kg_rows_objects_may_name_a_dictionary_set():
    import pytest
    from kg.lexicon.verbs import _object_words

    row = {"lemma": "order", "objects": ["&MILITARY", "warships", "&PLACE"]}
    words = _object_words(row, 3, {"MILITARY": ["TROOPS", "ARMED_FORCES"]})
    assert words == {"troops", "troop", "forces", "force", "warships", "&PLACE"}
    with pytest.raises(ValueError, match="triggers.jsonl:3: .*unknown CAMEO set"):
        _object_words({"objects": ["&NO_SUCH_SET"]}, 3, {})


def test_an_order_that_moves_ones_own_forces_is_their_move_not_a_demand():
    # CAMEO codes PUT/PLACE * (ON ALERT) and SEND/DEPLOY * &MILITARY; 'order' with forces as its object does the same
    assert _events("Chile's president ordered troops into northern Bolivia.") == [
        ("Mobilize", "Chile", "Bolivia", "kg")]
    assert _events("Chile's president ordered the army on high alert.") == [("Mobilize", "Chile", None, "kg")]
    assert _events("Chile's president ordered its troops out of Bolivia.") == [("Retreat", "Chile", "Bolivia", "kg")]
    # an order to another state stays a demand on it
    assert _events("Chile's president ordered Bolivia to pull back its troops.")[0][:3] == ("Demand", "Chile", "Bolivia")


def test_calling_off_talks_cuts_contact_and_holds_no_meeting():
    # CAMEO's CALL * OFF [160]: a meeting called off is not held; a strike called off is kg's concession row
    assert _events("Bolivia called off its talks with Chile.") == [("Sanction", "Bolivia", "Chile", "kg")]
    assert _events("Bolivia broke off negotiations with Chile.") == [("Sanction", "Bolivia", "Chile", "kg")]
    assert _events("Bolivian miners called off their strike against the government.")[0][0] == "Concede"
    assert all(e[0] != "Protest" for e in _events("Bolivian miners called off their strike against the government."))


def test_the_agents_own_object_of_a_pattern_is_no_target():
    # CAMEO THROW * WEIGHT (BEHIND) [051], LEND * SUPPORT: 'its weight' is the agent's; X behind or to whom is the target
    assert _events("Chile threw its weight behind Bolivia's bid.") == [("Support", "Chile", "Bolivia", "cameo")]
    assert _events("Chile lent its support to Bolivia.") == [("Support", "Chile", "Bolivia", "cameo")]


def test_a_british_spelling_finds_the_dictionarys_american_one():
    # CAMEO lists FINALIZE and PENALIZE only: 'finalised', 'penalised' are the same verbs
    assert _events("Chile finalised the agreement with Peru.") == [("Agree", "Chile", "Peru", "cameo")]
    assert _events("Chile penalised Peruvian fishing firms.") == [("Coerce", "Chile", "Peru", "cameo")]


def test_normalizing_relations_is_an_agreement_between_the_sides():
    # kg's row, as CAMEO's RESTORE / RESUME / MEND * RELATIONS 050
    assert _events("Chile normalised relations with Bolivia.") == [("Agree", "Chile", "Bolivia", "kg")]
    assert _events("Chile and Bolivia normalized their relations.") == [("Agree", "Chile", "Bolivia", "kg")]


def test_the_act_an_order_gives_ones_own_forces_is_the_orderers():
    # CAMEO codes the act ordered: 'ordered troops to withdraw' is the orderer's retreat, not a demand on them
    assert _events("Chile's president ordered troops to withdraw from Bolivia.") == [("Retreat", "Chile", "Bolivia", "kg")]
    assert _events("Chile's president ordered troops to attack the Bolivian border posts.") == [
        ("Attack", "Chile", "Bolivia", "kg")]
    # another state's forces are asked, not commanded
    assert _events("Chile's president ordered Bolivian troops to withdraw.")[0][:3] == ("Demand", "Chile", "Bolivia")


def test_a_weapon_fired_into_open_water_is_a_show_of_force():
    # kg's row: CAMEO 150, demonstrate military power; fired at someone it stays an attack
    assert _events("Chile fired a ballistic missile into the sea.") == [("Mobilize", "Chile", None, "kg")]
    assert _events("Chile fired missiles at Bolivia.") == [("Attack", "Chile", "Bolivia", "kg")]


def test_ordering_another_states_diplomats_out_is_their_expulsion():
    # kg row, as 'expelled two diplomats' (CAMEO 161): not a demand on the diplomats
    assert _events("Chile ordered two Bolivian diplomats to leave the country.") == [("Sanction", "Chile", "Bolivia", "kg")]
    assert _events("Chile expelled two Bolivian diplomats.")[0][:3] == ("Sanction", "Chile", "Bolivia")


def test_a_preposition_ending_a_patterns_words_leaves_its_object_to_the_target():
    # "CONSIDER * SANCTIONS AGAINST [1312]" in the real dictionary: as "(AGAINST)" would, the bare preposition after
    # the object words names where the one the act is aimed at is, not only a word the sentence must have
    against = _dictionary().blocks[1].patterns[2]
    assert (against.objects, against.preps, against.target_preps) == (
        frozenset({"rifle"}), (("against", frozenset()),), ("against",))
    assert _events("Washington is considering sanctions against Georgian officials.") == [
        ("Threaten", "United States", "Georgia", "cameo")]
