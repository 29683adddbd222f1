"""The clause reader: what each actor a real sentence names is to its attack, and which is the
attacker. One sentence of the shared corpus per role."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sitrep.extract.roles import LAUNCHED_FROM, perpetrator, read_roles
from sitrep.text import Sentence, fold
from tests.extract.conftest import CorpusSentence

WIKI = "wikipedia_current_events_2023_2024.jsonl"
RSS = "rss_news_2023_iraq_syria_us_forces.jsonl"
OOD = "rss_news_2023_out_of_domain.jsonl"
EXPANDED = "rss_news_expanded_2023.jsonl"
HN = "hackernews2024_full_articles.jsonl"
RSS24 = "rss_news_2024_iraq_syria_us_forces.jsonl"


def _roles(lexicon, s):
    attack = lexicon.re["trigger"].search(s.folded, s.start, s.end)
    actors = lexicon.find_actors(s.folded, s.text, s.start, s.end)
    return read_roles(lexicon, s.folded, s.start, s.end, actors, attack.start() if attack else s.end)


def _parts(roles) -> dict[str, str]:
    """Each actor as the sentence writes it, and its part."""
    return {r.actor.text.lower(): r.role for r in roles}


@pytest.mark.parametrize(("file", "article_id", "words", "written", "role"), [
    # passive voice: the subject was attacked
    (WIKI, "wcep-2023-11-09-001", "are attacked three times", "united states forces", "target"),
    # the attack word passive, its subject further back: "U.S. troops and military contractors in Iraq and
    # Syria have been targeted in over a dozen attacks by Iranian-backed militia groups"
    (RSS, "rss23-d8d6b104d3", "have been targeted in over a dozen", "u.s. troops", "target"),
    # "killed by": the dead are no attackers
    (WIKI, "wcep-2023-12-30-003", "are killed by three airstrikes", "hezbollah", "victim"),
    # "Taliban says eight ISIL fighters killed in raids": fighters killed are no attackers
    (EXPANDED, "rssx23-0cd33da7fd", "fighters killed", "isil", "victim"),
    # "attacks on X"
    (EXPANDED, "rssx23-0b01d50167", "attributed to", "us troops", "target"),
    # "a base used by X": where X is, not who struck
    (RSS, "rss23-5c2eaffd67", "used by us forces", "us forces", "target"),
    # shooting down drones is defending
    (RSS, "rss23-bfd072a560", "intercept two drone", "us forces", "defender"),
    # with what it is and where between: "a U.S. Navy vessel operating in the Middle East region intercepted"
    (RSS, "rss23-de91748e0c", "navy vessel operating in the middle east", "u.s. navy", "defender"),
    # and so is shooting them down, told in the passive: "Kremlin forces fired eight S-300 missiles and several
    # loitering drones ... Several were shot down by Ukraine's air defenses"
    (OOD, "rss23ood-bd96dba696", "were shot down by", "ukraine", "defender"),
    # who says so
    (HN, "hn24-jordan-drone-attack-three-us-troops-killed-at-tower-22-more", "central command confirmed",
     "us central command", "source"),
    # a dateline
    (OOD, "rss23ood-af0a55b42a", "kyiv:", "kyiv", "dateline"),
    # who says or denies, with words between it and the attack word
    (EXPANDED, "rssx23-be85572615", "opened fire towards", "israel", "source"),
    (EXPANDED, "rssx23-b825ed2aba", "denies involvement", "pakistani taliban", "source"),
    # "... according to a statement issued by the Israeli military": whose statement it is
    (EXPANDED, "rssx23-e6825f9e15", "statement issued by", "israeli military", "source"),
    # soldiers "had been killed" are no strike of the speaker's own
    (OOD, "rss23ood-71355bfefc", "19 soldiers had been killed", "ukraine", "source"),
    # a capital named where people were hurt
    (EXPANDED, "rssx23-4be82be37a", "strikes across ukraine", "kyiv", "named"),
    # "targets" as a noun, the things struck: "The United States has struck “multiple” ISIS targets in Syria"
    ("rss_news_expanded_2026.jsonl", "rssx26-a30a5b7947", "isis targets in syria as part", "isis", "named"),
    # those treated or evaluated for injuries are the victims: "In Iraq, a number of U.S. troops are being
    # evaluated for traumatic brain injuries after other Iran-backed militants attacked an air base there"
    (RSS24, "rss24-ed3d23fc65", "being evaluated for traumatic", "u.s. troops", "victim"),
    # those martyred are the victims
    (OOD, "rss23ood-85ced76468", "soldiers martyred", "pakistan army", "victim"),
    # what the attacker's drone was taken for: "Enemy drone that killed US troops in Jordan was mistaken for
    # a US drone"
    (HN, "hn24-report-drone-that-killed-us-troops-in-jordan-mistaken-for-us", "was mistaken for a us drone",
     "us drone", "named"),
    # the attacker of an attack only feared: "Polish men and women are taking up arms over fears of Russian
    # attack"
    (EXPANDED, "rssx23-2b53365145", "fears of russian attack", "russian attack", "named"),
    # and of one only awaited in return: "heightening fears of retaliation from the Iranian-backed group"
    ("rss_news_expanded_2024.jsonl", "rssx24-607851b3df", "fears of retaliation", "iranian-backed group", "named"),
    # the sides attacked, named together: "several new attacks on U.S. and Coalition forces"
    (RSS, "rss23-4e9fe5c2f4", "attacks on u.s. and coalition", "u.s. and coalition forces", "target"),
    # whom the text cites: "The U.S. conducted two airstrikes in Northeastern Syria overnight and, according
    # to the Pentagon, hit buildings housing weapons"
    (RSS, "rss23-6ff889c8a0", "according to the pentagon", "pentagon", "source"),
    # whose base was hit: "Drone attack hits US-led coalition base in southern Syria"
    (EXPANDED, "rssx23-8342fc1228", "hits us-led coalition base", "us-led coalition", "target"),
    # who accuses another: "Russia accuses Ukraine of killing 27 people in New Year attack in occupied Kherson"
    ("rss_news_expanded_2026.jsonl", "rssx26-b73511323a", "accuses ukraine of killing", "russia", "source"),
    # the earlier attack "since" counts from: "The drone attack was one of dozens on U.S. troops in the Middle East
    # since Hamas launched attacks on Israel on Oct. 7"
    (HN, "hn24-report-drone-that-killed-us-troops-in-jordan-mistaken-for-us", "since hamas launched", "hamas", "named"),
    # the sides of the war a headline is filed under: "Israel-Hamas war live: US strikes Iran-linked targets in Syria"
    (RSS, "rss23-376db30726", "israel-hamas war live", "israel", "named"),
])
def test_an_actor_that_did_not_attack_is_given_its_part(lexicon, corpus_sentence, file, article_id, words, written,
                                                       role):
    roles = _roles(lexicon, corpus_sentence(file, article_id, words))
    assert _parts(roles)[written] == role
    chosen = perpetrator(roles)
    assert chosen is None or chosen.actor.text.lower() != written


def test_a_side_that_fired_back_is_not_the_attacker(lexicon, corpus_sentence):
    # "Pakistani airstrikes targeted several suspected Pakistani Taliban hideouts inside neighboring Afghanistan early
    # Monday, killing at least eight people and drawing return fire from the Afghan Taliban": the side struck
    # answering; told so of this sentence's Israeli airstrikes
    s = corpus_sentence(EXPANDED, "rssx23-dd7d303a83", "israeli airstrikes have targeted")
    told = s.text[s.start:s.end].rstrip(". ") + ", killing at least five people and drawing return fire from Hezbollah."
    chosen = perpetrator(_roles(lexicon, SimpleNamespace(text=told, folded=fold(told), start=0, end=len(told))))
    assert chosen is not None and chosen.actor.value == "Israel Defense Forces"


def test_two_states_forces_named_together_are_both_named(lexicon, corpus_sentence):
    # "... who have mounted near-daily attacks on Israeli and US forces": the Israelis are named by their
    # nationality before the forces both share (here, both attacked)
    s = corpus_sentence(RSS, "rss23-fbb25873f5", "israeli and us forces")
    parts = {(r.actor.text, r.actor.value, r.role) for r in _roles(lexicon, s)}
    assert {("Israeli", "Israel Defense Forces", "target"), ("US forces", "US forces", "target")} <= parts


@pytest.mark.parametrize(("file", "article_id", "words", "actor"), [
    # "X's weapon": an Israeli airstrike is Israel's
    (EXPANDED, "rssx23-b465cdf52f", "israeli airstrike", "Israel Defense Forces"),
    # and so is a group's: "HMS Diamond, did come under attack from Houthi drones", not the British
    # warship's
    (HN, "hn24-uk-struggles-to-prove-houthis-attacked-its-trade-ships-yaml", "houthi drones", "Houthis (Ansar Allah)"),
    # the subject of the attack verb
    (WIKI, "wcep-2023-11-08-002", "f-15s strike", "US forces"),
    # but a US drone shot down is the attack of whoever shot it down: "US Reaper drone shot down near Yemen by
    # Iranian-backed Houthis"
    (EXPANDED, "rssx23-135e6b5b33", "shot down near yemen by", "Houthis (Ansar Allah)"),
    # drones shot down are the other side's: Ukraine's, not Russia's
    (OOD, "rss23ood-a3c839351c", "shot down 36", "Ukrainian forces"),
    # "attributed to": the agent of a passive attack; a state's own name is its forces only here
    (WIKI, "wcep-2024-01-15-004", "attributed to iran", "Iranian armed forces"),
    (EXPANDED, "rssx23-0b01d50167", "attributed to", "Iran-backed militias"),
    # and "pro-Iranian forces": "The attack was launched by pro-Iranian forces"
    (EXPANDED, "rssx23-6506304d81", "was launched by pro-iranian", "Iran-backed militias"),
    # and so are "Iranian-backed terrorists": "The United States Navy shot down drones and cruise missiles
    # fired by Iranian-backed terrorists in Yemen"
    (EXPANDED, "rssx23-e69ade8a78", "cruise missiles fired by iranian-backed", "Iran-backed militias"),
    # "Hezbollah chief Hasan Nasrallah warned of 'a response and punishment' following the assassination
    # of Saleh Arouri in a suspected Israeli drone strike": whose strike it is names the attacker, not
    # who is named first
    ("rss_news_2024_out_of_domain.jsonl", "rss24-0aaedfa659", "suspected israeli drone strike",
     "Israel Defense Forces"),
    # a dateline names no attacker; the strikes' nationality does
    (OOD, "rss23ood-af0a55b42a", "kyiv:", "Russian forces"),
    # "hit in a Russian attack": what was hit is the site; "in" puts the nationality on the attack
    (EXPANDED, "rssx23-28fa49ad20", "hit in a russian attack", "Russian forces"),
    # drones shot down "launched from Houthi-controlled areas of Yemen" are the Houthis'
    (OOD, "rss23ood-c3b3a55ece", "launched from houthi-controlled", "Houthis (Ansar Allah)"),
    # a state's name and the day before its strike verb: "America on Sunday struck a weapons storage facility"
    (RSS, "rss23-9c3e9f5fb7", "america on sunday struck", "US forces"),
    # "by" with a country's possessive between: "US warship shoots down drone, missile fired by Yemen's Houthis"
    (EXPANDED, "rssx23-a9e657e5eb", "fired by yemen's houthis", "Houthis (Ansar Allah)"),
    # who claims it, after the attack word: "Congo Church Attack Kills at Least 14, ISIS Claims Responsibility"
    (EXPANDED, "rssx23-7fe36a656a", "isis claims responsibility", "Islamic State"),
    # a name in quotes, read as if bare: "the recent strikes by Hamas on Israel" is written "9 Americans killed
    # in Hamas' strikes on Israel" too, and "A group calling itself the ‘Islamic Resistance’ has claimed drone
    # strikes" names the Iraqi umbrella (in a text on Syria; on Lebanon, it would be Hezbollah's)
    (EXPANDED, "rssx23-c1147715f8", "hamas' strikes", "Hamas"),
    (RSS, "rss23-3b626ec3c0", "has claimed drone strikes", "Islamic Resistance in Iraq"),
    # "by" before the people the group sent: "The attack was believed to be carried out by members of the
    # Islamic State group"
    (EXPANDED, "rssx23-bc5eac72a7", "carried out by members of", "Islamic State"),
    # the state's word on its own strike: "U.S. Says It Launched a Strike That Killed Senior Islamic State
    # Leader in Syria"
    (EXPANDED, "rssx23-788161e193", "u.s. says it launched a strike", "US forces"),
    # a state's forces under the country's other name: "8 children, 3 adults reported dead in airstrike by
    # Burmese military"
    (EXPANDED, "rssx23-d599282ac0", "airstrike by burmese military", "Myanmar military"),
    # herdsmen, a lexicon row: "Christians targeted in systematic kidnapping campaign in Nigeria by jihadi herdsmen"
    ("rss_news_expanded_2026.jsonl", "rssx26-18c9a75d6e", "by jihadi herdsmen", "Fulani herdsmen"),
    # and Islamic extremists are jihadists: "A violent assault orchestrated by Islamic extremists in western Niger
    # resulted in the deaths of at least twelve soldiers"
    (EXPANDED, "rssx23-da53a9a9cc", "orchestrated by islamic extremists", "Jihadists"),
    # a side named past "destroyed" and a word of a clause of its own is no side struck: "Gaza man visits his house
    # destroyed in Israeli bombing" is Israel's bombing (but "airstrikes destroyed an ISIL tank": ISIL's tank, struck)
    (EXPANDED, "rssx23-f1d6254e51", "destroyed in israeli bombing", "Israel Defense Forces"),
])
def test_the_attacker_is_the_agent_of_the_clause(lexicon, corpus_sentence, file, article_id, words, actor):
    chosen = perpetrator(_roles(lexicon, corpus_sentence(file, article_id, words)))
    assert chosen is not None and chosen.actor.value == actor and chosen.role == "agent"


def test_rocket_fire_from_a_group_is_the_groups(lexicon, corpus_sentence):
    # "Israel launches airstrikes in response to rocket fire from Hamas": the rockets are Hamas's (the
    # sentence's own attack is Israel's: extract reads the cause apart)
    roles = _roles(lexicon, corpus_sentence(EXPANDED, "rssx23-b405f24a42", "rocket fire from hamas"))
    assert {(r.actor.text.lower(), r.role, r.rule) for r in roles} >= {("hamas", "agent", LAUNCHED_FROM)}


def test_who_answers_rockets_launched_from_a_place_is_not_where_they_came_from(lexicon, corpus_sentence):
    # "Palestinian militants fired at least two rockets from the Gaza Strip toward southern Israel and Israel
    # responded with strikes"
    roles = _roles(lexicon, corpus_sentence(EXPANDED, "rssx23-7e8f65e9e7", "rockets from the gaza strip"))
    assert all(r.rule != LAUNCHED_FROM for r in roles)


def test_who_backs_the_attacker_is_not_its_agent(lexicon, corpus_sentence):
    # "three American soldiers were killed in Jordan by a drone launched by militant groups backed by
    # Iran's Islamic Revolutionary Guard Corps"
    s = corpus_sentence("whitehouse_statements_2023_2024.jsonl",
                        "wh-2024-02-02-statement-from-president-joe-biden-on-u-s-military-operation-in-the-mi",
                        "backed by iran")
    chosen = perpetrator(_roles(lexicon, s))
    assert chosen is None or chosen.actor.value != "Islamic Revolutionary Guard Corps"


def test_strikes_named_after_on_are_a_subject_not_a_target(lexicon, corpus_sentence):
    # "Defense Secretary Austin comments on U.S. airstrikes on Syria": what he spoke about, not what was hit
    roles = _roles(lexicon, corpus_sentence(RSS, "rss23-a5bbf8104c", "comments on u.s. airstrikes"))
    assert _parts(roles)["u.s. airstrikes"] == "agent"


def test_a_rule_says_which_words_decided(lexicon, corpus_sentence):
    [role] = _roles(lexicon, corpus_sentence(WIKI, "wcep-2023-11-09-001", "are attacked three times"))
    assert role.rule.startswith("passive") and role.actor.text == "United States forces"


def test_a_state_named_as_a_place_or_a_backer_is_no_actor(lexicon, corpus_sentence):
    # "... a drone attack by Iran-affiliated Kataib Hezbollah ...", "US strikes ... in Iran-backed ..."
    s = corpus_sentence("whitehouse_statements_2023_2024.jsonl",
                        "wh-2023-12-27-letter-to-the-speaker-of-the-house-and-president-pro-tempore-of-the-se",
                        "erbil air base by iran-affiliated")
    assert "Iranian armed forces" not in {a.value for a in lexicon.find_actors(s.folded, s.text, s.start, s.end)}


@pytest.mark.parametrize(("file", "article_id", "words", "written"), [
    # the accused, as the accuser says: "Russia accuses Ukraine of killing 27 people in New Year attack"
    ("rss_news_expanded_2026.jsonl", "rssx26-b73511323a", "accuses ukraine of killing", "ukraine"),
    # and in the passive: "Myanmar military accused of bombing a displacement camp, killing around 30"
    (EXPANDED, "rssx23-a9e8e354c6", "accused of bombing", "myanmar military"),
])
def test_the_side_accused_of_an_attack_is_its_agent(lexicon, corpus_sentence, file, article_id, words, written):
    chosen = perpetrator(_roles(lexicon, corpus_sentence(file, article_id, words)))
    assert chosen is not None and chosen.actor.text.lower() == written


def _told(s: CorpusSentence, words: str, told_so: str) -> CorpusSentence:
    """A corpus sentence with `words` told as `told_so`: a rule whose words no sentence of the corpus has,
    tried on one that has the rest."""
    written = s.text[s.start:s.end]
    assert words in written
    text = written.replace(words, told_so)
    return CorpusSentence(text, fold(text), Sentence(0, len(text), text, 0))


@pytest.mark.parametrize(("article_id", "words", "words_told", "told_so", "written"), [
    # "The governor of Odesa region, Maksym Marchenko, said on Telegram that a mass missile attack had hit an
    # energy facility", told of who hit it: the platform something was said on is no "on" of a target
    ("rssx23-e3912a0c79", "said on telegram that", "a mass missile attack had hit", "Russian forces had hit",
     "russian forces"),
    # "Israel carried out airstrikes on areas near the central Syrian city of Homs", told of a state whose name
    # is an attacker only before a verb of attacking: "carried out airstrikes" is one
    ("rssx23-39565bf267", "israel carried out airstrikes", "Israel carried out", "Jordan carried out", "jordan"),
])
def test_the_attacker_is_read_past_a_platform_and_in_carried_out(lexicon, corpus_sentence, article_id, words,
                                                                  words_told, told_so, written):
    told = _told(corpus_sentence(EXPANDED, article_id, words), words_told, told_so)
    chosen = perpetrator(_roles(lexicon, told))
    assert chosen is not None and chosen.actor.text.lower() == written
