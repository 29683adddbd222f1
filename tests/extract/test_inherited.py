"""What an attack told without its own actor takes from the article, and what it does not. One real
article of the shared corpus each."""

from __future__ import annotations

import datetime as dt

from sitrep.model import Mention
from sitrep.sources import read_paths
from tests.extract.conftest import _mentions, _told


def test_the_attacked_never_inherit_the_attacker_named_before(pipeline, corpus_dir):
    # "The US military conducted targeted air strikes in Iraq in response to a drone attack by
    # Iran-aligned militias. [...] The drone attack targeted a military base used by US and
    # anti-jihadist coalition forces.": the drone attack is not the US's, though the US was named before
    mentions = _mentions(pipeline, corpus_dir, "rss_news_2023_iraq_syria_us_forces.jsonl", "rss23-465aa2eb88")
    drones = [m for m in mentions if any(w.kind == "drone" for w in m.weapons)]
    assert drones and all(m.actor != "US forces" for m in drones)
    assert any(m.actor == "US forces" and [w.kind for w in m.weapons] == ["aircraft"] for m in mentions)


def test_the_attacks_told_after_a_series_are_the_series_attackers(pipeline, corpus_dir):
    # "Mali: Separate attacks by suspected jihadists kill 64 people", then "An attack on a passenger boat
    # near the city of Timbuktu ... and a Malian military position in Bamba ... killed 49 civilians and 15
    # government soldiers": the headline's series is the attacks the body tells
    mentions = _mentions(pipeline, corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-50c97f7452")
    assert mentions and all(m.actor == "Jihadists" for m in mentions)


def test_a_state_striking_back_later_in_the_sentence_leaves_the_attacker(pipeline, corpus_dir):
    # "... are killed in a series of attacks by the Islamic State (IS) near the cities of Deir ez-Zor,
    # Homs, and Raqqa, with Russian airstrikes targeting the IS positions in response": the strikes are
    # the answer, not what makes the Islamic State a target
    mentions = _mentions(pipeline, corpus_dir, "wikipedia_current_events_2023_2024_out_of_domain.jsonl",
                         "wcep-2023-11-08-014")
    assert {m.location for m in mentions if m.actor == "Islamic State"} >= {"Deir ez-Zor", "Homs"}


def test_an_attack_told_again_with_its_town_keeps_the_attacker_of_its_province(pipeline, corpus_dir):
    # "A Ukrainian drone strike killed 24 people ... in a Russian-occupied village in Ukraine's Kherson
    # region", then "Three drones struck a cafe and hotel in the resort town of Khorly": that strike, in a
    # town of that province
    mentions = _mentions(pipeline, corpus_dir, "rss_news_expanded_2026.jsonl", "rssx26-6bf555c9c1")
    assert [m.actor for m in mentions if m.location == "Khorly"] == ["Ukrainian forces"]


def test_a_claim_with_no_place_of_its_own_names_the_attacker_of_the_attacks_told(pipeline, corpus_dir):
    # "Twin Car Explosions Kill More than 20 in Somalia", then "A terrorist group, Al Shabab, claimed
    # responsibility for the attacks, which came as the militants lose control of towns ..."
    mentions = _mentions(pipeline, corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-ecce22caac")
    assert [(m.actor, m.actor_role) for m in mentions] == [("Al-Shabaab", "claimed")]


def test_a_site_named_as_the_states_own_never_inherits_that_state(pipeline, corpus_dir):
    # Two sentences of two reports, told one after the other: "Two U.S. fighter jets struck weapons and
    # ammunition facilities in Syria on Friday ..." and "On Thursday, a US base at Kharab al-Jir in Syria was
    # attacked for the second time in two days": the US base was attacked, not by the US named before
    articles = {a.id: a for a in read_paths([corpus_dir / "rss_news_2023_iraq_syria_us_forces.jsonl"])
                if getattr(a, "id", None) in ("rss23-66f593514b", "rss23-1e9c4303a8")}
    strike = next(s for s in articles["rss23-66f593514b"].text.split("\n") if s.startswith("Two U.S. fighter jets"))
    base = articles["rss23-1e9c4303a8"].text
    base = base[base.index("On Thursday, a US base at Kharab al-Jir"):]
    strike = strike[:strike.index(" in retaliation")]
    base = base[:base.index(" days") + len(" days")]
    text = f"{strike}. {base}."
    mentions = [m for m in pipeline.extractor.extract(articles["rss23-66f593514b"].model_copy(update={"text": text}))
                if isinstance(m, Mention)]
    assert any(m.actor == "US forces" and m.location == "Syria" for m in mentions)
    [attacked] = [m for m in mentions if m.location != "Syria"]
    assert attacked.actor is None


def test_a_side_named_in_a_sentence_with_no_attack_is_not_the_attacker(pipeline, corpus_dir):
    # "24 Israeli soldiers killed in deadliest day for IDF in Gaza offensive" / "Israeli Prime Minister Benjamin
    # Netanyahu said that the Israel Defense Forces have launched an investigation into the incident": the
    # army investigates; the sentence tells no attack for it to be the subject of
    [gaza] = _mentions(pipeline, corpus_dir, "rss_news_expanded_2024.jsonl", "rssx24-d3975c2185")
    assert (gaza.location, gaza.fatalities) == ("Gaza", 24)
    assert gaza.actor is None


def test_the_day_right_after_the_attack_word_dates_it(pipeline, corpus_dir):
    # "At least six people were killed when Russian missiles hit civilian buildings in an overnight attack
    # Tuesday in ... Kryvyi Rih, regional officials said": Tuesday, the day the attack word names, not the
    # night before the report
    [m] = _mentions(pipeline, corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-a9affef974")
    assert (m.event_date, m.date_precision) == (dt.date(2023, 6, 13), "day")


def test_a_later_sentence_does_not_lend_a_weapon_of_another_family(pipeline, corpus_dir):
    # "US fighter aircraft struck two Hezbollah operations centers in Iraq in response to attacks on US bases ...
    # They said attacks on US bases included the first use of a short-range ballistic missile against US
    # troops": the missile is the attacks', not the strike's
    mentions = _mentions(pipeline, corpus_dir, "rss_news_2023_iraq_syria_us_forces.jsonl", "rss23-7a12036a16")
    assert [[w.kind for w in m.weapons] for m in mentions if m.actor == "US forces"] == [["aircraft"]]


def test_a_mention_told_again_keeps_its_weapons_family(pipeline, corpus_dir):
    # "Drone strike in Syria kills American contractor" / "The United States retaliated with airstrikes against
    # facilities in eastern Syria ...": the drone is the attack answered, the strikes were from the air
    mentions = _mentions(pipeline, corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-ea7bbfe8d1")
    assert [[w.kind for w in m.weapons] for m in mentions if m.actor == "US forces"] == [["aircraft"]]


def test_a_state_that_responded_with_strikes_struck(pipeline, corpus_dir):
    # "The United States retaliated with airstrikes against facilities in eastern Syria ...", told as another page has
    # it ("The U.S. responded with airstrikes that it said destroyed facilities"): the strikes are the US's
    told = _told(pipeline, corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-ea7bbfe8d1",
                 "The United States retaliated with", "The U.S. responded with")
    assert [m.actor for m in told] == ["US forces"]


def test_who_accuses_or_blames_another_is_not_the_attacker(pipeline, corpus_dir):
    # "Israel's foreign minister has accused Damascus of 'repressing' Syria's Kurdish minority amid continued clashes
    # between the government and SDF in Aleppo": Israel speaks; it fought no one there
    mentions = _mentions(pipeline, corpus_dir, "rss_news_expanded_2026.jsonl", "rssx26-ccf3724414")
    assert mentions and all(m.actor != "Israel Defense Forces" for m in mentions)


def test_a_sentence_that_blames_a_side_for_the_attack_told_gives_its_attacker(pipeline, corpus_dir):
    # "Nineteen people are killed and 26 more injured during the explosions of mortar bombs in the town of Mweso ...
    # The March 23 Movement is blamed for the attack.": a sentence with an attack word, and no attack of its own
    mentions = _mentions(pipeline, corpus_dir, "wikipedia_current_events_2023_2024_out_of_domain.jsonl", "wcep-2024-01-23-004")
    assert [(m.actor, m.actor_role) for m in mentions] == [("M23", "attributed")]


def test_no_casualties_said_of_attacks_summed_up_is_said_of_each(pipeline, corpus_dir):
    # "US forces were attacked four times in Iraq and Syria ..., but there were no casualties ..." / "In Iraq, multiple
    # one-way drones were launched at the Ain Al-Asad air base ... and a drone was launched at a base housing US forces
    # near Irbil airport": nobody hurt at either base
    mentions = _mentions(pipeline, corpus_dir, "rss_news_2023_iraq_syria_us_forces.jsonl", "rss23-cb42dd88b4")
    bases = [m for m in mentions if m.location in ("Ain al-Asad Air Base", "Erbil International Airport")]
    assert len(bases) == 2 and all((m.fatalities, m.injuries) == (0, 0) for m in bases)


def test_no_injuries_from_either_attack_is_said_of_the_two_sentences_before(pipeline, corpus_dir):
    # a page: "On July 25, Iran-backed militias attacked Ain al-Asad Air Base in Iraq and Mission Support Site Euphrates
    # in Syria with rocket fire. Mission Support Site Euphrates was attacked again on July 26 and 27 with additional
    # rockets. No injuries or significant damage were reported from either attack.": told so of this article's two
    # attacks in Iraq, its own "no casualties" taken out
    [article] = [a for a in read_paths([corpus_dir / "rss_news_2023_iraq_syria_us_forces.jsonl"])
                 if getattr(a, "id", None) == "rss23-cb42dd88b4"]
    text = article.text.replace(", but there were no casualties or damage to infrastructure,", ",").replace(
        " and a drone was launched at a base housing US forces near Irbil airport in northern Iraq.",
        ". A drone was launched at a base housing US forces near Irbil airport in northern Iraq. No injuries or "
        "significant damage were reported from either attack.")
    assert text.count("either attack") == 1 and "no casualties" not in text
    told = article.model_copy(update={"text": text})
    bases = [m for m in pipeline.extractor.extract(told) if isinstance(m, Mention)
             and m.location in ("Ain al-Asad Air Base", "Erbil International Airport")]
    assert len(bases) == 2 and all(m.injuries == 0 for m in bases)


def test_a_claim_of_the_attacks_told_on_a_day_of_its_own_names_their_attacker(pipeline, corpus_dir):
    # "Twin Car Explosions Kill More than 20 in Somalia", then the claim told as "A terrorist group, Al
    # Shabab, on Monday claimed the attacks, which came as ...": "the attacks" are those told, and
    # Monday the day of the claim, not of another attack
    mentions = _told(pipeline, corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-ecce22caac",
                     "claimed responsibility for the attacks", "on Monday claimed the attacks")
    assert [(m.actor, m.actor_role) for m in mentions] == [("Al-Shabaab", "claimed")]


def test_a_state_that_retaliated_then_struck_is_the_striker(pipeline, corpus_dir):
    # "US retaliates in Iraq after three US troops wounded in attack", told as a longer report tells it: "The US
    # first retaliated on December 25, hitting sites in Iraq after ...": a word between the state and its verb,
    # and the strike told after a comma
    mentions = _told(pipeline, corpus_dir, "rss_news_2023_iraq_syria_us_forces.jsonl", "rss23-8ae7f202f8",
                     "US retaliates in Iraq", "The US first retaliated on December 25, hitting sites in Iraq")
    assert [(m.location, m.actor) for m in mentions] == [("Iraq", "US forces")]


def test_the_words_that_name_the_attacker_never_name_its_target(pipeline, corpus_dir):
    # "Israel hits militant sites in Gaza after rockets fired following deadly raid": Israel names the attacker
    mentions = _mentions(pipeline, corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-39f2fcfada")
    assert [(m.location, m.actor, m.target) for m in mentions] == [("Gaza", "Israel Defense Forces", None)]


def test_a_states_strike_its_officials_tell_is_not_confirmed_by_the_side_struck(pipeline, corpus_dir):
    # "Israeli army confirms 'striking in the Gaza Strip' early on Thursday": the striker's own military, not an
    # official of the side struck; whose officials a text cites of another state's strike is not known: reported
    mentions = _mentions(pipeline, corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-0fee9b7b94")
    assert [(m.actor, m.status) for m in mentions] == [("Israel Defense Forces", "reported")]


def test_the_day_a_side_disclosed_an_attack_is_not_its_day(pipeline, corpus_dir):
    # "Iraq said Thursday it had arrested several attackers who fired rockets at the US embassy last week", told
    # as a report of a disclosure has it ("the Pentagon disclosed on Tuesday that eight US service members sustained
    # injuries ... last week"): the attack was last week, Thursday is the day it was told
    mentions = _told(pipeline, corpus_dir, "rss_news_2023_iraq_syria_us_forces.jsonl", "rss23-5685d324c3",
                     "Iraq said Thursday", "Iraq disclosed Thursday")
    assert mentions and all(m.event_date is not None and m.event_date < dt.date(2023, 12, 11) for m in mentions), [(m.location, m.event_date) for m in mentions]


def test_the_day_the_dead_were_buried_is_not_the_attacks_day(pipeline, corpus_dir):
    # "A funeral ceremony was held Thursday for district commissioners killed in a suicide attack in Mogadishu", then
    # "The attack took place ... on Wednesday", as a page had it: Thursday is the funeral's day, the attack was before
    [explosion] = _told(pipeline, corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-65204e1a2d",
                        "At least five people were killed in an explosion near the Afghan Ministry of Foreign Affairs on Wednesday",
                        "A funeral was held Wednesday for at least five people killed in an explosion near the Afghan Ministry "
                        "of Foreign Affairs")
    assert explosion.date_precision == "range" and explosion.date_end == dt.date(2023, 1, 11)


def test_an_attack_a_long_past_year_dates_is_background(pipeline, corpus_dir):
    # "U.S. charges man in 1994 bombing at Argentina Jewish center that killed 85", told in 2023 (and "talks with
    # the ELN were called off in 2019 ... following a car bomb attack on a police academy in Bogota"): no attack now
    assert not _mentions(pipeline, corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-8349ad78ce")


def test_the_side_a_cause_names_is_not_the_attacker_of_what_answers_it(pipeline, corpus_dir):
    # "Gaza militants attempted revenge for Israeli airstrikes by launching a wave of rockets into Israel": the
    # revenge ends where the attack that takes it begins ("by launching"), so the rockets are not Israel's
    [mention] = _mentions(pipeline, corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-60b0883bc5")
    assert (mention.country, mention.actor) == ("IL", None)


def test_the_crimes_an_attack_answers_are_its_cause_and_their_side_not_its_attacker(pipeline, corpus_dir):
    # "... kills seven Syrian Democratic Forces soldiers ... The Islamic Resistance in Iraq claims responsibility for the
    # attack.", told as a claim of the group told it ("their fighters responded to the crimes committed by the enemy
    # (Israel) against the people of Gaza by targeting the American occupation bases"): the attack in Deir ez-Zor,
    # neither in Gaza nor Israel's
    found = _told(pipeline, corpus_dir, "wikipedia_current_events_2023_2024.jsonl", "wcep-2024-02-05-001",
                  "The Islamic Resistance in Iraq claims responsibility for the attack.",
                  "The Islamic Resistance in Iraq says its fighters responded to the crimes committed by Israel against the "
                  "people of Gaza by targeting the base.")
    assert [m.location for m in found] == ["Deir ez-Zor"] and found[0].actor != "Israel Defense Forces"


def test_weapons_also_or_reportedly_launched_at_a_place_are_an_attack_there(pipeline, corpus_dir):
    # "In Iraq, multiple one-way drones were launched at the Ain Al-Asad air base west of Baghdad and a drone was
    # launched at a base housing US forces near Irbil airport", told with the adverbs reports put between ("rockets
    # were also fired from Lebanon at Kiryat Shmona"): the same two attacks
    found = _told(pipeline, corpus_dir, "rss_news_2023_iraq_syria_us_forces.jsonl", "rss23-cb42dd88b4",
                  "multiple one-way drones were launched at the Ain Al-Asad air base west of Baghdad and a drone was launched at",
                  "multiple one-way drones were also launched at the Ain Al-Asad air base west of Baghdad and a drone was "
                  "reportedly launched at")
    assert {"Ain al-Asad Air Base", "Erbil International Airport"} <= {m.location for m in found}


def test_the_rebels_told_again_are_the_group_named_before(pipeline, corpus_dir):
    # "... several missiles fired by Yemen-based Houthi rebels at shipping in the Red Sea, the Pentagon said on
    # Tuesday. Earlier, the rebels claimed responsibility for a missile strike on a vessel in the Red Sea": the
    # Houthis' claim, though the sentence names them only as "the rebels"
    mentions = _mentions(pipeline, corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-abd47e319c")
    assert ("Houthis (Ansar Allah)", "claimed") in {(m.actor, m.actor_role) for m in mentions}


def test_the_group_that_tells_the_toll_leaves_the_state_that_struck(pipeline, corpus_dir):
    # "Three people were killed during a raid in the northern city of Jenin, while another was shot dead in
    # Tulkarem, also in the north, the Ramallah-based health ministry said", told as "the group said": a group
    # that speaks of the dead is no attacker, so the Israeli raids told before stay theirs
    told = _told(pipeline, corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-1e2cee28b0",
                 "the Ramallah-based health ministry said", "the group said")
    assert {m.actor for m in told} == {"Israel Defense Forces"}


def test_a_bombing_is_never_the_state_named_before(pipeline, corpus_dir):
    # "The Tailban have killed an Islamic State group leader who masterminded the Kabul airport suicide bombing
    # that left 13 US service members dead": the bombing the state's raid answers is not the state's
    mentions = _mentions(pipeline, corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-43f6d0ea52")
    bombings = [m for m in mentions if [w.kind for w in m.weapons] == ["IED"]]
    assert bombings and all(m.actor != "Taliban" for m in bombings)


def test_an_attack_another_side_tells_of_is_not_claimed(pipeline, corpus_dir):
    # "Israel carried out airstrikes on areas near the central Syrian city of Homs causing material damage but no
    # casualties, the Syrian military said in a statement": Syria's military tells of Israel's strikes
    [homs] = [m for m in _mentions(pipeline, corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-39565bf267")
              if m.location == "Homs"]
    assert (homs.actor, homs.actor_role) == ("Israel Defense Forces", "attributed")
