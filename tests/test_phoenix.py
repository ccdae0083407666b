"""kg.lexicon.phoenix on a few lines of the Phoenix formats, written for these tests."""
from kg.lexicon.phoenix import CodeSpan, code_on, read_actors, read_agents, read_discards

ACTORS = """\
# a comment line
RURITANIA_  [RUR]
+RURITANIAN_
+STRELSAU_  # the capital

RURITANIAN_ARMY [RURMIL]
RUDOLF_RASSENDYLL_  # CountryInfo.txt
+RASSENDYLL
+KING_RUDOLF_
\t[RURELI 650101-991231]
\t[RURGOV 20000101-20120630]
\t[IGOUNO >120701]
\t[RURELI]
MICHAEL_ELPHBERG_  # a synonym list without '+'
BLACK_MICHAEL
\t[RURGOV <980101]
FLAVIA_ELPHBERG_\t[RURGOV 950101-9901] [RURELI]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN
FOREIGN_MINISTER [~GOVFRM] # a comment
POLICE {} [~COP]
POLICE!PERSON!  [~COP]
LAWMAN {LAWMEN} [~COP]
MILITIA [~REB]
HUMAN_RIGHTS_BODY  [NGO~]
"""

DISCARDS = """\
WORLD CUP   # sport
+ACADEMY AWARD
1914
"""


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_actor_records_with_synonyms_codes_and_sources(tmp_path):
    problems = []
    records = read_actors(_write(tmp_path, "Test.actors.txt", ACTORS), problems)
    assert [r.primary for r in records] == ["ruritania", "ruritanian army", "rudolf rassendyll",
                                            "michael elphberg", "flavia elphberg"]
    country, army, rudolf, michael, flavia = records
    assert country.phrases == ["ruritania", "ruritanian", "strelsau"] and country.codes == [CodeSpan("RUR")]
    assert country.source == "Test.actors.txt:2"
    assert army.codes == [CodeSpan("RURMIL")]
    assert rudolf.phrases == ["rudolf rassendyll", "rassendyll", "king rudolf"]
    assert rudolf.codes[0] == CodeSpan("RURELI", "1965-01-01", "1999-12-31")  # two-digit years
    assert rudolf.codes[1] == CodeSpan("RURGOV", "2000-01-01", "2012-06-30")  # four-digit years
    assert rudolf.codes[2] == CodeSpan("IGOUNO", start="2012-07-01")
    assert michael.phrases == ["michael elphberg", "black michael"]
    assert michael.codes == [CodeSpan("RURGOV", end="1998-01-01")]
    # two restrictions on the primary line; the malformed date loses that restriction only, and says where
    assert flavia.codes == [CodeSpan("RURELI")]
    assert problems == ["Test.actors.txt:17: date '9901' is neither YYMMDD nor YYYYMMDD"]


def test_the_code_on_a_date(tmp_path):
    rudolf = read_actors(_write(tmp_path, "Test.actors.txt", ACTORS))[2]
    assert code_on(rudolf.codes, "1990-05-01").code == "RURELI"
    assert code_on(rudolf.codes, "2005-05-01").code == "RURGOV"
    assert code_on(rudolf.codes, "2015-05-01").code == "IGOUNO"
    assert code_on(rudolf.codes, "2012-07-01T10:00:00").code == "IGOUNO"  # a timestamp reads as its day
    assert code_on(rudolf.codes, None).code == "IGOUNO"  # undated: the role still open


def test_agents_with_plurals_markers_and_sectors(tmp_path):
    agents = {a.phrase: a for a in read_agents(_write(tmp_path, "Test.agents.txt", AGENTS))}
    assert agents["foreign minister"].code == "GOVFRM" and agents["foreign ministers"].code == "GOVFRM"
    assert agents["foreign minister"].source == "Test.agents.txt:2"
    assert "polices" not in agents and agents["police"].code == "COP"  # {}: no plural
    assert {"policeman", "policemen", "policewoman", "policewomen"} <= set(agents)
    assert "lawmen" in agents and "lawmans" not in agents
    assert agents["militias"].code == "REB"
    assert agents["human rights body"].prefix and agents["human rights body"].code == "NGO"


def test_discards_and_whole_story_discards(tmp_path):
    discards = read_discards(_write(tmp_path, "Test.discards.txt", DISCARDS))
    assert [(d.phrase, d.whole_story) for d in discards] == [("world cup", False), ("academy award", True),
                                                             ("1914", False)]


def test_a_state_whose_code_changed_is_a_state_and_a_person_with_dated_offices_is_not(tmp_path):
    from kg.gazetteer import _record_class
    path = _write(tmp_path, "Phoenix.Countries.actors.txt", """\
ZENDA_
+TARLENHEIM_  # a town of it
\t[RURZND <910824]
\t[ZND >911221]
FRITZ_TARLENHEIM_  # CountryInfo.txt
\t[ZNDGOV 950101-991231]
\t[ZND >20000101]
""")
    state, person = read_actors(path)
    assert _record_class(state, path.name) == "State"
    assert _record_class(person, path.name) == "Person"
