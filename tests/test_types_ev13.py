"""Which events a sentence reports, and as what type (kg/extract/events/extractor.py, rules.json): CAMEO codes a
sentence's own event, not the events it mentions as its occasion. Sentences written for the tests, real spaCy model;
each rule's frame is paired with one it must not fire on."""
from helpers import event_rows as _events


def test_a_past_event_that_dates_the_sentences_own_event_is_its_occasion():
    assert _events("Spain condemned Syria on Friday, a day after a Syrian jet shot down a Turkish plane.") == [
        ("Criticize", "Spain", "Syria", "Asserted")]
    assert _events("Spain criticized Syria when Syrian troops attacked Turkish positions.") == [
        ("Criticize", "Spain", "Syria", "Asserted")]
    # with no event of its own, the sentence reports the one in its clause
    assert _events("Tensions rose on Friday, a day after a Syrian jet shot down a Turkish plane.") == [
        ("Attack", "Syria", "Turkey", "Asserted")]
    # an event that only describes a noun of the sentence is no event of its own that the clause dates
    assert _events("The truce, agreed by Sudan and Chad last month, collapsed when Sudanese troops shelled Chadian "
                   "positions.") == [("Agree", "Sudan", "Chad", "Asserted"), ("Attack", "Sudan", "Chad", "Asserted")]


def test_a_present_time_clause_of_a_future_event_is_supposed():
    assert _events("Spain will criticize Syria when Syrian troops attack Turkish positions.") == [
        ("Attack", "Syria", "Turkey", "Hypothetical"), ("Criticize", "Spain", "Syria", "Future")]
    assert _events("Spain will criticize Syria because Syrian troops attack Turkish positions.") == [
        ("Attack", "Syria", "Turkey", "Asserted"), ("Criticize", "Spain", "Syria", "Future")]


def test_a_restriction_on_goods_is_a_trade_sanction_and_one_on_people_is_not():
    assert _events("Beijing imposed new restrictions on imports from Japan.") == [
        ("Sanction", "China", "Japan", "Asserted")]
    assert _events("Chad imposed new travel restrictions on Sudanese citizens.") == [
        ("Coerce", "Chad", "Sudan", "Asserted")]
    assert _events("China imposes restrictions on American autos operating in China.") == [
        ("Sanction", "China", "United States", "Asserted")]


def test_a_strike_on_a_thing_hits_the_state_the_thing_is_in_not_where_the_strike_is_said_to_happen():
    assert _events("Canadian forces conducted strikes against a depot in Yemen.") == [
        ("Attack", "Canada", "Yemen", "Asserted")]
    assert _events("French jets carried out an air raid on an airfield in Libya.") == [
        ("Attack", "France", "Libya", "Asserted")]
    # the place of a workers' strike is not struck
    assert _events("Dock workers held a strike against the new port rules in Chile.") == [
        ("Protest", "Dock workers", None, "Asserted")]


def test_backing_an_armed_group_is_military_aid_and_praising_it_words():
    assert _events("Iran supports proxy militias across the region.") == [("Aid", "Iran", "proxy militias", "Asserted")]
    assert _events("Russia backed the separatist rebels.") == [("Aid", "Russia", "separatist rebels", "Asserted")]
    assert _events("Syria praised the militias.") == [("Support", "Syria", "militias", "Asserted")]
    assert _events("Canada supports Ukraine.") == [("Support", "Canada", "Ukraine", "Asserted")]


def test_lifting_ones_own_rules_with_no_one_named_is_no_concession():
    assert _events("Peru revoked its fishing restrictions to help local fleets.") == []
    assert _events("Peru lifted the restrictions on Bolivian imports.") == [("Concede", "Peru", "Bolivia", "Asserted")]
    # a measure aimed at someone is eased on someone, named or not
    assert _events("Peru lifted the embargo.") == [("Concede", "Peru", None, "Asserted")]


def test_a_verb_sharing_the_next_verbs_object_shares_its_sense():
    # withdrawing rules is taking back one's own measure, however the object is shared
    assert _events("The Department of Energy has withdrawn or postponed several efficiency rules.") == []
    assert _events("Russia withdrew its troops from Georgia.") == [("Retreat", "Russia", "Georgia", "Asserted")]


def test_what_one_actor_hopes_another_will_do_is_a_wish_not_the_others_offer():
    assert _events("Canada hopes that Mexico will provide aid to Haiti.") == [("Aid", "Mexico", "Haiti", "Hypothetical")]
    assert _events("Canada expects that Mexico will meet Chile next week.") == [
        ("Meet", "Mexico", "Chile", "Hypothetical")]
    # the doer's own hope or word is its intent
    assert _events("Mexico said that it will provide aid to Haiti.") == [("Propose", "Mexico", "Haiti", "Future")]
    # whatever type the verb is coded ('deepen cooperation', which the dictionary reads as agreeing), it is a wish
    assert _events("Norway hopes that Japan will deepen cooperation with Kenya.") == [
        ("Agree", "Japan", "Kenya", "Hypothetical")]
    assert _events("Japan said it will deepen cooperation with Kenya.") == [("Agree", "Japan", "Kenya", "Future")]


def test_a_list_of_those_joined_read_as_an_apposition_is_still_joined():
    # the parser reads 'joins A, the B, and C in marking ...' as A with B its apposition and C B's conjunct now and
    # then; the parse is built by hand so the test does not hang on the model's choice
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from kg.extract.events.senses import Senses

    words = ["Canada", "joins", "the", "WHO", ",", "the", "Red", "Cross", ",", "and", "nations", "in", "marking", "it"]
    heads = [1, 1, 3, 1, 3, 7, 7, 3, 7, 7, 7, 7, 11, 12]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "det", "compound", "appos", "punct", "cc", "conj", "prep",
            "pcomp", "dobj"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert [t.text for t in Senses._joined(doc[1])] == ["WHO", "Cross", "nations"]


def test_a_duty_to_act_says_what_must_be_done_not_that_it_was():
    assert _events("Canada stressed its obligation to support Ukraine.") == []
    assert _events("Mexico recognized its responsibility to assist Haiti.") == []
    # the small model hangs the infinitive on the verb whose object names the duty
    assert _events("Feeling a sense of duty to aid Haiti, Canada sent troops.") == [
        ("Mobilize", "Canada", None, "Asserted")]
    # a promise to act is still an offer
    assert _events("Canada stressed its promise to support Ukraine.") == [("Support", "Canada", "Ukraine", "Future")]


def test_a_measure_that_supports_someone_is_no_act_of_its_maker():
    assert _events("Canada's new proclamation supports the fishing communities of Peru.") == []
    assert _events("Canada supports the fishing communities of Peru.") == [("Support", "Canada", "Peru", "Asserted")]


def test_what_someone_should_have_is_a_claim_for_them_not_a_demand_on_them():
    assert _events("Canada believes that refugees from every country should have equal opportunity to work.") == []
    assert _events("Canada said that Peru should withdraw its troops.") == [("Demand", "Canada", "Peru", "Asserted")]


def test_blocking_a_bill_or_overturning_a_ruling_is_business_at_home_not_a_rejection():
    assert _events("Canadian senators blocked a bill on aid to Haiti.") == []
    assert _events("The Brazilian court overturned the ban on Argentine imports.") == []
    # a resolution or an agreement between states is still rejected
    assert _events("China overturned the agreement with Japan.") == [("Reject", "China", "Japan", "Asserted")]


def test_stopping_trade_with_a_state_is_a_sanction_in_the_stops_own_tense():
    assert _events("Chile stopped purchasing Peruvian copper.") == [("Sanction", "Chile", "Peru", "Asserted")]
    assert _events("Chile pledged to stop buying Peruvian copper.") == [("Sanction", "Chile", "Peru", "Future")]
    # not buying is no cut, and stopping other cooperation stays a rejection
    assert _events("Chile did not purchase Peruvian copper.") == [("Reject", "Chile", "Peru", "Asserted")]
    assert _events("Chile stopped cooperating with Peru.") == [("Reject", "Chile", "Peru", "Asserted")]


def test_the_recipient_of_a_list_of_things_given_hangs_on_its_last_item():
    assert _events("Over the past months, Canada has delivered hundreds of thousands of artillery rounds, thousands "
                   "of rockets, and other critical capabilities to Ukrainian forces.") == [
        ("Aid", "Canada", "Ukraine", "Asserted")]


def test_an_ordered_operation_hits_whom_its_relative_clause_says_it_killed():
    assert _events("In 2011, President Obama ordered an operation that killed Osama bin Laden.") == [
        ("Attack", "Barack Obama", "Osama bin Laden", "Asserted")]
    # a clause with a subject of its own says something else
    assert _events("President Obama ordered the operation that the generals had planned.") == [
        ("Attack", "Barack Obama", None, "Asserted")]


def test_officials_of_one_side_holding_a_meeting_together_are_no_counterparts():
    assert _events("Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin convened the first "
                   "meeting of the task force.") == []
    # officials of two sides discussing something met each other
    assert _events("President Biden and Prime Minister Kishida discussed trade.") == [
        ("Meet", "Joe Biden", "Fumio Kishida", "Asserted")]


def test_support_that_money_asked_for_is_to_give_is_aid():
    assert _events("Canada called for 5 billion dollars in new funding to support Haiti.") == [
        ("Aid", "Canada", "Haiti", "Future"), ("Appeal", "Canada", "Haiti", "Asserted")]
    # asking for something that is no money or goods leaves support words
    assert _events("Canada called for unity to support Haiti.") == [
        ("Appeal", "Canada", "Haiti", "Asserted"), ("Support", "Canada", "Haiti", "Future")]


def test_a_noun_before_a_joined_verbs_own_auxiliary_is_its_subject_not_part_of_the_object():
    # the parser joins 'the Chilean minister' to 'the talks'; an object is never followed by 'will'
    assert _events("Canada and Peru will review the talks and the Chilean minister will reaffirm the commitment "
                   "to Mexico.") == [("Propose", "Chile", "Mexico", "Future")]
    assert _events("Canada sent aid and troops to Haiti.") == [("Aid", "Canada", "Haiti", "Asserted")]


def test_a_conviction_in_court_is_coercion_not_an_accusation():
    assert _events("Chinese authorities arrested the activists, convicted them in closed trials, and sentenced them "
                   "to long terms.") == [("Coerce", "China", "activists", "Asserted")]
    assert _events("Russian authorities convicted two American journalists in a sham trial.") == [
        ("Coerce", "Russia", "United States", "Asserted")]
    # charging someone in court stays an accusation
    assert _events("Prosecutors in Ankara charged the Swedish journalist in court.") == [
        ("Accuse", "Turkey", "Sweden", "Asserted")]


def test_praise_still_to_come_is_praise_not_an_offer():
    assert _events("President William Ruto will commend Prime Minister Modi's leadership of the G20.") == [
        ("Support", "William Ruto", "Narendra Modi", "Future")]
    # backing still to come is a pledge
    assert _events("President William Ruto will support Prime Minister Modi's leadership of the G20.") == [
        ("Propose", "William Ruto", "Narendra Modi", "Future")]
