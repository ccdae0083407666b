"""Verb senses and frames (ontology/lexicon/senses.json, kg/extract/events/senses.py): a trigger counts only in
its event sense. Each test states every event its sentences must give, on sentences written for the test,
with the real spaCy model; each pairs the wrong frame with the right one so that neither can pass by accident.
"""
from helpers import event_rows as _events

STATEMENT = "Statement by President Biden on Our Partners"
REMARKS = "Remarks by President Biden at a State Dinner"


def test_deliver_on_is_fulfilling_not_aid():
    assert _events("Canada delivered on its promise to the region.") == []
    assert _events("Canada delivered food to Haiti.") == [("Aid", "Canada", "Haiti", "Asserted")]


def test_fight_for_a_cause_is_no_attack_and_an_attack_names_its_opponent():
    assert _events("Germany fought for the rights of workers.") == []
    assert _events("Germany fights inflation every year.") == []
    assert _events("Russia fought Ukrainian troops near the river.") == [("Attack", "Russia", "Ukraine", "Asserted")]


def test_backing_down_is_no_support_and_never_negates():
    assert _events("Poland never backed down from a fight.") == []
    assert _events("Poland has never attacked Belarus.") == [("Attack", "Poland", "Belarus", "Negated")]


def test_negation_by_a_determiner_or_a_pronoun():
    assert _events("France offers nothing to Algeria.") == [("Propose", "France", "Algeria", "Negated")]
    # a loan offered is proposed (CAMEO OFFER * LOAN [0331]), not given
    assert _events("France offers a loan to Algeria.") == [("Propose", "France", "Algeria", "Asserted")]
    assert _events("France offers no loan to Algeria.") == [("Propose", "France", "Algeria", "Negated")]


def test_help_needs_someone_helped():
    assert _events("Spain helped bring more than forty countries together.") == []
    assert _events("The new governors will help continue this progress.") == []
    assert _events("Spain helped Morocco.") == [("Aid", "Spain", "Morocco", "Asserted")]
    # someone helped to do something: still aid to them, announced
    assert _events("Spain will help Morocco rebuild its ports.") == [("Propose", "Spain", "Morocco", "Future")]


def test_the_vocative_addressee_of_thank_you_is_the_target_and_the_speaker_the_agent():
    text = "Ambassador Olaf Schmidt, thank you for your hospitality."
    assert _events(text, title=REMARKS) == [("Support", "Joe Biden", "Olaf Schmidt", "Asserted")]
    # no speaker known: nobody to be the agent, and the addressee never is
    assert _events(text) == []


def test_thanking_or_supporting_no_one_named_is_no_event():
    assert _events("Thank you all. I thank you for coming.", title=REMARKS) == []
    assert _events("Iran supports terrorism.") == []
    # (backing an armed group is material help: tests/test_types_ev13.py)
    assert _events("Iran supports Hezbollah.") == [("Aid", "Iran", "Hezbollah", "Asserted")]


def test_want_to_do_something_asks_nothing_of_its_object():
    assert _events("I want to thank Prime Minister Kishida for his friendship.", title=STATEMENT) == [
        ("Support", "Joe Biden", "Fumio Kishida", "Asserted")]
    assert _events("Japan wants China to halt its drills.") == [("Demand", "Japan", "China", "Asserted")]


def test_the_speakers_own_side_is_no_counterpart():
    assert _events("I want us all to stop for a second.", title=STATEMENT) == []


def test_reaffirm_is_support_only_for_support_or_a_commitment_to_an_actor():
    assert _events("Mexico and Canada reaffirmed the milestones of their dialogue.") == []
    assert _events("Mexico reaffirmed its support for Ukraine.") == [("Support", "Mexico", "Ukraine", "Asserted")]


def test_require_needs_an_actor_required():
    assert _events("Germany requires action.") == []
    assert _events("The United Nations required Iran to halt enrichment.") == [
        ("Demand", "United Nations", "Iran", "Asserted")]


def test_present_is_a_proposal_only_with_a_proposal():
    assert _events("Chile presented the medal to Peru.") == []
    assert _events("Chile presented a peace plan to Peru.") == [("Propose", "Chile", "Peru", "Asserted")]


def test_a_question_is_no_appeal():
    assert _events("Kenya asked Uganda whether the border was open.") == []
    assert _events("Kenya asked Uganda to open the border.") == [("Appeal", "Kenya", "Uganda", "Asserted")]


def test_a_trigger_noun_inside_the_name_of_a_programme_is_no_event():
    assert _events("Italy announced the Rossi Plan for Kenya.") == []
    assert _events("Italy announced a plan for Kenya.") == [("Propose", "Italy", "Kenya", "Asserted")]


def test_a_dictionary_verb_alone_codes_only_between_political_actors():
    assert _events("Canada appreciates Chile's leadership.") == [("Support", "Canada", "Chile", "Asserted")]
    assert _events("Maria Lopez appreciates Chile's leadership.") == []
    assert _events("Javier Lopez went to Harvard University.") == []


def test_what_someone_is_allowed_to_do_is_possible_not_done():
    assert _events("Iran must allow Iranians to protest freely.") == [("Protest", "Iran", None, "Possible")]


def test_a_speakers_resolve_for_their_own_side_is_no_demand():
    assert _events("I think we should support Ukraine.", title=STATEMENT) == []
    assert _events("I think Russia should withdraw its troops.", title=STATEMENT) == [
        ("Demand", "Joe Biden", "Russia", "Asserted")]


def test_an_aid_noun_names_its_recipient():
    assert _events("Germany approved food assistance.") == []
    assert _events("Japan announced new assistance to Ukraine.") == [("Aid", "Japan", "Ukraine", "Asserted")]


def test_signing_a_domestic_measure_is_no_agreement():
    assert _events("Chile signed an executive order on water.") == []
    assert _events("Chile signed a trade agreement with Peru.") == [("Agree", "Chile", "Peru", "Asserted")]


def test_a_purpose_is_intended_but_keeps_its_type():
    # the aim of a deed ("sent troops to help X") is not an offer to X (CAMEO 03): it keeps its own type
    assert _events("Kenya sent troops to Somalia to help Ethiopia.") == [
        ("Aid", "Kenya", "Ethiopia", "Future"), ("Mobilize", "Kenya", "Somalia", "Asserted")]


def test_co_agents_visiting_something_together_do_not_meet_each_other():
    assert _events("Germany and France visited the memorial.") == []
    assert _events("Germany and France met in Paris.") == [("Meet", "Germany", "France", "Asserted")]


def test_seizing_an_opportunity_confiscates_nothing():
    assert _events("Poland seized the opportunity.") == []
    assert _events("Poland seized Russian assets.") == [("Coerce", "Poland", "Russia", "Asserted")]


def test_recapturing_a_town_is_occupation_and_recapturing_a_convict_is_not():
    assert _events("Serbian police recaptured the escaped convict.") == []
    assert _events("Georgian troops recaptured three villages from Abkhaz separatists.") == [
        ("Occupy", "Georgia", "Abkhazia", "Asserted")]


def test_a_meeting_proposed_with_someone_is_a_proposal_to_them():
    assert _events("Chile proposed talks with Bolivia.") == [("Propose", "Chile", "Bolivia", "Asserted")]
    assert _events("Chile suggested a meeting with Bolivia.") == [("Propose", "Chile", "Bolivia", "Asserted")]


def test_brokering_an_accord_between_two_sides_mediates_between_them():
    assert sorted(_events("Norway brokered a ceasefire between Colombia and Venezuela.")) == [
        ("Meet", "Norway", "Colombia", "Asserted"), ("Meet", "Norway", "Venezuela", "Asserted")]


def test_a_reduced_passive_relative_takes_its_agent_from_by_and_its_target_from_its_noun():
    assert _events("Jill and I hold those killed by gun violence in our prayers.", title=STATEMENT) == []
    assert _events("Ukrainian civilians killed by Russian troops were buried.") == [
        ("Attack", "Russia", "Ukraine", "Asserted")]


def test_firing_an_official_and_thanking_for_attendance_are_no_events():
    assert _events("Chile fired the inspector general.") == []
    assert _events("Russia fired missiles at Kyiv.") == [("Attack", "Russia", "Ukraine", "Asserted")]
    assert _events("Governor Ana Silva, thank you for being here.", title=REMARKS) == []
    assert _events("Governor Ana Silva, thank you for your leadership.", title=REMARKS) == [
        ("Support", "Joe Biden", "Ana Silva", "Asserted")]


def test_forgiving_a_debt_and_a_targeted_strike():
    assert _events("Canada forgave medical debt.") == []
    assert _events("Canada forgave Chile.") == [("Support", "Canada", "Chile", "Asserted")]
    assert _events("Turkish forces conducted targeted strikes against the PKK.") == [
        ("Attack", "Turkey", "PKK", "Asserted")]


def test_frames_of_solidarity_taking_part_pricing_and_schooling_are_not_events():
    # 'rally around / behind': solidarity, no demonstration; 'rally against X' still is one
    assert _events("Georgians rallied around their president after the attack.") == []
    assert _events("Georgians rallied against Russia outside the embassy.") == [
        ("Protest", "Georgia", "Russia", "Asserted")]
    # joining an endeavour is taking part in it, joining a state at a summit is meeting it
    assert _events("Spain joined French efforts to rebuild the port.") == []
    assert _events("Spain joined France at the summit.") == [("Meet", "Spain", "France", "Asserted")]
    # charging a price is no accusation; charging someone with a crime is
    assert _events("Egyptian banks charge high fees.") == []
    assert _events("Egypt charged two Israeli journalists with espionage.") == [
        ("Accuse", "Egypt", "Israel", "Asserted")]
    # one's own training is a biography; training another's soldiers is aid
    assert _events("Dr. Okafor trained in surgery at Lagos University Teaching Hospital.") == []
    assert _events("Britain trained Kenyan soldiers in Nairobi.") == [("Aid", "United Kingdom", "Kenya", "Asserted")]
    # defying a demand refuses it
    assert _events("Iran defied the demands of the Security Council.") == [
        ("Reject", "Iran", "The Security Council", "Asserted")]


def test_frames_of_watching_home_administration_civilian_staff_and_prices_are_not_events():
    # keeping watch on a situation is no inquiry into an actor; watching an actor's units is
    assert _events("Canada will closely monitor the situation in Haiti.") == []
    assert _events("Canada monitored Haitian police units.") == [("Investigate", "Canada", "Haiti", "Asserted")]
    # undoing one's own government's order is administration; lifting restrictions on another state concedes
    assert _events("The new Chilean president revoked an executive order of his predecessor.") == []
    assert _events("Chile revoked the restrictions on Peruvian imports.") == [("Concede", "Chile", "Peru", "Asserted")]
    # civilian staff are sent, armed forces are deployed
    assert _events("Brazil deployed nurses to Bolivia.") == []
    assert _events("Russia deployed troops to the border with Ukraine.") == [("Mobilize", "Russia", "Ukraine", "Asserted")]
    # a price asked, with an object of price or with none, is no accusation; a charge against someone, or a
    # charge made in a clause, is
    assert _events("Kenyan banks can charge more for loans.") == []
    assert _events("Kenyan lenders can charge for late payments.") == []
    assert _events("Kenya charged two Ugandan officials with fraud.") == [("Accuse", "Kenya", "Uganda", "Asserted")]
    assert _events("Ethiopia charged that Eritrea had shelled the town.") == [
        ("Accuse", "Ethiopia", "Eritrea", "Asserted")]


def test_wanting_someone_to_know_is_telling_them_not_a_demand():
    assert _events("Poland wants Belarus to know that its border will stay closed.") == []
    assert _events("Poland wants Belarus to release the journalists.") == [("Demand", "Poland", "Belarus", "Asserted")]


def test_greeting_someone_present_is_no_praise_and_a_deed_or_a_state_recognized_is():
    assert _events("I'd also like to recognize our Ambassador, Jane Roe.", title=REMARKS) == []
    assert _events("I recognize Prime Minister Olaf Schmidt for his leadership.", title=REMARKS) == [
        ("Support", "Joe Biden", "Olaf Schmidt", "Asserted")]
    assert _events("Canada recognized Kosovo.") == [("Support", "Canada", "Kosovo", "Asserted")]


def test_welcoming_ones_own_people_home_is_no_support():
    assert _events("As we welcome home our fellow citizens, we remember the others.", title=STATEMENT) == []
    assert _events("We welcome the Chilean decision to join the alliance.", title=STATEMENT) == [
        ("Support", "United States", "Chile", "Asserted")]


def test_being_joined_by_guests_is_no_meeting():
    assert _events("President Donald Trump was joined by Vice President JD Vance and Secretary Marco Rubio.") == []
    assert _events("Germany joined France for talks on energy.") == [("Meet", "Germany", "France", "Asserted")]


def test_denying_a_fact_is_no_denial_of_a_claim():
    assert _events("Russia denies the urgency of the climate crisis.") == []
    assert _events("Iran denied the accusations by Israel.") == [
        ("Accuse", "Israel", "Iran", "Asserted"), ("Deny", "Iran", "Israel", "Asserted")]


def test_a_dictionary_verb_on_an_infinitive_the_parser_gave_a_subject_is_not_coded():
    # 'China to protect ...' is no clause of China's: an infinitive has a subject only after 'for'
    assert _events("Spain signed orders imposing tariffs on Mexico, Canada, and China to protect the American people.") == []
    assert _events("Spain protected Morocco.") == [("Aid", "Spain", "Morocco", "Asserted")]


def test_a_phrase_that_runs_on_to_the_next_line_of_a_hard_wrapped_page():
    # the courtesy of 'thank you for / being with us' is seen across the break; praise for a deed stays
    assert _events("Senator Jane Doe, Mayor John Roe, thank you for\nbeing with us this evening.", title=REMARKS) == []
    assert _events("Senator Jane Doe, thank you for\nyour leadership on trade with Mexico.", title=REMARKS) == [
        ("Support", "Joe Biden", "Jane Doe", "Asserted")]
    assert _events("Senator Jane Doe, thank you for that introduction.", title=REMARKS) == []
    # a figure of speech whose object opens the next line
    assert _events("Canada will deploy every\ntool it has against fraud.") == []
    assert _events("Canada will deploy\ntroops to Haiti.") == [("Mobilize", "Canada", "Haiti", "Future")]
    # the target named after the break: a preposition ending the line, or one on the object the next line opens
    assert _events("Last week Iran launched an unprecedented aerial attack against\nIsrael, and the world responded.") == [
        ("Attack", "Iran", "Israel", "Asserted")]
    assert _events("Chancellor Olaf Schmidt condemned recent\nattacks by Russia across the region.") == [
        ("Criticize", "Olaf Schmidt", "Russia", "Asserted")]
    assert _events("Chancellor Olaf Schmidt condemned the recent ballistic missile launch\n"
                   "by North Korea and pledged to work with Japan.") == [
        ("Criticize", "Olaf Schmidt", "North Korea", "Asserted"), ("Propose", "Olaf Schmidt", "Japan", "Asserted")]
    assert _events("Chancellor Olaf Schmidt thanked Prime Minister\nJane Roe for the visit.") == [
        ("Support", "Olaf Schmidt", "Jane Roe", "Asserted")]
    # a topic after the break is no counterpart: 'with' on the object names the object's partner
    assert _events("Chancellor Olaf Schmidt and Prime Minister Jane Roe discussed\ntheir diplomacy with China.") == [
        ("Meet", "Olaf Schmidt", "Jane Roe", "Asserted")]


def test_kicking_off_is_starting():
    assert _events("In May Canada kicked off the summit in Ottawa.") == []
    assert _events("Canada kicked Mexican protesters at the border.") == [("Attack", "Canada", "Mexico", "Asserted")]


def test_a_preposition_that_opens_the_next_line_still_makes_the_frame():
    assert _events("Together, Poland rallied\naround the victims and their families.") == []
    assert _events("Poland rallied\nagainst Russia outside the embassy.") == [("Protest", "Poland", None, "Asserted")]


def test_a_line_that_opens_with_an_infinitive_gives_it_no_subject():
    # 'called / X to congratulate him': X is the one called, not the one who congratulates
    assert _events("Yesterday Chancellor Olaf Schmidt called\nPresident Jane Roe to congratulate him on his election.") == []
    # the congratulation is the spoken purpose of a past call, so it was said in it (see test_irrealis); the call
    # itself is a meeting by telephone (CAMEO 041)
    assert _events("President Jane Roe called Chancellor Olaf Schmidt to congratulate him on his election.") == [
        ("Meet", "Jane Roe", "Olaf Schmidt", "Asserted"), ("Support", "Jane Roe", "Olaf Schmidt", "Asserted")]


def test_what_someone_currently_does_is_a_role():
    assert _events("Jane Roe currently consults with the Government of Kenya on water policy.") == []
    assert _events("Jane Roe consulted with the Government of Kenya on water policy.") == [
        ("Meet", "Jane Roe", "Kenya", "Asserted")]


def test_attacking_or_fighting_a_problem_is_a_figure_of_speech():
    assert _events("So, Canada is attacking the challenge from both ends.") == []
    assert _events("Together, Canada can intercept cancer.") == []
    assert _events("Canada attacked Mexican positions.") == [("Attack", "Canada", "Mexico", "Asserted")]
    assert _events("Canada intercepted Mexican ships.") == [("Coerce", "Canada", "Mexico", "Asserted")]


def test_a_pardon_a_withdrawn_nomination_an_armys_march_and_a_refused_evacuation_are_no_events():
    assert _events("President Jane Roe of Kenya granted a pardon for marijuana possession.") == []
    assert _events("Canada granted asylum to Mexican dissidents.") == [("Aid", "Canada", "Mexico", "Asserted")]
    assert _events("Kenya decided to withdraw its nomination for the post.") == []
    assert _events("Russia withdrew from Syria.") == [("Retreat", "Russia", "Syria", "Asserted")]
    assert _events("General Jane Roe of Kenya marched north to pursue the rebels.") == []
    assert _events("Protesters marched against Russia outside the embassy.") == [
        ("Protest", "Protesters", "Russia", "Asserted")]
    assert _events("Major Jane Roe of Kenya refused to be evacuated.") == []
    assert _events("Major Jane Roe of Kenya refused to meet Uganda.") == [
        ("Reject", "Jane Roe", "Uganda", "Asserted")]


def test_visiting_a_place_of_ones_own_country_is_no_meeting():
    assert _events("First Lady Melania Trump visited Joint Base Andrews to celebrate the season.") == []
    assert _events("Vice President Kamala Harris visited Buenos Aires.") == [
        ("Meet", "Kamala Harris", "Argentina", "Asserted")]


def test_a_phrase_runs_on_across_a_cut_the_parser_made_inside_the_line():
    # the parser cuts 'We have mobilized' from 'an unprecedented', and the line breaks before the noun
    text = "Canada adopted a strategy. We have mobilized an unprecedented\ngovernment-wide effort to counter fraud."
    assert _events(text, title=STATEMENT) == []
    assert _events("Russia mobilized troops near the border with Ukraine.") == [("Mobilize", "Russia", "Ukraine", "Asserted")]


def test_a_measure_as_subject_is_no_actor():
    text = "South Carolina's ban will cut off access to abortion for women in the state."
    assert _events(text, title="Statement by the Press Secretary on Abortion") == []
    assert _events("Russia cut off gas supplies to Ukraine.") == [("Sanction", "Russia", "Ukraine", "Asserted")]


def test_moving_someone_to_safety_is_a_rescue_not_a_deployment():
    # the object ends the wrapped line and 'to safety' opens the next
    assert _events("Under heavy mortar fire, Sergeant John Miller moved the tank commander\n"
                   "to safety and fired at the enemy position.") == []
    assert _events("Russia moved troops to the border with Ukraine.") == [("Mobilize", "Russia", "Ukraine", "Asserted")]


def test_a_threat_someone_poses_is_a_danger_and_one_someone_issues_is_a_threat():
    assert _events("The Houthis pose a threat to Israel.") == []
    # the attacks a danger speaks of are hypothetical (a wrapped line joins its sentence: kg.nlp.join_wrapped_lines)
    assert _events("The Houthi militants continue to pose a threat of future\n"
                   "attacks against United States forces.") == [("Attack", "Houthis", "United States", "Hypothetical")]
    assert _events("Iran issued a threat against Israel.") == [("Threaten", "Iran", "Israel", "Asserted")]


def test_threats_someone_confronts_are_dangers_also_when_the_verb_ends_the_line():
    assert _events("President Trump has confronted\nthreats from Iran to defend American\ninterests.") == []
    assert _events("Iran has made threats against Israel.") == [("Threaten", "Iran", "Israel", "Asserted")]


def test_blocking_before_a_sanction_names_its_kind_and_blocking_a_place_is_a_protest():
    assert _events("-   On June 3, 2021, the United States will re-impose full blocking\n"
                   "    sanctions against nine Belarusian state-owned enterprises.") == []
    assert _events("Protesters blocked the Russian embassy.") == [("Protest", "Protesters", "Russia", "Asserted")]


def test_a_warning_of_how_things_are_is_no_threat_even_when_its_clause_runs_on():
    assert _events("Multiple Supreme Court justices have recently warned that lower court judges\n"
                   "acting beyond their authority are misusing their power.") == []
    assert _events("Multiple Supreme Court justices have recently warned that lower court judges\n"
                   "acting beyond their authority will be removed.") == [("Threaten", "Supreme Court", None, "Asserted")]


def test_what_an_agenda_funds_is_the_measure_and_not_the_act_of_the_person_whose_it_is():
    assert _events("Mike Brennan described the schools that his initiative has funded.") == []
    # a programme's title-case name, which the parser splits at its first word
    assert _events("Mike Brennan praised the 900 projects\nthat his Investing in Maine agenda has funded and encouraged.") == []
    # funding needs a recipient named (the row's needs_target): here the schools' state
    assert _events("Mike Brennan described the Haitian groups that his initiative has funded.") == []
    assert _events("Mike Brennan described the Haitian schools that he has funded.") == [
        ("Aid", "Mike Brennan", "Haiti", "Asserted")]


def test_threatening_a_state_of_affairs_is_a_danger_and_threatening_a_party_is_a_threat():
    assert _events("Russia threatened Georgia's peace and stability.") == []
    assert _events("Putin threatens the very foundations of international peace.") == []
    assert _events("Russia threatened Georgia with sanctions.") == [("Threaten", "Russia", "Georgia", "Asserted")]


def test_hosting_an_installation_is_no_meeting():
    assert _events("Venezuela hosts China's largest radar facility aimed at Colombia.") == []
    assert _events("Venezuela hosted China at a summit in Caracas.") == [("Meet", "Venezuela", "China", "Asserted")]


def test_joining_many_in_an_observance_is_no_meeting_when_in_hangs_off_the_last_joined():
    assert _events("Today, France joins the United Nations, the Red Cross, and nations around the world in "
                   "commemorating World Refugee Day.") == []
    assert _events("Today, France joins the United Nations and Germany at a summit in Geneva.") == [
        ("Meet", "France", "Germany", "Asserted"), ("Meet", "France", "United Nations", "Asserted")]


def test_defying_limits_across_a_line_break_is_a_figure_of_speech():
    assert _events("Just as Columbus defied the\nlimits of his age, Spain is defying the limits of what is possible.") == []
    assert _events("Poland defied Russia at the summit.") == [("Reject", "Poland", "Russia", "Asserted")]


def test_denying_rights_is_repression_not_a_denial():
    assert _events("- The regime represses its own people, killing hundreds of\nprotesters, denying human rights, "
                   "and using force to keep\npower.") == []
    # a denial of an accusation stays one, aimed at the accuser (rules.json act_nouns: speech acts too)
    assert _events("Iran denied the accusation by Israel.") == [("Deny", "Iran", "Israel", "Asserted")]


def test_wanting_under_a_verb_of_knowing_is_a_wish_not_a_demand():
    assert _events("I knew I wanted Senator Maria Lopez to\nserve alongside me.", title=STATEMENT) == []
    assert _events("Japan wants China to halt its drills.") == [("Demand", "Japan", "China", "Asserted")]


def test_ordering_ones_own_assets_to_help_is_a_mobilization():
    assert _events("I have ordered all available Federal assets in the State to help with\nresponse.",
                   title=STATEMENT) == [("Mobilize", "Joe Biden", None, "Asserted")]


def test_will_not_allow_is_a_warning_and_did_not_allow_a_negated_concession():
    assert _events("Let there be no mistake: Canada will not allow Russia or other\n"
                   "authoritarian states to intimidate those living lawfully in our country.") == [
        ("Threaten", "Canada", "Russia", "Asserted")]
    assert _events("Canada did not allow Russia or other\nauthoritarian states to send ships.") == [
        ("Concede", "Canada", "Russia", "Negated")]


def test_will_not_withdraw_or_release_refuses_to_yield_and_did_not_stays_negated():
    # CAMEO 124: refusing to withdraw, to release, to ease sanctions is a rejection, not a warning
    assert _events("Peru will not withdraw its troops from Chile.") == [("Reject", "Peru", "Chile", "Asserted")]
    assert _events("Peru said it would not release the Chilean prisoners.") == [
        ("Reject", "Peru", "Chile", "Asserted")]
    assert _events("Peru will not lift its sanctions on Chile.") == [("Reject", "Peru", "Chile", "Asserted")]
    assert _events("Peru did not withdraw its troops from Chile.") == [("Retreat", "Peru", "Chile", "Negated")]


def test_the_one_allowed_is_the_target_where_the_parser_makes_it_the_subject_of_the_clause():
    # spaCy hangs 'Iran' on the complement ('Iran to acquire') as its subject: it is allow's object all the same
    assert _events("Israel will not allow Iran to acquire nuclear weapons.") == [
        ("Threaten", "Israel", "Iran", "Asserted")]
    assert _events("Peru allowed Chile to open a consulate.") == [("Concede", "Peru", "Chile", "Asserted")]
    # a thing allowed is no counterpart
    assert _events("Peru allowed aid to enter the port.") == []


def test_an_obligation_bound_to_a_generic_when_clause_is_a_norm():
    title = "Remarks by Vice President Harris Before Meeting with President Giammattei of Guatemala"
    meeting = ("Meet", "United States", "Guatemala", "Asserted")
    assert _events("We discussed the work ahead with Guatemala. I believe that the government must be held "
                   "accountable when it violates\nthe rights of its people.", title=title) == [meeting]
    assert _events("We discussed the work ahead with Guatemala. I believe that the government must release the "
                   "journalists when the court rules.", title=title) == [("Demand", "Kamala Harris", "Guatemala", "Asserted"), meeting]


def test_hosting_an_installation_named_across_a_line_break_is_no_meeting():
    assert _events("For example, Venezuela hosts China's largest overseas signals\nintelligence facility focused on "
                   "stealing sensitive information from Colombia.") == []


def test_joining_a_list_that_runs_on_to_the_next_line_in_an_observance_is_no_meeting():
    assert _events("Today, the United States joins the World Health Organization,\nthe Red Cross, and nations "
                   "around the world in marking World Refugee Day.") == []
    assert _events("Today, the United States joins the World Health Organization,\nthe Red Cross, and Germany "
                   "for talks in Geneva.") == [
        ("Meet", "United States", "International Committee of the Red Cross", "Asserted"),
        ("Meet", "United States", "World Health Organization", "Asserted")]


def test_a_nominees_request_to_withdraw_and_its_acceptance_are_a_personnel_matter():
    assert _events("I have accepted Maria Lopez's request to withdraw her name from\nnomination for Director of the "
                   "Office of Science. I have the utmost respect for her record.", title=STATEMENT) == []
    assert _events("Israel accepted Egypt's request to open the crossing.") == [
        ("Agree", "Israel", "Egypt", "Asserted"), ("Appeal", "Egypt", "Israel", "Asserted")]


def test_a_thing_described_as_funded_by_someone_is_no_act_of_aid():
    assert _events("- States administer many of these benefit programs funded by the\nFederal Government, yet some "
                   "have embraced weak policies.") == []
    # funding names its recipient through the thing's owner ('a hospital in Kenya' is a place, not Kenya's)
    assert _events("Kenya's new hospital was funded by the United States.") == [("Aid", "United States", "Kenya", "Asserted")]


def test_warning_of_risks_or_of_what_a_course_would_bring_is_a_comment_not_a_threat():
    assert _events("Germany warned of the risks of a wider war in the region.") == []
    assert _events("- **President Trump warned of the catastrophic consequences of failing\n"
                   "to confront the Iranian threat:** \u201cDo you want to see a bad stock market? Try it.") == []
    assert _events("Germany warned Russia of severe consequences.") == [("Threaten", "Germany", "Russia", "Asserted")]


def test_support_one_has_or_wins_is_given_by_the_of_phrase():
    assert _events("Georgia has the support of the United States.") == [("Support", "United States", "Georgia", "Asserted")]
    assert _events("Georgia won the backing of the European Union.") == [
        ("Support", "European Union", "Georgia", "Asserted")]
    assert _events("Poland praised Georgia's support of Ukraine.") == [
        ("Support", "Georgia", "Ukraine", "Asserted"), ("Support", "Poland", "Georgia", "Asserted")]


def test_leaving_a_body_or_a_place_is_no_meeting_and_leaving_for_a_place_is_a_visit():
    assert _events("President Trump left the National Guard at 24 years.") == []
    assert _events("Germany left the NATO summit early.") == []
    assert _events("Germany left for Ukraine on Monday.") == [("Meet", "Germany", "Ukraine", "Asserted")]


def test_organizing_an_armed_body_is_no_agreement_with_it():
    assert _events("American patriots organized militias in every colony.") == []
    assert _events("The Ukrainian farmers organized militias to defend their villages.") == []


def test_a_borrowed_dictionary_code_needs_the_actor_itself_as_object():
    # 'revitalize' only borrows the code of its block (encourage): a thing owned by an actor is no counterpart
    assert _events("The United States has revitalized the G7\u2019s commitment to drive economic growth.") == []
    assert _events("The United States has revitalized NATO.") == [("Support", "United States", "NATO", "Asserted")]


def test_talk_between_kin_is_family_life():
    # two people who share a family name: a wife talking with her husband is no contact between political actors
    assert _events("First Lady Jane Roe said: I talked with John about the trip.\nJohn Roe is the President.") == []
    assert _events("Jane Roe met with John Roe in Ottawa.") == []
    # people with different family names still meet
    assert _events("Jane Roe met with Olaf Schmidt in Ottawa.") == [("Meet", "Jane Roe", "Olaf Schmidt", "Asserted")]


def test_facing_sanctions_is_undergoing_them_not_a_meeting():
    assert _events("Chile could face new sanctions from Peru.") == [("Sanction", "Peru", "Chile", "Possible")]
    assert _events("The Chilean president faced his Peruvian counterpart in a debate.") == [
        ("Meet", "Chile", "Peru", "Asserted")]


def test_a_memorandum_signed_with_a_partner_is_an_agreement_and_one_signed_alone_a_measure():
    assert _events("Chile signed a memorandum of understanding with Peru.") == [("Agree", "Chile", "Peru", "Asserted")]
    assert _events("Chile and Peru signed a memorandum of understanding on mining.") == [
        ("Agree", "Chile", "Peru", "Asserted")]
    assert _events("The president signed a memorandum on trade with Peru.", title=STATEMENT) == []
    # a 'with' on an object that is no pact, or partners of one side, sign nothing together
    assert _events("President Boric signed an executive order with Peru's envoy at his side.") == []
    assert _events("Congress and the White House signed the budget bill.", title=STATEMENT) == []


def test_a_forecast_or_a_counterfactual_of_not_yielding_is_no_refusal():
    assert _events("Analysts say Peru will not withdraw its troops from Chile.") == [
        ("Retreat", "Peru", "Chile", "Negated")]
    assert _events("Peru would not have withdrawn its troops from Chile without losses.") == [
        ("Retreat", "Peru", "Chile", "Negated")]
    assert _events("A Peruvian spokesman said Peru would not withdraw its troops from Chile.") == [
        ("Reject", "Peru", "Chile", "Asserted")]


def test_an_accusation_rejected_is_denied_a_proposal_rejected_is_refused():
    assert _events("Chile rejected Peru's accusations.") == [
        ("Accuse", "Peru", "Chile", "Asserted"), ("Deny", "Chile", "Peru", "Asserted")]
    assert _events("Chile rejected the allegations by Peru.") == [
        ("Accuse", "Peru", "Chile", "Asserted"), ("Deny", "Chile", "Peru", "Asserted")]
    assert _events("Chile rejected Peru's proposal.") == [("Reject", "Chile", "Peru", "Asserted")]
    # a condemnation is no accusation to deny: rejecting it is a rejection, and says the condemnation was made
    assert _events("Chile rejected Peru's condemnation of the raid.") == [
        ("Criticize", "Peru", "Chile", "Asserted"), ("Reject", "Chile", "Peru", "Asserted")]


def test_a_verb_of_winning_in_a_match_report_is_no_attack():
    assert _events("Chile beat Peru on penalties in the Copa America final.") == []
    assert _events("Bolivia defeated Paraguay 2-0 in La Paz.") == []
    # without a match or a score it is what it says
    assert _events("Chilean police beat Peruvian migrants at the border.") == [("Attack", "Chile", "Peru", "Asserted")]


def test_overtaking_someone_as_something_is_a_ranking_not_force():
    # CAMEO lends OVERTAKE its block's code of force; 'overtook X as the largest' passes X in a ranking
    assert _events("India overtook China as the largest buyer of Russian oil.") == []
    assert _events("Russia defeated Ukraine's forces near the river.") == [("Attack", "Russia", "Ukraine", "Asserted")]


def test_insisting_that_something_is_so_is_no_demand():
    # a content clause in a past or present tense states a fact (senses.json fact_content); the mandative
    # subjunctive, 'must' and 'insisted on' stay demands
    assert _events("Peru's president insisted that his country had not sent troops to the border.") == []
    assert _events("Peru insists that Chile is arming the rebels.") == []
    assert _events("Peru insisted that Chile withdraw its troops.") == [("Demand", "Peru", "Chile", "Asserted")]
    assert _events("Peru insisted that Chile must withdraw its troops.") == [("Demand", "Peru", "Chile", "Asserted")]


def test_a_side_storming_into_a_final_is_no_attack():
    assert _events("Chile stormed into the Copa final with a 2-0 win over Peru.") == []
    assert _events("Chilean troops stormed into Lima on Monday.") == [("Attack", "Chile", "Peru", "Asserted")]


def test_a_sides_assault_in_a_sentence_with_a_score_is_play():
    assert _events("Chile's Pumas launched a blistering second-half assault to sink Peru 33-20 in Lima.") == []
    # a span of days is no score; a word that only begins like a month does not make one
    assert _events("Chile launched an assault on Lima on 12-13 March.") == [("Attack", "Chile", "Peru", "Asserted")]
    assert _events("Chile beat Peru 3-1 decisively.") == []


def test_releasing_a_document_is_publishing_not_a_concession():
    assert _events("The Department of Commerce released its new Export Control Guidelines on Tuesday.") == []
    assert _events("Hamas released three hostages to the Red Cross on Tuesday.") == [
        ("Concede", "Hamas", "International Committee of the Red Cross", "Asserted")]


def test_conceding_that_something_is_so_admits_a_point():
    assert _events("The Centers for Disease Control now concedes that the earlier estimate was wrong.") == []
    assert _events("Russia conceded the port to Ukraine.") == [("Concede", "Russia", "Ukraine", "Asserted")]


def test_warning_about_a_possibility_is_no_threat():
    rows = _events("President Biden said he had warned about the potential that Russia could conduct cyber attacks "
                   "against the United States.")
    assert [r for r in rows if r[0] == "Threaten"] == []
    assert ("Attack", "Russia", "United States", "Possible") in rows
    assert ("Threaten", "Joe Biden", "Russia", "Asserted") in _events(
        "President Biden warned Russia that the United States would respond to any cyber attack.")


def test_joining_a_show_for_an_interview_is_no_meeting():
    assert _events("Yesterday, President Joe Biden joined NBC’s *Squawk Box* for a long interview.") == []
    assert _events("Chancellor Scholz joined President Biden for talks on Ukraine.") == [
        ("Meet", "Olaf Scholz", "Joe Biden", "Asserted")]


def test_leaving_a_treaty_or_an_organization_cuts_relations():
    assert _events("In 2002, the United States withdrew from the Anti-Ballistic Missile Treaty.") == [
        ("Sanction", "United States", None, "Asserted")]
    assert _events("Argentina withdrew from the World Health Organization.") == [
        ("Sanction", "Argentina", "World Health Organization", "Asserted")]
    assert _events("Russian forces withdrew from Kherson in November.") == [("Retreat", "Russia", "Kherson", "Asserted")]


def test_undermining_a_state_of_affairs_is_no_sanction():
    assert _events("Russia continues to undermine democratic institutions in Moldova.") == []
    assert _events("Russia undermined the peace process in Georgia.") == []
    assert _events("Russia undermined Georgia by cutting gas supplies.") == [("Sanction", "Russia", "Georgia", "Asserted")]


def test_sharing_without_a_partner_tells():
    rows = _events("Additionally, Brazilian officials shared the President’s authorization to provide urgently needed "
                   "assistance to Haitian security forces to aid in the protection of civilians.")
    assert [r for r in rows if r[0] == "Cooperate"] == []
    assert _events("Japan shared intelligence with South Korea.") == [("Cooperate", "Japan", "South Korea", "Asserted")]


def test_hosting_refugees_is_shelter_not_a_visit():
    assert _events("Poland hosts millions of refugees from Ukraine.") == []
    assert _events("Poland hosted President Zelenskyy in Warsaw.") == [("Meet", "Poland", "Volodymyr Zelenskyy", "Asserted")]


def test_resolving_that_is_deciding_and_shooting_sports_are_a_sport():
    assert _events("India and the United States agreed on a plan. They resolved that India and the United States "
                   "will continue to fight the pandemic together.") == [("Agree", "India", "United States", "Asserted")]
    assert _events("The Department of the Interior is working with Canada, including shooting sports and "
                   "conservation organizations.") == []
    assert _events("Russian troops shot three civilians in Bucha.") == [("Attack", "Russia", "civilians", "Asserted")]


def test_yielding_success_stories_is_producing():
    assert _events("The Indo-U.S. Vaccine Action Program between India and the United States has yielded several "
                   "success stories.") == []


def test_an_object_after_the_own_infinitive_of_want_is_the_infinitives():
    # 'want to V ... X': whom 'want' acts on stands before 'to'; an object the parser hangs on 'want' after the
    # infinitive is the infinitive's, so no demand is made on it
    assert _events('Joe Biden said: "I want to thank everyone from the Soldier Relief Project here today — you know, '
                   'wounded and injured service members and veterans."') == []
    assert _events("Japan wants North Korea to end its missile tests.") == [("Demand", "Japan", "North Korea", "Asserted")]


def test_a_fronted_recognizing_clause_is_a_preamble_not_praise():
    assert _events("Recognizing Japan's commitment to regional security, President Biden and Prime Minister "
                   "Kishida resolved to deepen ties.") == []
    assert _events("Germany recognized Kosovo's independence in 2008.") == [("Support", "Germany", "Kosovo", "Asserted")]


def test_encountering_armed_men_is_no_meeting():
    assert _events("The British troops encountered Spanish soldiers at the bridge and fired a volley.") == []
    assert _events("The British troops met Spanish soldiers at the bridge.") != []


def test_empowering_people_is_no_expulsion():
    # senses.json: 'empower' is filed with 'allow', whose block holds CLEAR's '&TOWN [174]'
    rows = _events("Globally, the United States supports organizations to empower racial and ethnic minority "
                   "communities.")
    assert [r for r in rows if r[0] == "Coerce"] == []
    assert _events("Ecuador declared a state of emergency after prison riots.") == [("Coerce", "Ecuador", None, "Asserted")]


def test_relief_mobilized_and_an_economy_seized_are_no_force():
    rows = _events("Private companies, Indian Americans and the United States have mobilized to deliver vital oxygen "
                   "to India.")
    assert [r for r in rows if r[0] == "Mobilize"] == []
    assert ("Mobilize", "Russia", None, "Asserted") in _events("Russia mobilized 300,000 reservists to fight in Ukraine.")
    assert _events("The new programs help Vietnam seize the digital economy.") == []


def test_welcoming_refugees_is_shelter_given():
    assert _events("Canada has welcomed more than 40,000 Afghan refugees.") == [("Aid", "Canada", "Afghanistan", "Asserted")]


def test_figurative_ruin_guarantees_gatherings_dangers_and_deployed_experts_are_no_events():
    from kg.extract.events.extractor import _Extractor
    from kg.nlp import load_pipeline

    # 'coins backed by the government': a thing guaranteed (the sense check, whatever the targets found)
    doc = load_pipeline()("Their stablecoins are backed by the U.S. government and federally insured.")
    assert _Extractor(doc, None).is_idiom(next(t for t in doc if t.text == "backed"))
    assert _events("Germany backed Ukraine's bid.") == [("Support", "Germany", "Ukraine", "Asserted")]
    assert _events("Washington destroyed college sports.") == []
    assert _events("The African Methodist Episcopal Church Missionary Society held its annual retreat in "
                   "Atlanta.") == []
    assert ("Retreat", "Russia", None, "Asserted") in _events("Russian forces began their retreat from Kherson.")
    assert _events("The military takeover of the government in Sudan now threatens those positive gains.") == []
    assert _events("Joe Biden said the United States is deploying an expert team of public health advisors to "
                   "India.") == []


def test_signing_a_named_proclamation_is_no_agreement_whatever_the_parse_heads():
    # the parser may make the participle after the name the object's head ('the Emancipation Proclamation freeing
    # ...'): a word of the object's name counts (senses.json sign: with_compounds)
    assert _events("Two years after President Lincoln signed the Emancipation Proclamation freeing enslaved people, "
                   "the war ended.") == []


def test_funding_a_thing_at_home_leaving_a_contest_and_withdrawing_rules_are_no_events():
    # fund / finance need a recipient: paying for research or parks is no aid to another actor
    assert _events("The Ministry of Health is funding new research on malaria vaccines.") == []
    assert _events("Ohio taxpayers fund national parks and public lands with their taxes.") == []
    assert _events("Japan funded Kenya's new port.") == [("Aid", "Japan", "Kenya", "Asserted")]
    # leaving a debate or a race is no retreat; troops leaving a country is
    assert _events("Why do you think Senator Vance pulled out of the debate with Governor Walz?") == []
    assert ("Retreat", "Russia", "Syria", "Asserted") in _events("Russia pulled out of Syria in 2017.")
    from kg.extract.events.extractor import _Extractor
    from kg.nlp import load_pipeline

    # a passive 'withdrawn' whose object is a rule (the sense check, whatever the targets found)
    doc = load_pipeline()("The Department of Energy has withdrawn numerous efficiency rules on appliances.")
    assert _Extractor(doc, None).is_idiom(next(t for t in doc if t.text == "withdrawn"))


def test_support_for_people_at_large_is_a_programme_and_a_leader_strikes_by_force():
    # backing or helping a kind of people no state or body names: a programme, no counterpart
    assert _events("The White House continues to support affected communities after the storm.") == []
    assert _events("Canada is supporting vulnerable people across the region.") == []
    assert _events("In Texas, the Department of Education helps students and their families pay for college.") == []
    assert _events("Canada is supporting Ukraine across the region.") == [("Support", "Canada", "Ukraine", "Asserted")]
    # a state's leader ordering strikes uses force; a union's leader calling one stops work
    assert _events("President Trump ordered strikes on Iran's nuclear infrastructure in June.") == [
        ("Attack", "Donald Trump", "Iran", "Asserted")]
    assert _events("Teachers' union president Randi Weingarten called a strike in Chicago.") == [
        ("Protest", "Randi Weingarten", None, "Asserted")]


def test_shown_by_a_record_or_a_demonstration_of_a_quality_is_no_protest():
    from kg.extract.events.extractor import _Extractor
    from kg.nlp import load_pipeline

    doc = load_pipeline()("As demonstrated by our record, few partners are as committed to open trade as Japan. "
                          "The tax cut is a demonstration of the party's commitment to workers.")
    extractor = _Extractor(doc, None)
    assert extractor.entry_for(next(t for t in doc if t.text == "demonstrated")) is None
    assert extractor.is_idiom(next(t for t in doc if t.text == "demonstration"))
    assert _events("Thousands of students demonstrated outside the Russian embassy.") == [
        ("Protest", "students", "Russia", "Asserted")]


def test_fighting_a_measure_or_an_influence_is_a_campaign_not_force():
    assert _events("Peru is building up the capabilities to fight the influence of criminal organizations in Peru.") == []
    from kg.extract.events.extractor import _Extractor
    from kg.nlp import load_pipeline

    doc = load_pipeline()("The legislators are fighting against the extreme proposal from Indiana Republicans.")
    assert _Extractor(doc, None).is_idiom(next(t for t in doc if t.text == "fighting"))
    assert _events("Ukrainian forces fought against Russian troops near Bakhmut.") == [("Attack", "Ukraine", "Russia", "Asserted")]


def test_withholding_dooming_and_declining_ones_own_evacuation_are_no_denial_criticism_or_rejection():
    from kg.extract.events.extractor import _Extractor
    from kg.nlp import load_pipeline

    doc = load_pipeline()("The President restored maximum pressure on Iran to deny it all paths to a nuclear weapon. "
                          "The junta is condemning the Malian people to a dangerous future. "
                          "Wounded by grenade fragments, Lieutenant Smith refused evacuation and directed fire.")
    extractor = _Extractor(doc, None)
    for word in ("deny", "condemning", "refused"):
        assert extractor.is_idiom(next(t for t in doc if t.text == word)), word
    assert _events("Iran denied the accusations on Tuesday.") == [("Deny", "Iran", None, "Asserted")]
    assert _events("The Malian junta condemned France for its raids.") == [("Criticize", "Mali", "France", "Asserted")]
    assert _events("Hungary refused the European Union's proposal.") == [
        ("Reject", "Hungary", "European Union", "Asserted")]


def test_resolving_to_do_something_is_a_decision_not_a_settlement():
    from kg.extract.events.extractor import _Extractor
    from kg.nlp import load_pipeline

    doc = load_pipeline()("The leaders resolved to work together closely to address shared challenges. "
                          "The two sides resolved the dispute over the border.")
    extractor = _Extractor(doc, None)
    resolved = [t for t in doc if t.text == "resolved"]
    assert extractor.is_idiom(resolved[0]) and not extractor.is_idiom(resolved[1])


def test_a_homeland_endangered_a_photo_joined_a_matter_spoken_to_people_served_and_a_body_trained_are_no_events():
    from kg.extract.events.extractor import _Extractor
    from kg.nlp import load_pipeline

    doc = load_pipeline()("The investments allow China to directly threaten the United States homeland. "
                          "The Vice President also joined a group photograph with the Ohio leaders. "
                          "Governor Holcomb spoke to the economic imperative of passing the bill. "
                          "The declaration said that the government exists to serve the citizen. "
                          "The plan aims at establishing the country as the global leader in chips. "
                          "They were members of a team trained to forge connections with women in Afghanistan.")
    extractor = _Extractor(doc, None)
    for word in ("threaten", "joined", "spoke", "serve", "establishing", "trained"):
        assert extractor.is_idiom(next(t for t in doc if t.text == word)), word
    assert _events("Russia threatened Georgia with sanctions.") == [("Threaten", "Russia", "Georgia", "Asserted")]
    assert _events("Governor Holcomb spoke to Governor Whitmer on Tuesday.") == [("Meet", "Holcomb", "Whitmer", "Asserted")]
    assert _events("The United States trained Ukrainian pilots in Arizona.") == [
        ("Aid", "United States", "Ukraine", "Asserted")]


def test_guests_welcomed_a_fact_recognized_and_a_word_of_a_title_are_no_support():
    from kg.extract.events.extractor import _Extractor
    from kg.nlp import load_pipeline

    doc = load_pipeline()("They were welcomed by Homeland Security Advisor Liz Sherwood-Randall. "
                          "Today, we are launching a Joint Declaration of Support for Ukrainian Recovery. "
                          "President Trump recognized their detrimental impact on wildlife often outweighs their "
                          "benefits. President Zelensky was welcomed by President Biden to the White House. "
                          "President Biden recognized Ukraine's courage. Canada announced its support for Ukraine.")
    extractor = _Extractor(doc, None)
    assert [extractor.is_idiom(t) for t in doc if t.text == "welcomed"] == [True, False]
    assert [extractor.is_idiom(t) for t in doc if t.text == "recognized"] == [True, False]
    assert [extractor.is_name_part(t) for t in doc if t.lower_ == "support"] == [True, False]
    assert _events("President Zelensky was welcomed by President Biden to the White House.") == [
        ("Meet", "Joe Biden", "Volodymyr Zelenskyy", "Asserted")]


def test_a_participle_the_model_tags_as_a_past_tense_is_still_a_participle():
    from kg.extract.events.extractor import _Extractor
    from kg.nlp import load_pipeline

    doc = load_pipeline()("They were members of a team trained to forge connections with women in Afghanistan.")
    trained = next(t for t in doc if t.text == "trained")
    trained.tag_ = "VBD"  # as the small model tags it now and then
    assert trained.dep_ == "acl"
    assert _Extractor(doc, None).is_idiom(trained)
    assert _events("Canada trained Ukrainian forces.") == [("Aid", "Canada", "Ukraine", "Asserted")]


def test_guests_welcomed_to_an_office_with_the_place_on_the_last_of_them_are_hosted():
    title = "Remarks by Vice President Harris Before Meeting with Leaders | The White House"
    assert _events("Well, I'm very pleased to welcome the Chairman of the Peruvian Congress, Chairman Jose Williams, "
                   "and the members of the Peruvian Congress to the Ceremonial Office.", title=title) == [
        ("Meet", "Kamala Harris", "Congress of Peru", "Asserted"), ("Meet", "Kamala Harris", "Jose Williams", "Asserted")]


def test_a_deal_or_contract_as_subject_is_a_measure_not_its_maker_acting():
    assert _events("Canada's new contract supports Peru's farmers.") == []
    assert _events("Canada's deal supports Peruvian farmers.") == []
    assert _events("Canada supports Peru's farmers.") == [("Support", "Canada", "Peru", "Asserted")]


def test_a_question_quoted_after_ask_is_put_not_an_appeal():
    assert _events('Canada asked Peru, "Will you join the talks?"') == []
    assert _events("Canada asked Peru to join the talks.") == [("Appeal", "Canada", "Peru", "Asserted")]


def test_a_state_joining_another_state_cooperates_with_it():
    assert _events("Today, Chile, Peru and Bolivia are joining the United States to advance the new partnership.") == [
        ("Cooperate", "Bolivia", "United States", "Asserted"), ("Cooperate", "Chile", "United States", "Asserted"),
        ("Cooperate", "Peru", "United States", "Asserted")]
    # joined at a gathering or for talks, they meet
    assert _events("Chile joined Peru at the summit in Lima.") == [("Meet", "Chile", "Peru", "Asserted")]
    assert _events("Chile joined Peru for talks on energy.") == [("Meet", "Chile", "Peru", "Asserted")]



def test_declaring_an_act_a_threat_names_it_does_not_do_it():
    assert _events("I will declare this crackdown on press freedom a grave threat to national security.",
                   title="Statement by President Biden on World Press Freedom Day") == []
    # declaring one's own act, with one object, does it
    assert _events("President Biden declared a crackdown on fentanyl traffickers from Mexico.") == [
        ("Coerce", "Joe Biden", "Mexico", "Asserted")]


def test_aiding_in_an_effort_with_no_one_aided_is_no_aid():
    assert _events("Sergeant Jane Roe of the United States Army held the line for hours. She then aided in evacuating "
                   "the wounded until she was ordered to seek attention for her own wounds.") == []
    assert _events("Canada aided Haiti after the storm.") == [("Aid", "Canada", "Haiti", "Asserted")]


def test_a_pronoun_standing_for_a_situation_requires_nothing_of_anyone():
    assert _events("Americans must demand more. It is within our power to end gun violence. "
                   "But it will require Congress to act.") == []
    assert _events("Russia required Ukraine to withdraw its troops.") == [("Demand", "Russia", "Ukraine", "Asserted")]


def test_pushing_something_from_one_place_past_another_is_no_appeal():
    assert ("Appeal", "Lee’s Army", "Virginia", "Asserted") not in _events(
        "Emboldened by recent victories, General Lee’s Army of Northern Virginia launched an invasion of the North "
        "with clear goals: push the fighting from war-torn Virginia past the Potomac, defeat the Union army.")
    assert _events("France pushed Germany to accept the plan.") == [("Appeal", "France", "Germany", "Asserted")]


def test_deeds_listed_after_including_in_a_thanks_are_the_thanked_ones():
    assert ("Sanction", "Norway", "Russia", "Asserted") in _events(
        "The Vice President thanked the Prime Minister for Norway’s support for Ukraine and the rules-based "
        "international order, including imposing financial sanctions and export controls on Russia.")


def test_whom_a_meetings_purpose_calls_on_is_not_whom_the_meeting_was_with():
    assert _events("Secretary Raimondo met with business leaders and a pair of governors to call on Congress to "
                   "pass the innovation bill.") == [("Appeal", "Raimondo", "US Congress", "Asserted")]
    assert ("Meet", "Raimondo", "US Congress", "Asserted") in _events(
        "Secretary Raimondo met with Congress to call for the bill.")


def test_asking_for_something_from_unnamed_givers_names_no_addressee():
    assert ("Appeal", "Global Fund", "low- and middle-income countries", "Asserted") not in _events(
        "The Global Fund’s Seventh Replenishment investment case calls for at least $18 billion from donors to "
        "support low- and middle-income countries.")
    assert ("Appeal", "Canada", "France", "Asserted") in _events("Canada called on France to support Haiti.")


def test_help_or_support_as_the_aim_of_work_in_progress_goes_on_with_it():
    assert _events("The United States is working with Colombian authorities to help them build the capabilities "
                   "to fight criminal organizations.") == [("Aid", "United States", "Colombia", "Asserted")]
    assert _events("Canada and Japan outlined the steps that they are taking together to support Ukraine in its "
                   "fight.") == [("Support", "Canada", "Ukraine", "Asserted"), ("Support", "Japan", "Ukraine", "Asserted")]
    # an aim of another kind, or one of work still to come, has not happened
    assert ("Attack", "Russia", "Ukraine", "Future") in _events("Russia is massing troops to attack Ukraine.")
    assert _events("The United States will work with Colombian authorities to help them build capabilities.") == [
        ("Aid", "United States", "Colombia", "Future")]


def test_an_aim_restating_an_act_to_come_or_an_intent_is_intended():
    assert _events("Canada announced that it intends to provide $200 million in assistance to help Haiti recover "
                   "from the storm.") == [("Propose", "Canada", "Haiti", "Future")]  # an intent to aid is an offer
    assert _events("The Department of Energy is preparing a National Grid Strategy to present the Congress with new "
                   "recommendations.") == [("Propose", "Department of Energy", "US Congress", "Future")]
    # an aim of the same kind as a done act says what that act was
    assert _events("Canada provided $200 million in assistance to help Haiti recover from the storm.") == [
        ("Aid", "Canada", "Haiti", "Asserted")]


def test_a_strike_into_a_states_territory_targets_that_state():
    assert _events("Russia launched missile strikes into Georgian territory.") == [
        ("Attack", "Russia", "Georgia", "Asserted")]


def test_an_unresolved_pronoun_addressee_leaves_the_destination_no_target():
    assert _events("The Department of State has issued a Do Not Travel warning to U.S. citizens urging them not to "
                   "travel to Venezuela.") == []
    assert ("Appeal", "Canada", "Russia", "Asserted") in _events(
        "Canada condemned Russia and urged it to withdraw from Ukraine.")


def test_a_singular_event_noun_after_a_bare_further_has_not_happened():
    assert _events("Further Russian assault into Georgia remains a severe threat in the days ahead.") == [
        ("Attack", "Russia", "Georgia", "Hypothetical")]
    assert _events("Russia launched a further attack on Georgia.") == [("Attack", "Russia", "Georgia", "Asserted")]


def test_it_after_a_thing_named_as_the_subject_above_is_that_thing():
    assert _events("Ukraine has fought bravely for its freedom. Today the world has demonstrated that it is more united "
                   "and more determined than ever to hold Russia accountable for its crimes.") == []
    assert _events("Ukraine has shown that it is determined to hold Russia accountable for its crimes.") == [
        ("Threaten", "Ukraine", "Russia", "Asserted")]


def test_the_one_rallied_to_do_something_is_asked_to_do_it():
    assert _events("President Biden will rally the international community to urgently increase support to the UN "
                   "Flash Appeal for Gaza.") == [("Support", "international community", "United Nations", "Hypothetical")]


def test_an_object_pronoun_far_from_any_name_is_whom_the_pronoun_subjects_near_it_track():
    # 'a guy ... He ... He ... hosted him': him is that unnamed guy, not a name from long before
    assert _events("My teacher, Mary Smith, once told me about Tom Jones. Today I want you to hear from a guy you have "
                   "probably heard about. He's a dear friend. He also led the fight against hunger with sheer "
                   "willpower. He never gave up. Two years ago, First Lady Jill Biden hosted him in the White House.") == []
    # a pronoun subject that stands for someone named: him is that one
    assert _events("President Macron arrived in Washington on Monday. He spoke at length about trade. The talks went "
                   "late. The summit closed. In the evening, First Lady Jill Biden hosted him in the White House.") == [
        ("Meet", "Jill Biden", "Emmanuel Macron", "Asserted")]



def test_an_object_pronoun_of_a_verb_repeated_from_the_sentence_before_is_that_verbs_object():
    # 'asked this group of allies ... also asked them': them is that group, which names no actor, not Thailand
    assert _events("Bangkok, Thailand\n\nTHE VICE PRESIDENT: Good afternoon, everyone. I have asked this group of "
                   "allies and partners to come together to join us in condemning the missile launch. And I have also "
                   "asked them to join so that we can consult on next steps.",
                   title="Remarks by Vice President Harris in a Meeting on the Missile Launch") == []
    assert ("Propose", "Canada", "Mexico", "Asserted") in _events(
        "Canada invited Mexico to the summit. Later it invited them again to the talks.")


def test_an_event_in_a_whether_clause_is_asked_about_not_said():
    assert _events("It is unclear whether Iran attacked the tanker.") == [("Attack", "Iran", None, "Hypothetical")]
    assert _events("The United States will review the deal to assess whether the Taliban is living up to its "
                   "commitments to cut ties with terrorist groups.") == [
        ("Sanction", "Taliban", "terrorist groups", "Hypothetical")]
    assert _events("It is clear that Iran attacked the tanker.") == [("Attack", "Iran", None, "Asserted")]


def test_civilian_professionals_deployed_are_no_forces_mobilized():
    assert _events("The United States has expanded its vaccination program. Health care professionals the federal "
                   "government has deployed include physicians, nurses and pharmacists.") == []
    assert _events("Russia deployed troops to the border with Ukraine.") == [
        ("Mobilize", "Russia", "Ukraine", "Asserted")]


def test_co_agents_agreeing_on_an_act_with_a_third_agree_with_each_other():
    events = _events("President Biden met Prime Minister Kishida on Monday. They agreed to accelerate trilateral "
                     "cooperation with the Republic of Korea in all areas.")
    assert ("Agree", "Joe Biden", "Fumio Kishida", "Asserted") in events
    assert not any(e[0] == "Agree" and e[2] == "South Korea" for e in events)
    # one agent agreeing: the complement's counterpart is still searched
    assert ("Agree", "Japan", "India", "Asserted") in _events("Japan agreed with India to expand cooperation.")


def test_a_proposal_to_bring_two_sides_together_is_put_to_them_not_to_who_welcomes_it():
    assert _events("Canada welcomed Norway's initiative to bring Armenia and Azerbaijan together for talks in Oslo.") == [
        ("Propose", "Norway", "Armenia", "Asserted"), ("Propose", "Norway", "Azerbaijan", "Asserted"),
        ("Support", "Canada", "Norway", "Asserted")]
    # one party or thing the proposal acts on is what it sends or offers: the one who answers is addressed
    assert ("Propose", "China", "Russia", "Asserted") in _events("Russia welcomed China's proposal for talks.")


def test_a_counterpart_said_by_a_common_noun_is_not_borrowed_from_a_joined_verb():
    events = _events("President Trump is tough on dictators. Last month, he authorized operations to remove Belarus’s "
                     "Alexander Lukashenko from power and imposed tariffs on countries that sell arms to Iran.")
    assert not any(e[0] == "Sanction" for e in events)
    # with no counterpart of its own, the joined verb's is shared
    assert ("Appeal", "Canada", "Russia", "Asserted") in _events(
        "Canada issued a strong condemnation and urged Russia to withdraw.")


def test_a_thing_a_relative_clause_describes_acts_for_no_maker_named_before_it():
    assert _events("Partnerships like this landmark deal signed between Airbus and Air Vietnam to purchase 50 Airbus "
                   "A320 aircraft, which will not only support Vietnam’s booming travel industry, but also support "
                   "jobs in France.") == []
    # a people's adjective or an owner says who acts through the thing
    assert _events("The Russian army, which attacked Ukraine in February, has suffered losses.") == [
        ("Attack", "Russia", "Ukraine", "Asserted")]


def test_help_given_to_the_speaker_in_person_is_no_aid():
    assert _events("Maria Lopez joined my administration in 2021 and has helped me execute a recovery plan that has "
                   "led to strong growth.", title="Statement from President Joe Biden on Maria Lopez") == []
    assert _events("Japan has helped us respond to the earthquake.",
                   title="Statement from President Joe Biden on the Earthquake") == [
        ("Aid", "Japan", "United States", "Asserted")]


def test_a_stance_on_a_move_of_forces_is_aimed_at_whose_forces_they_are():
    assert ("Reject", "Russia", "NATO", "Asserted") in _events(
        "Russia objected to the deployment of NATO troops in Estonia.")
    assert ("Support", "Iran", "United States", "Asserted") in _events(
        "Iran welcomed the withdrawal of American troops from Iraq.")
    # a meeting's 'of' phrase names who meets there
    assert ("Meet", "Iraq", "Arab League", "Asserted") in _events(
        "Iraq attended a summit of Arab League leaders in Cairo.")
    # what is moved, not who moves it, is no counterpart
    assert not any(e[0] == "Reject" for e in _events("Russia objected to the deployment of new radar stations."))


def test_the_emirates_is_the_state_and_emirates_alone_is_not():
    assert ("Meet", "Oman", "United Arab Emirates", "Asserted") in _events(
        "Oman launched a mediation effort between the Emirates and Iran.")
    assert not any("United Arab Emirates" in e for e in _events("Emirates ordered 50 Boeing jets from Qatar."))


def test_who_is_to_act_on_a_demand_is_its_target():
    # a 'by' phrase on an active demand names who is to do what is demanded
    assert _events("Kenyan farmers demanded lower fuel prices by the government of Kenya.") == [
        ("Demand", "Kenyan farmers", "Kenyan government", "Asserted")]
    # a passive's 'by' is who demands
    assert ("Demand", "United Nations", "Kenya", "Asserted") not in _events(
        "The release of the prisoners was demanded by the United Nations.")
    # a protest held through a light verb is aimed at whom its purpose makes demands of
    assert ("Protest", "students in Kenya", "Ruto", "Asserted") in _events(
        "Tens of thousands of students throughout Kenya staged mass demonstrations on Saturday to demand political "
        "reforms by President Ruto's government.")


def test_an_in_protest_phrase_is_aimed_at_the_author_of_the_grievance():
    assert ("Protest", "Kenya", "Uganda", "Asserted") in _events(
        "Kenyan farmers began a hunger strike in protest of the Ugandan government's refusal to return their land.")
    # the parser hangs the phrase's 'at' on the verb it modifies
    assert ("Protest", "France", "Australia", "Asserted") in _events(
        "France recalled its ambassador in protest at Australia's decision to cancel the submarine deal.")
    # whom an arrest befell did not author it
    assert _events("Russian students marched in protest at Alexei Navalny's arrest.") == [
        ("Protest", "Russia", None, "Asserted")]


def test_an_order_that_puts_something_into_a_closed_or_banned_state_is_coercion():
    assert _events("Niger's military rulers ordered the French embassy closed.") == [
        ("Coerce", "Niger", "France", "Asserted")]
    # an order to someone to act stays a demand, and so does one to free someone
    assert ("Demand", "Niger", "France", "Asserted") in _events("Niger ordered France to withdraw its troops.")
    assert _events("Niger ordered the French prisoners released.") == [("Demand", "Niger", "France", "Asserted")]


def test_forces_positioned_to_attack_are_the_would_be_attackers():
    assert _events("Russian forces are positioned to attack Ukraine.") == [
        ("Attack", "Russia", "Ukraine", "Hypothetical")]
    # a participle with no infinitive gives its copula's subject no act
    assert _events("We stand united with Ukraine.", title="Statement by President Biden") == []


def test_a_bare_reporter_among_several_states_accuses_no_one():
    # which army reports the strike, the text does not say: no accusation from the state named nearest
    assert _events("Israeli jets struck targets in southern Lebanon on Tuesday, the army said.") == [
        ("Attack", "Israel", "Lebanon", "Asserted")]
    # a reporter the text names on the side that was hit accuses the attacker
    assert ("Accuse", "Ukraine", "Russia", "Asserted") in _events(
        "Russian missiles hit Kyiv overnight, the Ukrainian air force said.")


def test_a_protest_made_in_a_summons_is_made_to_the_one_summoned():
    events = _events("Russia's foreign ministry summoned the British ambassador to protest the seizure of Russian "
                     "assets.")
    assert ("Protest", "Russian Foreign Ministry", "United Kingdom", "Asserted") in events
    assert not any(e[0] == "Protest" and e[2] == "Russia" for e in events)
    # a group of the agent's own state its object names is a counterpart of its own
    assert ("Criticize", "Russia", "Russian opposition", "Asserted") in _events(
        "Russia summoned the British ambassador to condemn the Russian opposition.")
    # the parser may make the infinitive after the object the contact's complement rather than an adverbial
    assert _events("Qatar's foreign ministry summoned Egypt's charge d'affaires on Monday to protest the seizure of "
                   "a Qatari cargo ship.") == [("Meet", "Qatar", "Egypt", "Asserted"),
                                               ("Protest", "Qatar", "Egypt", "Asserted")]


def test_a_participle_of_aiming_names_whom_the_act_is_aimed_at():
    assert _events("The European Union imposed sanctions targeting Russian banks.") == [
        ("Sanction", "European Union", "Russia", "Asserted")]
    assert _events("Israel carried out strikes targeting Hamas in Gaza.") == [("Attack", "Israel", "Hamas", "Asserted")]
    assert _events("The European Union announced sanctions aimed at Iran.") == [
        ("Sanction", "European Union", "Iran", "Asserted")]
    assert ("Attack", "Israel", "Hamas", "Asserted") in _events("Israel carried out strikes targeted at Hamas.")


def test_rival_sides_named_together_agree_among_themselves():
    assert _events("The rival Palestinian factions agreed to form a unity government.") == [
        ("Agree", "Palestine", None, "Asserted")]
    assert _events("Kenya's rival political parties signed a power-sharing deal on Thursday.") == [
        ("Agree", "Kenya", None, "Asserted")]
    # one side alone agrees with someone the text must name
    assert _events("The Palestinian factions agreed to form a unity government.") == []
    # a meeting among them names no counterpart
    assert _events("The rival Libyan factions met in Geneva.") == []


def test_acts_led_by_a_state_are_its_own():
    assert _events("Saudi-led airstrikes hit Sanaa overnight.") == [("Attack", "Saudi Arabia", "Yemen", "Asserted")]
    # who backs a group is not who it is
    assert ("Attack", "Iran", "United States", "Asserted") not in _events(
        "Iran-backed militias attacked US bases in Syria.")


def test_an_appeal_for_an_act_is_aimed_at_its_doer():
    # whom an appeal for an act asks is who would do it: the act's possessive, 'by' or 'of' phrase
    assert _events("Turkey called for the withdrawal of Russian troops from Syria.") == [
        ("Appeal", "Turkey", "Russia", "Asserted")]
    assert _events("Turkey called for Israel's withdrawal from Gaza.") == [("Appeal", "Turkey", "Israel", "Asserted")]
    # no doer named: the act's own target
    assert _events("Turkey called for sanctions against Iran.") == [("Appeal", "Turkey", "Iran", "Asserted")]
    # the owner of an act done to it is not asked to do it; a 'by' phrase of time keeps the move's 'of' doer
    assert _events("The United States called for Navalny's release.") == [
        ("Appeal", "United States", None, "Asserted")]
    assert _events("Turkey called for the withdrawal of Russian troops from Moldova by December.") == [
        ("Appeal", "Turkey", "Russia", "Asserted")]


def test_an_appeal_for_an_end_to_an_act_is_aimed_at_its_doer():
    # 'call for' reads its 'to' phrase through what is called for, as 'appeal for' and 'press for' do
    assert _events("Syria called for an end to Israel's blockade of the port.") == [
        ("Appeal", "Syria", "Israel", "Asserted")]
    assert _events("Ghana called for a halt to the air strikes by Togo.") == [("Appeal", "Ghana", "Togo", "Asserted")]
    assert _events("Ghana appealed for a halt to the air strikes by Togo.") == [("Appeal", "Ghana", "Togo", "Asserted")]
    assert _events("Ghana called for a halt to Togolese air strikes.") == [("Appeal", "Ghana", "Togo", "Asserted")]
    # where what is called for goes is not whom it is asked of
    assert _events("The United States called for the extradition of the suspects to Turkey.") == []


def test_weapons_handed_to_an_actor_are_military_aid_and_sent_into_a_place_a_show_of_force():
    # CAMEO SEND * &WEAPON [072]: as 'sent weapons to X' already was
    assert _events("Poland sent 200 tanks to Ukraine.") == [("Aid", "Poland", "Ukraine", "Asserted")]
    assert _events("Iran sent drones and missiles to the Houthis.") == [("Aid", "Iran", "Houthis", "Asserted")]
    assert _events("Poland sent fighter jets to Ukraine.") == [("Aid", "Poland", "Ukraine", "Asserted")]
    # still to come: offered, as 'will send weapons to X' is
    assert _events("Norway will send F-16 jets to Ukraine.") == [("Propose", "Norway", "Ukraine", "Future")]
    # into a place, to a border, or with troops: a deployment
    assert _events("Russia sent tanks into Ukraine.") == [("Mobilize", "Russia", "Ukraine", "Asserted")]
    assert _events("Russia sent tanks to the border with Ukraine.") == [("Mobilize", "Russia", "Ukraine", "Asserted")]
    assert _events("Russia sent troops and tanks to Belarus.") == [("Mobilize", "Russia", "Belarus", "Asserted")]
    assert _events("Russia sent tanks to Ukraine's border.") == [("Mobilize", "Russia", "Ukraine", "Asserted")]
    assert _events("Russia sent tanks to Belarus for joint drills.") == [("Mobilize", "Russia", "Belarus", "Asserted")]
    assert _events("Russia sent tanks to Belarus in a show of force.") == [
        ("Mobilize", "Russia", "Belarus", "Asserted")]
    # a time, the recipient's defence or an aid package is no aim of the sender's own
    assert _events("Poland sent 200 tanks to Ukraine in March.") == [("Aid", "Poland", "Ukraine", "Asserted")]
    assert _events("Poland sent tanks to Ukraine as part of an aid package.") == [
        ("Aid", "Poland", "Ukraine", "Asserted")]
    # an amount of weapons, and weapons of the dictionary's set named with them
    assert _events("Poland sent hundreds of tanks to Ukraine.") == [("Aid", "Poland", "Ukraine", "Asserted")]
    assert _events("Germany sent tanks and weapons to Ukraine.") == [("Aid", "Germany", "Ukraine", "Asserted")]
    # a threatened sending is the threat's, no offer
    assert ("Propose", "China", "Taiwan", "Future") not in _events("China threatened to send tanks to Taiwan.")


def test_what_is_struck_is_not_the_strikers_own():
    # 'its' on what a verb of striking acts on is an owner named before other than the striker
    assert _events("If Iran enriches uranium to 90 percent, Israel will strike its nuclear sites.") == [
        ("Threaten", "Israel", "Iran", "Asserted")]
    assert _events("Turkey criticized Syria. Turkish jets bombed its army bases on Monday.") == [
        ("Attack", "Turkey", "Syria", "Asserted"), ("Criticize", "Turkey", "Syria", "Asserted")]
    # 'its own' says so
    assert _events("Russia shelled its own positions by mistake.") == [("Attack", "Russia", None, "Asserted")]
    # what is fired or targeted is as often the striker's own
    assert ("Attack", "Hezbollah", "Israel", "Asserted") in _events("Hezbollah fired its rockets at northern Israel.")


def test_a_reaction_an_act_draws_is_to_its_doer_not_to_whom_it_was_done():
    assert ("Criticize", "Bulgaria", "Turkey", "Asserted") in _events(
        "The arrest of three Bulgarian journalists by Turkish police drew criticism from Bulgaria.")
    assert ("Criticize", "Mali", "France", "Asserted") in _events(
        "The withdrawal of French troops drew criticism from Mali.")
    # an owner that did the act stays the one reacted to
    assert ("Criticize", "Egypt", "Israel", "Asserted") in _events(
        "Israel's strike on Beirut drew condemnation from Egypt.")


def test_a_release_is_asked_of_whoever_holds_those_it_is_of():
    assert _events("Lebanon called for the release of Lebanese prisoners held by Israel.") == [
        ("Appeal", "Lebanon", "Israel", "Asserted")]
    assert _events("Egypt urged the release of the Israeli hostages held by Hamas.") == [
        ("Appeal", "Egypt", "Hamas", "Asserted")]
    # no holder named: no one asked
    assert _events("Japan demanded the release of Japanese hostages.") == [("Demand", "Japan", None, "Asserted")]


def test_warning_of_a_calamity_to_no_one_addressed_is_a_comment_not_a_threat():
    assert _events("The WHO warned of a looming famine in northern Gaza.") == []
    assert _events("The IMF warned about a recession in Argentina.") == []
    # addressed to someone, or of a response, it stays a threat
    assert _events("Egypt had warned Israel of an imminent Hamas attack.") == [("Threaten", "Egypt", "Israel", "Asserted")]
    assert _events("Iran warned of a crushing response to any Israeli attack.") == [
        ("Threaten", "Iran", "Israel", "Asserted")]


def test_a_warning_of_a_calamity_with_a_condition_on_another_is_a_threat():
    assert _events("China warned of a crisis in relations if Washington sells arms to Taiwan.") == [
        ("Threaten", "China", "United States", "Asserted")]
    assert ("Threaten", "Russia", "NATO", "Asserted") in _events(
        "Russia warned of the risks of a wider war if NATO sends troops.")


def test_a_person_or_an_office_dismissed_is_no_claim_denied():
    # removing someone from office is no denial (the words said dismissed are)
    assert _events("Bolivia's president dismissed Interior Minister Carlos Rojas.") == []
    assert _events("Evo Morales dismissed his army chief on Tuesday.") == []
    assert ("Deny", "Bolivia", "Chile", "Asserted") in _events("Bolivia dismissed the Chilean allegations.")


def test_a_verb_of_saying_after_what_it_reports_is_its_attribution():
    # 'insist' demands only with its content after it ('insisted that X must ...'); placed after the clause it
    # reports, it attributes that clause, which keeps its own event and modality, as before 'said'
    assert _events("Bolivia never shelled Chilean positions, Bolivian officials insisted.") == [
        ("Attack", "Bolivia", "Chile", "Negated")]
    assert _events("Chile did not threaten to close the border, the Chilean spokesman insisted.") == [
        ("Threaten", "Chile", None, "Negated")]
    assert _events("Peru insisted that Chile must withdraw its troops.") == [("Demand", "Peru", "Chile", "Asserted")]


def test_a_warning_by_forecasters_is_no_threat():
    # analysts and experts forecast (rules.json forecasters); they threaten no one
    assert _events("Riots could erupt in La Paz if fuel prices rise again, analysts warned.") == []
    assert _events("Economists warned Bolivia against new fuel subsidies.") == []
    # a state's warning of its own act is its threat
    assert _events("Bolivia will respond harshly, the Bolivian foreign ministry warned.") == [
        ("Threaten", "Bolivia", None, "Asserted")]


def test_what_a_review_found_the_new_rows_over_read():
    # weapons the model takes for a person's name, received from someone, are aid, not a visit
    assert _events("Bolivia has received 40 Abrams from the United States.") == [
        ("Aid", "United States", "Bolivia", "Asserted")]
    # a claim dismissed is denied, whatever modifies it; a person dismissed as something is judged, not fired
    assert ("Deny", "Bolivia", "Chile", "Asserted") in _events("Bolivia dismissed official Chilean allegations of spying.")
    assert _events("Evo Morales dismissed Gabriel Boric as a puppet.") == [
        ("Deny", "Evo Morales", "Gabriel Boric", "Asserted")]
    # soldiers sent back and weapons handed over to someone are no release
    assert _events("Chile returned soldiers to the Bolivian border on Monday.") == []
    assert not any(r[0] == "Concede" for r in _events("Peru handed arms to Bolivian rebels."))


def test_a_veto_or_an_objection_lifted_is_yielded():
    # CAMEO's VETO block: 'LIFT * [080]'
    assert _events("Peru lifted its veto on Bolivian membership.") == [("Concede", "Peru", "Bolivia", "Asserted")]
    assert _events("Chile lifted the freeze on Bolivian assets.") == [("Concede", "Chile", "Bolivia", "Asserted")]
