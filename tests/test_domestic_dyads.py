"""Dyads inside one state (rules.json group_leaders, own_state_addressed counterpart_sectors, policed_at_home;
DocumentRules.facing_their_state): a government and its opposition, rebels, students or workers are two sides,
as event coders code them (KENGOV -> KENOPP), and each keeps a label of its own. Sentences written for the tests,
the real spaCy model."""
from helpers import event_rows as _events


def test_leaders_of_a_group_named_by_its_common_noun_are_that_group():
    assert _events("Rebel leaders accused Sudan of bombing villages.") == [
        ("Accuse", "Rebel leaders", "Sudan", "Asserted")]
    assert _events("President Maduro met opposition leaders in Caracas.") == [
        ("Meet", "Nicolas Maduro", "opposition leaders", "Asserted")]
    assert _events("The Bolivian army attacked rebel commanders near the border.") == [
        ("Attack", "Bolivia", "rebel commanders", "Asserted")]


def test_leaders_of_no_group_or_of_one_person_stay_nobody():
    # a party or a community of no kind of its own, and one leader with no name
    assert _events("Party leaders met in Berlin.") == []
    assert _events("Community leaders praised the United States.") == []
    assert _events("The opposition leader accused Turkey of meddling.") == []


def test_a_leader_acting_on_his_own_states_opposition_is_a_dyad_with_a_label_of_its_own():
    assert _events("Maduro criticized the Venezuelan opposition.") == [
        ("Criticize", "Nicolas Maduro", "Venezuelan opposition", "Asserted")]
    # the state's people at large stay home policy, no dyad
    assert _events("Maduro criticized the Venezuelan people.") == []


def test_people_facing_their_own_government_are_labelled_as_themselves_not_as_the_state():
    assert _events("Serbian workers protested against the Serbian government.") == [
        ("Protest", "Serbian workers", "Serbian government", "Asserted")]
    # facing another state, they stay coded by their state (its label), as before
    assert _events("Serbian workers protested against Croatia.") == [("Protest", "Serbia", "Croatia", "Asserted")]


def test_police_place_a_group_named_by_common_nouns_in_their_own_state():
    assert _events("Kenyan police arrested opposition leaders.") == [
        ("Coerce", "Kenya", "opposition leaders in Kenya", "Asserted")]
    assert _events("Iraqi police detained protesters.") == [("Coerce", "Iraq", "protesters in Iraq", "Asserted")]
    # a group with a name of its own is not re-placed
    assert _events("Kenyan police arrested Greenpeace activists.") == [
        ("Coerce", "Kenya", "Greenpeace", "Asserted")]


def test_people_facing_their_own_states_forces_are_a_side_of_their_own():
    assert _events("Kenyan protesters clashed with police in Nairobi.") == [
        ("Attack", "Kenyan protesters", "Kenya", "Asserted")]
    assert _events("Kenyan students protested against the Kenyan police.") == [
        ("Protest", "Kenyan students", "Kenyan police", "Asserted")]
    # facing another state's police, they are coded by their state, as before
    assert _events("Kenyan protesters clashed with Ugandan police.") == [("Attack", "Kenya", "Uganda", "Asserted")]


def test_a_person_named_beside_a_role_of_a_state_is_who_acts():
    # the role and its state say where the person acts from, not who acts
    assert _events("Russia's opposition leader Alexei Navalny criticized Vladimir Putin.") == [
        ("Criticize", "Alexei Navalny", "Vladimir Putin", "Asserted")]
    assert _events("Senegal's opposition leader Ousmane Sonko called for protests against President Macky Sall.") == [
        ("Appeal", "Ousmane Sonko", "Macky Sall", "Asserted")]


def test_review_of_stop_59_domestic_rules():
    # officials for civilians or refugees are a government's, not those people's leaders
    assert _events("Civilian officials at the Pentagon criticized China.") == []
    # police place each unplaced group of people in their state; an armed group stays its own
    assert _events("Kenyan police arrested opposition leaders and student activists.") == [
        ("Coerce", "Kenya", "opposition leaders in Kenya", "Asserted"),
        ("Coerce", "Kenya", "student activists in Kenya", "Asserted")]
    assert _events("Kenyan police arrested rebels.") == [("Coerce", "Kenya", "rebels", "Asserted")]
