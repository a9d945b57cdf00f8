"""Killed / injured figures, one rule per test, with counter-examples."""

from __future__ import annotations

from streams.text.casualties import extract_casualties


def figures(text: str) -> tuple[int | None, int | None]:
    c = extract_casualties(text)
    return c.killed, c.injured


def test_digits_and_words_both_count() -> None:
    assert figures("A shell hit the depot, killing 9 workers and injuring eleven.") == (9, 11)


def test_at_least_more_than_over_give_the_number() -> None:
    assert figures("At least 6 people died and more than 40 were hurt.") == (6, 40)
    assert figures("Over 20 civilians were killed.") == (20, None)


def test_a_dozen_is_twelve_but_dozens_is_no_figure() -> None:
    assert figures("A dozen residents were wounded.") == (None, 12)
    assert figures("Dozens were killed in the blast.") == (None, None)
    assert figures("Scores of people were injured.") == (None, None)
    assert figures("Several soldiers died.") == (None, None)


def test_subsets_are_never_added() -> None:
    assert figures("Nine people died, including four firefighters.") == (9, None)
    assert figures("The raid killed 30, seven of them children.") == (30, None)
    assert figures("It killed 11 people, nine adults and two teenagers.") == (11, None)
    assert figures("27 people were injured, among them 5 police officers.") == (None, 27)


def test_ages_are_not_counts() -> None:
    assert figures("A 63-year-old farmer was killed by the shelling.") == (1, None)
    assert figures("Two boys aged 12 and 15 were wounded.") == (None, 2)
    # one girl hurt is one injured (as one farmer killed is one killed), never eight
    assert figures("An eight-year-old girl was hurt.") == (None, 1)


def test_missing_trapped_evacuated_rescued_are_not_casualties() -> None:
    assert figures("Ten people are missing and six were trapped under debris.") == (None, None)
    assert figures("Some 300 residents were evacuated; 14 were rescued alive.") == (None, None)


def test_injury_words_all_count_as_injured() -> None:
    assert figures("Four people were hurt.") == (None, 4)
    assert figures("Three remain in hospital.") == (None, 3)
    assert figures("Seven were taken to hospital.") == (None, 7)
    assert figures("The strike wounded 13.") == (None, 13)


def test_wounded_who_later_died_counts_once_as_killed() -> None:
    assert figures("The drone wounded a driver who later died.") == (1, None)


def test_explicit_zero() -> None:
    assert figures("Debris fell on a warehouse but no one was hurt.") == (0, 0)
    assert figures("Officials reported no casualties.") == (0, 0)
    assert figures("No deaths were reported, but 8 people were injured.") == (0, 8)


def test_unhurt_about_one_person_is_not_a_count() -> None:
    assert figures("The governor, who was visiting, was unhurt.") == (None, None)


def test_model_designations_and_money_are_not_counts() -> None:
    assert figures("An Iskander-M missile and an S-400 battery; 5 people were injured.") == (
        None,
        5,
    )
    assert figures("Damage was put at $40 million; two people died.") == (2, None)


def test_toll_updates() -> None:
    assert figures("Officials raised the death toll to 41.") == (41, None)
    assert figures("The toll has passed 2,000.") == (2000, None)
    assert figures("The number of injured rose to 95.") == (None, 95)


def test_one_person_named_without_a_number() -> None:
    assert figures("A police officer was killed at the checkpoint.") == (1, None)
    assert figures("The shelling killed a pensioner and her grandson.")[0] in (1, 2)
    assert figures("A strike killed a man and his son.") == (2, None)


def test_multiples_of_a_dozen_and_lives_claimed() -> None:
    assert figures("Two dozen people were killed.") == (24, None)
    assert figures("The fire claimed 12 lives.") == (12, None)


def test_subset_between_commas_and_named_victim_plus_others() -> None:
    assert figures("Officials said 14 people, including two medics, had been killed.") == (14, None)
    assert figures("The raid killed a local commander and four other people.") == (5, None)
    assert figures("The raid killed two fighters and four other people.")[0] != 5


def test_a_pronoun_who_died_is_one_and_a_place_before_killed_is_not_a_victim() -> None:
    assert figures("Police shot the gunman; he later died in hospital.") == (1, None)
    assert figures("Strikes on Jabalia killed dozens overnight.") == (None, None)


def test_a_subset_between_the_count_and_the_verb_is_skipped() -> None:
    text = "The minister said 12 people, two of them children, had been killed and about 2,800 wounded."
    assert figures(text) == (12, 2800)
    assert figures("Nine people, most of them soldiers, were killed.") == (9, None)
    # counter-example: the subset alone is not the count
    assert figures("Two of them were children.") == (None, None)


def test_one_person_shot_dead_is_one_killed() -> None:
    assert figures("Gunmen attacked the prison, where a guard was shot dead, police said.") == (
        1,
        None,
    )
    # counter-example: the dead of an earlier toll are not a new count
    assert figures("Relatives buried the dead on Sunday.") == (None, None)


def test_one_person_injured_without_a_number() -> None:
    assert figures("A seven-year-old girl was seriously injured by shrapnel.") == (None, 1)
    assert figures("A man was hurt when the roof fell.") == (None, 1)
    # counter-examples: unhurt is no injury, and ages are still not counts
    assert figures("A 60-year-old woman was unhurt.") == (None, None)


def test_one_named_person_with_a_title_killed() -> None:
    assert figures("Israel says it killed Hezbollah leader Hassan Nasrallah in a strike.") == (
        1,
        None,
    )
    assert figures("Hezbollah confirmed on Saturday that Nasrallah had been killed.") == (1, None)
    # counter-examples: a crowd is not a name, and a count stays the count
    assert figures("Dozens had been killed, officials said.") == (None, None)
    assert figures("The strike killed 12 people, including a commander.") == (12, None)


def test_two_single_people_killed_are_two() -> None:
    text = "A drone hit an ambulance, killing a paramedic and the driver, officials said."
    assert figures(text) == (2, None)
    # counter-example: a second noun that is not a person adds nothing
    assert figures("The strike killed a soldier and the building burned.") == (1, None)


def test_one_person_named_by_role_with_the_is_one() -> None:
    text = "A truck exploded outside the hotel, killing the driver and injuring seven people."
    assert figures(text) == (1, 7)
    assert figures("A strike on the bus killed the driver and a passenger.") == (2, None)
    # counter-examples: a plural role, and the first of a counted group, are not one
    assert figures("The strike killed the drivers of two lorries.") == (None, None)
    assert figures("The blast killed the driver and four passengers.") == (None, None)


def test_two_counted_groups_add_up() -> None:
    text = "A gunman opened fire in a classroom, killing 19 children and two teachers."
    assert figures(text) == (21, None)
    assert figures("Three soldiers and two civilians were killed in the attack.") == (5, None)
    assert figures("The blast wounded 10 soldiers and three civilians.") == (None, 13)
    # counter-examples: a total then its parts is not a sum, nor are figures of two kinds
    assert figures("The shelling killed 12 people, 10 adults and two children.") == (12, None)
    assert figures("The strike killed 14 people and two children.") == (14, None)
    assert figures("The raid killed five militants and wounded two soldiers.") == (5, 2)


def test_one_person_named_by_occupation_is_one() -> None:
    text = "A missile hit a hotel, killing a Reuters safety adviser and injuring two journalists."
    assert figures(text) == (1, 2)
    # counter-example: an official who only spoke is not a casualty
    assert figures("A senior official said the hotel was hit.") == (None, None)


def test_one_body_recovered_is_one_killed() -> None:
    assert figures("Rescuers recovered the body of a journalist from the rubble.") == (1, None)
    assert figures("The body of a woman was found under the rubble.") == (1, None)
    assert figures("Rescuers pulled 12 bodies from the rubble.") == (12, None)
    # counter-examples: a body that is not a person's
    assert figures("Police found the body armour of the attacker.") == (None, None)
    assert figures("The body of the agreement was signed.") == (None, None)


def test_one_person_named_after_the_role_is_one() -> None:
    assert figures("The army said one officer, Arnon Zmora, was killed in the raid.") == (1, None)
    # counter-example: a named speaker is not a casualty
    assert figures("One officer, Arnon Zmora, said the raid went to plan.") == (None, None)


def test_a_part_of_a_counted_whole_is_the_figure() -> None:
    text = "All 379 people on the airliner escaped, but five of the six crew were killed."
    assert figures(text) == (5, None)
    assert figures("Three of the 20 people on board were injured.") == (None, 3)
    # counter-examples: a whole described, not split, stays the figure
    assert figures("One of the 12 people injured in the strike said it was loud.") == (None, 12)
    assert figures("A total of 40 people were killed.") == (40, None)


def test_one_person_named_as_wounded_is_one() -> None:
    assert figures("Trump wounded in shooting at rally in Butler, Pennsylvania") == (None, 1)
    assert figures("The gunman, a 20-year-old man, was shot dead by a sniper.") == (1, None)
    # counter-examples: a crowd, a number word, a family, a doubt
    assert figures("Dozens wounded in market blast") == (None, None)
    assert figures("Three wounded in Kharkiv strike") == (None, 3)
    assert figures("Family killed in strike on Rafah home") == (None, None)
    assert figures("He said it was not certain whether Deif had been killed.") == (None, None)


def test_others_wounded_besides_one_named_count_him_too() -> None:
    text = "A gunman opened fire, wounding Donald Trump, killing one and injuring two others."
    assert figures(text) == (1, 3)
    # counter-example: "others" besides the dead are only the others
    assert figures("The drone hit a car, killing one and injuring two others.") == (1, 2)


def test_the_bodies_of_n_people_are_n_killed() -> None:
    text = "Rescuers had recovered the bodies of 10 people, among them a four-month-old baby."
    assert figures(text) == (10, None)
    # counter-example: an age next to the bodies is not a count
    assert figures("Rescuers recovered the bodies of people aged 40 to 60.") == (None, None)


def test_all_n_people_are_n() -> None:
    assert figures("The plane came down, killing all 12 people on board.") == (12, None)
    # counter-example: all on board escaping is no casualty figure
    assert figures("All 300 passengers escaped before the jet burned.") == (None, None)


def test_one_person_shot_dead_or_pronounced_dead_is_one() -> None:
    assert figures("Former mayor Ivan Petrenko shot dead outside his home") == (1, None)
    assert figures("He was shot twice and was pronounced dead in hospital.") == (1, None)
    # counter-examples: a number wins, and "were" is not one person
    assert figures("Police shot dead three attackers.") == (3, None)
    assert figures("Four people were pronounced dead at the scene.") == (4, None)


def test_one_named_killed_and_others_wounded() -> None:
    text = "Videographer Issam Abdallah was killed and six other journalists were wounded."
    assert figures(text) == (1, 6)
    # counter-example: an active verb with a crowd as subject gives no one
    assert figures("Police killed and wounded dozens of protesters.") == (None, None)


def test_a_title_case_headline_naming_one_person_killed_is_one() -> None:
    assert figures("Hamas Deputy Leader Saleh al-Arouri Killed in Beirut Drone Strike") == (
        1,
        None,
    )
    # counter-example: a group noun is not one person
    assert figures("Children Killed In Strike on School") == (None, None)


def test_a_family_counted_by_its_size() -> None:
    assert figures("Drone strike kills family of five") == (5, None)
    # counter-example: a family that was not killed
    assert figures("A family of five was evacuated.") == (None, None)


def test_two_titled_people_killed_are_two() -> None:
    text = "Jets hit the city, killing Guards commander Hossein Salami and armed forces chief Mohammad Bagheri."
    assert figures(text) == (2, None)
    # counter-example: one titled person and an uncounted group
    assert figures("The strike killed Hezbollah leader Hassan Nasrallah and dozens of others.") == (
        1,
        None,
    )


def test_people_feared_dead_are_not_counted() -> None:
    assert figures("Up to 60 people were feared dead after the bomb hit a school.") == (None, None)
    # counter-example: the dead counted
    assert figures("Sixty people were killed after the bomb hit a school.") == (60, None)


def test_stabbed_to_death_counts_as_killed() -> None:
    assert figures("Teacher stabbed to death in attack at school") == (1, None)
    assert figures("Three people were stabbed to death in the market.") == (3, None)
    assert figures("Child killed in strike on Kharkiv") == (1, None)
    # counter-examples: groups are no count of one
    assert figures("Dozens killed in strike") == (None, None)
    assert figures("Children stabbed to death in attack") == (None, None)


def test_one_killed_with_another_and_a_role_in_a_headline() -> None:
    text = "General Igor Kirillov was killed with his assistant outside a building."
    assert figures(text) == (2, None)
    assert figures("Russian general killed by bomb hidden in scooter in Moscow") == (1, None)
    # counter-examples: a number leads, and a role later in a sentence is no headline subject
    assert figures("Three soldiers killed in Kharkiv") == (3, None)
    assert figures("Officials said the strike on the base killed troops.") == (None, None)


def test_one_relative_found_dead_and_one_person_stabbed() -> None:
    assert figures("Police said his father was found dead at the farm.") == (1, None)
    assert figures("A man was stabbed to death outside a bar.") == (1, None)
    assert figures("An attacker stabbed the writer in the neck.") == (None, 1)
    assert figures("Mayor Novak was stabbed at a rally.") == (None, 1)
    # counter-examples: a group stabbed gives no single figure; a body not yet found none
    assert figures("Three people were stabbed at a festival.")[1] != 1
    assert figures("His father was missing, police said.") == (None, None)


def test_a_group_and_one_more_person_are_added() -> None:
    assert figures("The gunman killed eight pupils and a guard.") == (9, None)
    assert figures("Six children and a teacher were wounded.") == (None, 7)
    # counter-example: what is not a person adds nothing
    assert figures("The strike killed 19 children and a dog.") == (19, None)


def test_people_stabbed_in_groups_are_injured_unless_stabbed_to_death() -> None:
    assert figures("A man stabbed three young children and a woman outside a school.") == (
        None,
        4,
    )
    # counter-example: stabbed to death are not the wounded
    assert figures("He stabbed two women and a man to death.")[1] is None


def test_one_named_person_shot_and_wounded() -> None:
    assert figures("Prime Minister Novak shot and wounded in Zilina") == (None, 1)
    # counter-example: a crowd word is no one person
    assert figures("Dozens shot and wounded in Zilina")[1] != 1


def test_a_toll_revised_down_gives_the_lower_figure() -> None:
    text = "Officials first put the toll at 174 but later revised it down to 125."
    assert figures(text) == (125, None)
    # counter-example: a toll revised up keeps the largest figure
    assert figures("Officials revised the toll up to 174 from 125.") == (174, None)


def test_a_subset_named_without_commas_is_not_added() -> None:
    text = "In Kyiv, three people including a 14-year-old girl were wounded."
    assert figures(text) == (None, 3)
    # counter-example: the subset alone, with no total, is one
    assert figures("A 14-year-old girl was wounded.") == (None, 1)


def test_a_headline_role_without_article_and_a_named_pair() -> None:
    assert figures("US drone strike in Baghdad kills Iran-backed militia commander") == (1, None)
    text = "A strike hit a car, killing its commander Abu Taqwa and an aide, officials said."
    assert figures(text) == (2, None)
    # counter-examples: a plural group is no one person; a titled pair stays two
    assert figures("The strike kills militia fighters in Baghdad")[0] is None
    text = (
        "Jets hit Tehran, killing Guards commander Hossein Salami and army chief Mohammad Bagheri."
    )
    assert figures(text) == (2, None)


def test_shoot_dead_in_a_headline_counts() -> None:
    assert figures("Troops mistakenly shoot dead three hostages in Gaza City") == (3, None)
    # counter-example: shooting without "dead" is no count of the dead
    assert figures("Troops shoot at three hostages in Gaza City")[0] is None


def test_two_groups_that_died_are_added() -> None:
    text = "Ten soldiers and 19 suspected gang members died in the clashes on Thursday."
    assert figures(text) == (29, None)
    # counter-example: a group and a total are not added
    assert figures("Ten people died, among them two soldiers.") == (10, None)


def test_a_group_and_another_person() -> None:
    text = "The drone hit a base, wounding five US service members and another contractor."
    assert figures(text) == (None, 6)
    # counter-example: another group with no number adds nothing
    assert figures("The drone hit a base, wounding five soldiers and other staff.") == (None, 5)


def test_a_magnate_and_his_wife() -> None:
    assert figures("Ukrainian grain magnate killed in shelling of Mykolaiv") == (1, None)
    text = "Oleksiy Vadatursky, founder of Nibulon, and his wife were killed when a missile hit."
    assert figures(text) == (2, None)
    # counter-example: a wife wounded is no second death
    assert figures("The mayor was killed and his wife was wounded.")[0] == 1


def test_a_sites_number_is_no_count() -> None:
    text = "A drone attack on the Tower 22 base in Jordan killed three US soldiers."
    assert extract_casualties(text).killed == 3
    assert extract_casualties("Drone Strike On Tower 22 Kills Three").killed == 3
    # counter-example: a title-case headline's count stays one
    assert extract_casualties("Missile Strike Kills 12 In Kharkiv").killed == 12


def test_taken_to_hospital_after_what_happened_to_them() -> None:
    text = "Two crew members were pulled alive from the tail section and taken to hospital."
    assert extract_casualties(text).injured == 2
    # counter-example: the dead before "and" are not the ones taken to hospital
    figures = extract_casualties("Two people were killed and 10 taken to hospital.")
    assert (figures.killed, figures.injured) == (2, 10)


def test_one_person_and_n_others_are_n_plus_one() -> None:
    assert extract_casualties("The commander died with three other fighters.").killed == 4
    assert extract_casualties("He was killed along with two others.").killed == 3
    assert extract_casualties("The commander and three other fighters were killed.").killed == 4
    # counter-example: N others alone are N
    assert extract_casualties("Three other fighters were killed.").killed == 3


def test_a_long_subject_with_a_subset_aside_is_still_counted() -> None:
    text = (
        "13 foreign soldiers serving with UN and southern African forces, nine of them "
        "South Africans, have been killed in fighting near the city."
    )
    assert extract_casualties(text).killed == 13
    assert extract_casualties("13 soldiers serving with UN forces have been killed.").killed == 13
    # counter-examples: a count after "and" is another group; a subset is never added
    assert extract_casualties(
        "104 people had been killed, including 35 children, and dozens wounded."
    ) == (extract_casualties("104 people had been killed, including 35 children."))
    assert extract_casualties("Five people were killed and 3 soldiers were wounded.").killed == 5


def test_every_age_of_a_list_is_an_age() -> None:
    assert extract_casualties("Three children aged 8, 12 and 17 were killed.").killed == 3
    # counter-example: a count after the ages is still read
    assert extract_casualties("Two boys aged 11 and 14 were among 20 people killed.").killed == 20
