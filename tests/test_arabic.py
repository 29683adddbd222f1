"""Arabic reports and channel posts, read like English ones: each component on real posts of
../shared/corpus/arabic_telegram_posts.jsonl (see ARABIC_README.md there), and the whole reading
against gold written by reading 328 of them (tests/gold/extract_ar.jsonl, each with an English
gloss)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from functools import cache, partial

import pytest

from sitrep.evaluate import extract as extract_eval
from sitrep.lexicon.arabic import ArabicLexicon
from sitrep.model import Article, Mention
from sitrep.text import fold_arabic, language, sentences
from sitrep.when.arabic import find_dates
from tests.conftest import ROOT, SHARED, run_sitrep

POSTS = SHARED / "corpus" / "arabic_telegram_posts.jsonl"
NEWS = SHARED / "corpus" / "arabic_news_almashhad_2026-09.jsonl"  # a few pages of an Arabic news site
GOLD = ROOT / "tests" / "gold" / "extract_ar.jsonl"


@cache
def _posts() -> dict[str, dict]:
    found: dict[str, dict] = {}
    for path in (POSTS, NEWS):
        if path.is_file():
            with path.open(encoding="utf-8") as fh:
                found |= {d["id"]: d for d in map(json.loads, fh)}
    return found


def post(post_id: str) -> dict:
    if not POSTS.is_file():
        pytest.skip(f"the Arabic posts are not beside the clone ({POSTS} missing)")
    return _posts()[post_id]


def article(post_id: str) -> Article:
    p = post(post_id)
    return Article(id=p["id"], text=p["text"], published=dt.date.fromisoformat(p["date"][:10]), url=p["url"])


def page_mentions(pipeline, page: Article) -> list[Mention]:
    """The mentions sitrep reads from one article."""
    return [r for r in pipeline.extractor.extract(page) if isinstance(r, Mention)]


def mentions(pipeline, post_id: str) -> list[Mention]:
    return page_mentions(pipeline, article(post_id))


def retold(pipeline, post_id: str, text: Callable[[str], str]) -> list[Mention]:
    """The mentions of a real post told otherwise (`text` of its text): a rule whose words no post of the corpus has,
    tried on one that has the rest (the words as a page of news had them are in each test's comment)."""
    told = article(post_id)
    changed = told.model_copy(update={"text": text(told.text)})
    assert changed.text != told.text
    return page_mentions(pipeline, changed)


# --- text ---------------------------------------------------------------------------------------
def test_a_post_in_arabic_script_is_arabic_and_an_english_report_is_not():
    assert language(post("naya_foriraq-76700")["text"]) == "ar"
    assert language("Three drones attacked al-Asad air base in Iraq on Friday.") == "en"


def test_folding_unifies_letters_drops_marks_and_points_back_into_the_text():
    text = post("naya_foriraq-75274")["text"]  # "... بمحلّقة انقضاضيّة."
    f = fold_arabic(text)
    at = f.text.index("بمحلقه انقضاضيه")
    start, end = f.span(at, at + len("بمحلقه انقضاضيه"))
    assert text[start:end] == "بمحلّقة انقضاضيّة"


def test_a_dot_hidden_between_tatweels_is_read_as_nothing():
    # Pages written to slip past a platform's filters break sensitive words with "ـ.ـ" ("بهـ.ـجوم"): a
    # real post, its words broken so
    text = post("naya_foriraq-75274")["text"].replace("بمحلّقة", "بمحلّـ.ـقة")
    f = fold_arabic(text)
    at = f.text.index("بمحلقه انقضاضيه")
    start, end = f.span(at, at + len("بمحلقه انقضاضيه"))
    assert text[start:end] == "بمحلّـ.ـقة انقضاضيّة"


def test_arabic_digits_are_read_as_digits():
    assert "برج 22" in fold_arabic(post("naya_foriraq-84504")["text"]).text  # "قاعدة برج ٢٢"


def test_an_arabic_question_mark_and_semicolon_end_a_sentence():
    text = post("naya_foriraq-83035")["text"]  # "أيها الشعب الإيراني الشجاع والرصين؛ قام مقاتلو ..."
    assert any(s.text.endswith("والرصين؛") for s in sentences(text))


def test_a_dateline_on_a_line_of_its_own_is_a_sentence_of_its_own():
    # "... قيادة القوة الجوية العراقية\n7 حزيران 2026": a statement's signature, then its date; a page's
    # headline, its date and its first paragraph are three sentences so (not one run over their lines).
    # A post's date run over lines ("بتاريخ\n10-05-2026\n") stays in its sentence.
    said = [s.text for s in sentences(post("naya_foriraq-77334")["text"])]
    assert "7 حزيران 2026" in said
    assert not any(s.text == "10-05-2026" for s in sentences(post("naya_foriraq-75176")["text"]))


# --- dictionaries -------------------------------------------------------------------------------
def test_actors_are_named_in_english_whatever_the_clitics():
    lex = ArabicLexicon.load()
    f = fold_arabic(post("naya_foriraq-83035")["text"])  # "... التابعة لحرس الثورة الإسلامية"
    assert "Islamic Revolutionary Guard Corps" in {m.value for m in lex.actors(f)}


def test_the_islamic_resistance_alone_is_hezbollah_unless_the_text_names_the_iraqi_one():
    # Hezbollah's statements name it "المقاومة الإسلامية" ("مشاهد من عملية استهداف المقاومة الإسلامية ... مستوطنة
    # كريات شمونة"); a text that names "المقاومة الإسلامية في العراق" means that one by the short name too
    # ("المقاومة الإسلامية في العراق: ... تُجدّد المقاومة الإسلامية تأكيدها ...")
    lex = ArabicLexicon.load()
    for post_id, actor in (("naya_foriraq-76919", "Hezbollah"), ("naya_foriraq-84288", "Islamic Resistance in Iraq")):
        f = fold_arabic(post(post_id)["text"])
        resistance = [m for m in lex.actors(f, named=partial(lex.named_plainly, f)) if "المقاومه" in m.text]
        assert resistance and {m.value for m in resistance} == {actor}, post_id


def test_a_name_of_one_word_written_with_the_article_is_a_name_only_with_it():
    # "... بواجهة صدام العراق، وبحشد من قوى عالمية وإقليمية": a gathering of powers, not the "الحشد" (the PMF)
    lex = ArabicLexicon.load()
    text = post("naya_foriraq-76975")["text"]
    at = text.index("فخاض المستكبرون")
    assert "Popular Mobilization Forces" not in {m.value for m in lex.actors(fold_arabic(text[at:at + 200]))}
    assert [m.value for m in lex.actors(fold_arabic("استهدف مقرات الحشد وللحشد"))] == ["Popular Mobilization Forces"] * 2


def test_the_iranian_militias_are_the_iran_backed_militias_and_a_claim_wins_over_an_attacker_lent(pipeline):
    lex = ArabicLexicon.load()
    f = fold_arabic("لهجوم بخمس قذائف هاون مصدرها الميليشيات الإيرانية")
    assert [m.value for m in lex.actors(f)] == ["Iran-backed militias"]
    # the next attack, told with no attacker, is lent the militias; the claim after it wins
    said = Article(id="claim", published=dt.date(2023, 10, 19), text=(
        "تعرضت قاعدة التحالف في حقل كونيكو لهجوم بخمس قذائف هاون مصدرها الميليشيات الإيرانية. "
        "وتعرضت قاعدة التنف أيضا لهجوم بطائرة مسيرة. "
        "وتبنت المقاومة الإسلامية في العراق استهداف قاعدة التنف بثلاث طائرات مسيرة."))
    actors = {m.location: m.actor for m in pipeline.extractor.extract(said) if isinstance(m, Mention)}
    assert actors["al-Tanf garrison"] == "Islamic Resistance in Iraq"


def test_a_group_is_named_whichever_language_names_it():
    # "انتم تحت نيران سرايا أولياء الدم": the group the English lexicon calls Saraya Awliya al-Dam
    lex = ArabicLexicon.load()
    f = fold_arabic(post("naya_foriraq-77420")["text"])
    assert "Saraya Awliya al-Dam" in {m.value for m in lex.actors(f)}


def test_the_islamic_resistance_is_hezbollah_and_the_iraqi_umbrella_in_a_text_about_iraq():
    lex = ArabicLexicon.load()
    f = fold_arabic(post("naya_foriraq-75274")["text"])  # "استهداف المقاومة الإسلامية ... جنوبي لبنان"
    assert [m.value for m in lex.actors(f, frozenset({"LB"}))][0] == "Hezbollah"
    assert [m.value for m in lex.actors(f)][0] == "Hezbollah"
    assert [m.value for m in lex.actors(f, frozenset({"IQ"}))][0] == "Islamic Resistance in Iraq"


def test_the_army_alone_is_the_army_of_the_country_the_text_is_about(pipeline):
    # "نفذت قيادة طيران الجيش ضربة جوية ... في وادي الشاي ضمن قاطع قيادة عمليات كركوك": Iraq's army, in a post on
    # Iraq (as a page on Sudan had "واستهدف سلاح الجو ... بينما قصفت مسيّرات تابعة للجيش": Sudan's)
    [mention] = mentions(pipeline, "naya_foriraq-75392")
    assert mention.actor == "Iraqi security forces"
    # not where a word with the article says whose army it is, nor where the text's places are not its country's
    [jordans] = retold(pipeline, "naya_foriraq-75392", lambda t: t.replace("طيران الجيش", "طيران الجيش الأردني"))
    [abroad] = retold(pipeline, "naya_foriraq-75392", lambda t: t.replace("كركوك", "إربد"))
    assert jordans.actor is None and abroad.actor is None


def test_a_sides_ammunition_depot_is_what_was_hit_not_who_struck(pipeline):
    # "تدمير حظيرة طائرات في قاعدة الملك فيصل الجوية ...، والتي تعد مستودع ذخيرة للقوات الخاصة الأمريكية": the US
    # forces kept their ammunition there (occupant_before: "مستودع", as "تمركزات الدعم السريع" were a page's RSF positions)
    [mention] = mentions(pipeline, "naya_foriraq-85691")
    assert mention.actor is None


def test_the_dead_of_a_sides_raids_are_not_its_own(pipeline):
    # "غارات صهيونية تستهدف بلدة طيردبا جنوب لبنان": Israel's raids; told with the dead of them, the side named by its
    # noun (as a page had "4 شهداء وعشرات الجرحى في غارات الاحتلال على الحديدة"), still its raids, not its own dead
    dead = retold(pipeline, "naya_foriraq-78087", lambda t: t.replace("غارات صهيونية", "4 قتلى في غارات الاحتلال"))
    assert {(m.actor, m.fatalities) for m in dead} == {("Israel Defense Forces", 4)}


def test_the_side_whose_commander_was_killed_named_as_a_militia_is_not_the_attacker(pipeline):
    # "تنفيذ عملية اغتيال القائد المعين للجناح العسكري لحماس ... بواسطة غارة من الطيران الحربي الإسرائيلي", told of
    # the dead as a page had them ("قتل قياديان من ميليشيا كتائب "حزب الله" العراقي ... بغارات أميركية"): the group
    # the dead are of, described as a militia, is not who struck
    told = retold(pipeline, "naya_foriraq-76163",
                  lambda t: t.replace("اغتيال القائد المعين للجناح العسكري لحماس", 'قتل قيادي من ميليشيا كتائب "حماس"'))
    assert {m.actor for m in told} == {"Israel Defense Forces"}


def test_a_former_or_senior_commander_killed_is_of_the_side_struck(pipeline):
    # "تصعيد نوعي للتحالف الدولي بسوريا: مقتل قيادي سابق في داعش بريف إدلب": the group whose former commander was
    # killed is not who struck; nor one whose "قيادي رفيع المستوى" was
    for killed in ("مقتل قيادي سابق في حماس", "مقتل قيادي رفيع المستوى في حماس"):
        told = retold(pipeline, "naya_foriraq-76163",
                      lambda t, killed=killed: t.replace("اغتيال القائد المعين للجناح العسكري لحماس", killed))
        assert {m.actor for m in told} == {"Israel Defense Forces"}, killed


def test_the_damascus_government_is_a_side_not_a_place(pipeline):
    # "تجدّدت الاشتباكات المسلحة بين قوات حكومة دمشق وقوات سوريا الديمقراطية": the Syrian government's forces, as
    # Kurdish and Iraqi outlets name them; Damascus, in their name, is where nothing happened
    [shelling] = retold(pipeline, "naya_foriraq-80261", lambda t: t.replace("القصف العشوائي الصهيوني", "قصف قوات حكومة دمشق"))
    assert (shelling.actor, shelling.location) == ("Syrian government forces", "Daraa")


def test_a_state_whose_official_confirms_air_strikes_made_them(pipeline):
    # "وأكد مسؤول في وزارة الدفاع الأميركية "البنتاغون" في بيان شن ضربات جوية ضد ميليشيات موالية لإيران في العراق":
    # the strikes its own official confirms are the state's (self_strike), as "أعلنت القيادة المركزية ... تنفيذ ضربات"
    [strike] = retold(pipeline, "naya_foriraq-80137", lambda t: t.replace(
        "أعلنت القيادة المركزية الأمريكية (CENTCOM) تنفيذ ضربات جديدة",
        "وأكد مسؤول في القيادة المركزية الأمريكية في بيان شن ضربات جوية جديدة"))
    assert (strike.actor, strike.actor_role) == ("US forces", "claimed")


def test_an_attack_told_on_a_day_of_its_own_is_not_the_one_told_before(pipeline):
    # "نفذت جولة جديدة من الضربات ضد إيران في 18 يوليو ...", then "... إنها شنت هجمات على أفراد من القوات الأمريكية في
    # الأردن يوم 17 يوليو": the attacks in Jordan were the day before, another attack (as a page told CENTCOM's strikes
    # "في 29 سبتمبر", then "في 24 سبتمبر 2024، نفذت ... ضربة جوية في شمال غرب سوريا")
    [jordan] = mentions(pipeline, "naya_foriraq-84134")
    assert (jordan.country, jordan.event_date) == ("JO", dt.date(2026, 7, 17))


def test_an_attack_told_on_a_day_before_the_days_an_announcement_covers_is_another(pipeline):
    # a page: "أعلنت "المقاومة الإسلامية" في العراق، السبت (28 تشرين الأول 2023)، استهداف قاعدة عسكرية تضم قوات أميركية"
    # (that day or the one before), then "الاثنين الماضي، أعلنت "المقاومة الإسلامية" في العراق، استهداف 3 قواعد للقوات
    # الأميركية في سوريا": Monday is outside those days, another attack, with its own weapons; told as this post tells
    # an attack on bases in Kuwait, the day announced and the page's second sentence added
    def told(t: str) -> str:
        said = t.replace("الكويت تعلن", "أعلنت المقاومة الإسلامية في العراق، الأربعاء (15 تموز 2026)،").replace(
            "الاميركي اليوم", "الاميركي في الكويت")
        return said + "\nالاثنين الماضي، أعلنت المقاومة الإسلامية في العراق استهداف قواعد الاحتلال الاميركي في الكويت بمسيرتين."
    found = retold(pipeline, "naya_foriraq-83253", told)
    assert {(m.event_date, tuple((w.kind, w.count) for w in m.weapons)) for m in found} == {
        (dt.date(2026, 7, 15), (("rocket", 4), ("drone", 21))), (dt.date(2026, 7, 13), (("drone", 2),))}


def test_the_sides_of_clashes_framing_an_attack_are_not_its_attacker_and_a_sides_guns_are_its_own(pipeline):
    # a page: "والاشتباكات النارية بين «حزب الله» والجيش الصهيوني في خط تصاعدي، وقد قصفت مدفعيّة جيش الاحتلال، أمس
    # الإثنين، أطراف بلدات يارون والبستان وشيحين في جنوب لبنان": the clashes are the frame, and the guns are the
    # army's, which shelled; told so of this post's village, and, the other way round, the army's shelling written as
    # a verb, "قصف جيش الاحتلال، أمس الإثنين، أطراف بلدة ..."
    for told in ("والاشتباكات النارية بين «حزب الله» والجيش الصهيوني في خط تصاعدي، وقد قصفت مدفعيّة جيش الاحتلال، "
                 "أمس الإثنين، أطراف بلدة البيّاضة جنوبيّ لبنان.",
                 "قصف جيش الاحتلال، أمس الإثنين، أطراف بلدة البيّاضة جنوبيّ لبنان."):
        [shelling] = retold(pipeline, "naya_foriraq-76057", lambda t, told=told: t[:t.index("مشاهد")] + told)
        assert (shelling.country, shelling.actor) == ("LB", "Israel Defense Forces"), told


def test_a_side_whose_leader_was_killed_is_not_the_attacker(pipeline):
    # a page: "ماهر العقال، أحد كبار قادة داعش الخمسة وزعيم داعش في سوريا، قُتل في الضربة": the side the leader led was
    # struck; told so of this post's killing in Gaza
    [strike] = retold(pipeline, "naya_foriraq-76163", lambda t: t.replace(
        'تنفيذ عملية اغتيال القائد المعين للجناح العسكري لحماس "محمد عودة" في منطقة حي الرمال بقطاع غزة بواسطة غارة '
        'من الطيران الحربي الإسرائيلي.', "محمد عودة، أحد كبار قادة حماس، قُتل في غارة في منطقة حي الرمال بقطاع غزة."))
    assert strike.country == "PS" and strike.actor != "Hamas"


@pytest.mark.parametrize("told", [
    # "ومنذ بدء الحرب السبت الماضي، شهدت أربيل وضواحيها أكثر من 100 هجوم": since a day, with "و" before "منذ"
    "ومنذ بدء الحرب السبت الماضي، شهدت البحرين أكثر من 100 هجوم بالمسيّرات الإيرانية.",
    # "وأعلن محافظ أربيل ... أن عدد الهجمات بالطائرات المسيّرة والصواريخ على المدينة تجاوز 100 هجوم حتى أمس الأربعاء":
    # the day a count runs to
    "وأعلن محافظ المنامة أن عدد الهجمات بالمسيّرات الإيرانية على المنامة تجاوز 100 هجوم حتى أمس الأربعاء.",
    # "تتصدر مدينة أربيل مدن العراق الأكثر تعرضاً للهجمات"
    "وتتصدر المنامة مدن البحرين الأكثر تعرضاً لهجمات المسيّرات الإيرانية.",
])
def test_a_count_of_attacks_since_or_until_a_day_is_no_attack(pipeline, told):
    # told so of this post's attack on Bahrain, as a page on Erbil counted its attacks
    assert retold(pipeline, "naya_foriraq-80037", lambda t: t.replace(
        "البحرين تعلن تعرض أراضيها لاستهداف بعدد من المسيّرات الإيرانية فجر اليوم.", told)) == []


def test_al_shabaab_is_named_as_arabic_outlets_write_it(pipeline):
    # "جماعة الشباب الإرهابية تنفذ هجوماً انتحارياً ..."، "هجوما انتحاريا تبنته جماعة الشباب الصومالية": the group's
    # names as a page had them, told of the post's claim ("تنظيم داعش الإرهابي يتبنى استهداف صهريج نفط")
    for name in ("جماعة الشباب", "جماعة الشباب الصومالية", "ميليشيات الشباب"):
        [claimed] = retold(pipeline, "naya_foriraq-79041", lambda t, name=name: t.replace("تنظيم داعش", name))
        assert claimed.actor == "Al-Shabaab", name


def test_a_dual_carries_the_count_two():
    lex = ArabicLexicon.load()
    f = fold_arabic(post("naya_foriraq-88220")["text"])  # "بطائرتين مسيرتين"
    assert ("drone", 2) in {(kind, count) for kind, count, _, _ in lex.weapons(f)}


def test_a_number_word_after_the_clitic_bi_counts_the_weapons(pipeline):
    # "الكويت تعلن استهداف قواعد الاحتلال الاميركي اليوم باربعة صواريخ و ٢١ مسيرة": four rockets, as "بـ4 صواريخ" is
    # (the bases placed in Kuwait, as the post's country says, for a mention to be told)
    [attack] = retold(pipeline, "naya_foriraq-83253", lambda t: t.replace("الاميركي اليوم", "الاميركي في الكويت اليوم"))
    assert {(w.kind, w.count) for w in attack.weapons} == {("rocket", 4), ("drone", 21)}


def test_warplanes_named_without_the_article_are_aircraft(pipeline):
    # "طيران حربي يجوب سماء محافظة ذي قار": warplanes, indefinite (as "طيران الجيش" and "البراميل المتفجرة" are an
    # army's aircraft and what they drop: "بقصف المواطنين بمدينة نيالا بالبراميل المتفجرة"); flying over is no attack
    lex = ArabicLexicon.load()
    post_id = "naya_foriraq-86276"
    assert "aircraft" in {kind for kind, _, _, _ in lex.weapons(fold_arabic(post(post_id)["text"]))}
    assert mentions(pipeline, post_id) == []


def test_a_weapon_named_as_an_indefinite_object_keeps_its_kind(pipeline):
    # "القوات المسلحة اليمنية تطلق صاروخًا باليستيًا على منزل حاكم الحديدة": the tanween's alif on both words
    [mention] = mentions(pipeline, "naya_foriraq-87379")
    assert [w.kind for w in mention.weapons] == ["ballistic missile"]


def test_a_weapon_named_as_a_definite_phrase_keeps_its_kind(pipeline):
    # "سماء الأردن بعد الهجوم الصاروخي على قاعدة موفق السلطي الجوية": the article on both words
    [mention] = mentions(pipeline, "naya_foriraq-78050")
    assert [w.kind for w in mention.weapons] == ["rocket"]


def test_another_wounded_after_one_dead_is_one(pipeline):
    # "هجوم إرهابي يستهدف عجلة في مدينة سراوان ... ؛ إستشهاد شخص وإصابة أخر كحصيلة أولية": one dead, another wounded
    [mention] = mentions(pipeline, "naya_foriraq-80334")
    assert (mention.fatalities, mention.injuries) == (1, 1)


def test_two_loitering_drones_in_the_dual_are_two_drones(pipeline):
    # "نقطة تموضع جنود وآلية هامفي تابعة لجيش العدو الإسرائيلي ... بمحلّقتي ابابيل الانقضاضيّة"
    [mention] = mentions(pipeline, "naya_foriraq-76625")
    assert [(w.kind, w.count) for w in mention.weapons] == [("drone", 2)]


def test_the_army_two_vehicles_belong_to_is_their_target(pipeline):
    # "آليتين تابعتين لجيش العدو الإسرائيلي عند موقع رأس الناقورة البحري ...": the Israeli army's vehicles were
    # struck; the army is not the attacker
    [mention] = mentions(pipeline, "naya_foriraq-76312")
    assert mention.actor != "Israel Defense Forces"


def test_two_air_strikes_in_the_dual_are_two_of_aircraft(pipeline):
    # "نفذ صقور الجو الأبطال بواسطة طائرات F-16 ضربتين جويتين ناجحتين استهدفتا مضافة ... في وادي الشاي"
    [mention] = mentions(pipeline, "naya_foriraq-75941")
    assert [(w.kind, w.count) for w in mention.weapons] == [("aircraft", 2)]


def test_the_enemys_or_the_occupations_aviation_is_an_aircraft(pipeline):
    # "استهداف طيران العدو السعودي لمقر السلطة المحلية": the attacker named by its aircraft
    assert {w.kind for m in mentions(pipeline, "SabaNewsyeMedia-280670") for w in m.weapons} == {"aircraft"}


def test_the_houthis_channel_named_with_its_medium_is_no_drone(pipeline):
    # "وأفاد تلفزيون المسيرة، التابع للحوثيين، أن العدوان الأميركي شن أكثر من خمس غارات", "وذكرت قناة ((المسيرة))":
    # Al-Masirah, the outlet, whatever frames its name ("مسيرة" is also a drone)
    for told in ("وأفاد تلفزيون المسيرة أن ", "وذكرت قناة ((المسيرة)) أن "):
        kinds = {w.kind for m in retold(pipeline, "SabaNewsyeMedia-280670", lambda t, told=told: told + t) for w in m.weapons}
        assert kinds == {"aircraft"}, told


def test_a_nationality_in_quotes_names_whose_strike_it_was(pipeline):
    # 'استهدفت ضربة جوية "إسرائيلية" فجر اليوم السبت ... مبنى سكنياً في قلب بيروت': Israel's, as outlets that write
    # the state's name in quotes tell it; the post's "غارات صهيونية تستهدف بلدة طيردبا" told so
    [strike] = retold(pipeline, "naya_foriraq-78087", lambda t: t.replace("غارات صهيونية", "غارات \"صهيونية\""))
    assert strike.actor == "Israel Defense Forces"


def test_a_side_of_the_confrontation_the_attack_is_told_within_is_not_its_attacker(pipeline):
    # "المزيد من القتلى في المواجهة المفتوحة بين إسرائيل وحزب الله / قتل 29 شخصا في غارات اسرائيلية": a headline run
    # into the report under it names the two sides of the war; the raids are Israel's (war_before)
    [strike] = retold(pipeline, "naya_foriraq-78087", lambda t: "المزيد من القتلى في المواجهة المفتوحة بين إسرائيل وحزب الله\n" + t)
    assert strike.actor == "Israel Defense Forces"


def test_a_sides_vehicles_are_what_was_hit_not_who_fired(pipeline):
    # "تصدّي المقاومة الإسلامية ... لمحاولة آليات وجنود جيش العدو الإسرائيلي التقدّم ... بصليةٍ صاروخيّة": the
    # Israeli army's vehicles and soldiers were fired at (occupant_before: "آليات", "سيارة عناصر قسد")
    [mention] = mentions(pipeline, "naya_foriraq-78434")
    assert mention.actor != "Israel Defense Forces"


def test_every_arabic_actor_and_weapon_kind_is_one_of_the_english_lexicon():
    from sitrep.lexicon import Lexicon

    english, arabic = Lexicon.load(), ArabicLexicon.load()
    assert set(arabic.actor_names.values()) <= set(english.actors)
    assert {k for k, _ in arabic.weapon_forms.values()} - {"projectile"} <= english.weapon_kinds()
    assert set(arabic.projectile.values()) <= english.weapon_kinds()


# --- dates --------------------------------------------------------------------------------------
def test_a_date_written_in_the_post_is_read():
    f = fold_arabic(post("naya_foriraq-75274")["text"]).text  # "بتاريخ\n09-05-2026"
    assert [d.date for d in find_dates(f, dt.date(2026, 5, 12))] == [dt.date(2026, 5, 9)]


def test_a_span_of_days_is_a_range_from_its_first_day():
    f = fold_arabic(post("naya_foriraq-77328")["text"]).text  # "ويسري هذا الإشعار في الفترة من 7 إلى 14 يونيو"
    [span] = find_dates(f, dt.date(2026, 6, 7))
    assert (span.date, span.precision, span.end) == (dt.date(2026, 6, 7), "range", dt.date(2026, 6, 14))


def test_so_far_is_no_day():
    # "نفّذ جيش الجمهورية الإسلامية الإيرانية حتى الآن ست مراحل من عمليات الطائرات المسيّرة": "so far", a count,
    # not today
    f = fold_arabic(post("naya_foriraq-83060")["text"]).text
    assert "حتي الان" in f
    assert all(d.text != "الان" for d in find_dates(f, dt.date(2026, 7, 14)))


def test_a_hijri_date_is_converted():
    text = post("naya_foriraq-84406")["text"]  # "صنعاءُ، 6 صفر 1448هـ / الموافقُ 20 يوليو 2026م."
    days = {d.date for d in find_dates(fold_arabic(text).text, dt.date(2026, 7, 20))}
    assert dt.date(2026, 7, 20) in days


def test_a_day_written_as_an_ordinal_is_read(pipeline):
    text = post("naya_foriraq-84339")["text"]  # "أنهت القيادة المركزية الأمريكية (سنتكوم) بنجاح، مساء التاسع عشر من
    # يوليو/تموز، ...", posted 20 July 2026
    assert dt.date(2026, 7, 19) in {d.date for d in find_dates(fold_arabic(text).text, dt.date(2026, 7, 20))}
    # a page's words (17 January 2020, Tunisia): "... في الهجوم الإيراني في 8 جانفي الجاري على قاعدة عين الأسد الجوية"
    # and "... في ليلة الثامن جانفي الجاري": the months as the Maghreb writes them
    for words in ("في الهجوم الإيراني في 8 جانفي الجاري على قاعدة عين الأسد الجوية", "في ليلة الثامن جانفي الجاري"):
        assert [d.date for d in find_dates(fold_arabic(words).text, dt.date(2020, 1, 17))] == [dt.date(2020, 1, 8)]
    # but a day a count runs from is no attack's: "... منذ بداية تصاعد الهجمات التي تشنها فصائل محسوبة على إيران اعتبارًا
    # من السابع عشر من أكتوبر." (a page of 18 November 2023), nor the day a war began, eight words on from "منذ"
    # ("ومنذ بدء العدوان الإسرائيلي على غزة في السابع من أكتوبر/تشرين الأول الماضي، تعرضت قاعدة عين الأسد لسلسلة من
    # الهجمات بالمسيّرات والصواريخ.", 1 January 2024)
    assert [m.event_date for m in page_mentions(pipeline, Article(id="page", published=dt.date(2023, 11, 18), text=(
        "أصيب أحد جنود القوات المسلحة الأمريكية نتيجة لهجوم نفذته طائرة مسيرة، وذلك في هجوم نُفِّذَتْهُ فصائل حليفة لإيران على"
        " إحدى القواعد الأمريكية في منطقة شمال وشرق سوريا.\n\nتُضَافُ هذه الإصابة إلى قائمة طويلة من الإصابات بين صفوف القوات"
        " الأمريكية، حيث أُصِيبَ ما لا يقل عن 60 جنديًا بجروح طفيفة منذ بداية تصاعد الهجمات التي تشنها فصائل محسوبة على"
        " إيران اعتبارًا من السابع عشر من أكتوبر.")))] == [dt.date(2023, 11, 18)]


def test_the_day_of_an_attack_a_count_runs_from_far_after_since_is_no_attacks(pipeline):
    # a page's words (26 March 2024): "منذ استهداف القوات الأمريكية في البرج 22 قرب الحدود ... في 28 من شهر يناير الماضي",
    # the attack the count of strikes runs from, twelve words on from "منذ": not the day al-Mayadin was struck
    told = page_mentions(pipeline, Article(id="page", published=dt.date(2024, 3, 26), text=(
        "وذكرت مصادر في محافظة دير الزور أن ” طائرات امريكية استهدفت مواقع للقوات الصديقة في حي تمو في مدينة الميادين"
        " ومدرسة المعري أحد مقرات القوات الايرانية والعراقية في مدينة البوكمال “.\nوهذا الاستهداف الثالث من قبل الطائرات"
        " الأمريكية بشكل واسع على محافظة دير الزور منذ استهداف القوات الأمريكية في البرج 22 قرب الحدود السورية العراقية"
        " الأردنية في 28 من شهر يناير الماضي.")))
    assert told and all(m.event_date != dt.date(2024, 1, 28) for m in told)


def test_yesterday_and_a_weekday_count_back_from_the_post():
    text = post("naya_foriraq-76584")["text"]  # "أمس الأحد 31-05-2026", posted Monday 1 June
    days = [d.date for d in find_dates(fold_arabic(text).text, dt.date(2026, 6, 1))]
    assert days and set(days) == {dt.date(2026, 5, 31)}


def test_the_night_of_a_weekday_is_the_evening_before_it():
    # "... بعد هجمات الحوثيين ليلة الجمعة" (a Sunday's post): the night into Friday, Thursday evening to Friday
    text = post("naya_foriraq-85638")["text"]
    [night] = find_dates(fold_arabic(text).text, dt.date(2026, 7, 26))
    assert (night.date, night.start, night.end) == (dt.date(2026, 7, 23), dt.date(2026, 7, 23), dt.date(2026, 7, 24))
    # told as the night from one day to the next ("ليلة الخميس إلى الجمعة", "حتى", "-"): from the first day's evening
    for to in (" إلى ", " حتى ", "-"):
        told = fold_arabic(text.replace("ليلة الجمعة", f"ليلة الخميس{to}الجمعة")).text
        first = find_dates(told, dt.date(2026, 7, 26))[0]
        assert (first.date, first.start, first.end) == (dt.date(2026, 7, 23),) * 3
    # past the midnight of that night ("بعد منتصف ليل الاثنين-الثلاثاء", "بعد منتصف ليلة الإثنين-الثلاثاء", as reports
    # had it): the second day
    for night in ("ليل", "ليلة"):
        told = fold_arabic(text.replace("ليلة الجمعة", f"بعد منتصف {night} الخميس-الجمعة")).text
        assert [d.date for d in find_dates(told, dt.date(2026, 7, 26))] == [dt.date(2026, 7, 24)]


def test_a_month_named_as_the_last_is_the_last_of_that_name():
    # "خلايا الحرس الثوري العراقية نفذت هجمات في أبريل الماضي" (a post of June 2026): April 2026, a month
    text = post("naya_foriraq-79248")["text"]
    for last in ("الماضي", "الفائت", "المنصرم"):  # its words for "last"
        told = fold_arabic(text.replace("أبريل الماضي", f"أبريل {last}")).text
        [april] = [d for d in find_dates(told, dt.date(2026, 6, 19)) if d.precision == "month"]
        assert (april.start, april.end) == (dt.date(2026, 4, 1), dt.date(2026, 4, 30))


def test_last_week_is_the_week_before_the_posts_and_a_day_said_written_out_again_is_still_said(pipeline):
    # "في الليلة الماضية ... اعترضت القوات الأمريكية بنجاح صاروخين باليستيين إيرانيين" (posted Monday 1 June 2026),
    # told as a page had it ("وقالت وزارة الدفاع الأميركية "البنتاغون"، أمس الثلاثاء (13 آب 2024)، إن "الأسبوع الماضي
    # أصيب 8 عسكريين""): the week before the post's, from the Saturday it may begin on; not the day it was said,
    # written out again in brackets
    told = retold(pipeline, "naya_foriraq-76605", lambda t: t.replace(
        "القيادة المركزية الامريكية:\nفي الليلة الماضية",
        'قالت القيادة المركزية الأمريكية "سنتكوم"، أمس الأحد (31-05-2026)، إن الأسبوع الماضي'))
    assert [(m.date_precision, m.date_start, m.date_end) for m in told] == [
        ("range", dt.date(2026, 5, 23), dt.date(2026, 5, 31))]


def test_so_many_days_ago_counts_back_from_the_post_but_not_for_so_many_days():
    # "هل قتل العراق العقل المدبر ... في داعش قبل يومين ؟!", posted 27 May 2026
    text = fold_arabic(post("naya_foriraq-76246")["text"]).text
    assert [d.date for d in find_dates(text, dt.date(2026, 5, 27))] == [dt.date(2026, 5, 25)]
    # "يحاول جيش العدوّ الإسرائيليّ، منذ 4 أيّام، التقدّم": for four days, no one day of them
    text = fold_arabic(post("naya_foriraq-79207")["text"]).text
    assert dt.date(2026, 6, 14) not in {d.date for d in find_dates(text, dt.date(2026, 6, 18))}


# --- places -------------------------------------------------------------------------------------
def test_a_named_site_is_found_in_arabic(pipeline):
    text = post("naya_foriraq-76700")["text"]  # "مقتل جندي أمريكي في قاعدة الحرير اربيل"
    names = [p.place.name for p in pipeline.extractor.places.find(text)]
    assert names[0] == "Harir Air Base" and "Erbil" in names


def test_a_province_and_its_towns_with_clitics(pipeline):
    text = post("naya_foriraq-86119")["text"]  # "في محافظات بغداد، وواسط، ونينوى، والبصرة"
    names = {p.place.name for p in pipeline.extractor.places.find(text)}
    assert {"Baghdad", "Wasit", "Ninawa", "Basra Governorate", "Kirkuk", "Diyala"} <= names


def test_words_that_are_also_place_names_elsewhere_are_words(pipeline):
    # "طراز" (a model: Taraz), "حصار" (a siege: Hisar), "السوري" (Syrian: Surrey)
    for post_id in ("shajab_news-67449", "naya_foriraq-84406", "AjaNews-513061"):
        countries = {p.place.country for p in pipeline.extractor.places.find(post(post_id)["text"])}
        assert not countries & {"KZ", "IN", "GB"}, post_id


def test_syria_spelt_like_its_adjective_is_syria_after_a_preposition(pipeline):
    # Syrian outlets write the name "سورية", as the adjective is written ("مصادر سورية", "القوات السورية"):
    # the same posts with that spelling ("بسماء شمال سورية", "بقصف أهداف في سورية") still name Syria
    for post_id in ("alagsa3agel-286226", "naya_foriraq-87794"):
        text = post(post_id)["text"].replace("سوريا", "سورية")
        assert "Syria" in {p.place.name for p in pipeline.extractor.places.find(text)}, post_id
    text = post("naya_foriraq-75529")["text"]  # "... العاصمة السورية": Syrian
    assert not [p for p in pipeline.extractor.places.find(text) if p.text.endswith("سورية")]


def test_the_day_of_a_ceremony_for_the_dead_is_not_the_attacks(pipeline):
    # "أمس، أقام شعب ميناب الحزين مراسم دفن لبقية أجزاء أطفالهم الذين قُتلوا ... في اليوم الأول من هذه الحرب"
    minab = [m for m in mentions(pipeline, "naya_foriraq-85033") if m.location == "Mīnāb"]
    assert minab and all(m.date_precision != "day" for m in minab), [(m.event_date, m.date_precision) for m in minab]


def test_a_countrys_capital_unnamed_is_its_capital_city(pipeline):
    # "صافرات الانذار تدوي في عاصمة الكويت بعد هجوم ايراني مركب", as "the Lebanese capital" is Beirut in English
    [mention] = mentions(pipeline, "naya_foriraq-84632")
    assert mention.location == "Kuwait City"


def test_many_is_a_word_and_al_udeid_a_base_only_as_a_base(pipeline):
    # "العديد من" (many of) is no air base in Qatar
    for post_id in ("naya_foriraq-83125", "naya_foriraq-83403"):
        names = {p.place.name for p in pipeline.extractor.places.find(post(post_id)["text"])}
        assert "Al Udeid Air Base" not in names, post_id


def test_a_city_far_away_is_taken_after_a_word_that_says_a_place_follows(pipeline):
    text = post("alarabiyaBr-147974")["text"]  # "قتيل في هجوم أوكراني بمسيّرات على بريانسك"
    assert [(p.place.name, p.place.country) for p in pipeline.extractor.places.find(text)] == [("Bryansk", "RU")]


def test_the_attack_a_strike_answers_lends_it_neither_place_nor_weapons(pipeline):
    # "شنّ ضربات دفاعية ضد إيران ... ردًا على إسقاط مروحية أباتشي": the helicopter was the answered attack's
    [strikes] = mentions(pipeline, "naya_foriraq-77988")
    assert (strikes.location, strikes.weapons) == ("Iran", [])
    # a letter of thanks: "ردًا على قصفه لضاحية بيروت الجنوبية" is what Iran answered, not an attack told
    assert mentions(pipeline, "naya_foriraq-79008") == []
    # "الغارات الجوية على إيران الآن، رداً على قيام الحرس الثوري الإيراني باستهداف سفينة في مضيق هرمز" (and "الضربة
    # الأمريكية الحالية أكبر من التي وقعت الليلة الماضية": last night's strike, on Iran too)
    assert {m.location for m in mentions(pipeline, "naya_foriraq-80104")} == {"Iran"}
    # "وردًا على انتهاكات العدو ... في مدينة "إيرانشهر" الإيرانية، مما أدى إلى استشهاد 7 ...، استهدفت الطائرات
    # المسيرة ... في قاعدة "الأزرق" في الأردن": neither the town nor the seven dead are the strike on the base's
    # (they are the attack answered's, told apart)
    [azraq] = [m for m in mentions(pipeline, "naya_foriraq-83354") if m.location != "Iranshahr"]
    assert (azraq.country, azraq.fatalities) == ("JO", None)


def test_hundreds_of_operations_are_a_count_not_an_attack(pipeline):
    # "11 عمليةً خارج الحدود في إقليم كردستان" during a forty-day war
    assert mentions(pipeline, "naya_foriraq-83628") == []


def test_two_fighter_jets_are_two_aircraft(pipeline):
    # "مقاتلتان شاركتا في الهجوم على الضاحية وأسقطتا 10 ذخائر"
    [strike] = mentions(pipeline, "naya_foriraq-77312")
    assert [(w.kind, w.count) for w in strike.weapons] == [("aircraft", 2)]


def test_a_newspaper_named_after_a_city_is_no_place(pipeline):
    # "نيويورك بوست: يُزعم أن ... خطط لاغتيال إيفانكا ترامب": the New York Post, and a plot
    assert mentions(pipeline, "naya_foriraq-75914") == []


def test_a_state_blamed_for_an_attack_is_its_attacker(pipeline):
    # "السلطات المصرية حملت إيران مسؤولية الهجوم على ميناء دمياط"
    [port] = mentions(pipeline, "naya_foriraq-86415")
    assert (port.actor, port.actor_role) == ("Iranian armed forces", "attributed")


@pytest.mark.parametrize("post_id", [
    "naya_foriraq-85423",  # "الاعلام السعودي: ميناء الحديدة لم يُستهدف ولم تلحق به أي أضرار"
    "naya_foriraq-85294",  # "لم تقع أي عملية قصف صاروخي من قبل العدو ... على مدينة خرمشهر في الليلة الماضية"
    # "تنفي هيئة الحشد الشعبي ما تم تداوله ... بشأن وقوع اشتباكٍ مسلح ... في مدينة سامراء المقدسة"
    "naya_foriraq-87043",
])
def test_a_place_said_not_to_have_been_targeted_was_not_attacked(pipeline, post_id):
    assert mentions(pipeline, post_id) == []


def test_sanctions_that_target_someone_are_no_attack(pipeline):
    # "الحكومة البريطانية تعلن عن عقوبات تستهدف شبكات أسهمت في تمويل أعمال عنف للمستوطنين بالضفة الغربية"
    assert mentions(pipeline, "naya_foriraq-77913") == []


def test_an_attack_told_long_after_it_is_background(pipeline):
    # "يصادف اليوم ذكرى ... ففي الأول من يوليو/تموز عام ١٩٨٨، استُهدفت طائرة الخطوط الجوية الإيرانية"
    assert mentions(pipeline, "naya_foriraq-80697") == []


def test_washington_alone_is_the_government_as_in_english(pipeline):
    # "كانت معروفة لواشنطن" (known to Washington), "مسودة الاتفاق بين واشنطن وطهران": never where
    for post_id in ("naya_foriraq-75556", "naya_foriraq-75864"):
        roles = {p.role for p in pipeline.extractor.places.find(post(post_id)["text"]) if p.place.name == "Washington"}
        assert roles == {"metonymic"}, post_id


def test_a_name_after_a_given_name_is_a_persons(pipeline):
    text = post("naya_foriraq-78962")["text"]  # "رئيس المرصد الوطني للإعلام "خالد السراي"": no Saray in Iran
    assert not pipeline.extractor.places.find(text)


def test_a_town_after_a_valley_or_mountain_is_the_features_name_but_not_after_the_valley(pipeline):
    places = pipeline.extractor.places
    # "وادي خليل" (a valley in south Lebanon) is not Hebron, written "الخليل"
    assert not places.find("استهداف سيارة في وادي خليل") and places.find("استهداف سيارة في الخليل")
    text = post("naya_foriraq-78587")["text"]  # "مستشفى الوادي العفولة": the Valley hospital, in Afula
    assert "Afula" in {p.place.name for p in places.find(text)}


def test_where_missiles_come_from_is_not_where_they_are_aimed(pipeline):
    text = post("naya_foriraq-80252")["text"]  # "إطلاق صواريخ من إيران نحو الأردن"
    roles = {p.place.name: p.role for p in pipeline.extractor.places.find(text)}
    assert roles["Jordan"] == "literal" and roles["Iran"] != "literal"


def test_a_town_geonames_writes_only_in_latin_is_found_by_its_sound_in_the_province_after_it(pipeline):
    for post_id, town in (("naya_foriraq-76767", "Zākīyah"),  # "في بلدة زاكية بريف دمشق"
                          ("naya_foriraq-87564", "Ad Dujayl"),  # "بالدجيل جنوب صلاح الدين"
                          ("naya_foriraq-78025", "Jam")):  # "في مدينة جم بمحافظة بوشهر"
        assert town in [p.place.name for p in pipeline.extractor.places.find(post(post_id)["text"])], post_id


def test_a_town_of_the_same_sound_in_another_province_is_not_taken(pipeline):
    text = post("naya_foriraq-75188")["text"]  # "في بلدة البيّاضة جنوبي لبنان": not Baabda, in Mount Lebanon
    assert [p.place.name for p in pipeline.extractor.places.find(text)] == ["Liban-Sud"]


def test_names_listed_after_provinces_are_provinces_named_as_reports_name_them(pipeline):
    text = post("army21ye-3753")["text"]  # "استهدفت محافظات تعز والجوف ومأرب": Al Jawf in Yemen, not Libya
    places = {(p.place.name, p.place.country, p.place.kind) for p in pipeline.extractor.places.find(text)}
    assert {("Al Jawf", "YE", "admin1"), ("Ma'rib", "YE", "admin1")} <= places
    text = post("naya_foriraq-86119")["text"]  # "في محافظات بغداد، ... كركوك": not "Muhafazat Kirkuk"
    assert {"Baghdad", "Kirkuk"} <= {p.place.name for p in pipeline.extractor.places.find(text)}


def test_direct_hits_in_a_settlement_are_an_attack_there(pipeline):
    # "إصابات مباشرة لصواريخ حزب الله في مستوطنة شلومي شمالي فلسطين المحتلة"
    assert [(m.location, m.actor) for m in mentions(pipeline, "naya_foriraq-76706")] == [("Shlomi", "Hezbollah")]


def test_a_metropolis_is_a_place_wherever_it_is_but_not_a_base_named_after_it(pipeline):
    assert [(m.location, m.country) for m in mentions(pipeline, "naya_foriraq-88189")] == [("Kyiv", "UA")]
    text = post("naya_foriraq-82330")["text"]  # "اندلاع حريق في قاعدة دبلن قرب مطار بغداد الدولي"
    assert "Dublin" not in {p.place.name for p in pipeline.extractor.places.find(text)}
    # an airport is named after its town, which is where it is: "مطار بورتسودان" is at Port Sudan
    assert [p.place.name for p in pipeline.extractor.places.find("هجوم بمسيرات على مطار بورتسودان")] == ["Port Sudan"]


def test_near_a_place_is_there_and_from_a_base_is_not(pipeline):
    text = post("naya_foriraq-85329")["text"]  # "عدة انفجارات ... بالقرب من مطار اربيل"
    assert ("Erbil International Airport", "literal") in [
        (p.place.name, p.role) for p in pipeline.extractor.places.find(text)]
    text = post("army21ye-3753")["text"]  # "طائرات ... أقلعت من قاعدتي خميس مشيط والطائف استهدفت ..."
    roles = {p.place.name: p.role for p in pipeline.extractor.places.find(text)}
    assert roles["Khamis Mushait"] == roles["Ta’if"] == "modifier" and roles["Ta'izz"] == "literal"


def test_a_time_zone_and_a_country_that_launches_are_not_where(pipeline):
    for post_id in ("naya_foriraq-77988",  # "الساعة الخامسة مساءً بتوقيت شرق الولايات المتحدة"
                    "naya_foriraq-85076"):  # "شنت الولايات المتحدة الأمريكية هجومًا قويًا على الحوثيين"
        assert not any(m.country == "US" for m in mentions(pipeline, post_id)), post_id


# --- mentions -----------------------------------------------------------------------------------
def test_a_claimed_drone_strike_with_its_date_written_on_a_line_of_its_own(pipeline):
    [m] = mentions(pipeline, "naya_foriraq-75274")
    assert (m.country, m.event_date, m.actor, [w.kind for w in m.weapons]) == (
        "LB", dt.date(2026, 5, 9), "Hezbollah", ["drone"])
    assert "مشاهد من عملية" in m.evidence[0].text  # the Arabic stays in the evidence


def test_a_base_under_missile_fire_names_no_event_word(pipeline):
    [m] = mentions(pipeline, "naya_foriraq-84504")  # "قاعدة برج ٢٢ تحت غضب ... صواريخ الحرس الثوري"
    assert (m.location, m.actor, [w.kind for w in m.weapons]) == (
        "Tower 22", "Islamic Revolutionary Guard Corps", ["missile"])


def test_a_soldier_killed_at_a_base_is_one_death_and_one_incident(pipeline):
    [m] = mentions(pipeline, "naya_foriraq-76700")  # "مقتل جندي أمريكي في قاعدة الحرير اربيل"
    assert (m.location, m.fatalities) == ("Harir Air Base", 1)
    assert m.actor is None  # the soldier's nationality is the victim's, not the attacker's


def test_the_speaker_is_not_the_attacker_and_each_province_is_an_incident(pipeline):
    found = mentions(pipeline, "naya_foriraq-86119")  # PMF: strikes by "العدوان الأمريكي" on its offices
    assert {m.actor for m in found} == {"US forces"}
    assert len({m.admin1 for m in found}) == 7
    assert (found[0].fatalities, found[0].injuries) == (20, 32)


def test_an_armed_side_that_speaks_of_a_strike_claims_it(pipeline):
    [m] = mentions(pipeline, "naya_foriraq-82452")  # "الحرس الثوري: ... في القاعدة الأمريكية ... دمرت"
    assert (m.actor, m.actor_role) == ("Islamic Revolutionary Guard Corps", "claimed")


def test_a_nationality_after_an_attack_word_is_the_attacker_even_after_a_word_for_a_target(pipeline):
    # "مقتل 3 أشخاص ... في ضربات جوية باكستانية على ولاية كونر", "قصف مدفعي إسرائيلي استهدف ريف درعا"
    assert {m.actor for m in mentions(pipeline, "AlarabyTvBrk-65352")} == {"Pakistani military"}
    assert {m.actor for m in mentions(pipeline, "alarabiyaBr-147976")} == {"Israel Defense Forces"}


def test_a_name_after_the_l_of_belonging_owns_what_was_struck_unless_an_attack_word_is_its(pipeline):
    # "اغتيال القائد ... للجناح العسكري لحماس ... بواسطة غارة من الطيران الحربي الإسرائيلي": Hamas's
    # commander, Israel's strike; "انفجار عنيف في مخبئ للقوات الأمريكية": a US hideout, struck by no one named
    assert {m.actor for m in mentions(pipeline, "naya_foriraq-76163")} == {"Israel Defense Forces"}
    assert {m.actor for m in mentions(pipeline, "naya_foriraq-87757")} == {None}
    # "خلية تنتمي لداعش هي المسؤولة عن التفجيرات": a word of belonging makes it the name of who did it
    assert {m.actor for m in mentions(pipeline, "naya_foriraq-82681")} == {"Islamic State"}


def test_the_side_whose_drones_struck_is_the_attacker(pipeline):
    # "استهدفت الطائرات المسيرة الإنتحارية التابعة للجيش الإيراني موقعًا راداريًا ... في قاعدة الأزرق": the
    # drones belong to Iran's army, which struck; a vehicle or a post that belongs to a side was struck (the
    # attack on Iranshahr it answers is the enemy's, named by no name)
    struck = [m for m in mentions(pipeline, "naya_foriraq-83354") if m.location != "Iranshahr"]
    assert struck and {m.actor for m in struck} == {"Iranian armed forces"}


def test_iraqi_factions_are_the_militias_english_reports_call_so(pipeline):
    # "هجمات الفصائل العراقية البطلة من معسكر فكتوريا", "الفصائل العراقية استهدفت عدداً من المراكز الحدودية":
    # the description English reports give as "Iraqi factions"
    assert {m.actor for m in mentions(pipeline, "naya_foriraq-76962")} == {"Iran-backed militias"}
    assert {m.actor for m in mentions(pipeline, "naya_foriraq-82737")} == {"Iran-backed militias"}


def test_a_clause_at_the_same_time_is_a_sentence_of_its_own():
    # "... بحبس أكثر من 40 عالماً ...، بالتزامن مع تجميد حساباتهم المصرفية": another event, told beside it
    text = post("naya_foriraq-75850")["text"]
    assert any(s.text.startswith("بالتزامن مع تجميد") for s in sentences(text))


def test_a_pages_source_tags_and_links_are_sentences_of_their_own(pipeline):
    # A news page ends in its source, its tags and a link to another story, each on a line of its own
    # ("المصدر: RT Arabic", "كلمات دلالية: ... البنتاغون الحسكة القامشلي دمشق", "إقرأ أيضاً:"): two real pages of
    # one site, the second linked from the first as pages do. The tags are not read into the story linked.
    first, linked = post("almashhad-495797"), post("almashhad-495805")
    tags = "كلمات دلالية: البنتاغون الحسكة القامشلي دمشق"
    text = f"{first['text']}\nالمصدر: المشهد اليمني\n{tags}\nإقرأ أيضاً:\n{linked['text']}"
    assert tags in [s.text for s in sentences(text)]
    page = Article(id="page", text=text, published=dt.date.fromisoformat(first["date"][:10]))
    places = {m.location for m in pipeline.extractor.extract(page) if isinstance(m, Mention)}
    assert {"Sanaa", "Hajjah"} <= places and not places & {"Hasakah", "Al Qāmishlī", "Damascus"}


@pytest.mark.parametrize("post_id", ["naya_foriraq-87233", "naya_foriraq-85889"])
def test_a_side_after_an_attack_word_with_a_target_after_it_made_the_attack(pipeline, post_id):
    # "تجدد القصف الصاروخي لانصار الله على معسكر صحن الجن في مأرب", "هجمات انصار الله على البنية التحتية
    # النفطية في ينبع": the bombardment of Ansar Allah on a camp is theirs, not one on them
    assert {m.actor for m in mentions(pipeline, post_id)} == {"Houthis (Ansar Allah)"}


def test_where_a_source_speaks_is_not_where_the_attack_was(pipeline):
    # "مصدر يمني رفيع في صنعاء: ضربات القوات المسلحة اليمنية على المخا ومأرب ..."
    assert "Sanaa" not in {m.location for m in mentions(pipeline, "naya_foriraq-87384")}


def test_forces_a_place_hosts_were_struck_there(pipeline):
    # "استهداف فندق يتواجد بداخله عناصر من القوات الأمريكية في أربيل": three words between the verb and them
    assert [(m.location, m.actor) for m in mentions(pipeline, "naya_foriraq-87752")] == [("Erbil", None)]


def test_forces_named_by_their_nationality_are_the_attacker(pipeline):
    # "شن الطيران الحربي السعودي ... 28 غارة جوية"
    assert {m.actor for m in mentions(pipeline, "army21ye-3753")} == {"Saudi-led coalition"}


def test_a_country_that_strikes_is_its_forces_and_not_where(pipeline):
    found = mentions(pipeline, "naya_foriraq-84537")  # "إيران استهدفت الناقلة القطرية ... قرب مضيق هرمز"
    assert [(m.location, m.actor) for m in found if m.event_date == dt.date(2026, 7, 7)] == [
        ("Strait of Hormuz", "Iranian armed forces")]


def test_a_country_is_where_only_after_a_word_of_place(pipeline):
    # "... على السواحل الجنوبية لإيران": Iran, the coast of which was struck; in the Yemeni forces'
    # statement of "three equations", Saudi Arabia and Yemen are who blockades and who strikes
    assert [m.location for m in mentions(pipeline, "naya_foriraq-81686") if m.country] == ["Iran"]
    assert not {m.location for m in mentions(pipeline, "naya_foriraq-88160")} & {"Saudi Arabia", "Yemen"}


def test_soldiers_hurt_are_not_the_attacker(pipeline):
    # "أفادت وكالة بلومبيرغ بإصابة عدد من أفراد الجيش الأمريكي ... خلال هجوم إيراني": the wounded
    # are the US's; the attack was Iran's
    assert {m.actor for m in mentions(pipeline, "naya_foriraq-76416")} == {"Iranian armed forces"}


def test_soldiers_counted_before_they_are_named_are_not_the_attacker(pipeline):
    # "... مما أدى إلى مقتل ستة من أفراد الخدمة الأمريكية": six of the US service members were killed
    assert {m.actor for m in mentions(pipeline, "naya_foriraq-75697")} == {None}


def test_a_plural_nationality_after_the_weapons_names_who_fired_them(pipeline):
    # "تعرض الناقلتين الوطنيتين (ممباسا) و (الباهية) للاستهداف بصاروخين جوالين إيرانيين"
    found = mentions(pipeline, "naya_foriraq-82856")
    assert found and {(m.actor, tuple(w.kind for w in m.weapons)) for m in found} == {
        ("Iranian armed forces", ("missile",))}


def test_who_speaks_of_an_attack_is_not_its_attacker(pipeline):
    # "جيش العدو الامريكي يكشف عن هوية اثنين من قتلاه خلال الهجوم الايراني على قاعدة موفق السلطي":
    # the US army tells of its dead; the attack was Iran's
    assert {m.actor for m in mentions(pipeline, "naya_foriraq-84395")} == {"Iranian armed forces"}
    # "أعلن المتحدث باسم كتائب سيد الشهداء، أن الفصائل المسلحة لم تكن وراء الهجوم بالطائرات المسيرة
    # الذي استهدف مدينة أربيل": a group's spokesman, who denies it
    assert {m.actor for m in mentions(pipeline, "naya_foriraq-87855")} == {None}


def test_a_side_whose_fighter_was_wounded_is_not_the_attacker(pipeline):
    # "مقاتلة من قوات الجيش الإسرائيلي من سلاح المدفعية أُصيبت ... نتيجة انفجار محلّقة مفخخة"
    assert "Israel Defense Forces" not in {m.actor for m in mentions(pipeline, "naya_foriraq-78378")}


def test_the_side_that_holds_a_town_is_not_the_attacker(pipeline):
    # "هز انفجار عنيف، قبل قليل، العاصمة صنعاء الخاضعة لسيطرة مليشيا الحوثي"
    assert {m.actor for m in mentions(pipeline, "almashhad-495797")} == {None}


def test_a_base_the_gazetteer_lacks_is_where_the_place_it_lies_near_is(pipeline):
    # "... مقر قاعدة اللواء الخامس العسكرية الواقعة بالقرب من منفذ الوديعة على الحدود اليمنية ..."
    assert [(m.location, m.actor) for m in mentions(pipeline, "naya_foriraq-87328")] == [
        ("Al Wadī‘ah", "Houthis (Ansar Allah)")]


def test_a_first_of_the_month_and_its_year_date_an_attack_long_ago(pipeline):
    # "ففي الأول من يوليو/تموز عام ١٩٨٨، استُهدفت طائرة الخطوط الجوية الإيرانية الرحلة ٦٥٥", read as if written
    # that month: its first day (told in 2026, it is background: test_an_attack_told_long_after_it_is_background)
    told = article("naya_foriraq-80697").model_copy(update={"published": dt.date(1988, 7, 20)})
    found = [r for r in pipeline.extractor.extract(told) if isinstance(r, Mention)]
    assert found and {(m.event_date, m.date_precision) for m in found} == {(dt.date(1988, 7, 1), "day")}


def test_a_launcher_that_was_hit_is_not_a_weapon_fired(pipeline):
    # "... بالإضافة إلى تدمير منصة صواريخ "هيمارس" في الكويت، بتدمير عدة ...": the HIMARS launcher was the target
    assert not [w for m in mentions(pipeline, "naya_foriraq-83589") for w in m.weapons if w.kind in ("missile", "rocket")]


def test_a_missile_attack_names_its_weapon(pipeline):
    # "هجوم صاروخي يدك قاعدة العديد الأمريكية في قطر": a projectile, a rocket when no state is named
    assert [[w.kind for w in m.weapons] for m in mentions(pipeline, "naya_foriraq-82444")] == [["rocket"]]


def test_the_houthis_rockets_are_missiles(pipeline):
    # "نفذتِ القواتُ المسلحةُ اليمنيةُ عمليةً عسكريةً نوعيةً استهدفتْ سفينتينِ نفطيتينِ سعوديتينِ ... بعددٍ من الصواريخِ":
    # the Houthis fire missiles, as a state does (weapons.yaml `missile_of`)
    assert [[w.kind for w in m.weapons] for m in mentions(pipeline, "naya_foriraq-84951")] == [["missile"]]


def test_an_adjective_after_and_is_a_second_kind_of_the_same_noun(pipeline):
    # "... وذلكَ بعددٍ من الصواريخِ البالستيةِ والمجنحةِ والطائراتِ المسيرةِ": ballistic and cruise missiles, and drones
    [mention] = mentions(pipeline, "naya_foriraq-84950")
    assert {w.kind for w in mention.weapons} == {"ballistic missile", "cruise missile", "drone"}


def test_a_military_operation_against_a_target_is_an_attack(pipeline):
    # the Houthis' statement, as a page of news had it: "نفذت القوات المسلحة اليمنية ... عمليتين عسكريتين ضد سفينتين
    # ... في البحر الأحمر وخليج عدن" (not "أي عملية عسكرية ضد بعضهم البعض", a pledge: naya_foriraq-79178)
    [mention] = retold(pipeline, "naya_foriraq-84950",
                       lambda t: t.replace("عمليةً عسكريةً نوعيةً استهدفتْ", "عمليةً عسكريةً ضد").split("وكانتِ الإصابةُ")[0])
    assert (mention.location, mention.actor) == ("Red Sea", "Houthis (Ansar Allah)")
    assert mentions(pipeline, "naya_foriraq-79178") == []


@pytest.mark.parametrize("post_id", [
    "naya_foriraq-87048",  # "اطلاق صاروخ اعتراضي في اشدود نتيجة تجربة للدفاعات الجوية": an air-defence test
    "naya_foriraq-88036",  # "تم إطلاق صاروخ اعتراضي نحو هدف في منطقة زرعيت عند الحدود اللبنانية"
    "naya_foriraq-84492",  # "اطلاق العديد من الصواريخ الاعتراضية من قواعد الاحتلال الاميركي في الاردن"
])
def test_an_interceptor_launched_is_no_attack(pipeline, post_id):
    assert mentions(pipeline, post_id) == []


@pytest.mark.parametrize("told", [
    # as a page of news had it: "قصفا مدفعيا لقوات الدعم السريع على مدينة الدلنج": the shelling of a side (the
    # accusative, "قصفًا", as the plain "قصف")
    "أفاد شهود بأن قصفًا مدفعيًا لجيش الاحتلال على",
    # "طائرات مسيّرة يُشتبه في أنها تابعة لقوات الدعم السريع": drones believed to be a side's
    "استهدفت طائرات مسيرة يعتقد أنها تابعة لجيش الاحتلال",
])
def test_the_side_whose_shelling_or_drones_they_are_struck(pipeline, told):
    # "غارة صهيونية على منطقة المساكن في مدينة صور بجنوب لبنان؛ إرتقاء 3 شهداء", told of the side's guns or drones
    [mention] = retold(pipeline, "naya_foriraq-77004", lambda t: t.replace("غارة صهيونية على", told))
    assert (mention.location, mention.actor) == ("Tyre", "Israel Defense Forces")


def test_the_city_of_an_embassy_that_speaks_is_not_where_but_that_of_one_struck_is(pipeline):
    # "السفارة الامريكية في بغداد تشارك تصريحات ... الميليشيات المدعومة من إيران تواصل إطلاق الصواريخ والمسيرات من
    # العراق": the embassy speaks from Baghdad; and "دوي صافرات الإنذار داخل السفارة الأمريكية في بغداد", told of
    # rockets falling near it, is an attack there
    assert "Baghdad" not in {m.location for m in mentions(pipeline, "naya_foriraq-79789")}
    struck = retold(pipeline, "naya_foriraq-83391", lambda t: t.replace("دوي صافرات الإنذار داخل", "سقوط صواريخ كاتيوشا قرب"))
    assert [m.location for m in struck] == ["Baghdad"]


def test_a_controlled_detonation_in_quotes_is_no_attack(pipeline):
    # "عمليات بغداد: تفجير مسيطر عليه من قبل الجهات الأمنية المختصة لمخلفات حربية ... ضمن مقتربات مطار بغداد الدولي",
    # told as a page of news wrote it ('تنفيذ تفجير «مسيطر عليه»'): the words of a phrase that is no attack may stand
    # apart by quotes, as a weapon's may
    assert retold(pipeline, "naya_foriraq-75799",
                  lambda t: t.replace("تفجير مسيطر عليه", "تفجير «مسيطر عليه»").replace(" لمخلفات حربية", "")) == []


def test_the_credit_of_an_embedded_post_names_no_place(pipeline):
    # "غارة صهيونية على منطقة المساكن في مدينة صور ...", with the credit line of an embedded post, as pages of news
    # show one ("... pic.twitter.com/35eYTOvwnO — كواليس بيروت – Kawalis Beirut (@KawalisBeirut) November 5, 2025"):
    # the account's name is no place
    found = retold(pipeline, "naya_foriraq-77004", lambda t: t + "\nكاميرا المراقبة توثق الغارة pic.twitter.com/35eYTOvwnO"
                   " — كواليس بيروت – Kawalis Beirut (@KawalisBeirut) November 5, 2025")
    assert [m.location for m in found] == ["Tyre"]


@pytest.mark.parametrize("post_id", ["naya_foriraq-84339", "naya_foriraq-84767"])
def test_a_dateline_with_its_country_after_a_comma_is_where_it_was_written(pipeline, post_id):
    # "تامبا، فلوريدا - أنهت القيادة المركزية الأمريكية (سنتكوم) بنجاح ... الضربات الجوية التاسعة على التوالي ضد إيران":
    # CENTCOM writes from Tampa; no strike in Florida
    assert "US" not in {m.country for m in mentions(pipeline, post_id)}


@pytest.mark.parametrize(("post_id", "dateline", "where"), [
    ("naya_foriraq-86037", "بغداد 29 يوليو 2026 (شينخوا) ", "Diyala"),  # "قصف مجدد على محافظة ديالى بمنطقة سعدية الجبل"
    ("naya_foriraq-88324", "بيروت 22 أغسطس 2026 (شينخوا) ", "Rif-dimashq"),  # "انفجار عبوة ناسفة في ريف دمشق"
])
def test_a_dateline_with_its_day_and_agency_is_where_it_was_filed(pipeline, post_id, dateline, where):
    # the post under an agency's dateline, as its pages open ("بغداد 17 أغسطس 2021 (شينخوا) أفاد مصدر أمني بمحافظة
    # ديالى ... في هجوم"): the town it was filed from is no second place, nor the place of the attack
    assert [m.location for m in retold(pipeline, post_id, lambda t: dateline + t)] == [where]


def test_attacks_a_side_agrees_to_stop_are_no_attack(pipeline):
    # "ردت إيران الليلة الماضية بشن هجمات على القوات الأمريكية في البحرين ..." told as a page of news told a halt
    # ("قائلاً إن الحوثيين وافقوا على وقف هجماتهم ضد السفن التجارية في البحر الأحمر"): the attacks are what stops
    assert retold(pipeline, "naya_foriraq-80105", lambda t: t.replace(
        "ردت إيران الليلة الماضية بشن هجمات", "وافقت إيران الليلة الماضية على وقف هجماتها").replace(
        " وأسقطت القوات الأمريكية والبحرينية تسع طائرات إيرانية مسيّرة هجومية أحادية الاتجاه، دون وقوع أضرار أو إصابات.",
        "")) == []
    assert [m.location for m in mentions(pipeline, "naya_foriraq-80105")] == ["Bahrain"]  # as the post tells it


@pytest.mark.parametrize(("told", "where"), [
    # as pages of news had them: "استهدفت بالصواريخ ... قاعدة الشدادي في الحسكة" (a base the gazetteer names with
    # its word for a base), "استهدافها لقاعدة “الشدادي” العسكرية الأمريكية جنوبي مدينة الحسكة السورية" (words for
    # what the base is between it and its town)
    ("قاعدة الشدادي في الحسكة", "al-Shaddadi"),
    ("قاعدة الحرير الجوية الأمريكية جنوبي مدينة اربيل", "Harir Air Base"),
])
def test_the_town_a_base_is_in_is_no_second_attack(pipeline, told, where):
    # "استهداف قاعدة الحرير في محافظة اربيل شمالي العراق"
    found = retold(pipeline, "naya_foriraq-84500", lambda t: t.replace("قاعدة الحرير في محافظة اربيل شمالي العراق", told))
    assert [m.location for m in found] == [where]


def test_the_army_post_hezbollah_names_al_malikiyah_is_in_israel(pipeline):
    # "استهدف مجاهدو المقاومة الإسلاميّة ناقلة جند ... في موقع الرّاهب", told of the post by Malkia as Hezbollah's
    # statements named it ("أعلن حزب الله ... استهداف موقع المالكية الإسرائيلي"): Malkia in Israel, not al-Malikiyah
    # in Syria's Hasakah
    found = retold(pipeline, "naya_foriraq-75888", lambda t: t.replace("موقع الرّاهب", "موقع المالكية"))
    assert [(m.location, m.country) for m in found] == [("Malkia", "IL")]


def test_the_day_a_count_began_a_few_words_after_since_dates_no_attack(pipeline):
    # "... استهدافِ سفينةِ "وفاءَ" النفطيةِ السعوديةِ شماليَّ البحرِ الأحمرِ ... وبهذا الاستهدافِ يكونُ إجماليُّ السفنِ ...
    # ثمانيَ سفنٍ نفطيةٍ سعوديةٍ منذُ بدءِ الحظرِ البحريِّ في 22 منْ يوليوَ الماضي": the ban began on 22 July; the
    # attack, told on 5 August with no day of its own, was not that day
    found = mentions(pipeline, "naya_foriraq-86997")
    assert found and dt.date(2026, 7, 22) not in {m.event_date for m in found}


def test_the_day_a_side_claimed_an_attack_is_not_the_attacks(pipeline):
    # "🔻 مسؤول اميركي: ردت إيران الليلة الماضية بشن هجمات على القوات الأمريكية في البحرين" (Saturday 27 June), told
    # as a page told a claim ("تبنت جماعة «نصرة الإسلام والمسلمين» الإرهابية، اليوم السبت، الهجوم الذي تم الأحد 17
    # مارس"): the attacks were Wednesday's, the day they were claimed is not theirs
    found = retold(pipeline, "naya_foriraq-80105", lambda t: t.replace(
        "ردت إيران الليلة الماضية بشن هجمات", "تبنت جماعة «سرايا أولياء الدم» العراقية، اليوم السبت، الهجمات التي تمت يوم الأربعاء"))
    assert [(m.location, m.event_date) for m in found] == [("Bahrain", dt.date(2026, 6, 24))]


def test_the_rally_a_statement_was_made_at_is_not_where_the_attack_was(pipeline):
    # "القوات اليمنية: تمكنت القوات المسلحة اليمنية ... من استهداف سفينة إنزال عسكرية ... في البحر الأحمر", told as
    # a page told a statement ("قال العميد سريع، خلال تصريحٍ له في مسيرةٍ حاشدة في ميدان السبعين بالعاصمة اليمنية
    # صنعاء، اليوم الجمعة، إنّ القوات المسلحة لبلاده استهدفت ..."): Sanaa is where it was said
    found = retold(pipeline, "naya_foriraq-87958", lambda t: t.replace(
        "القوات اليمنية: تمكنت", "قال العميد يحيى سريع، خلال كلمة له في مسيرة حاشدة في ميدان السبعين بالعاصمة اليمنية صنعاء، إنه تمكنت"))
    assert [m.location for m in found] == ["Red Sea"]


def test_bases_all_of_which_have_been_attacked_are_a_summary(pipeline):
    # "استهداف قاعدة الحرير في محافظة اربيل شمالي العراق", told as a page listed the bases ("تنتشر في سوريا 9 قواعد
    # أمريكية كبيرة، الأولى في منطقة التنف ... و6 في محافظة الحسكة، وجميعها تعرضت لهجمات صاروخية"): no attack of a day
    assert retold(pipeline, "naya_foriraq-84500", lambda t: t.replace(
        "استهداف قاعدة الحرير في محافظة اربيل شمالي العراق",
        "تنتشر في العراق قواعد أمريكية، منها قاعدة الحرير في محافظة اربيل شمالي العراق، وجميعها تعرضت لهجمات صاروخية")) == []


def test_two_guided_missiles_are_missiles(pipeline):
    # "صاروخ موجه" in the dual, as a page of news had it: "أطلقت المسيّرة صاروخين موجهين على سيارة"; the post, of
    # an Israeli raid: "غارة صهيونية على منطقة المساكن في مدينة صور", told of a drone no side is named for: guided
    # missiles whoever fired them
    [mention] = retold(pipeline, "naya_foriraq-77004",
                       lambda t: t.replace("غارة صهيونية على", "أطلقت مسيرة صاروخين موجهين على سيارة في"))
    assert [(w.kind, w.count) for w in mention.weapons if w.kind != "drone"] == [("missile", 2)]


def test_one_person_in_the_accusative_before_the_word_for_killed_is_one_dead(pipeline):
    # "... إرتقاء 3 شهداء كحصيلة أولية", told as a page of news had it: "قالت مراسلة RT ... إن شخصا لقي مصرعه في
    # غارة إسرائيلية": "شخصا", the indefinite accusative after "إن", is one person as "شخص" is
    [mention] = retold(pipeline, "naya_foriraq-77004",
                       lambda t: t.replace("؛ إرتقاء 3 شهداء كحصيلة أولية", "، وقالت مصادر محلية إن شخصا لقي مصرعه"))
    assert mention.fatalities == 1


def test_the_day_of_the_page_at_the_start_of_a_line_gives_way_to_the_day_the_sentence_tells(pipeline):
    # "أصبح الآن بالإمكان رؤية أضرار جديدة في مصفاة جازان النفطية ... عقب هجوم بطائرة مسيّرة شنه انصار الله في 5
    # أغسطس": "now", the post's day, opens the line; the attack was on 5 August (as "المؤشر 23-07-2024 أعلنت ...
    # اليوم الاثنين", a page's stamp, gives way to the Monday it tells)
    [mention] = mentions(pipeline, "naya_foriraq-87533")
    assert (mention.location, mention.event_date) == ("Jizan", dt.date(2026, 8, 5))


def test_the_dead_and_wounded_counted_together_are_neither_figure(pipeline):
    # "مقتل وإصابة 10 أشخاص كحصيلة أولية": ten killed or wounded, not ten wounded
    assert [(m.fatalities, m.injuries) for m in mentions(pipeline, "naya_foriraq-79167")] == [(None, None)]


def test_no_human_losses_is_no_casualties(pipeline):
    # "تعرض مدينة ويسيان لقصف من جانب العدو مرتين دون وقوع خسائر بشرية"
    assert [(m.fatalities, m.injuries) for m in mentions(pipeline, "naya_foriraq-82486")] == [(0, 0)]


def test_a_court_case_is_no_attack_but_a_killing_told_with_its_pretext_is(pipeline):
    # "المحكمة البريطانية تحكم بالسجن 29 عامًا على شابين كرديين ...": a sentence, no attack
    assert mentions(pipeline, "naya_foriraq-78580") == []
    # "عصابات الجولاني ... تقدم على تعذيب وقتل مواطن سوري بتهمة الإنتماء إلى النظام السابق في منطقة كفرتخاريم":
    # a killing "on the charge of", still one
    assert [m.fatalities for m in mentions(pipeline, "naya_foriraq-78764")] == [1]


def test_opening_fire_is_small_arms(pipeline):
    # "مقتل 4 اشخاص ... في الحسكة بعد فتح النار من قبل تنظيم داعش على باص لهم"
    assert [[w.kind for w in m.weapons] for m in mentions(pipeline, "naya_foriraq-75148")] == [["small arms"]]


def test_an_assassination_is_one_dead(pipeline):
    # "تنفيذ عملية اغتيال القائد المعين للجناح العسكري لحماس "محمد عودة" في منطقة حي الرمال بقطاع غزة بواسطة غارة"
    assert [m.fatalities for m in mentions(pipeline, "naya_foriraq-76163")] == [1]


@pytest.mark.parametrize("post_id", [
    "naya_foriraq-75392",  # "... تدمير الوكر الإرهابي بالكامل وقتل العنصر الإرهابي المستهدف"
    "AlarabyTvBrk-65357",  # "استشهاد سيدة جراء إصابتها برصاص جيش الاحتلال الإسرائيلي وسط قطاع غزة"
])
def test_one_person_killed_with_the_article_or_a_feminine_word_is_one_dead(pipeline, post_id):
    assert [m.fatalities for m in mentions(pipeline, post_id)] == [1]


@pytest.mark.parametrize("post_id", [
    "naya_foriraq-82909",  # "مقتل بحار هندي في مضيق هرمز"
    "naya_foriraq-82373",  # "استشهاد صياد عراقي على يد ..."
])
def test_the_death_of_one_named_by_what_he_was_is_one_dead(pipeline, post_id):
    assert [m.fatalities for m in mentions(pipeline, post_id)] == [1]


def test_the_death_of_one_named_then_said_who_he_was_is_one_dead(pipeline):
    # "تنفيذ عملية اغتيال القائد المعين للجناح العسكري لحماس "محمد عودة" في منطقة حي الرمال", told as a page had it
    # ("مما أسفر عن مقتل محمد علي حديد، الذي حددته المصادر الأمنية كقيادي في حزب الله"): his name, then who he was
    told = retold(pipeline, "naya_foriraq-76163", lambda t: t.replace(
        'تنفيذ عملية اغتيال القائد المعين للجناح العسكري لحماس "محمد عودة" في منطقة',
        "مقتل محمد علي عودة، الذي حددته المصادر كقائد في حماس، في منطقة"))
    assert [m.fatalities for m in told] == [1]


@pytest.mark.parametrize(("post_id", "dead"), [
    ("Alibk3-36690", 6),  # "القوات الباكستانية تعلن مقتل ضابطان و4 جنود باكستانيين خلال الاشتباكات ..."
    ("naya_foriraq-80044", 4),  # "مقتل ثلاثة نساء وشاب في مدينة الموصل ..."
])
def test_the_dead_listed_one_group_after_another_are_summed(pipeline, post_id, dead):
    assert [m.fatalities for m in mentions(pipeline, post_id)] == [dead]


def test_losses_left_untold_are_no_losses(pipeline):
    # "... تتابع الموقف ميدانيًا، فيما لا تزال عمليات إحصاء الخسائر وتقييم ...": the losses are still being counted,
    # not none
    no_losses = pipeline.extractor.arabic_lexicon().re["no_losses"]
    text = fold_arabic(post("naya_foriraq-86053")["text"]).text
    counting = text.index(fold_arabic("لا تزال عمليات إحصاء الخسائر").text)
    assert no_losses.search(text, counting, counting + 40) is None
    assert no_losses.search(fold_arabic("دون وقوع خسائر بشرية").text) is not None


def test_the_figure_a_count_of_casualties_reached_is_the_toll(pipeline):
    # "ارتفاع عدد الإصابات إلى 5 بينهم ضابط وحارس للمستوطنين في عملية إطلاق النار قرب نابلس"
    assert [m.injuries for m in mentions(pipeline, "naya_foriraq-85301")] == [5]


def test_a_commander_after_the_casualty_word_is_one_casualty(pipeline):
    # "اصيب قائد اللواء 401، بجروح خطيرة إثر انفجار طائرة مسيرة"
    assert [m.injuries for m in mentions(pipeline, "naya_foriraq-75750")] == [1]


def test_one_person_named_before_the_casualty_word_is_one_casualty(pipeline):
    def injured(text: str) -> list[int | None]:
        said = Article(id="one", text=text, published=dt.date(2023, 11, 18))
        return [m.injuries for m in pipeline.extractor.extract(said) if isinstance(m, Mention)]

    assert injured("تعرض جندي أمريكي لإصابة طفيفة في الهجوم على قاعدة تل بيدر") == [1]
    # but not a singular after a number over ten ("نحو 400 جندي أمريكي أصيبوا" are 400): the post's toll is
    # "مقتل ستة عسكريين أمريكيين وإصابة أكثر من عشرين آخرين"
    assert [(m.fatalities, m.injuries) for m in mentions(pipeline, "naya_foriraq-79806")] == [(6, 20)]


@pytest.mark.parametrize("post_id", [
    # "مسلحين تابعين لعصابات الجولاني ... ترفض عودة الأكراد إلى مدينة رأس العين ... وتتوعد من يعود إلى المدينة بالقتل"
    "naya_foriraq-79868",
    # "المجلس الوزاري المصغر قرر أن أي صاروخ يطلق من لبنان سيقابل بهجوم على بيروت": what an attack will be met with
    "naya_foriraq-77874",
])
def test_a_threat_is_no_attack(pipeline, post_id):
    assert mentions(pipeline, post_id) == []


def test_a_sentence_that_points_back_at_the_attack_tells_no_new_one(pipeline):
    # "استهداف مصفاة أرامكو في جيزان بطائرة مسيرة" / "يأتي هذا الاستهداف ردا على اختراق العدو السعودي
    # بمسيراته أجواء محافظتي صعدة وحجة": the provinces are why, not a second attack
    assert [m.location for m in mentions(pipeline, "naya_foriraq-87331")] == ["Jizan"]


def test_a_toll_after_a_semicolon_is_the_attacks_just_told(pipeline):
    # "السعودية تعلن عن تعرضها لهجوم صاروخي يمني في نجران؛ إصابة 11 شخص كحصيلة أولية"
    [najran] = mentions(pipeline, "naya_foriraq-87163")
    assert (najran.location, najran.injuries) == ("Najrān", 11)
    # "هجوم إرهابي يستهدف عجلة في مدينة سراوان ... ؛ إستشهاد شخص وإصابة أخر كحصيلة أولية"
    [saravan] = mentions(pipeline, "naya_foriraq-80334")
    assert saravan.fatalities == 1


def test_concern_at_the_recent_attacks_is_no_attack(pipeline):
    # "نشعر بقلق بالغ إزاء الهجمات الأخيرة على السفن في مضيق هرمز وحوله"
    assert mentions(pipeline, "naya_foriraq-83031") == []


def test_the_toll_after_an_accident_is_the_accidents(pipeline):
    # "حادث سير عنيف على طريق العمارة - المجر في محافظة ميسان ؛ وفاة وإصابة عدة أشخاص كحصيلة أولية"
    assert mentions(pipeline, "naya_foriraq-79305") == []


def test_a_courts_figures_on_death_sentences_are_no_attack(pipeline):
    # "عدد المحكومين من أزلام النظام السابق بلغ 160 محكوماً بينهم 26 نُفذ بهم حكم الإعدام"
    assert mentions(pipeline, "naya_foriraq-81084") == []


def test_twenty_attacks_someone_is_charged_with_are_a_count(pipeline):
    # "توجيه 8 تهم للعراقي ... السعدي ضالع في 20 هجوما ومخططا ضد مصالح أمريكية"
    assert mentions(pipeline, "naya_foriraq-76339") == []


def test_the_day_a_strike_is_announced_is_the_latest_day_it_happened(pipeline):
    # "أعلنت القوات المسلحة، اليوم الاثنين، استهداف تحصينات ... بمحافظة حجة": Monday 21 September is
    # when it was said; the strike was that day or the one before
    path = SHARED / "corpus" / "arabic_news_almashhad_2026-09.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} missing")
    [d] = [d for d in map(json.loads, path.open(encoding="utf-8")) if d["id"] == "almashhad-495805"]
    text = Article(id=d["id"], text=d["text"], published=dt.date.fromisoformat(d["date"][:10]), url=d["url"])
    [m] = [r for r in pipeline.extractor.extract(text) if isinstance(r, Mention)]
    assert (m.location, m.date_precision, m.date_start, m.date_end) == (
        "Hajjah", "range", dt.date(2026, 9, 20), dt.date(2026, 9, 21))


def test_a_place_in_an_actors_name_is_not_where(pipeline):
    # "مشاهد من إستهداف أبطال المقاومة الإسلامية في العراق ... أهداف حساسة في عمق الكيان": the
    # Islamic Resistance in Iraq struck in Israel, not in Iraq
    assert "IQ" not in {m.country for m in mentions(pipeline, "naya_foriraq-75398")}


def test_a_country_told_of_nothing_more_beside_a_site_is_no_incident_of_its_own(pipeline):
    # "... هجمات الفصائل العراقية البطلة من معسكر فكتوريا التابع للجيش الأمريكي في العراق قرب مطار
    # بغداد الدولي": the attacks near Baghdad airport, not a second one somewhere in Iraq
    assert [m.location for m in mentions(pipeline, "naya_foriraq-76962")] == ["Baghdad International Airport"]


def test_a_toll_since_a_war_broke_out_is_a_tally(pipeline):
    # "16 عسكريا أمريكيا قتلوا وأصيب أكثر من 430 آخرين منذ اندلاع الحرب مع إيران"
    assert mentions(pipeline, "naya_foriraq-83993") == []


def test_a_suicide_bombing_and_a_bomb_are_improvised_explosives(pipeline):
    # "... في تفجير انتحاري باقليم خيبر الباكستاني", "تفكيك عبوة كانت مزروعة بسيارة ثانية"
    for post_id in ("naya_foriraq-85348", "naya_foriraq-75670"):
        assert {w.kind for m in mentions(pipeline, post_id) for w in m.weapons} == {"IED"}, post_id


def test_forces_stationed_where_missiles_were_aimed_are_not_the_attacker(pipeline):
    # "... صاروخين باليستيين إيرانيين يستهدفان القوات الأمريكية المتمركزة في الكويت"
    assert "US forces" not in {m.actor for m in mentions(pipeline, "naya_foriraq-76605")}


def test_a_long_statement_dates_no_attack_by_a_date_it_gives_for_something_else(pipeline):
    # "... لم يلتزم يومًا بأيّ اتّفاق لوقف إطلاق النار منذ 27-11-2024 مرورًا بـ 16-04-2026 ...": the day a
    # ceasefire began is not the day of the attacks the statement goes on to tell
    assert dt.date(2026, 4, 16) not in {m.event_date for m in mentions(pipeline, "naya_foriraq-79274")}


def test_who_intercepts_is_not_the_attacker(pipeline):
    # "قوات إسرائيلية وأردنية نفذت عمليات اعتراض لصواريخ إيرانية فوق العقبة"
    assert {m.actor for m in mentions(pipeline, "naya_foriraq-84218")} == {"Iranian armed forces"}
    # told in the present, as a headline tells it ("الجيش السوداني يعترض هجوما بمسيّرة للدعم السريع على الأُبيض"):
    # "تعترض القوات الأمريكية بنجاح صاروخين باليستيين إيرانيين يستهدفان القوات الأمريكية ..."
    told = retold(pipeline, "naya_foriraq-76605", lambda t: t.replace("اعترضت القوات", "تعترض القوات"))
    assert {m.actor for m in told} == {"Iranian armed forces"}


def test_a_sides_air_force_struck_it_does_not_own_what_was_struck(pipeline):
    # "شن الطيران الحربي السعودي خلال الـ24 ساعة الماضية 28 غارة جوية ...", told of "the air force belonging to" the
    # army (a Sudanese report: "شنَّ سلاح الجو التابع للجيش السوداني ... غارة ... على مواقع الدعم السريع")
    told = retold(pipeline, "army21ye-3753", lambda t: t.replace("شن الطيران الحربي السعودي", "شن سلاح الجو التابع للجيش السعودي"))
    assert told and {m.actor for m in told} == {"Saudi-led coalition"}


def test_a_controlled_detonation_is_no_attack(pipeline):
    # "تبيّن أن الانفجار ناتج عن عملية تفجير مسيطر عليها"
    found = mentions(pipeline, "naya_foriraq-79342")
    assert not any("مسيطر عليها" in e.text for m in found for e in m.evidence)


def test_a_count_of_past_attacks_and_weapons_moved_are_no_attack(pipeline):
    assert mentions(pipeline, "naya_foriraq-79248") == []  # "شنت ما لا يقل عن 7 هجمات بالمسيّرات"
    assert mentions(pipeline, "naya_foriraq-78406") == []  # "ينقل الجيش الإيراني شحنات صواريخ" to Kharg


def test_fighters_named_by_their_leader_attack_the_tanks_of_the_other_side(pipeline):
    # "أبناء نصرالله يستهدفون دبابتي ميركافا تابعة لجيش الإحتلال الصهيوني في بلدة رشاف بجنوب لبنان"
    assert [(m.country, m.actor) for m in mentions(pipeline, "naya_foriraq-76144")] == [("LB", "Hezbollah")]


def test_the_sounds_of_an_attack_heard_are_no_attack(pipeline):
    # "إطلاق نار داخل معسكر دبلن في مطار بغداد": gunfire told, an attack; the same post told as sounds heard
    # ("سماع أصوات ...", as a page on a base near Tell Tamer had "بسماع أصوات انفجارات وإطلاق رصاص كثيف") tells
    # none, though an attack told after the sounds still is
    assert [m.location for m in mentions(pipeline, "naya_foriraq-75340")] == ["Baghdad International Airport"]
    assert retold(pipeline, "naya_foriraq-75340", lambda t: "سماع أصوات " + t) == []
    then = retold(pipeline, "naya_foriraq-75340", lambda t: "سماع أصوات " + t.rstrip(" .") + " ثم استهداف المعسكر بطائرة مسيرة.")
    assert [m.location for m in then] == ["Baghdad International Airport"]


def test_repeated_strikes_are_a_summary_not_an_attack(pipeline):
    # "غارات صهيونية تستهدف بلدة طيردبا جنوب لبنان": strikes told; told as repeated ("القصف المتكرر على مدينة
    # الفاشر يعرّض آلاف المدنيين للخطر", said at the UN), they are what has gone on, not an attack of that day
    assert [m.country for m in mentions(pipeline, "naya_foriraq-78087")] == ["LB"]
    assert retold(pipeline, "naya_foriraq-78087", lambda t: t.replace("غارات صهيونية", "غارات صهيونية متكررة")) == []


def test_the_attack_a_count_runs_from_is_background(pipeline):
    # "تم استهداف قاعدة علي السالم في الكويت": an attack there; told as the second since one on another base (as
    # a page on US strikes in Deir ez-Zor had "وهذا الاستهداف الثالث ... منذ استهداف القوات الأمريكية في البرج 22"),
    # the base the count runs from is no attack told
    assert [m.location for m in mentions(pipeline, "naya_foriraq-80133")] == ["Ali Al Salem Air Base"]
    counted = retold(pipeline, "naya_foriraq-80133", lambda t: t + "، وهو الهجوم الثاني منذ استهداف قاعدة عين الأسد في العراق")
    assert [m.location for m in counted] == ["Ali Al Salem Air Base"]


def test_a_sentence_with_no_place_and_another_attacker_adds_nothing_to_the_attack_told(pipeline):
    # "... قبل أن تشن السعودية ضربات على أهداف تابعة للحوثيين في اليمن ... واستهدفت مطار صنعاء", then "رد الحوثيون
    # بإطلاق صواريخ وطائرات مسيرة استهدفت السعودية": the Houthis' missiles and drones are their answer, not the
    # weapons of the strikes on Sanaa
    [sanaa] = [m for m in mentions(pipeline, "naya_foriraq-82867") if m.location == "Sanaa"]
    assert sanaa.actor == "Saudi-led coalition"
    assert not {w.kind for w in sanaa.weapons} & {"rocket", "missile", "drone"}


def test_the_sides_of_the_war_an_attack_is_told_within_did_not_make_it(pipeline):
    # "تم استهداف قاعدة علي السالم في الكويت": no attacker named; told "amid the war between Israel and Hamas" (as a
    # page on a drone at al-Tanf had "وذلك مع استمرار الحرب بين إسرائيل وحماس"), still none
    [mention] = retold(pipeline, "naya_foriraq-80133", lambda t: t + "، وذلك مع استمرار الحرب بين إسرائيل وحماس")
    assert (mention.location, mention.actor) == ("Ali Al Salem Air Base", None)


def test_launching_is_an_attack_only_with_a_weapon_launched(pipeline):
    # "أطلقت شركة باورشينا ... مواكب خدمية": a company launching food convoys; "طائرة تطلق انذار الطوارئ 7700": an
    # emergency call; "مشاهد من إطلاق دفعة صاروخية على أهداف ... في منطقة يافا": a salvo of rockets launched
    assert mentions(pipeline, "naya_foriraq-86847") == []
    assert mentions(pipeline, "naya_foriraq-85227") == []
    [jaffa] = mentions(pipeline, "naya_foriraq-77774")
    assert (jaffa.location, [w.kind for w in jaffa.weapons]) == ("Jaffa", ["rocket"])


def test_the_countryside_of_a_town_is_where_the_base_named_next_is(pipeline):
    # "استهداف قاعدة الحرير في محافظة اربيل شمالي العراق", told after "a US base in the countryside of Erbil came
    # under drone attack" (as a page had "تعرضت قاعدتين للجيش الأمريكي في ريف دير الزور" before naming al-Omar and
    # Conoco): one attack, on the base
    before = retold(pipeline, "naya_foriraq-84500", lambda t: "تعرضت قاعدة للجيش الأمريكي في ريف اربيل لهجوم بالمسيرات. " + t)
    assert [(m.location, [w.kind for w in m.weapons]) for m in before] == [("Harir Air Base", ["drone"])]


def test_aircraft_that_then_fly_over_did_not_strike(pipeline):
    # "استهداف قاعدة الحرير في محافظة اربيل", then US warplanes "began at once their overflight" (as a page had
    # "ليباشر الطيران الحربي والمروحي الأمريكي على الفور، تحليقه المكثف" over al-Omar): not the attacker
    [mention] = retold(pipeline, "naya_foriraq-84500", lambda t: t + "، ليباشر الطيران الحربي الأمريكي على الفور تحليقه فوق المنطقة")
    assert (mention.location, mention.actor) == ("Harir Air Base", None)


def test_a_toll_told_over_several_places_is_none_of_them(pipeline):
    # "9 مصابين بنيران قوات الاحتلال ... في مدينة خان يونس ومخيم البريج": nine wounded in two places, neither's alone;
    # "لحظة استهداف ... في حضرموت ومأرب ... مما اسفر عن اكثر من 45 قتيل": likewise
    for post_id in ("AjaNews-513053", "naya_foriraq-87113"):
        found = mentions(pipeline, post_id)
        assert len(found) == 2, post_id
        assert all((m.fatalities, m.injuries) == (None, None) for m in found), post_id


def test_a_toll_counted_since_months_ago_is_not_the_attacks(pipeline):
    # "غارات صهيونية تستهدف بلدة طيردبا جنوب لبنان", then a sentence of a party's dead since a day months before (as a
    # page had "وبذلك، يرتفع عدد قتلى حزب الله إلى 342 منذ 8 أكتوبر"): a count over months, not the strikes' toll
    [mention] = retold(pipeline, "naya_foriraq-78087", lambda t: t + ". وبذلك، يرتفع عدد قتلى حزب الله إلى 342 منذ 8 أكتوبر.")
    assert (mention.country, mention.fatalities) == ("LB", None)


def test_a_side_named_in_a_quoted_that_clause_is_the_attacker_not_the_speaker(pipeline):
    # "تم استهداف قاعدة علي السالم في الكويت", then sources saying, in quotes, that a side carried it out (as a page had
    # 'وقالت مصادر إغاثية "إنّ قوات الدعم السريع نفّذت الهجوم ..."'): the side after the quote's "إنّ" is the attacker
    [mention] = retold(pipeline, "naya_foriraq-80133", lambda t: t + '. وقالت مصادر "إنّ الحرس الثوري نفّذ الهجوم."')
    assert (mention.location, mention.actor) == ("Ali Al Salem Air Base", "Islamic Revolutionary Guard Corps")


def test_where_a_siege_or_a_campaign_is_is_background(pipeline):
    # "استهداف قاعدة الحرير في محافظة اربيل شمالي العراق", told as coming after an army's operations elsewhere and the
    # lifting of a siege (as a page on drones over Khartoum had "بعد يومين من تكثيف الجيش السوداني عملياته العسكرية في
    # إقليم كردفان ... وفك الحصار عن الفاشر"): the base, not where the operations or the siege were
    after = ". وتأتي هجمات المسيرات بعد يومين من تكثيف الجيش عملياته العسكرية في محافظة نينوى وفك الحصار عن الموصل."
    assert [m.location for m in retold(pipeline, "naya_foriraq-84500", lambda t: t + after)] == ["Harir Air Base"]


def test_a_traffic_accident_is_no_attack(pipeline):
    assert mentions(pipeline, "naya_foriraq-83351") == []  # "حادث سير مروع ... وفاة 8 وإصابة 17"


def test_no_damage_or_injuries_is_nobody_hurt(pipeline):
    # "... وأسقطت القوات الأمريكية والبحرينية تسع طائرات إيرانية مسيّرة ...، دون وقوع أضرار أو إصابات."
    [m] = mentions(pipeline, "naya_foriraq-80105")
    assert (m.country, m.fatalities, m.injuries) == ("BH", 0, 0)


# --- against the gold ---------------------------------------------------------------------------
def test_the_arabic_gold_is_well_formed():
    from sitrep.lexicon import Lexicon

    gold = extract_eval.read_gold(GOLD)
    assert len(gold) >= 300 and len({g.article_id for g in gold}) == len(gold)
    kinds = Lexicon.load().weapon_kinds()
    for g in gold:
        assert g.gloss, g.article_id
        assert (g.category == "no_attack") == (not g.incidents), g.article_id
        assert all(set(i.weapons) <= kinds for i in g.incidents), g.article_id


# What this version reaches, less a little: a change that costs a figure on the posts fails here.
FLOOR = {"recall": 0.76, "precision": 0.81, "place": 0.77, "date": 0.91, "actor": 0.86, "weapons": 0.78,
         "casualties": 0.94}


def test_evaluate_extract_on_the_arabic_gold_holds_its_floor():
    if not POSTS.is_file():
        pytest.skip(f"the Arabic posts are not beside the clone ({POSTS} missing)")
    done = run_sitrep("evaluate", "extract", GOLD, "--articles", SHARED / "corpus", "--format", "json")
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert figures["missing_articles"] == []
    overall = figures["overall"]
    got = {"recall": overall["recall"], "precision": overall["precision"], **overall["fields"]}
    assert all(got[k] >= v for k, v in FLOOR.items()), got


def test_settlers_named_as_those_guarded_are_not_the_attackers(pipeline):
    # "... بينهم ضابط وحارس للمستوطنين في عملية إطلاق النار قرب نابلس": a guard of the settlers was among
    # the wounded of a shooting near Nablus; the settlers did not attack
    [m] = [m for m in mentions(pipeline, "naya_foriraq-85301") if m.location == "Nablus"]
    assert m.actor != "Israeli settlers"


def test_a_side_struck_with_drones_or_owning_the_embassy_hit_is_not_the_attacker(pipeline):
    # the nationality of an embassy attacked is the side attacked ("استهداف السفارة الأمريكية ..."), and a
    # subject that "استهدفت بطائرات مسيرة" with no object after was targeted by them (the vowels of the
    # passive are not written)
    embassy = Article(id="embassy", published=dt.date(2023, 12, 8), text="استهداف السفارة الأمريكية في بغداد بصاروخي كاتيوشا")
    [m] = [m for m in pipeline.extractor.extract(embassy) if isinstance(m, Mention)]
    assert m.location == "Baghdad" and m.actor != "US forces"
    lex = ArabicLexicon.load()
    f = fold_arabic("قال مسؤولان أميركيان إن قوات أميركية في سوريا استهدفت بطائرات مسيرة لكن لم تقع إصابات")
    [us] = [a for a in lex.actors(f) if a.text.startswith("قوات")]
    assert lex.re["struck_with_after"].match(f.text, us.end)
    active = fold_arabic("المقاومة الإسلامية في العراق استهدفت بطائرة مسيرة قاعدة حرير")
    [iri] = lex.actors(active)
    assert not lex.re["struck_with_after"].match(active.text, iri.end)


def test_the_attack_a_response_would_answer_is_background(pipeline):
    # "واشنطن تسعى لتوقيع اتفاق مع إيران يمنعها من الرد على هجوم الضاحية": the Dahiyeh attack is what a
    # response would answer, named in a post on diplomacy; no attack is reported
    assert mentions(pipeline, "naya_foriraq-78789") == []


def test_the_countryside_a_place_is_in_is_no_second_place_hit(pipeline):
    # "غارات اسرائيلية جديدة تهز مطار أبو الظهور في ريف إدلب الشرقي": one airbase struck, in Idlib's countryside
    [m] = mentions(pipeline, "naya_foriraq-88060")
    assert m.location == "Abū az̧ Z̧uhūr" and m.actor == "Israel Defense Forces"


def test_the_country_part_after_a_town_is_no_second_place(pipeline):
    # "... في بلدة مركبا جنوبيّ لبنان بمحلّقة أبابيل": Markaba, in south Lebanon; a province after a town with no
    # comma or "و" between is where the town is, not another place in a list
    assert [m.location for m in mentions(pipeline, "naya_foriraq-76124")] == ["Markaba"]


def test_the_attack_told_set_beside_another_days_takes_none_of_its_weapons(pipeline):
    # "نفذت قوات القيادة المركزية الأمريكية ... سلسلة من الضربات المكثفة ضد إيران" on 29 July, then "وفي 28
    # يوليو/تموز، أطلقت قوات الحرس الثوري الإسلامي عدة صواريخ باليستية": the ballistic missiles were the 28th's
    strikes = [m for m in mentions(pipeline, "naya_foriraq-86327") if m.actor == "US forces"]
    assert strikes and all("ballistic missile" not in [w.kind for w in m.weapons] for m in strikes)


def test_a_side_that_announces_its_soldiers_dead_or_wounded_was_attacked(pipeline):
    # "البنتاغون يعلن مقتل الرقيب ... بعد هجوم إيراني على قاعدة عسكرية في الأردن": the Pentagon tells of its loss,
    # Iran's attack; "القوات الباكستانية تعلن مقتل ضابطان و4 جنود باكستانيين خلال الاشتباكات مع مسلحين": no attacker
    assert {m.actor for m in mentions(pipeline, "naya_foriraq-84790")} == {"Iranian armed forces"}
    assert [m.actor for m in mentions(pipeline, "Alibk3-36690")] == [None]


def test_a_dual_is_an_attack_word_and_its_nationality(pipeline):
    # "خلية الإعلام الأمني العراقي: ضربتان جويتان تستهدفان مفرزة إرهابية ... في ديالى": two airstrikes, as one
    # would be read; "ضربتين أمريكيتين" names their side as "ضربة أمريكية" does
    assert "Diyala" in {m.location for m in mentions(pipeline, "naya_foriraq-78419")}
    lex = ArabicLexicon.load()
    assert [m.value for m in lex.actors(fold_arabic("في ضربتين أمريكيتين"))] == ["US forces"]


def test_the_side_that_answers_did_not_strike_the_place_of_the_attack_it_answers(pipeline):
    # "الحرس الثوري الإيراني ينشر مشاهد الرد على هجوم الجيش الأمريكي فجر اليوم على نقطة في ضواحي مطار بندر عباس":
    # the Guards answered the attack near Bandar Abbas; they did not make it: the side the answered attack names did
    assert [(m.actor, m.actor_role) for m in mentions(pipeline, "naya_foriraq-76261")] == [("US forces", "attributed")]
    # "قامت القوة الجوفضائية التابعة للحرس الثوري – ردًا على الهجمات الصاروخية للجيش الأمريكي على موقع ترفيهي ...
    # قرب كرج ونظر آباد ...": the Guards' statement claims its answer, not the American strikes it answers
    assert {(m.actor, m.actor_role) for m in mentions(pipeline, "naya_foriraq-78341")
            if m.location == "Karaj"} == {("US forces", "attributed")}


def test_a_word_that_names_a_town_abroad_is_a_word(pipeline):
    # "حرب الإبادة" (a war of extermination) is no attack in Abadeh, Iran
    assert "Ābādeh" not in {m.location for m in mentions(pipeline, "naya_foriraq-79812")}


def test_pictures_from_a_base_are_of_it_and_a_place_things_left_from_is_not_struck(pipeline):
    # "مشاهد من قاعدة علي السالم في الكويت ... بعد دكها بالصواريخ الإيرانية": scenes from the base that was hit;
    # "أطلقت طائرة ... خزان وقود من قاعدة العديد في قطر": a fuel tank dropped from a base, in Qatar, is no attack there
    assert [m.location for m in mentions(pipeline, "naya_foriraq-85006")] == ["Ali Al Salem Air Base"]
    assert "Qatar" not in {m.location for m in mentions(pipeline, "naya_foriraq-81901")}


def test_an_attack_feared_is_no_attack(pipeline):
    # "... خشية من أن تستخدم إيران هذه الطائرات لاغتيال شخصيات", "بسبب مخاوف من أن الهجمات الإيرانية قد تؤدي إلى ..."
    assert mentions(pipeline, "naya_foriraq-84137") == []
    assert mentions(pipeline, "naya_foriraq-85609") == []


def test_a_village_name_written_joined_is_the_village(pipeline):
    # "استهداف صهيوني لعجلة قرب اوتستراد كفررمان جنوب لبنان": Kfar Rumman, written as one word
    assert [m.location for m in mentions(pipeline, "naya_foriraq-77065")] == ["Kfar Rumman"]
    # "... في منطقة كفرتخاريم ضمن ريف محافظة إدلب السورية"
    assert [m.location for m in mentions(pipeline, "naya_foriraq-78764")] == ["Kafr Takhārīm"]


def test_a_full_stop_with_no_space_after_it_ends_a_sentence():
    # "... بما في ذلك استهداف كنيس يهودي في نيويورك.وخلال جلسة الاستماع، أعلن قائلاً": two sentences
    said = [s.text for s in sentences(post("naya_foriraq-76694")["text"])]
    assert any(s.startswith("وخلال جلسة الاستماع") for s in said)


def test_a_side_said_to_be_deployed_or_active_where_it_happened_did_not_strike(pipeline):
    # "قطاعات الجيش العراقي تنتشر في محيط القنصلية الكويتية بمحافظة البصرة لتأمينها ... على خلفية استشهاد صياد
    # عراقي على يد خفر السواحل الكويتي": the army guards the consulate; it killed no one
    found = mentions(pipeline, "naya_foriraq-82373")
    assert found and {m.actor for m in found} == {None}


@pytest.mark.parametrize("post_id", ["naya_foriraq-85989", "naya_foriraq-83120"])
def test_a_states_strikes_in_a_text_that_tells_them_from_the_air_are_by_aircraft(pipeline, post_id):
    # "نفّذت القيادة المركزية الأمريكية ... ضربات دقيقة في العراق ... وقالت طائرات مقاتلة أمريكية وسعودية على مواقع":
    # the strikes, told with no weapon, were the fighter jets'
    found = mentions(pipeline, post_id)
    assert found and all("aircraft" in [w.kind for w in m.weapons] for m in found if m.actor == "US forces")


def test_a_helicopter_downed_is_not_a_strike_from_the_air(pipeline):
    # "شنّ ضربات دفاعية ضد إيران ... ردًا على إسقاط مروحية أباتشي تابعة للجيش الأمريكي أمس": no weapon is named
    [m] = mentions(pipeline, "naya_foriraq-77988")
    assert m.weapons == []


@pytest.mark.parametrize("post_id", ["naya_foriraq-86373", "naya_foriraq-75670"])
def test_one_of_them_killed_is_one_dead(pipeline, post_id):
    # "هجوم ايراني استهدف مبنى ... مما أسفر عن مقتل أحد العاملين", "وتعلن مقتل احد عناصرها واصابة اخرين"
    [m] = mentions(pipeline, post_id)
    assert m.fatalities == 1


def test_an_attacker_is_lent_to_the_next_sentence_only_or_by_the_side_a_post_speaks_for(pipeline):
    # A page that tells several stories, as three real posts in a row: "أبناء نصرالله يستهدفون دبابتي ميركافا ...",
    # then news of the IMF, then "طائرات مسيرة تستهدف مقرات المعارضة الايرانية الكردية في قضاء بحركة": the
    # drones over Bahrka are nobody's the text names
    ids = ("naya_foriraq-76144", "naya_foriraq-75356", "naya_foriraq-75325")
    page = article(ids[-1]).model_copy(update={"text": "\n\n".join(post(i)["text"].strip() for i in ids)})
    found = {m.location: m.actor for m in pipeline.extractor.extract(page) if isinstance(m, Mention)}
    assert found == {"Liban-Sud": "Hezbollah", "Baḥarkah": None}
    # but a post that opens with the side speaking ("حرس الثورة الإسلامية:") is theirs to its end: "في عملية
    # أخرى مفاجئة، قام مقاتلو الإسلام بتدمير نظام دفاع جوي "باتريوت" ... في أربيل", two sentences on
    assert {m.actor for m in mentions(pipeline, "naya_foriraq-85363")} == {"Islamic Revolutionary Guard Corps"}


@pytest.mark.parametrize(("post_id", "not_in"), [("naya_foriraq-79176", "IL"), ("naya_foriraq-85134", "JO")])
def test_a_small_town_of_a_neighbour_the_text_never_names_is_no_place(pipeline, post_id, not_in):
    # "آلية ... في أطراف بلدة مجدل زون جنوبيّ لبنان": not Migdal in Israel; "عملية استهداف منفذ العبدلي الكويتي":
    # not al-Abdali in Jordan. A town of the region under 10,000 people, named in one word, is taken only in a
    # country the text names (or where it names none)
    assert not_in not in {m.country for m in mentions(pipeline, post_id)}


def test_an_orchard_is_no_town_in_turkey(pipeline):
    # "خيمة تموضع لجنود جيش العدو الإسرائيلي في موقع حدب البستان على الحدود اللبنانية الجنوبية": not Elbistan
    assert "TR" not in {m.country for m in mentions(pipeline, "naya_foriraq-76303")}


def test_the_deadly_attack_a_strike_answers_is_an_attack_of_its_own(pipeline):
    # "وردًا على انتهاكات العدو ... لمناطق في بلادنا وقاعدة "بمبور" في مدينة "إيرانشهر" الإيرانية، مما أدى إلى استشهاد 7
    # من ضباط وأفراد الجيش، استهدفت الطائرات المسيرة ...": the attack answered, in Iranshahr, with its seven dead
    found = {m.location: m.fatalities for m in mentions(pipeline, "naya_foriraq-83354")}
    assert found.get("Iranshahr") == 7


@pytest.mark.parametrize(("post_id", "toll"), [("naya_foriraq-75128", (1, 4)), ("alarabiyaBr-147974", (1, None))])
def test_one_dead_told_by_the_word_alone_is_one(pipeline, post_id, toll):
    # "قصف صهيوني على بلدة عبا جنوب لبنان ؛ شهيد و 4 جرحى كحصيلة أولية", "إعلام روسي: قتيل في هجوم أوكراني بمسيّرات
    # على بريانسك"; not "ميناء شهيد كلانتري" (a port's name) nor "عائلة شهيد" (a martyr's family)
    [m] = mentions(pipeline, post_id)
    assert (m.fatalities, m.injuries) == toll


@pytest.mark.parametrize("post_id", ["naya_foriraq-75537", "naya_foriraq-82332"])
def test_a_clash_is_a_fight_on_the_ground_that_names_no_weapon(pipeline, post_id):
    # "اندلاع اشتباكات مسلحة في قرية دوكان ... مقتل شخصين", "اندلاع اشتباكات بمنطقة السنك وسط العاصمة بغداد ٥
    # جرحى": an armed clash, with no weapon named (clashes may be fought with anything)
    [m] = mentions(pipeline, post_id)
    assert (m.weapons, m.sub_event_type) == ([], "Armed clash")


def test_a_number_joined_to_and_is_counted(pipeline):
    # "انصار الله شنو اليوم هجمات متتالية بـ10 صواريخ و4 مسيرات": ten missiles (the Houthis') and four drones, each
    # figure written onto a one-letter word ("ب" with, "و" and)
    [m] = mentions(pipeline, "naya_foriraq-87566")
    assert {("missile", 10), ("drone", 4)} <= {(w.kind, w.count) for w in m.weapons}


def test_a_word_that_is_a_town_abroad_is_a_word(pipeline):
    # "... يُرجح أنها ناجمة عن ضربات صاروخية باليستية إيرانية حديثة، أصابت ... قاعدة موفق السلطي الجوية في الأردن":
    # "حديثة" is "recent" here, not Haditha in Iraq, a country the post never names; the base in Jordan stays
    assert {m.country for m in mentions(pipeline, "naya_foriraq-85536")} == {"JO"}


def test_the_attack_a_response_answers_is_its_cause_with_its_side_between(pipeline):
    # "الرد الإيراني على استهداف الضاحية كان الاختبار الأول لقيادة مجتبى خامنئي": Iran's response to the strike on
    # Dahiyeh, the response's side written between "الرد" and "على"; a commentary on it, no attack in Beirut
    assert mentions(pipeline, "naya_foriraq-77760") == []


def test_the_dead_and_wounded_told_as_one_count_are_neither(pipeline):
    # "... وأوقعوا أفرادها بين قتيل وجريح": its men fell "between dead and wounded", no count of either
    [m] = [m for m in mentions(pipeline, "naya_foriraq-79207") if m.location == "Kfar Tebnit"]
    assert (m.fatalities, m.injuries) == (None, None)


def test_one_settler_is_a_settler(pipeline):
    # "إصابة 3 مجندات في جوش عتسيون الخليل واعتقال مستوطن مشتبه به في مهاجمة القوات": a settler suspected of the
    # attack, named in the singular
    assert {m.actor for m in mentions(pipeline, "naya_foriraq-78100")} == {"Israeli settlers"}


def test_drone_aviation_is_drones(pipeline):
    # "دوي انفجارات عنيفة في الكويت نتيجة هجوم صاروخي وطيران مسير": "drone aviation", indefinite, is drones
    assert "drone" in {w.kind for m in mentions(pipeline, "naya_foriraq-76255") for w in m.weapons}


@pytest.mark.parametrize(("post_id", "actor"), [("naya_foriraq-85862", "US forces"), ("Alibk3-36685", "Pakistani military")])
def test_aircraft_named_by_their_nationality_are_that_sides(pipeline, post_id, actor):
    # "طائرات أميركية تشن غارات في إيران", "غارة نفذتها الطائرات الباكستانية على ولاية كونر": aircraft and whose
    [m] = mentions(pipeline, post_id)
    assert (m.actor, [w.kind for w in m.weapons]) == (actor, ["aircraft"])


def test_aircraft_that_land_or_were_damaged_are_no_weapons_fired(pipeline):
    # "هبوط عدة طائرات امريكية في قاعدة عيسى الجوية": no attack; "تضرر طائرتين مسيرتين من طراز MQ-9 ... خلال هجوم
    # إيراني" on Ali Al Salem: the drones were struck, not the weapon
    assert mentions(pipeline, "naya_foriraq-86389") == []
    assert [w.kind for m in mentions(pipeline, "naya_foriraq-76416") for w in m.weapons] == []


def test_the_words_of_a_weapon_may_stand_apart_by_spaces_or_quotes(pipeline):
    # "نتيجة هجوم  صاروخي وطيران مسير": two spaces between the words of "هجوم صاروخي" (as quotes may stand between
    # them: "“الضربات” الجوية")
    assert {"rocket", "drone"} <= {w.kind for m in mentions(pipeline, "naya_foriraq-76255") for w in m.weapons}


def test_a_countrys_flag_is_not_where(pipeline):
    # "رجالاً غامضين ... يرتدون شارات عليها علم الولايات المتحدة هاجموا قواربهم بطائرات مسيرة": a flag on badges,
    # as on a ship ("ترفع علم جزر مارشال"), says nothing of where the attack was
    assert "United States" not in {m.location for m in mentions(pipeline, "naya_foriraq-87640")}


def test_a_halt_to_attacks_is_no_attack(pipeline):
    # "نجحنا في وقف الاعتداءات على بيروت وضواحيها بالتفاوض": stopping the attacks on Beirut, as a ceasefire is
    assert mentions(pipeline, "alhadath_brk-134022") == []


def test_fire_by_a_force_is_an_attack(pipeline):
    # "9 مصابين بنيران قوات الاحتلال ... في مدينة خان يونس": wounded by the fire of a force, an attack whose nine
    # wounded the words before the force count (the post names a camp too, over which the toll is shared: here the
    # town alone)
    one = retold(pipeline, "AjaNews-513053", lambda t: t.replace(" ومخيم البريج", ""))
    assert [(m.location, m.injuries) for m in one] == [("Khān Yūnis", 9)]


def test_a_country_of_the_sahel_is_a_place(pipeline):
    # "مقتل 50 عسكريا بهجوم مسلح في مالي": Mali, a country the Arabic names lacked ("مالي" alone is also a word, so
    # it is read as the country only after a preposition)
    assert {(m.country, m.fatalities) for m in mentions(pipeline, "naya_foriraq-84171")} == {("ML", 50)}


def test_the_american_enemy_of_a_statement_is_the_us_forces(pipeline):
    # The IRGC: "في فجر اليوم، قام العدو الأمريكي، ...، بشن هجوم جوي على منزلين سكنيين في جزيرة قشم": the
    # loaded name a side's statement gives the US forces names them
    qeshm = [m for m in mentions(pipeline, "naya_foriraq-86381") if m.location == "Qeshm"]
    assert [(m.actor, m.actor_role) for m in qeshm] == [("US forces", "attributed")]


def test_whose_a_ship_is_or_the_flag_it_flies_is_not_where_it_was_struck(pipeline):
    # "أطلقت إيران أربع طائرات مسيرة ... تستهدف سفينة تابعة للبحرية الأمريكية وسفينة تجارية", told of a merchant ship as
    # a page had it ("سفينة تجارية تابعة لسنغافورة تحمل علم ليبيريا"): Singapore owns it, Liberia flags it
    told = retold(pipeline, "naya_foriraq-76253", lambda t: t.replace(
        "سفينة تابعة للبحرية الأمريكية وسفينة تجارية", "سفينة تجارية تابعة لسنغافورة تحمل علم ليبيريا"))
    assert not {"SG", "LR"} & {m.country for m in told}


def test_a_side_that_says_another_side_did_it_is_not_the_attacker(pipeline):
    # "يُقدّر الجيش الإسرائيلي أن حزب الله ... يشن عمليات ليلية ... وشن هجمات": the army says, Hezbollah attacks
    found = mentions(pipeline, "naya_foriraq-79456")
    assert found and {m.actor for m in found} == {"Hezbollah"}
    assert all(m.actor_role != "claimed" for m in found)


def test_a_datelines_day_is_the_today_of_its_report_and_the_first_of_a_month_is_a_day(pipeline):
    # "... هجوم الجيش الأمريكي فجر اليوم على نقطة في ضواحي مطار بندر عباس" (the 28th), told under a dateline filed
    # the day before, as an agency's page had it ("صنعاء أول أبريل 2025 (شينخوا) قالت ... مساء اليوم"): its today
    # is the dateline's day, the 27th (at the town's airport)
    told = retold(pipeline, "naya_foriraq-76261", lambda t: "طهران 27 مايو 2026 (إرنا) " + t)
    assert [m.event_date for m in told if m.location == "Bandar Abbas International Airport"] == [dt.date(2026, 5, 27)]
    # "هجوم إيراني بطائرة مسيرة على موقع عسكري أمريكي في ميناء الشعيبة الكويتي في الأول من مارس/آذار"
    assert {m.event_date for m in mentions(pipeline, "naya_foriraq-79806")} == {dt.date(2026, 3, 1)}


def test_the_weapons_a_later_sentence_says_the_operation_used_are_its_attacks(pipeline):
    # "شنت القوات الأمريكية، بما في ذلك الطائرات المقاتلة والطائرات المسيّرة ...، ضربات دقيقة ...", its weapons told
    # in a sentence of their own as a page had them ("وأكد ترامب أن العملية ... نفذت عبر أكثر من 70 هدفًا ...
    # باستخدام طائرات مقاتلة ومروحيات هجومية ومدفعية"): the strikes' weapons
    told = retold(pipeline, "naya_foriraq-83538", lambda t: t.replace(
        "شنت القوات الأمريكية، بما في ذلك الطائرات المقاتلة والطائرات المسيّرة والسفن الحربية، ضربات",
        "شنت القوات الأمريكية ضربات").replace(
        "وتمثل هذه الليلة السادسة على التوالي من الضربات الأمريكية ضد إيران.",
        "وأكد البنتاغون أن العملية نفذت باستخدام طائرات مقاتلة ومدفعية."))
    assert [sorted(w.kind for w in m.weapons) for m in told] == [["aircraft", "artillery"]]


@pytest.mark.parametrize(("post_id", "airport"), [
    # "سقوط صاروخ في مطار العقبة": a rocket fell at Aqaba's airport, not in the town
    ("naya_foriraq-84216", "Aqaba King Hussein International Airport"),
    # "... على بعض وحدات الحرس الثوري الإيراني ومواقعه الساحلية وقيادة الشرطة ومحيط مطار بندر عباس": around the airport
    ("naya_foriraq-78264", "Bandar Abbas International Airport"),
])
def test_an_airport_named_by_its_town_is_the_towns_airport(pipeline, post_id, airport):
    assert airport in {m.location for m in mentions(pipeline, post_id)}


def test_a_town_with_no_airport_of_its_name_gives_none_near_it(pipeline):
    # "إغلاق مطار فيلنيوس في ليتوانيا بعد الاشتباه بطائرة مسيرة": Vilnius's airport, which the gazetteer lacks, is not
    # the airfield nearest the town
    assert not any("Airfield" in (m.location or "") for m in mentions(pipeline, "naya_foriraq-75718"))


def test_a_road_named_by_two_towns_is_one_place(pipeline):
    # "قوة من الحشد الشعبي تفكك عبوة ناسفة كانت موضوعة على طريق حديثة – بيجي", told as a page told an ambush ("قتل عنصر
    # من الأمن العام السوري وأصيب 3 آخرون ... من جراء كمين ... على طريق بانياس - طرطوس"): one attack on the road, at
    # its first town, not a second at its far end
    told = retold(pipeline, "naya_foriraq-77932", lambda t: t.replace(
        "قوة من الحشد الشعبي تفكك عبوة ناسفة كانت موضوعة", "قتل عنصر من الحشد الشعبي وأصيب 3 آخرون بانفجار عبوة ناسفة"))
    assert [(m.location, m.fatalities, m.injuries) for m in told] == [("Ḩadīthah", 1, 3)]


@pytest.mark.parametrize(("town", "province", "country"), [
    # "قصف إسرائيلي استهدف فجر الجمعة بلدة بيت جن بريف دمشق" (a page of news): Beit Jinn, Syria, which the
    # gazetteer lacks, not its namesake Beit Jann in Israel
    ("بيت جن", "بريف دمشق", "SY"),
    # "غارة جوية في منطقة دار السلام بإقليم شبيلي الوسطى" (a page of news): a district of Middle Shabelle, Somalia,
    # not Dar es Salaam, Tanzania
    ("دار السلام", "بإقليم شبيلي الوسطى", "SO"),
])
def test_a_town_named_in_a_province_of_another_country_is_no_namesake_abroad(pipeline, town, province, country):
    # "... اشتباكات بين عصابات الجولاني في بلدة زاكية بريف دمشق", told of another town and province
    told = retold(pipeline, "naya_foriraq-76767", lambda t: t.replace("زاكية بريف دمشق", f"{town} {province}"))
    assert [m.country for m in told] == [country]


@pytest.mark.parametrize("told_so", [
    # "... أن انفجارًا وقع داخل قاعدة تابعة للجيش الأمريكي في منطقة الشدادي" (a page of news): an explosion, in the
    # accusative, of no stated cause
    "ذكرت مصادر أن انفجارًا وقع داخل قاعدة عسكرية في منطقة الكرادة وسط العاصمة بغداد.",
    # "... مسيرة للدعم السريع حلقت في محيط مدينة الأبيض ...، حيث سمع دوي المضادات وصواريخ الدفاع الجوي التي تعاملت
    # معها" (a page of news): air defences heard firing
    "أفادت مصادر ميدانية بأن مسيرة حلقت في محيط العاصمة بغداد، حيث سمع دوي المضادات وصواريخ الدفاع الجوي التي تعاملت معها.",
])
def test_an_explosion_of_no_stated_cause_or_air_defences_heard_are_no_attack(pipeline, told_so):
    # "انفجار يهز منطقة الكرادة وسط العاصمة بغداد", told as the pages told theirs
    assert retold(pipeline, "naya_foriraq-75280", lambda t: told_so) == []


def test_an_attack_between_two_towns_is_one_attack(pipeline):
    # "انفجار مركبة على الطريق 20 بين حولون وتل أبيب مقتل صهيوني وإصابات عديدة": one stretch of road between two
    # cities, one event, told at the first (as "أصابت السيارة بين قريتي عيناثا وعيترون" on a page of news)
    assert [m.location for m in mentions(pipeline, "naya_foriraq-76957")] == ["H̱olon"]


def test_a_pages_share_button_is_no_place(pipeline):
    # "قم بمشاركة المقال" (share the article) heading a page of news: "قم", do, is no Qom
    told = retold(pipeline, "naya_foriraq-75280", lambda t: "قم بمشاركة المقال\n" + t.replace("انفجار يهز", "قصف يستهدف"))
    assert told and {m.country for m in told} == {"IQ"}


def test_a_town_named_as_a_camp_before_is_that_camp(pipeline):
    # "... بقصفه بوابة ملعب يؤوي آلاف النازحين في مخيم النصيرات وسط قطاع غزة. وأفادت مصادر طبية، أن استقبل
    # مستشفى العودة في النصيرات استقبل 13 شهيدًا" (a page of news), told in a post's words: one place, the camp,
    # with its dead; "شرق جباليا" beside "مخيم جباليا" is a side of the town, an area of its own
    camp = retold(pipeline, "naya_foriraq-75280", lambda t: "قصف الاحتلال بوابة ملعب في مخيم النصيرات وسط قطاع غزة. "
                  "وأفادت مصادر طبية أن مستشفى العودة في النصيرات استقبل 13 شهيدًا، عقب استهداف الاحتلال تجمعًا للمدنيين.")
    assert [(m.location, m.fatalities) for m in camp] == [("Nuseirat camp", 13)]
    sides = retold(pipeline, "naya_foriraq-75280", lambda t: "قصفت طائرات الاحتلال منزلا غرب مخيم جباليا. "
                   "كما أطلقت مدفعية الاحتلال قذائفها على شرق جباليا.")
    assert len(sides) == 2


@pytest.mark.parametrize("told_so", [
    # "قُتل عنصر وأصيب آخر من كتائب حزب الله العراقية ... جراء ضربات جوية استهدفت قاعدة "جرف النصر"" (a page of news):
    # one killed and another wounded, of Kataib Hezbollah
    "قُتل عنصر وأصيب آخر من كتائب حزب الله العراقية، اليوم الاثنين، جراء ضربات جوية استهدفت قاعدة جرف النصر جنوب العاصمة بغداد.",
    # "أسفرت الغارات المتفرقة التي استهدفت مقار الفصائل يوم الأحد عن مقتل تسعة عناصر من الحشد الشعبي العراقي، بينهم خمسة
    # مقاتلين من كتائب حزب الله" (a page of news): among the dead
    "أسفرت الغارات التي استهدفت مقار الفصائل في منطقة القائم يوم الأحد عن مقتل تسعة عناصر من الحشد الشعبي العراقي، بينهم خمسة مقاتلين من كتائب حزب الله.",
])
def test_a_side_whose_people_were_killed_is_not_the_attacker(pipeline, told_so):
    # "انفجار يهز منطقة الكرادة وسط العاصمة بغداد", told as the pages told theirs
    told = retold(pipeline, "naya_foriraq-75280", lambda t: told_so)
    assert told and all(m.actor is None for m in told)


def test_a_headlines_speaker_is_not_the_attacker_the_attack_word_names(pipeline):
    # "“الحوثي”: غارة للتحالف الأمريكي البريطاني تستهدف محافظة الحديدة" (a page of news): the Houthis tell of a raid
    # the attack word says is the US-British coalition's, not of a strike of their own
    told = retold(pipeline, "naya_foriraq-75280",
                  lambda t: "“الحوثي”: غارة للتحالف الأمريكي البريطاني تستهدف مطار الحديدة الدولي")
    assert [m.actor for m in told] == ["US forces"]


def test_a_month_named_alone_is_when_the_attack_was(pipeline):
    # "... عقب غارة جوية شنّها انصار الله بطائرة مسيّرة في أغسطس/آب": the raid was in August, the month of the post
    assert [(m.location, m.event_date, m.date_precision) for m in mentions(pipeline, "naya_foriraq-88260")] == [
        ("Jizan", dt.date(2026, 8, 15), "month")]
    # and a month to come is no date: "قبل انتهاء الاتفاقية الحالية في يوليو المقبل"
    assert find_dates(fold_arabic("قبل انتهاء الاتفاقية الحالية في يوليو المقبل").text, dt.date(2026, 5, 29)) == []


def test_a_state_named_after_launched_is_the_attacker_not_where(pipeline):
    # "مسؤول أمريكي: أطلقت إيران ما لا يقل عن 4 صواريخ باليستية وعدة طائرات مسيرة أخرى على قواعد أمريكية في البحرين"
    assert [(m.location, m.actor) for m in mentions(pipeline, "naya_foriraq-78060")] == [
        ("Bahrain", "Iranian armed forces")]
    # "أطلقت إيران أربع طائرات مسيرة هجومية ... تستهدف سفينة تابعة للبحرية الأمريكية": not an attack in Iran
    assert "Iran" not in {m.location for m in mentions(pipeline, "naya_foriraq-76253")}


def test_a_night_named_by_its_two_days_is_the_first_days_night(pipeline):
    # "أفاد مصدر محلي في أربيل، ليل الثلاثاء/ الأربعاء، بأن الدفاعات الجوية تصدت لطائرة مسيرة" (a page of news, told on
    # the Tuesday), told as a post of a Tuesday: that night, not the Wednesday of the week before
    told = retold(pipeline, "naya_foriraq-82992", lambda t: "أفاد مصدر محلي في أربيل، ليل الثلاثاء/ الأربعاء، بأن الدفاعات "
                  "الجوية تصدت لطائرة مسيرة أثناء توجهها للقنصلية الأميركية في أربيل.")
    assert [(m.location, m.event_date) for m in told] == [("Erbil", dt.date(2026, 7, 14))]
    # two days named, not a night ("يوم الاثنين/ الثلاثاء"): both read
    assert len(find_dates(fold_arabic("يوم الاثنين/ الثلاثاء").text, dt.date(2026, 7, 14))) == 2


def test_a_night_named_by_its_two_days_with_a_space_between_is_the_first_days_night(pipeline):
    # "سقط عدد من الصواريخ ليلة الإثنين الثلاثاء بالقرب من قاعدة عين الأسد في محافظة الأنبار غربي العراق" (a page of
    # news, told on the Tuesday after), told as a post of a Tuesday: the Monday's night, not the Sunday's ("ليلة
    # الإثنين" alone); two days not one after the other are no night
    told = retold(pipeline, "naya_foriraq-82992", lambda t: "سقط عدد من الصواريخ ليلة الإثنين الثلاثاء بالقرب من قاعدة "
                  "عين الأسد في محافظة الأنبار غربي العراق.")
    assert [(m.location, m.event_date) for m in told] == [("Ain al-Asad Air Base", dt.date(2026, 7, 13))]
    assert [d.date for d in find_dates(fold_arabic("ليلة الاثنين الخميس").text, dt.date(2026, 7, 14))][:1] == [
        dt.date(2026, 7, 12)]


def test_a_state_that_announces_that_weapons_fell_tells_of_the_attack(pipeline):
    # "أعلن الجيش العراقي أن ثلاثة صواريخ سقطت ليل الاربعاء الخميس قرب السفارة الأميركية في بغداد" (a page of news):
    # the army reports the rockets; it fired none (and "صاروخ" with no attacker is a rocket)
    told = retold(pipeline, "naya_foriraq-82992", lambda t: "أعلن الجيش العراقي أن ثلاثة صواريخ سقطت ليل الاربعاء "
                  "الخميس قرب السفارة الأميركية في بغداد.")
    assert [(m.location, m.actor, [(w.kind, w.count) for w in m.weapons]) for m in told] == [
        ("Baghdad", None, [("rocket", 3)])]


def test_a_side_followed_by_what_it_was_exposed_to_was_attacked(pipeline):
    # "... أفاد ... بتعرّض قوات الأمن السورية وقوات أميركية لإطلاق نار خلال جولة ميدانية مشتركة قرب تدمر" (a page of news,
    # the Palmyra ambush): US forces were fired on, they did not fire
    told = retold(pipeline, "naya_foriraq-82683", lambda t: "وكان مصدر أمني أفاد لوكالة الأنباء العربية السورية (سانا)، "
                  "السبت، بتعرّض قوات الأمن السورية وقوات أميركية لإطلاق نار خلال جولة ميدانية مشتركة قرب تدمر")
    assert [(m.location, m.actor) for m in told] == [("Palmyra", None)]


@pytest.mark.parametrize("told_so", [
    # "في تصعيد خطير وغير مسبوق، استهدفت قوات الدعم السريع في الساعات الأولى من فجر اليوم الثلاثاء 6 مايو 2025، مطار
    # بورتسودان الدولي" (a page of news): the side after the verb struck the airport after when it did
    "استهدفت قوات الدعم السريع في الساعات الأولى من فجر اليوم الثلاثاء 6 مايو 2025، مطار بورتسودان الدولي للمرة الثالثة",
    # ... and an airport is what a side strikes, as a base is
    "استهدفت قوات الدعم السريع، اليوم الثلاثاء، مطار بورتسودان الدولي بطائرات مسيرة",
])
def test_the_side_after_a_verb_of_attack_struck_the_airport_after_it(pipeline, told_so):
    told = page_mentions(pipeline, Article(id="page", published=dt.date(2025, 5, 6), text=told_so))  # the page's day
    assert [(m.location, m.actor) for m in told] == [("Port Sudan", "Rapid Support Forces")]


def test_the_upper_galilee_is_its_own_region(pipeline):
    # "اعلام العدو: تفعيل الدفاعات الجوية في الجليل الأعلى بعد هجوم لحزب الله": the Upper Galilee, not all of Israel's
    # Northern District
    assert [m.location for m in mentions(pipeline, "naya_foriraq-75233")] == ["Upper Galilee"]


def test_the_fragments_of_a_sides_missiles_name_the_side(pipeline):
    # "أُصيب 6 أشخاص في تل أبيب، الثلاثاء؛ جراء سقوط شظايا صاروخية إيرانية في مناطق متفرقة" (a page of news): Iran's
    # missiles, told by their fragments; the post's own second line, told so
    told = retold(pipeline, "naya_foriraq-78357",
                  lambda t: "احتراق مركبات وتضرر منازل في المنامة ومدينة حمد جراء سقوط شظايا صاروخية إيرانية")
    assert {(m.actor, tuple(w.kind for w in m.weapons)) for m in told} == {("Iranian armed forces", ("missile",))}


def test_the_side_that_mourns_its_dead_is_not_the_attacker(pipeline):
    # "قال مراسل الجزيرة إن حزب الله ينعى مقاتلين قضيا في غارتين إسرائيليتين على عيتا الجبل وميس الجبل" (a page of
    # news): Hezbollah mourns its fighters, Israel struck; told in a post that mourns a reporter killed in Sidon
    told = retold(pipeline, "naya_foriraq-76267", lambda t: t.replace("قناة العالم الفضائية تنعى مراسلها السوري",
                                                                      "حزب الله ينعى مقاتله"))
    assert [(m.location, m.actor) for m in told] == [("Sidon", "Israel Defense Forces")]


def test_an_attack_that_may_come_is_none(pipeline):
    # "الخارجية الأميركية: إيران قد تستهدف المصالح والشركات والمؤسسات الأميركية بالمنطقة": a warning of what Iran may
    # do (as a page's "مؤكدة استعدادها للمشاركة في أي رد عسكري ضد الهجمات التي قد تستهدف دول الجوار")
    assert mentions(pipeline, "naya_foriraq-85399") == []


def test_where_a_drone_took_off_from_is_not_where_it_struck(pipeline):
    # "وأوضحت المقاومة في بيانٍ مقتضب نشرته الجمعة، أنّ الاستهداف حصل أمس الخميس، وأن المسيّرة انطلقت من قاعدة \"علي
    # السالم\" الأميركية في الكويت" (a page of news, after the claim of a drone downed over Diyala): the drone flew from
    # Kuwait, no attack there; told in a post on Ali al-Salem
    told = retold(pipeline, "naya_foriraq-86710", lambda t: (
        'وأمس، أعلنت المقاومة الإسلامية في العراق، انها استهدفت طائرة مسيّرة من نوع "MQ9" تابعة للقوات الأميركية، في'
        ' سماء محافظة ديالى، بالسلاح المناسب. وأوضحت المقاومة في بيانٍ مقتضب نشرته الجمعة، أنّ الاستهداف حصل أمس'
        ' الخميس، وأن المسيّرة انطلقت من قاعدة "علي السالم" الأميركية في الكويت.'))
    assert [m.country for m in told] == ["IQ"]


def test_deminers_mines_are_no_weapon_and_their_nationality_no_attacker(pipeline):
    # "والخميس، قُتل أيضا نازعا ألغام أوكرانيان يعملان لحساب المجلس الدنماركي للاجئين خلال هجوم روسي في شمال أوكرانيا"
    # (a page of news): two Ukrainian deminers killed in a Russian attack; told of Kharkiv in a post
    [told] = retold(pipeline, "naya_foriraq-78357", lambda t: "والخميس، قُتل نازعا ألغام أوكرانيان يعملان لحساب المجلس"
                    " الدنماركي للاجئين خلال هجوم روسي في منطقة خاركيف.")
    assert (told.actor, told.weapons) == ("Russian forces", [])


def test_another_storys_headline_under_the_page_is_no_attack_it_tells(pipeline):
    # "أخبار ذات علاقة هجوم أوكراني يشعل النيران بإحدى أكبر مصافي النفط الروسية (فيديو)" between a page's paragraphs on a
    # Russian strike in Kharkiv: a link to another story
    told = retold(pipeline, "naya_foriraq-78357", lambda t: "قتل ثلاثة أشخاص في قصف روسي استهدف منطقة خاركيف في شرق"
                  " أوكرانيا.\n\nأخبار ذات علاقة هجوم أوكراني يشعل النيران بإحدى أكبر مصافي النفط الروسية (فيديو)")
    assert [(m.location, m.actor) for m in told] == [("Kharkiv", "Russian forces")]


def test_whether_is_not_the_if_of_a_threat(pipeline):
    # "وتعرضت قاعدة حرير الجوية في أربيل، التي تضم قوات أميركية، لهجومين متتاليين اليوم الأحد، ... من دون تأكيد ما إذا
    # كانا بصواريخ أم بطائرات مسيّرة" (a page of news): two attacks that happened, their weapons unconfirmed
    told = retold(pipeline, "naya_foriraq-78357", lambda t: (
        "وتعرضت قاعدة حرير الجوية في أربيل، التي تضم قوات أميركية، لهجومين متتاليين اليوم الأحد، أحدهما بعد الساعة"
        " الرابعة فجراً والآخر قرابة 8:30 صباحاً، من دون تأكيد ما إذا كانا بصواريخ أم بطائرات مسيّرة."))
    assert [m.location for m in told] == ["Harir Air Base"]


def test_a_side_that_spoke_earlier_is_not_the_attacker_of_its_own_base(pipeline):
    # "وكان صاروخين سقطا داخل قاعدة عين الأسد الجوية بالعراق، التي تستضيف قوات أمريكية ودولية أخرى غربي بغداد", on a page
    # that had quoted the Pentagon: the US forces were hit, whoever spoke before
    [told] = retold(pipeline, "naya_foriraq-78357", lambda t: (
        "وكانت وزارة الدفاع الأمريكية قد أعلنت في بيان أن قواتها في حالة تأهب.\nوكان صاروخين سقطا داخل قاعدة عين الأسد"
        " الجوية بالعراق، التي تستضيف قوات أمريكية ودولية أخرى غربي بغداد"))
    assert (told.location, told.actor) == ("Ain al-Asad Air Base", None)


def test_a_town_by_a_spelling_arabic_news_gives_it_is_that_town(pipeline):
    # "استهدفت ودمرت مركزا لعمليات كتائب حزب الله العراقية ... بالقرب من الأنبار وجرف الصقر جنوبي بغداد" (a page of news):
    # Jurf al-Sakhar, as "جرف الصخر" is (arabic_names.csv); told as a post's strike
    told = retold(pipeline, "naya_foriraq-78357", lambda t: "مسؤول أمريكي: الطائرات المقاتلة الأمريكية استهدفت ودمرت"
                  " مركزا لعمليات كتائب حزب الله العراقية في جرف الصقر جنوبي بغداد")
    assert "Jurf al-Sakhar" in [m.location for m in told]


def test_a_claim_of_most_attacks_claims_none_told_after_it(pipeline):
    # '"المقاومة الإسلامية في العراق" تبنّت معظم الهجمات على قواعد تضم قوات أميركية بالعراق وسوريا (رويترز)', a photograph's
    # caption over a page's report of one drone downed over Ain al-Asad: no claim of that one
    [told] = retold(pipeline, "naya_foriraq-78357", lambda t: (
        "\"المقاومة الإسلامية في العراق\" تبنّت معظم الهجمات على قواعد تضم قوات أميركية بالعراق وسوريا (رويترز)\n\n"
        "أفاد مصدر بالجيش العراقي لوكالة رويترز بأن الأنظمة الدفاعية الجوية أسقطت اليوم الاثنين، طائرة مسلحة مسيرة فوق"
        " قاعدة عين الأسد، التي تستضيف قوات أميركية، وقوات دولية غرب العراق."))
    assert (told.location, told.actor) == ("Ain al-Asad Air Base", None)


def test_a_village_heard_by_its_sound_is_in_the_country_of_the_places_told(pipeline):
    # "ذكرت قناة “العالم” الإيرانية، أن طيرانًا أمريكيًا استهدف بعدد من الصواريخ قرية السكرية وبادية الحمدان على أطراف
    # مدينة البوكمال، في ريف دير الزور الشرقي" (a page of news): al-Sukkariya, which GeoNames lacks, is no town of its
    # sound abroad (Sakarya, Turkey) in a text whose places are in Syria
    told = retold(pipeline, "naya_foriraq-78357", lambda t: (
        "استهدفت طائرة مسيّرة يعتقد أنها أمريكية مواقع تابعة للمليشيات الإيرانية في البوكمال وريفها بدير الزور.\n"
        "وذكرت قناة “العالم” الإيرانية، أن طيرانًا أمريكيًا استهدف بعدد من الصواريخ قرية السكرية وبادية الحمدان على"
        " أطراف مدينة البوكمال، في ريف دير الزور الشرقي."))
    assert {m.country for m in told} == {"SY"}


def test_a_word_read_as_a_town_abroad_does_not_place_a_village_heard_by_its_sound(pipeline):
    # A page of news, in its words: the country most of its places are in is Lebanon's, so Chhim is not heard as Saham
    # al-Kaffarat, Jordan, for one word ("بر الأمان", safety) read as Amman
    _ = pipeline.extractor  # builds the pipeline's geocoder
    text = ("قدم قائد الجيش العماد رودولف هيكل التعازي لعائلة أحد الضباط في بلدة شحيم – الشوف وعائلة أحد العسكريين في بلدة"
            " شهابية الفاعور – زحلة، وكانا قد استشهدا أثناء الكشف على مسيّرة تابعة للعدو الإسرائيلي بعد سقوطها في منطقة"
            " الناقورة. كما أشار إلى أن الوحدات العسكرية المنتشرة في الجنوب تنفذ مهمات أساسية وصعبة وبالغة الدقة، وتبذل مع"
            " سائر الوحدات جهودًا جبارة للوصول بالوطن إلى بر الأمان.")
    assert "JO" not in {s.place.country for s in pipeline.geocoder.find(text) if text[s.start:s.end] != "الأمان"}


def test_the_names_after_named_are_a_persons(pipeline):
    # "بدورها، نعت صفحات موالية للميليشيات الإيرانية، مقتل عنصر في ميليشيا “كتائب سيد الشهداء” العراقية ويدعى عبد الله
    # رزاق عنون الصافي" (a page of news, after a US drone strike in Abu Kamal): al-Safi is his family's name, no town
    # in Jordan
    told = retold(pipeline, "naya_foriraq-78357", lambda t: (
        "استهدفت طائرة مسيّرة يعتقد أنها أمريكية مواقع تابعة للمليشيات الإيرانية في البوكمال وريفها بدير الزور.\n"
        "بدورها، نعت صفحات موالية للميليشيات الإيرانية، مقتل عنصر في ميليشيا “كتائب سيد الشهداء” العراقية ويدعى عبد"
        " الله رزاق عنون الصافي."))
    assert "JO" not in {m.country for m in told}


def test_the_capital_secretariat_is_sanaa(pipeline):
    # "ذكرت وزارة الصحة التابعة للحوثيين ... أن "العدوان الأمريكي استهدف مساء الأحد منزلاً لمواطن في منطقة شعب الحافة
    # بمديرية شعوب في أمانة العاصمة، ما أسفر عن استشهاد أربعة مدنيين" (a page of news): Amanat al-Asimah, the city of
    # Sanaa as Yemen's authorities name it (arabic_names.csv)
    [told] = retold(pipeline, "naya_foriraq-78357", lambda t: (
        "العدوان الأمريكي استهدف مساء الأحد منزلاً لمواطن في منطقة شعب الحافة بمديرية شعوب في أمانة العاصمة، ما أسفر"
        " عن استشهاد أربعة مدنيين، بينهم امرأتان، وإصابة 25 آخرين."))
    assert (told.location, told.fatalities, told.injuries) == ("Sanaa", 4, 25)


def test_irans_militias_are_the_iran_backed_militias(pipeline):
    # "شنت ميليشيات إيران هجوما على قاعدة أمريكية في محافظة الحسكة شمال شرقي #سوريا." (a page of news): "Iran's
    # militias", as Syrian opposition outlets name them
    [told] = retold(pipeline, "naya_foriraq-78357", lambda t: (
        "شنت ميليشيات إيران هجوما على قاعدة أمريكية في محافظة الحسكة شمال شرقي #سوريا."))
    assert (told.location, told.actor) == ("Al-Hasakah", "Iran-backed militias")


def test_several_wounded_is_no_count_of_them(pipeline):
    # "وأكدت مصادر محلية، استشهاد 8 مواطنين وعدة إصابات إثر غارة إسرائيلية على مدرسة ابن الهيثم والتي تؤوي نازحين في
    # حي الشجاعية شرق مدينة غزة" (a page of news): eight dead, the wounded untold (not eight); the corpus's "ارتفاع عدد
    # الإصابات إلى 5" (naya_foriraq-85301) is a count of them
    [told] = retold(pipeline, "naya_foriraq-78357", lambda t: (
        "وأكدت مصادر محلية، استشهاد 8 مواطنين وعدة إصابات إثر غارة إسرائيلية على مدرسة ابن الهيثم والتي تؤوي نازحين"
        " في حي الشجاعية شرق مدينة غزة."))
    assert (told.fatalities, told.injuries) == (8, None)
    assert [m.injuries for m in mentions(pipeline, "naya_foriraq-85301")] == [5]


def test_a_mayor_who_stated_is_a_person(pipeline):
    # "صرح فلاديمير بيريفيرزيف، عمدة منطقة بوريسوفسكي في مقاطعة بيلغورود الروسية، اليوم الاثنين، بأنه قُتل 6 أشخاص ..."
    # and "... والقصف المدفعي ضد المدنيين والمنشآت المدنية في روسيا" (a page of news): Vladimir is the mayor, no city
    # of the country the text names
    told = retold(pipeline, "naya_foriraq-78357", lambda t: (
        "صرح فلاديمير بيريفيرزيف، عمدة منطقة بوريسوفسكي في مقاطعة بيلغورود الروسية، اليوم الاثنين، بأنه قُتل 6 أشخاص"
        " وأصيب العشرات خلال قصف أوكراني لحافلات صغيرة تقل موظفين في المنطقة.\n\nويتبع نظام كييف أساليب إرهابية، في"
        " مقدمتها استخدام المسيرات الهجومية، والقصف المدفعي ضد المدنيين والمنشآت المدنية في روسيا."))
    assert "Vladimir" not in [m.location for m in told] and "Belgorod" in [m.location for m in told]


def test_the_attack_a_threat_answers_took_place(pipeline):
    # "قُتل 18 مقاتلًا موالين لإيران على الأقلّ في ضربات أمريكية الجمعة فى شرق سوريا ... وكانت واشنطن توعّدت بشن ضربات
    # انتقامية ردا على هجوم بمسيّرة على قاعدة في الأردن قرب الحدود السورية أسفر عن مقتل ثلاثة جنود أمريكيين" (a page of
    # news): the strikes threatened are no attack, the drone attack in Jordan they answer is one
    told = retold(pipeline, "naya_foriraq-78357", lambda t: (
        "قُتل 18 مقاتلًا موالين لإيران على الأقلّ في ضربات أمريكية الجمعة فى شرق سوريا، وفق حصيلة جديدة أوردها المرصد"
        " السورى لحقوق الإنسان.\nوكانت واشنطن توعّدت بشن ضربات انتقامية ردا على هجوم بمسيّرة على قاعدة في الأردن قرب"
        " الحدود السورية أسفر عن مقتل ثلاثة جنود أمريكيين."))
    assert ("Jordan", 3) in [(m.location, m.fatalities) for m in told]


def test_attacked_so_many_times_is_a_count(pipeline):
    # "وقالت نائبة المتحدث باسم البنتاغون، سابرينا سينغ، في مؤتمر صحفي، إنه بين 17 تشرين الأول و 9 تشرين الثاني الجاري
    # تعرضت القوات الأمريكية وقوات "التحالف الدولي" للهجوم 46 مرة على الأقل، 24 منها في العراق و22 في سوريا" (a page
    # of news, after its first sentence): attacks over three weeks, no attack in Iraq on the first day of them
    page = article("naya_foriraq-78357").model_copy(update={"published": dt.date(2023, 11, 10), "text": (
        "أعلنت وزارة الدفاع الأمريكية \"البنتاغون\"، أمس الخميس 9 تشرين الثاني، أن 56 جندياً أمريكياً أصيبوا في 46"
        " هجوماً استهدف القوات الأمريكية في سوريا والعراق منذ 17 تشرين الأول الماضي.\n"
        "وقالت نائبة المتحدث باسم البنتاغون، سابرينا سينغ، في مؤتمر صحفي، إنه بين 17 تشرين الأول و 9 تشرين الثاني الجاري"
        " تعرضت القوات الأمريكية وقوات \"التحالف الدولي\" للهجوم 46 مرة على الأقل، 24 منها في العراق و22 في سوريا،"
        " باستخدام طائرات مسيّرة وصواريخ.")})  # (its day: a month since 17 October is no attack long past)
    assert [r for r in pipeline.extractor.extract(page) if isinstance(r, Mention)] == []


def test_destroys_is_no_palmyra(pipeline):
    # "غارات أميركية تدمر رتلاً عسكرياً للميليشيات الإيرانية شرقي دير الزور" (a page's headline): "تدمر" is the verb
    # (destroys), not Palmyra; the town follows a preposition or a word for a town ("في مدينة تدمر وسط سوريا"), and
    # "مدينة الزاوية" is Zawiya (naya_foriraq-87503: "هجوم جديد بطائرات مسيرة يستهدف مصانع مدينة الزاوية في ليبيا")
    _ = pipeline.extractor  # builds the pipeline's geocoder
    headline = "غارات أميركية تدمر رتلاً عسكرياً للميليشيات الإيرانية شرقي دير الزور"
    assert [s.place.name for s in pipeline.geocoder.find(headline)] == ["Deir ez-Zor"]
    told = "قتلوا يوم السبت في مدينة تدمر وسط سوريا على يد مهاجم"
    assert "Palmyra" in [s.place.name for s in pipeline.geocoder.find(told)]
    assert [m.location for m in mentions(pipeline, "naya_foriraq-87503")] == ["Zawiya"]


def test_the_gulf_bases_and_ports_of_the_2026_war_are_named_sites(pipeline):
    # "هجوم إيراني بطائرة مسيرة على موقع عسكري أمريكي في ميناء الشعيبة الكويتي" (an Iranian drone attack on a US
    # military site at Kuwait's Shuaiba port); "القاعدة الأمريكية الواقعة في العديري بالكويت" (the US base at Udairi,
    # Kuwait: Camp Buehring, once Camp Udairi): each the site, not Kuwait
    assert "Port of Shuaiba" in {m.location for m in mentions(pipeline, "naya_foriraq-79806")}
    assert "Camp Buehring" in {m.location for m in mentions(pipeline, "naya_foriraq-85355")}


def test_each_site_of_a_sentence_takes_the_weapons_written_on_its_side(pipeline):
    # "استهدفت الأولى أهدافًا حساسةً ... في جيزان، وذلك بعشرات الصواريخ الباليستية والطائرات المسيرة، فيما استهدفت
    # العملية الثانية أهدافًا حساسةً ... في ينبع، وذلك بعدد من الصواريخ الباليستية والمجنحة والطائرات المسيرة": the
    # cruise missiles were fired at Yanbu only
    kinds = {m.location: {w.kind for w in m.weapons} for m in mentions(pipeline, "naya_foriraq-85532")}
    assert kinds["Jizan"] == {"ballistic missile", "drone"}
    assert kinds["Yanbu"] == {"ballistic missile", "cruise missile", "drone"}


def test_a_country_named_airport_and_the_state_hit_announcing_it(pipeline):
    # "وكانت البحرين قد أعلنت، السبت الماضي، عن تعرض مطار البحرين الدولي لأضرار مادية جراء هجوم بطائرة مسيّرة
    # إيرانية، دون تسجيل خسائر بشرية." (a page of news): the airport bearing the country's name (Bahrain International
    # Airport, not Bahrain), and Bahrain's announcement is no claim of Iran's
    told = retold(pipeline, "naya_foriraq-78357", lambda t: (
        "وكانت البحرين قد أعلنت، السبت الماضي، عن تعرض مطار البحرين الدولي لأضرار مادية جراء هجوم بطائرة مسيّرة"
        " إيرانية، دون تسجيل خسائر بشرية."))
    assert [(m.location, m.actor, m.actor_role) for m in told] == [
        ("Bahrain International Airport", "Iranian armed forces", "attributed")]


def test_a_condemnation_tells_the_attack_it_condemns(pipeline):
    # "دويلة الكويت تدين الهجمات الإيرانية على قاعدة علي السالم في أراضيها." (Kuwait condemns the Iranian attacks on
    # the Ali Al Salem base on its soil): the attacks are told, as an English report of a condemnation tells them
    assert [(m.location, m.actor) for m in mentions(pipeline, "naya_foriraq-76583")] == [
        ("Ali Al Salem Air Base", "Iranian armed forces")]


def test_a_day_set_apart_before_what_was_said_on_it_is_the_saying(pipeline):
    # "قالت صحيفة "واشنطن بوست" نقلا عن برقية لوزارة الخارجية الأمريكية، الاثنين، إن السفارة الأمريكية في الكويت
    # تعرضت على ما يبدو لهجوم بطائرة مسيرة." (a page of news): Monday is when the cable said so; the attack was on or
    # before it, not on it
    [told] = retold(pipeline, "naya_foriraq-78357", lambda t: (
        "قالت صحيفة \"واشنطن بوست\" نقلا عن برقية لوزارة الخارجية الأمريكية، الاثنين، إن السفارة الأمريكية في الكويت"
        " تعرضت على ما يبدو لهجوم بطائرة مسيرة."))
    assert (told.country, told.date_precision) == ("KW", "range")


def test_a_day_things_had_come_to_is_no_day_of_the_attack(pipeline):
    # "... شنت قصفاً مدفعياً مكثفاً على المدينة ...، فيما لم تصدر قوات الدعم السريع أي تعليق رسمي حول تلك التطورات حتى
    # مساء الأحد." (a page of news): Sunday evening is how long the RSF had said nothing; the shelling was on or before it
    [told] = retold(pipeline, "naya_foriraq-78357", lambda t: (
        "تجددت المعارك في غرب السودان، حيث أعلن الجيش السوداني تصديه لهجوم واسع شنته قوات الدعم السريع على مدينة"
        " بابنوسة بولاية غرب كردفان. وقال شهود عيان: إن قوات الدعم السريع شنت قصفاً مدفعياً مكثفاً على المدينة، فيما"
        " لم تصدر قوات الدعم السريع أي تعليق رسمي حول تلك التطورات حتى مساء الأحد."))
    assert (told.country, told.date_precision) == ("SD", "range")


def test_the_day_of_an_attack_word_written_after_its_place_is_a_new_attacks(pipeline):
    # "وكانت السفارة قد تعرضت الأربعاء لهجوم بطائرة مسيّرة ... ومساء الاثنين تعرضت السفارة الأمريكية في بغداد
    # للاستهداف مرتين، الأولى بأربعة صواريخ من إيران ..." (a page of news, 21 March 2026): Monday's attack, its attack
    # word after the embassy's city, is an attack of its own that day (16 March), not Wednesday's told again
    told = article("naya_foriraq-78357").model_copy(update={"published": dt.date(2026, 3, 21), "text": (
        "ومنذ بدء الحرب الأمريكية الإسرائيلية على إيران، تعرضت السفارة الأمريكية في بغداد للهجوم عدة مرات.\n"
        "وكانت السفارة قد تعرضت الأربعاء لهجوم بطائرة مسيّرة، بعد ساعات من هجوم آخر تسبب باندلاع حريق.\n"
        "ومساء الاثنين تعرضت السفارة الأمريكية في بغداد للاستهداف مرتين، الأولى بأربعة صواريخ من إيران قيل أنه تم"
        " اعتراضها، والثانية بهجوم بطائرات مسيرة وصواريخ.")})
    found = [m for m in pipeline.extractor.extract(told) if isinstance(m, Mention)]
    assert ("Baghdad", dt.date(2026, 3, 16)) in {(m.location, m.event_date) for m in found}


def test_the_state_weapons_were_fired_from_is_the_attacker(pipeline):
    # "الجيش الأردني يعلن تعرض الأردن لهجوم ب 20 صاروخا أطلقوا من إيران فجر اليوم باتجاه منطقة الأزرق": Iran's forces,
    # and a state's "صاروخ" is a missile
    [m] = mentions(pipeline, "naya_foriraq-78362")
    assert (m.actor, m.actor_role, [w.kind for w in m.weapons]) == ("Iranian armed forces", "attributed", ["missile"])


def test_a_weapon_named_as_not_used_instead_is_none_of_the_attacks(pipeline):
    # "وأوضحت الوثيقة الدبلوماسية أن الاستهداف تم باستخدام طائرات مسيرة بدلا من الصواريخ التقليدية." (a page of
    # news): drones, and no rockets
    [told] = retold(pipeline, "naya_foriraq-78357", lambda t: (
        "قالت صحيفة \"واشنطن بوست\" نقلا عن برقية لوزارة الخارجية الأمريكية، الاثنين، إن السفارة الأمريكية في الكويت"
        " تعرضت على ما يبدو لهجوم بطائرة مسيرة.\n\nوأوضحت الوثيقة الدبلوماسية أن الاستهداف تم باستخدام طائرات مسيرة بدلا"
        " من الصواريخ التقليدية."))
    assert [w.kind for w in told.weapons] == ["drone"]


def test_a_treaty_named_after_a_city_is_no_place(pipeline):
    # "... الهجوم الإيراني الغاشم الذي استهدف مبنى سفارة الولايات المتحدة الأمريكية لدى دولة الكويت باعتباره عملا يشكل
    # انتهاكا صارخا لجميع الأعراف والقوانين الدولية بما فيها اتفاقيتي جنيف لعام 1949 وفيينا لعام 1961 للعلاقات
    # الدبلوماسية ..." (a page of news): the Geneva and Vienna conventions, not the cities (nor their namesakes in the
    # United States the sentence names)
    told = retold(pipeline, "naya_foriraq-78357", lambda t: (
        "أعربت وزارة الخارجية عن رفض وإدانة دولة الكويت بأشد العبارات الهجوم الإيراني الغاشم الذي استهدف مبنى سفارة"
        " الولايات المتحدة الأمريكية لدى دولة الكويت باعتباره عملا يشكل انتهاكا صارخا لجميع الأعراف والقوانين الدولية"
        " بما فيها اتفاقيتي جنيف لعام 1949 وفيينا لعام 1961 للعلاقات الدبلوماسية التي تمنح الحصانة للمباني الدبلوماسية"
        " وموظفيها حتى في حالات النزاع المسلح."))
    assert not {m.location for m in told} & {"Geneva", "Vienna"}


# A Saudi Defence Ministry statement as a page of news gave it (sentences run together, full stops after a bracket):
_KHARJ = ("أعلن اللواء الركن تركي المالكي، المتحدث باسم وزارة الدفاع السعودية، الثلاثاء، اعتراض وتدمير صاروخ باليستي أُطلق"
          " باتجاه المنطقة الشرقية، وطائرتين مسيّرتين شرق محافظة الخرج (80 كيلومتراً جنوب شرقي الرياض).")
_KHARJ_NEXT = ("وأوضح البيان أن «ما تقوم به إيران حالياً تجاه دولنا لا يغلب الحكمة والمصلحة في تجنب توسيع دائرة التصعيد»،"
               " مشدداً على أن اعتداءاتها المتواصلة «تعني مزيداً من التصعيد، الذي سيكون له أثر بالغ على العلاقات حالياً"
               " ومستقبلاً، وطهران هي الخاسر الأكبر فيه».كان المتحدث باسم وزارة الدفاع كشف، يوم الاثنين، عن اعتراض وتدمير"
               " صاروخين باليستيين أُطلقا نحو قاعدة الأمير سلطان الجوية بمحافظة الخرج")


def test_a_full_stop_after_a_bracket_or_a_quote_ends_a_sentence_the_page_ran_on():
    said = [s.text for s in sentences(_KHARJ + "وأكدت السعودية في بيان لوزارة خارجيتها، الاثنين" + " " + _KHARJ_NEXT)]
    assert said[0] == _KHARJ and any(s.startswith("كان المتحدث باسم وزارة الدفاع") for s in said)


def test_saudi_governorates_and_regions_by_their_arabic_names(pipeline):
    # "محافظة الخرج", "منطقة الجوف" (Saudi Arabia's; "محافظة الجوف" is Yemen's), "عسير", "القصيم", "الأحساء"
    found = {p.text: (p.place.name, p.place.country) for p in pipeline.extractor.places.find(
        "شرق محافظة الخرج، وشرق منطقة الجوف، وفي عسير، وفي القصيم، وفي الأحساء")}
    assert found == {"محافظة الخرج": ("Al Kharj", "SA"), "منطقة الجوف": ("Al Jawf", "SA"), "عسير": ("`Asir", "SA"),
                     "القصيم": ("Al-Qassim", "SA"), "الأحساء": ("Al Hufūf", "SA")}


def test_a_city_a_distance_and_bearing_away_from_the_place_struck_is_no_place_struck(pipeline):
    # "... وطائرتين مسيّرتين شرق محافظة الخرج (80 كيلومتراً جنوب شرقي الرياض)": al-Kharj, not Riyadh
    told = retold(pipeline, "naya_foriraq-78357", lambda t: _KHARJ)
    assert "Riyadh" not in {m.location for m in told} and "Al Kharj" in {m.location for m in told}


def test_a_capital_a_statement_says_is_something_is_the_state_not_a_place(pipeline):
    # "... مشدداً على أن اعتداءاتها المتواصلة «تعني مزيداً من التصعيد، ... وطهران هي الخاسر الأكبر فيه»": no attack in Tehran
    told = retold(pipeline, "naya_foriraq-78357", lambda t: _KHARJ_NEXT)
    assert "Tehran" not in {m.location for m in told} and "Prince Sultan Air Base" in {m.target_site for m in told}


# A page's words (a Qatari Defence Ministry statement, reported by SANA on Monday 9 March 2026):
_QATAR = ("أعلنت وزارة الدفاع القطرية، فجر اليوم الإثنين، عن تصدي قواتها لهجمة صاروخية استهدفت البلاد، فيما تواصل إيران"
          " اعتداءاتها على دول عربية عدة عقب بدء هجمات أمريكية إسرائيلية ضدها منذ الـ28 من شباط.")


def test_the_country_a_statement_of_its_own_ministry_says_was_struck(pipeline):
    # "... لهجمة صاروخية استهدفت البلاد": Qatar, the country whose ministry speaks, though no name says it
    [m] = [r for r in pipeline.extractor.extract(Article(id="qatar", text=_QATAR, published=dt.date(2026, 3, 9)))
           if isinstance(r, Mention)]
    assert m.location == "Qatar"


def test_a_day_since_which_written_with_its_article_is_no_day_of_the_attack(pipeline):
    # "... عقب بدء هجمات أمريكية إسرائيلية ضدها منذ الـ28 من شباط": the war since 28 February, the attack on the day
    # the statement was made
    [m] = [r for r in pipeline.extractor.extract(Article(id="qatar", text=_QATAR, published=dt.date(2026, 3, 9)))
           if isinstance(r, Mention)]
    assert m.event_date == dt.date(2026, 3, 9)


def test_the_war_an_attack_came_after_the_start_of_names_no_attacker_of_it(pipeline):
    # "... فيما تواصل إيران اعتداءاتها على دول عربية عدة عقب بدء هجمات أمريكية إسرائيلية ضدها": the US-Israeli attacks
    # on Iran started the war; they are not the attack on Qatar
    [m] = [r for r in pipeline.extractor.extract(Article(id="qatar", text=_QATAR, published=dt.date(2026, 3, 9)))
           if isinstance(r, Mention)]
    assert m.actor in (None, "Iranian armed forces")


def test_a_province_a_weapon_was_aimed_at_beside_a_town_is_one_more_place_hit(pipeline):
    # "... اعتراض وتدمير صاروخ باليستي أُطلق باتجاه المنطقة الشرقية، وطائرتين مسيّرتين شرق محافظة الخرج": a missile
    # at the Eastern Province, two drones at al-Kharj
    told = retold(pipeline, "naya_foriraq-78357", lambda t: _KHARJ)
    assert sorted((m.location, tuple(w.kind for w in m.weapons)) for m in told) == [
        ("Al Kharj", ("drone",)), ("Eastern Province", ("ballistic missile",))]


def test_a_country_an_embassy_is_in_stands_for_its_capital(pipeline):
    # "الهجوم على السفارة الأمريكية: تعرضت السفارة الأمريكية في السعودية لهجوم بطائرتين مسيّرتين يوم الثلاثاء 3 مارس."
    # (a page of news): the embassy in Riyadh
    told = "تعرضت السفارة الأمريكية في السعودية لهجوم بطائرتين مسيّرتين يوم الثلاثاء 3 مارس."
    assert [p.place.name for p in pipeline.extractor.places.find(told)] == ["Riyadh"]


def test_the_same_side_named_again_is_the_side_told_of_before(pipeline):
    # "“المقاومة الإسلامية في العراق” كما تسمي نفسها، كشفت تفاصيل استهدافها بالصواريخ قاعدة “الشدادي” ..." then, two
    # sentences on, "وفي وقت سابق، فجر السبت، تبنّت ذات الفصائل استهداف قاعدة “حرير” الأمريكية في كردستان العراق، عبر
    # طائرتين مسيرتين." (a page of news): the same factions, the Islamic Resistance in Iraq
    told = retold(pipeline, "naya_foriraq-78357", lambda t: (
        "“المقاومة الإسلامية في العراق” كما تسمي نفسها، كشفت تفاصيل استهدافها بالصواريخ قاعدة “الشدادي” مؤكدةً إصابتها"
        " بشكل مباشر.\nوبحسب مصادر محلية سمع دوي انفجار عنيف في منطقة القاعدة الأمريكية بمدينة الشدادي بريف الحسكة"
        " الجنوبي، صباح السبت، نتيجة استهداف جديد للقاعدة.\nوذكرت المصادر أن الهجوم استهدف القاعدة بصاروخين.\nوفي وقت"
        " سابق، فجر السبت، تبنّت ذات الفصائل استهداف قاعدة “حرير” الأمريكية في كردستان العراق، عبر طائرتين مسيرتين."))
    assert {m.target_site: m.actor for m in told}.get("Harir Air Base") == "Islamic Resistance in Iraq"


def test_a_projectile_told_before_its_attacker_is_a_states_missile(pipeline):
    # a page's headline and first sentence (23 June 2025): "إيران تدشن “بشائر الفتح” بتوجيه ضربة صاروخية إلى قاعدة العديد
    # في قطر" names no attacker the reader knows yet, "أن إيران شنّت ضربات صاروخية على قاعدة “العديد”" names Iran: one
    # attack, with Iran's missiles, not a militia's rockets too
    page = Article(id="page", published=dt.date(2025, 6, 23), text=(
        "إيران تدشن “بشائر الفتح” بتوجيه ضربة صاروخية إلى قاعدة العديد في قطر\n\n"
        "أكدت وسائل إعلام إيرانية مساء الاثنين، أن إيران شنّت ضربات صاروخية على قاعدة “العديد” الأمريكية في قطر، وقواعد"
        " أمريكية أخرى في العراق، ردا على عدوان أمريكي استهدف أراضيها."))
    udeid = next(m for m in pipeline.extractor.extract(page) if isinstance(m, Mention) and m.location == "Al Udeid Air Base")
    assert [w.kind for w in udeid.weapons] == ["missile"]


def test_the_side_that_accuses_is_no_attacker(pipeline):
    # a page's words (10 August 2024): "واتهمت وزارة الدفاع الأميركية “البنتاغون” إيران بالهجوم على القاعدة." then "وقالت
    # خلية الإعلام الأمني العراقي يوم الثلاثاء عبر منصة “إكس”، إن الهجوم على قاعدة عين الأسد تم بصاروخين انطلقا من داخل
    # قضاء حديثة بمحافظة الأنبار.": the Pentagon accuses; the attack on Ain al-Asad is not its own
    page = Article(id="page", published=dt.date(2024, 8, 10), text=(
        "واتهمت وزارة الدفاع الأميركية “البنتاغون” إيران بالهجوم على القاعدة.\nوقالت خلية الإعلام الأمني العراقي يوم"
        " الثلاثاء عبر منصة “إكس”، إن الهجوم على قاعدة عين الأسد تم بصاروخين انطلقا من داخل قضاء حديثة بمحافظة الأنبار."))
    told = page_mentions(pipeline, page)
    assert "Ain al-Asad Air Base" in {m.location for m in told}
    assert "US forces" not in {m.actor for m in told}


def test_a_sides_official_spokesman_speaks_for_it(pipeline):
    # a page's words (a Friday in October 2023): "وفي مؤتمر صحفي عُقد الخميس الماضي، صرح المتحدث الرسمي باسم وزارة الدفاع
    # الأمريكية “البنتاغون”، الجنرال بات رايدر، بأنه في وقت مبكر من صباح الأربعاء بتوقيت سورية، تعرضت قاعدة “التنف” في
    # سورية لهجوم باستخدام طائرتين مسيرتين.": the Pentagon tells of the attack in Syria, it did not make it
    page = Article(id="page", published=dt.date(2023, 10, 20), text=(
        "وفي مؤتمر صحفي عُقد الخميس الماضي، صرح المتحدث الرسمي باسم وزارة الدفاع الأمريكية “البنتاغون”، الجنرال بات رايدر،"
        " بأنه في وقت مبكر من صباح الأربعاء بتوقيت سورية، تعرضت قاعدة “التنف” في سورية لهجوم باستخدام طائرتين مسيرتين."))
    [tanf] = page_mentions(pipeline, page)
    assert (tanf.country, tanf.actor) == ("SY", None)


def test_a_side_that_announces_a_states_strike_tells_it(pipeline):
    # a page's words: 'أعلنت جماعة الحوثي، مساء السبت 24 فبراير/شباط 2024، شن الولايات المتحدة وبريطانيا "سلسلة غارات" على
    # العاصمة اليمنية صنعاء، الخاضعة لسيطرتها.': the Houthis announce the strikes of the United States, which struck them
    page = Article(id="page", published=dt.date(2024, 2, 25), text=(
        "أعلنت جماعة الحوثي، مساء السبت 24 فبراير/شباط 2024، شن الولايات المتحدة وبريطانيا \"سلسلة غارات\" على العاصمة"
        " اليمنية صنعاء، الخاضعة لسيطرتها."))
    [sanaa] = page_mentions(pipeline, page)
    assert (sanaa.location, sanaa.actor) == ("Sanaa", "US forces")


def test_an_incident_that_struck_is_an_attack_not_an_accident(pipeline):
    # a page's words (Tuesday 3 March 2026): "كشف البنتاغون اليوم (الثلاثاء) تفاصيل الحادث الذي أسفر عن مقتل ستة جنود
    # أمريكيين في الكويت، حيث اخترقت أسلحة إيرانية، حوالي الساعة التاسعة صباحاً (بالتوقيت المحلي) من يوم الأحد، أنظمة
    # الدفاع الجوي وضربت مقر قيادة تكتيكي للقوات الأمريكية في الكويت.": "the incident" struck a command post; its day
    # (Sunday) and its six dead are the attack's
    page = Article(id="page", published=dt.date(2026, 3, 3), text=(
        "كشف البنتاغون اليوم (الثلاثاء) تفاصيل الحادث الذي أسفر عن مقتل ستة جنود أمريكيين في الكويت، حيث اخترقت أسلحة"
        " إيرانية، حوالي الساعة التاسعة صباحاً (بالتوقيت المحلي) من يوم الأحد، أنظمة الدفاع الجوي وضربت مقر قيادة تكتيكي"
        " للقوات الأمريكية في الكويت."))
    [kuwait] = page_mentions(pipeline, page)
    assert (kuwait.country, kuwait.event_date, kuwait.fatalities) == ("KW", dt.date(2026, 3, 1), 6)


def test_an_aircraft_that_fell_with_no_hostile_act_is_no_attack(pipeline):
    # a page's words (Thursday 18 September 2008): "قال الجيش الامريكي ان سبعة جنود أمريكيين قتلوا في سقوط طائرة هليكوبتر
    # بجنوب العراق اليوم الخميس." then 'وقال المتحدث "يبدو الان انه لم يكن عملا معاديا. يبدو انه عطل ميكانيكي."'; and
    # (Friday 13 March 2026) "أعلنت وزارة الحرب الأمريكية في بيان اليوم الجمعة، عن مقتل 4 من أفراد طاقم طائرة التزود
    # بالوقود من طراز كيه سي – 135 التي تحطمت في غرب العراق." then "وأضاف البيان: « تجري التحقيقات لمعرفة ملابسات الحادث،
    # مع التأكيد على أن سقوط الطائرة لم يكن نتيجة نيران معادية أو نيران صديقة. ...»": a crash, not an attack
    chinook = Article(id="page", published=dt.date(2008, 9, 18), text=(
        "قال الجيش الامريكي ان سبعة جنود أمريكيين قتلوا في سقوط طائرة هليكوبتر بجنوب العراق اليوم الخميس.\n\n"
        "وقال المتحدث \"يبدو الان انه لم يكن عملا معاديا. يبدو انه عطل ميكانيكي.\""))
    tanker = Article(id="page", published=dt.date(2026, 3, 13), text=(
        "أعلنت وزارة الحرب الأمريكية في بيان اليوم الجمعة، عن مقتل 4 من أفراد طاقم طائرة التزود بالوقود من طراز كيه سي –"
        " 135 التي تحطمت في غرب العراق.\n\nوأضاف البيان: « تجري التحقيقات لمعرفة ملابسات الحادث، مع التأكيد على أن سقوط"
        " الطائرة لم يكن نتيجة نيران معادية أو نيران صديقة. ويتم حجب أسماء العسكريين لحين إبلاغ جميع أسرهم بعد 24 ساعة من"
        " الإشعار »."))
    assert [m for page in (chinook, tanker) for m in page_mentions(pipeline, page)] == []


def test_a_city_whose_time_a_page_gives_is_no_place(pipeline):
    # a page's words (Tuesday 11 March 2025): "11/3/2025–|آخر تحديث: 11/3/202504:41 م (توقيت مكة)" then "أعلنت وزارة
    # الصحة اللبنانية مقتل مواطن اليوم الثلاثاء، بغارة إسرائيلية في قضاء صيدا جنوبي البلاد، في وقت نقلت فيه إذاعة الجيش
    # الإسرائيلي أن المستهدف عضو كبير بوحدة الدفاع الجوي لحزب الله.": Mecca's time, written without "ب", is no place
    page = Article(id="page", published=dt.date(2025, 3, 11), text=(
        "11/3/2025–|آخر تحديث: 11/3/202504:41 م (توقيت مكة)\nأعلنت وزارة الصحة اللبنانية مقتل مواطن اليوم الثلاثاء، بغارة"
        " إسرائيلية في قضاء صيدا جنوبي البلاد، في وقت نقلت فيه إذاعة الجيش الإسرائيلي أن المستهدف عضو كبير بوحدة الدفاع"
        " الجوي لحزب الله."))
    assert {m.country for m in page_mentions(pipeline, page)} == {"LB"}


def test_a_ceasefire_however_qualified_is_no_firing(pipeline):
    # pages' words: "وكان رئيس مجلس النواب الليبي، المستشار عقيلة صالح، قد طلب من جميع أطراف النزاع في البلاد الوقف الفوري
    # لإطلاق النار، وكل العمليات القتالية في جميع أنحاء ليبيا." (21 August 2020); "وتهدف هذه اللجنة إلى تيسير التوصل إلى
    # وقف دائم لإطلاق النار، مع التركيز على حماية المدنيين ووضع ترتيبات أمنية واضحة ومستقرة داخل العاصمة." (19 May 2025)
    pages = [Article(id="page", published=dt.date(2020, 8, 21), text=(
        "وكان رئيس مجلس النواب الليبي، المستشار عقيلة صالح، قد طلب من جميع أطراف النزاع في البلاد الوقف الفوري لإطلاق النار،"
        " وكل العمليات القتالية في جميع أنحاء ليبيا.")), Article(id="page", published=dt.date(2025, 5, 19), text=(
        "وتهدف هذه اللجنة إلى تيسير التوصل إلى وقف دائم لإطلاق النار، مع التركيز على حماية المدنيين ووضع ترتيبات أمنية واضحة"
        " ومستقرة داخل العاصمة."))]
    assert [m for page in pages for m in page_mentions(pipeline, page)] == []


def test_a_nationality_read_off_an_attack_word_is_no_speaker(pipeline):
    # a page's words (Saturday 28 February 2026): "وفي وقت سابق، أفاد مصدر أمني بوقوع قصف صاروخي إسرائيلي استهدف مقرات
    # هيئة الحشد الشعبي في جرف الصخر، مع تركيز الهجوم على مقرات كتائب حزب الله.": the source speaks; the shelling is Israel's
    page = Article(id="page", published=dt.date(2026, 2, 28), text=(
        "وفي وقت سابق، أفاد مصدر أمني بوقوع قصف صاروخي إسرائيلي استهدف مقرات هيئة الحشد الشعبي في جرف الصخر، مع تركيز"
        " الهجوم على مقرات كتائب حزب الله."))
    [jurf] = page_mentions(pipeline, page)
    assert (jurf.country, jurf.actor, [w.kind for w in jurf.weapons]) == ("IQ", "Israel Defense Forces", ["missile"])


def test_a_day_word_after_and_is_a_day(pipeline):
    # a page's words (29 January 2024): 'وأمس، أعلنت المقاومة الإسلامية العراقية أنها هاجمت بالطائرات المسيّرة 5 قواعد
    # للأعداء، 3 منها استهدفت القواعد الأمريكية في سوريا، هي "الشدادي"، "الركبان" و"التنف"، ...' then 'والسبت، تعرّضت
    # قاعدتي الاحتلال الأمريكي، "كونيكو" و"القرية الخضراء" في العمق السوري إلى استهداف، ...': "and yesterday" (when the
    # claim was made), "and on Saturday"
    page = Article(id="page", published=dt.date(2024, 1, 29), text=(
        "وأمس، أعلنت المقاومة الإسلامية العراقية أنها هاجمت بالطائرات المسيّرة 5 قواعد للأعداء، 3 منها استهدفت القواعد"
        " الأمريكية في سوريا، هي \"الشدادي\"، \"الركبان\" و\"التنف\".\n\nوالسبت، تعرّضت قاعدتي الاحتلال الأمريكي، \"كونيكو\""
        " و\"القرية الخضراء\" في العمق السوري إلى استهداف، أعلنت المقاومة الإسلامية في العراق مسؤوليتها عنه."))
    told = {m.location: m for m in page_mentions(pipeline, page)}
    assert told["al-Shaddadi"].event_date <= dt.date(2024, 1, 28) <= told["al-Shaddadi"].date_end
    assert (told["Conoco gas field"].event_date, told["Conoco gas field"].date_precision) == (dt.date(2024, 1, 27), "day")


def test_today_in_words_said_on_another_day_is_that_day(pipeline):
    # a page's words (Tuesday 29 July 2025): 'وفي وقت سابق من مساء الإثنين، قالت وكالة الإعلام اللبنانية، إن "مسيرة
    # إسرائيلية استهدفت عصر اليوم دراجة نارية بمنطقة البركة في مدينة بنت جبيل".': the agency's "this afternoon" was Monday's
    page = Article(id="page", published=dt.date(2025, 7, 29), text=(
        "وفي وقت سابق من مساء الإثنين، قالت وكالة الإعلام اللبنانية، إن \"مسيرة إسرائيلية استهدفت عصر اليوم دراجة نارية"
        " بمنطقة البركة في مدينة بنت جبيل\"."))
    [bint_jbeil] = page_mentions(pipeline, page)
    assert (bint_jbeil.event_date, bint_jbeil.date_precision) == (dt.date(2025, 7, 28), "day")


def test_the_nationality_of_a_response_made_it(pipeline):
    # a page's words (6 March 2026): 'ونقل "العربي الجديد" عن المسؤول العراقي قوله، إن التصعيد الذي شهدته عدة مدن في
    # البلاد من خلال استهداف وحدات ومقرات تابعة لـ"الحشد الشعبي" هو جزء من عملية رد أميركية واسعة، ...' then 'وقال
    # قيادي في فصيل عراقي، إن "الساعات الأخيرة شهدت 14 ضربة جوية ... استهدفت خمس مقرات تابعة لفصيل ’كتائب سيد الشهداء’
    # في أحياء متفرقة من مدينة الموصل (مركز محافظة نينوى)".': an American response, the United States' strikes
    page = Article(id="page", published=dt.date(2026, 3, 6), text=(
        "ونقل \"العربي الجديد\" عن المسؤول العراقي قوله، إن التصعيد الذي شهدته عدة مدن في البلاد من خلال استهداف وحدات"
        " ومقرات تابعة لـ\"الحشد الشعبي\" هو جزء من عملية رد أميركية واسعة، قد تتسع لتشمل قيادات وأعضاء بارزين في الفصائل"
        " المسلحة، مشيرا إلى أن واشنطن دعت إلى إبعاد الجيش العراقي عن المواقع أو المقرات التابعة لهذه الفصائل.\n\n"
        "وقال قيادي في فصيل عراقي، إن \"الساعات الأخيرة شهدت 14 ضربة جوية بين صاروخ من طيران حربي، وأخرى بواسطة مسيرات"
        " مفخخة استهدفت خمس مقرات تابعة لفصيل ’كتائب سيد الشهداء’ في أحياء متفرقة من مدينة الموصل (مركز محافظة نينوى)\"."))
    told = page_mentions(pipeline, page)
    assert [(m.location, m.actor) for m in told if m.location == "Mosul"] == [("Mosul", "US forces")]


def test_a_state_that_struck_before_what_a_count_runs_from_is_no_attacker(pipeline):
    # a page's words (5 February 2024): "هجوم على قاعدة عسكرية أميركية في سوريا ومقتل 7 أشخاص على الأقل" then "وكان هذا
    # أول هجوم خطير على القوات الأميركية منذ أن شنت الولايات المتحدة غارات جوية انتقامية خلال عطلة نهاية الأسبوع ضد
    # المسلحين والميليشيات في المنطقة، بما في ذلك في سوريا والعراق.": the United States struck before, not this time
    page = Article(id="page", published=dt.date(2024, 2, 5), text=(
        "هجوم على قاعدة عسكرية أميركية في سوريا ومقتل 7 أشخاص على الأقل\n\nوكان هذا أول هجوم خطير على القوات الأميركية منذ"
        " أن شنت الولايات المتحدة غارات جوية انتقامية خلال عطلة نهاية الأسبوع ضد المسلحين والميليشيات في المنطقة، بما في ذلك"
        " في سوريا والعراق."))
    [syria] = page_mentions(pipeline, page)
    assert (syria.country, syria.actor, syria.weapons, syria.fatalities) == ("SY", None, [], 7)


def test_a_groups_name_in_quotes_after_its_noun_is_the_group(pipeline):
    # a page's words (3 August 2024): 'ووفقاً للتقارير الأولية، فإن التفجير استهدف فندق "أفريكا" الذي يُعتبر من أبرز
    # الوجهات الفندقية في العاصمة مقديشو، حيث كان يحتوي على العديد من الزوار والمسؤولين المحليين. وقد تبنى تنظيم "الشباب"
    # الإرهابي المسؤولية عن الهجوم، ...'
    page = Article(id="page", published=dt.date(2024, 8, 3), text=(
        "ووفقاً للتقارير الأولية، فإن التفجير استهدف فندق \"أفريكا\" الذي يُعتبر من أبرز الوجهات الفندقية في العاصمة مقديشو،"
        " حيث كان يحتوي على العديد من الزوار والمسؤولين المحليين. وقد تبنى تنظيم \"الشباب\" الإرهابي المسؤولية عن الهجوم،"
        " مشيراً إلى أن الهجوم جزء من حملة أوسع ضد الحكومة الصومالية."))
    [mogadishu] = page_mentions(pipeline, page)
    assert (mogadishu.location, mogadishu.actor) == ("Mogadishu", "Al-Shabaab")


def test_a_side_that_acts_after_the_attack_told_is_not_its_attacker(pipeline):
    # a page's words (27 July 2022): "تعرضت قاعدة أميركية في مدينة الشدادي بريف الحسكة الجنوبي، منتصف ليل الثلاثاء -
    # الأربعاء، لقصف صاروخي مجهول المصدر." then "وعقب الاستهداف، استنفرت القوات الأميركية، بالتزامن مع تحليق مكثف
    # للطائرات المروحية في سماء المدينة، حيث ألقت قنابل مضيئة في محيط القاعدة، وفق المصدر.": "after the attack" is the
    # attack told; the US forces went on alert after it, they did not make it
    page = Article(id="page", published=dt.date(2022, 7, 27), text=(
        "تعرضت قاعدة أميركية في مدينة الشدادي بريف الحسكة الجنوبي، منتصف ليل الثلاثاء - الأربعاء، لقصف صاروخي مجهول"
        " المصدر.\n\nوعقب الاستهداف، استنفرت القوات الأميركية، بالتزامن مع تحليق مكثف للطائرات المروحية في سماء المدينة،"
        " حيث ألقت قنابل مضيئة في محيط القاعدة، وفق المصدر."))
    [shaddadi] = page_mentions(pipeline, page)
    assert (shaddadi.location, shaddadi.actor) == ("al-Shaddadi", None)


def test_the_side_whose_soldiers_were_killed_is_not_the_attacker(pipeline):
    # "مقتل ما لا يقل عن 20 جنديًا باكستانيًا بعد أن استهدف قطارًا يحمل أفرادًا من الجيش الباكستاني وقوات حرس الحدود في
    # كويتا": twenty Pakistani soldiers counted, killed, and the army the train carried are the side hit
    assert [(m.location, m.actor, m.fatalities) for m in mentions(pipeline, "naya_foriraq-75973")] == [
        ("Quetta", None, 20)]
    # a page's words (17 January 2020): "أعلنت القيادة المركزية الأمريكية، اليوم الجمعة 17 جانفي 2020، أنّ 11 جندياً
    # أمريكياً على الأقل أصيبوا في الهجوم الإيراني على قاعدة عين الأسد في العراق.": the command announces its own
    # wounded, the attack is Iran's; and "أعلنت القيادة المركزية الأمريكية اليوم (السبت) مقتل 2 من أفراد الخدمة العسكرية
    # الأمريكية ومدني أمريكي، وأُصيب 3 آخرون في كمين نصبه مسلح ينتمي لتنظيم داعش الإرهابي في مدينة تدمر وسط سورية."
    # (13 December 2025): its own dead, the ambush the Islamic State's
    for day, text, actor in (
            (dt.date(2020, 1, 17), "أعلنت القيادة المركزية الأمريكية، اليوم الجمعة 17 جانفي 2020، أنّ 11 جندياً أمريكياً"
             " على الأقل أصيبوا في الهجوم الإيراني على قاعدة عين الأسد في العراق.", "Iranian armed forces"),
            (dt.date(2025, 12, 13), "أعلنت القيادة المركزية الأمريكية اليوم (السبت) مقتل 2 من أفراد الخدمة العسكرية"
             " الأمريكية ومدني أمريكي، وأُصيب 3 آخرون في كمين نصبه مسلح ينتمي لتنظيم داعش الإرهابي في مدينة تدمر وسط"
             " سورية.", "Islamic State")):
        [told] = page_mentions(pipeline, Article(id="page", published=day, text=text))
        assert (told.actor, told.actor_role) == (actor, "attributed")


def test_no_serious_injuries_is_no_count_of_none(pipeline):
    # a page's words (11 August 2024): "أفاد مسؤول أميركي، الأحد، بأن عددا من أفراد القوات الأميركية وقوات التحالف أصيبوا
    # بجروح طفيفة في هجوم بطائرة مسيرة شُنَّ يوم الجمعة في سوريا، وهو ثاني هجوم كبير على مدى الأيام القليلة الماضية ضد
    # القوات الأميركية ويأتي وسط تصاعد حدة التوتر في الشرق الأوسط." and "وأضاف المسؤول لوكالة رويترز -والذي تحدث شريطة عدم
    # الكشف عن هويته- أنه لا توجد إصابات خطيرة بين القوات ولكن جرى نقل بعض الأفراد إلى موقع منفصل لإجراء مزيد من
    # التقييم.": no serious injuries, some minor ones, so no figure at all, never none
    page = Article(id="page", published=dt.date(2024, 8, 11), text=(
        "أفاد مسؤول أميركي، الأحد، بأن عددا من أفراد القوات الأميركية وقوات التحالف أصيبوا بجروح طفيفة في هجوم بطائرة"
        " مسيرة شُنَّ يوم الجمعة في سوريا، وهو ثاني هجوم كبير على مدى الأيام القليلة الماضية ضد القوات الأميركية ويأتي"
        " وسط تصاعد حدة التوتر في الشرق الأوسط.\n\nوأضاف المسؤول لوكالة رويترز -والذي تحدث شريطة عدم الكشف عن هويته- أنه"
        " لا توجد إصابات خطيرة بين القوات ولكن جرى نقل بعض الأفراد إلى موقع منفصل لإجراء مزيد من التقييم."))
    [syria] = page_mentions(pipeline, page)
    assert (syria.country, syria.fatalities, syria.injuries) == ("SY", None, None)


def test_losses_left_unmentioned_are_no_count_of_none(pipeline):
    # a page's words (3 March 2026): "كما كشف عن تعرّض السفارة الأمريكية في الرياض لهجوم بمسيّرتين، وفق التقديرات
    # الأولية، ما أسفر عن حريق محدود وأضرار مادية بسيطة في المبنى، دون الإشارة إلى وقوع إصابات.": the
    # spokesman did not mention casualties, so no figure, never none
    page = Article(id="page", published=dt.date(2026, 3, 3), text=(
        "كما كشف عن تعرّض السفارة الأمريكية في الرياض لهجوم بمسيّرتين، وفق التقديرات الأولية، ما أسفر عن حريق محدود"
        " وأضرار مادية بسيطة في المبنى، دون الإشارة إلى وقوع إصابات."))
    [riyadh] = page_mentions(pipeline, page)
    assert (riyadh.country, riyadh.fatalities, riyadh.injuries) == ("SA", None, None)


def test_a_toll_of_the_campaign_an_attack_came_amid_is_not_its_own(pipeline):
    # a page's words (24 September 2024): "استشهد 6 أشخاص على الأقل الثلاثاء، في غارة إسرائيلية استهدفت مبنى في
    # الضاحية الجنوبية لبيروت، وفق ما أحصت وزارة الصحة اللبنانية، في خضم غارات إسرائيلية مكثفة على جنوب وشرق لبنان
    # أسفرت عن سقوط أكثر من 550 شهيدا.": six dead in this strike, the 550 the campaign's
    page = Article(id="page", published=dt.date(2024, 9, 24), text=(
        "استشهد 6 أشخاص على الأقل الثلاثاء، في غارة إسرائيلية استهدفت مبنى في الضاحية الجنوبية لبيروت، وفق ما أحصت"
        " وزارة الصحة اللبنانية، في خضم غارات إسرائيلية مكثفة على جنوب وشرق لبنان أسفرت عن سقوط أكثر من 550 شهيدا."))
    [beirut] = page_mentions(pipeline, page)
    assert (beirut.country, beirut.event_date, beirut.fatalities) == ("LB", dt.date(2024, 9, 24), 6)


def test_a_side_contracted_by_those_attacked_is_not_the_attacker(pipeline):
    # a page's words (16 August 2020): "وفي وقت سابق من اليوم تعرض رتل مركبات تابع لشركات متعاقدة مع التحالف الدولي
    # بقيادة الولايات المتحدة، إلى هجوم بعبوة ناسفة جنوبي العراق، وفق مصدر عسكري.": the convoy of the coalition's
    # contractors was hit; no attacker is named
    page = Article(id="page", published=dt.date(2020, 8, 16), text=(
        "وفي وقت سابق من اليوم تعرض رتل مركبات تابع لشركات متعاقدة مع التحالف الدولي بقيادة الولايات المتحدة، إلى"
        " هجوم بعبوة ناسفة جنوبي العراق، وفق مصدر عسكري."))
    [convoy] = page_mentions(pipeline, page)
    assert (convoy.country, convoy.actor) == ("IQ", None)


def test_the_same_day_is_the_day_named_last(pipeline):
    # a page's words (16 August 2020): "وأمس الجمعة أكدت خلية الإعلام الأمني سقوط 3 صواريخ كاتيوشا، في محيط مطار
    # بغداد." and "وقبل استهداف مطار بغداد من نفس اليوم، تعرض رتل تابع لشركة متعاقدةٍ مع التحالف الدولي، لهجوم بعبوة
    # ناسفة قرب جسر الديوانية.": the bomb was on that Friday, not on the day of the report
    page = Article(id="page", published=dt.date(2020, 8, 16), text=(
        "وأمس الجمعة أكدت خلية الإعلام الأمني سقوط 3 صواريخ كاتيوشا، في محيط مطار بغداد.\n\nوقبل استهداف مطار بغداد"
        " من نفس اليوم، تعرض رتل تابع لشركة متعاقدةٍ مع التحالف الدولي، لهجوم بعبوة ناسفة قرب جسر الديوانية."))
    days = {m.location: m.event_date for m in page_mentions(pipeline, page)}
    assert days == {"Baghdad International Airport": dt.date(2020, 8, 14), "Al Diwaniyah": dt.date(2020, 8, 14)}, days


def test_a_bomb_in_the_country_is_not_the_rockets_on_its_camp(pipeline):
    # a page's words (16 August 2020): "أعلنت خلية الإعلام الأمني أمس السبت، (15 آب 2020)، سقوط صاروخين نوع كاتيوشا
    # داخل معسكر التاجي شمالي العاصمة بغداد." and "وفي وقت سابق من اليوم تعرض رتل مركبات تابع لشركات متعاقدة مع
    # التحالف الدولي بقيادة الولايات المتحدة، إلى هجوم بعبوة ناسفة جنوبي العراق، وفق مصدر عسكري.": two attacks
    page = Article(id="page", published=dt.date(2020, 8, 16), text=(
        "أعلنت خلية الإعلام الأمني أمس السبت، (15 آب 2020)، سقوط صاروخين نوع كاتيوشا داخل معسكر التاجي شمالي العاصمة"
        " بغداد.\n\nوفي وقت سابق من اليوم تعرض رتل مركبات تابع لشركات متعاقدة مع التحالف الدولي بقيادة الولايات المتحدة،"
        " إلى هجوم بعبوة ناسفة جنوبي العراق، وفق مصدر عسكري."))
    found = sorted((m.location, [w.kind for w in m.weapons]) for m in page_mentions(pipeline, page))
    assert found == [("Camp Taji", ["rocket"]), ("Iraq", ["IED"])], found


def test_those_a_strike_killed_are_its_victims(pipeline):
    # a page's words (17 August 2022): "وأفاد البيان بأنه "وفق حصيلة أولية، قتلت الغارة 13 إرهابياً من حركة الشباب فيما
    # لم يقتل أو يصب فيها مدنيون".": al-Shabaab's men were killed by the strike, not its attackers
    victim_before = pipeline.extractor.arabic_lexicon().re["victim_before"]
    text = fold_arabic("وأفاد البيان بأنه \"وفق حصيلة أولية، قتلت الغارة 13 إرهابياً من حركة الشباب فيما لم يقتل أو يصب"
                       " فيها مدنيون\".").text
    assert victim_before.search(text[:text.index("حركه الشباب")]) is not None


def test_a_weekday_with_its_date_written_after_it_is_that_date(pipeline):
    # a page's words (1 October 2024): "وأفاد مصدر أمني: ليلة الثلاثاء (1 تشرين الأول 2024)، بأن "قصفا صاروخيا ..."":
    # the night the date names, that Tuesday; and a caption's words, on a page of 3 February 2026: "صورة الطائرةً
    # المُسيّرة وهي على الأرض : الخميس 8 يناير 2026": that Thursday, not the last one before the report
    night = fold_arabic("وأفاد مصدر أمني: ليلة الثلاثاء (1 تشرين الأول 2024)، بأن").text
    assert {(d.date, d.precision) for d in find_dates(night, dt.date(2024, 10, 1))} == {(dt.date(2024, 10, 1), "day")}
    caption = fold_arabic("صورة الطائرةً المُسيّرة وهي على الأرض : الخميس 8 يناير 2026").text
    assert {d.date for d in find_dates(caption, dt.date(2026, 2, 3))} == {dt.date(2026, 1, 8)}


def test_a_raid_named_by_its_makers_nationality_is_not_the_announcers(pipeline):
    # a page's words (6 April 2025): "الحوثيون يعلنون سقوط 9 ضحايا مدنيين إثر استهداف منزل بغارة أمريكية في صنعاء": the
    # Houthis announce the toll of an American raid, not an attack of theirs
    page = Article(id="page", published=dt.date(2025, 4, 6), text=(
        "الحوثيون يعلنون سقوط 9 ضحايا مدنيين إثر استهداف منزل بغارة أمريكية في صنعاء"))
    [sanaa] = page_mentions(pipeline, page)
    assert (sanaa.country, sanaa.actor) == ("YE", "US forces")


_MALI_2024_08_17 = "قتل ما لا يقل عن 15 جنديا ماليا، في هجوم نسب إلى مسلحين ينتمون لجماعة نصرة الإسلام والمسلمين في وسط مالي."


def test_the_pages_stamp_with_its_hour_is_no_day_of_the_attack(pipeline):
    # a page's words (17 August 2024): "مالي: مقتل 15 جنديا في ھحوم مسلح", "سبت, 17/08/2024 - 16:11" and "قتل ما لا يقل عن
    # 15 جنديا ماليا، في هجوم نسب إلى مسلحين ينتمون لجماعة نصرة الإسلام والمسلمين في وسط مالي.": the day and hour the page
    # was posted, not the attack's day
    page = Article(id="page", published=dt.date(2024, 8, 17), text=(
        "مالي: مقتل 15 جنديا في ھحوم مسلح\n\nسبت, 17/08/2024 - 16:11\n\n" + _MALI_2024_08_17))
    [mali] = page_mentions(pipeline, page)
    assert (mali.country, mali.date_precision) == ("ML", "range"), (mali.country, mali.date_precision)


_KHARAB_AL_JIR_ALERT = (
    "استنفرت القوات الأمريكية بشكل كبير في عموم القواعد العسكرية بسوريا بعد نجاح مجموعات مدعومة من إيران في الهجوم على"
    " قاعدة خراب الجير بريف الحسكة وإحداث أضرار واشتعال النيران في القاعدة، وفق المرصد السوري لحقوق الإنسان اليوم"
    " السبت (10 آب/أغسطس 2024).")


def test_the_side_that_goes_on_alert_is_not_the_attacker(pipeline):
    # a page's words (10 August 2024): "استنفرت القوات الأمريكية بشكل كبير في عموم القواعد العسكرية بسوريا بعد نجاح
    # مجموعات مدعومة من إيران في الهجوم على قاعدة خراب الجير بريف الحسكة وإحداث أضرار واشتعال النيران في القاعدة، وفق
    # المرصد السوري لحقوق الإنسان اليوم السبت (10 آب/أغسطس 2024).": the US forces brace; Iran-backed groups attacked
    page = Article(id="page", published=dt.date(2024, 8, 10), text=_KHARAB_AL_JIR_ALERT)
    [base] = page_mentions(pipeline, page)
    assert (base.country, base.actor) == ("SY", "Iran-backed militias")


def test_a_day_an_account_was_given_on_is_not_the_attacks(pipeline):
    # the same page: "... وفق المرصد السوري لحقوق الإنسان اليوم السبت (10 آب/أغسطس 2024)." is the day the Observatory
    # told of it; its next sentences tell the drone struck "ليل الجمعة/ السبت", one attack on the base, on the Friday night
    page = Article(id="page", published=dt.date(2024, 8, 10), text=(
        _KHARAB_AL_JIR_ALERT + "\nولفت المرصد إلى أن طائرة مسيرةهجومية استهدفت بشكل مباشر ليل الجمعة/ السبت قاعدة خراب"
        " الجير التابعة لقوات التحالف الدولي في منطقة رميلان في ريف الحسكة بشمال شرق سوريا، وسبق الاستهداف تحليق طيران"
        " مروحي أمريكي في الأجواء."))
    [base] = page_mentions(pipeline, page)
    assert (base.event_date, base.actor) == (dt.date(2024, 8, 9), "Iran-backed militias"), (base.event_date, base.actor)


def test_a_province_standing_for_its_district_struck_apart_is_a_place_hit(pipeline):
    # a page's words (21 April 2025): "فيما شن 3 غارات على مديرية حرف سفيان بمحافظة عمران (شمال)، و4 غارات على جنوب
    # مدينة صعدة وخامسة على مديرية سحار": strikes on a district of Amran the gazetteer lacks, and others on Saada
    page = Article(id="page", published=dt.date(2025, 4, 21), text=(
        "وفجر الاثنين، شن الطيران الحربي الأمريكي 4 غارات على مديرية صرواح واثنتين على مديرية الجوية بمحافظة مأرب وسط"
        " البلاد، حسب القناة.\n\nفيما شن 3 غارات على مديرية حرف سفيان بمحافظة عمران (شمال)، و4 غارات على جنوب مدينة"
        " صعدة وخامسة على مديرية سحار."))
    assert sorted(m.admin1 for m in page_mentions(pipeline, page)) == ["Ma'rib", "Omran", "Sa'dah"]


def test_a_claim_denied_and_a_statement_not_issued_name_no_attacker(pipeline):
    # a page's words (23 October 2023): "... إن منطقة التنف تعرضت اليوم لهجوم بطائرتين مسيرتين ..." and "ولم تتبنى أي جهة
    # عملية الاستهداف حتى الآن، فيما لم يصدر التحالف الدولي أي بيان رسمي حول الحادثة.": nobody claimed it, and the
    # coalition, which said nothing, is no attacker
    page = Article(id="page", published=dt.date(2023, 10, 23), text=(
        "وقال المتحدث باسم جيش سوريا الحرة خلال تصريحات صحفية، إن منطقة التنف تعرضت اليوم لهجوم بطائرتين مسيرتين.\n\n"
        "ولم تتبنى أي جهة عملية الاستهداف حتى الآن، فيما لم يصدر التحالف الدولي أي بيان رسمي حول الحادثة."))
    [tanf] = page_mentions(pipeline, page)
    assert (tanf.country, tanf.actor, tanf.actor_role) == ("SY", None, "unknown"), (tanf.actor, tanf.actor_role)


def test_a_strike_named_by_its_makers_nationality_after_the_article_is_theirs(pipeline):
    # a page's words (7 February 2024): "من جهتها أعلنت كتائب حزب الله في بيان عن مقتل أبو باقر الساعدي، القيادي البارز،
    # بالضربة الأمريكية.": the group announces its commander's death by the American strike, which it did not make
    page = Article(id="page", published=dt.date(2024, 2, 8), text=(
        "من جهتها أعلنت كتائب حزب الله في بيان عن مقتل أبو باقر الساعدي، القيادي البارز، بالضربة الأمريكية. درون يستهدف"
        " سيارة في #بغداد بدون معرفة من بداخلها الى الان .."))
    [baghdad] = page_mentions(pipeline, page)
    assert (baghdad.location, baghdad.actor) == ("Baghdad", "US forces"), (baghdad.location, baghdad.actor)


def test_last_night_is_the_night_before_the_post(pipeline):
    # "القيادة المركزية الامريكية: في الليلة الماضية في الساعة 11 مساء بالتوقيت الشرقي، اعترضت القوات الأمريكية بنجاح
    # صاروخين باليستيين إيرانيين يستهدفان القوات الأمريكية المتمركزة في الكويت." (posted 1 June 2026): the 31 May
    [kuwait] = mentions(pipeline, "naya_foriraq-76605")
    assert (kuwait.country, kuwait.event_date) == ("KW", dt.date(2026, 5, 31)), (kuwait.country, kuwait.event_date)


def test_today_named_in_brackets_as_the_day_before_the_page_is_the_writers_today(pipeline):
    # a page's words (posted Monday 12 October 2009): "تعرضت إحدى القواعد التابعة للاحتلال الامريكي شرق العاصمة بغداد
    # لهجوم بقذائف الهاون ، مساء اليوم (الأحد)." and "وذكر مصدر حكومي إن" ثلاث قذائف هاون مجهولة المصدر سقطت مساء اليوم على
    # القاعدة الأمريكية ...": one attack, on the Sunday, whose "today" the second sentence says again
    page = Article(id="page", published=dt.date(2009, 10, 12), text=(
        "تعرضت إحدى القواعد التابعة للاحتلال الامريكي شرق العاصمة بغداد لهجوم بقذائف الهاون ، مساء اليوم (الأحد). وذكر مصدر"
        " حكومي إن\" ثلاث قذائف هاون مجهولة المصدر سقطت مساء اليوم على القاعدة الأمريكية ، في بناية الأمن العامة سابقا، في حي"
        " البلديات شرق بغداد"))
    assert {m.event_date for m in page_mentions(pipeline, page)} == {dt.date(2009, 10, 11)}


def test_a_weekday_in_brackets_is_no_agency_of_a_dateline(pipeline):
    # a page's words (16 December 2024): "وقالت الإذاعة اليوم الاثنين، إن "الجيش فجر الليلة الماضية (الأحد) مستودعًا
    # عسكريًا كبيرًا في طرطوس"": the night before is the Sunday, no dateline a day before the page that its days count from
    page = Article(id="page", published=dt.date(2024, 12, 16), text=(
        "قصف إسرائيلي عنيف يستهدف مستودعًا عسكريًا كبيرًا في طرطوس\n\nوقالت الإذاعة اليوم الاثنين، إن \"الجيش فجر الليلة"
        " الماضية (الأحد) مستودعًا عسكريًا كبيرًا في طرطوس\""))
    [tartus] = page_mentions(pipeline, page)
    assert tartus.date_end == dt.date(2024, 12, 15), (tartus.date_start, tartus.date_end)


def test_the_people_a_side_says_it_supports_are_not_where_it_struck(pipeline):
    # a page's words (16 September 2024): "أفادت وكالة روسيا اليوم الاثنين بأن المقاومة الإسلامية في العراق أعلنت مسؤوليتها
    # عن شن غارة جوية باستخدام طائرات مسيرة استهدفت موقعًا إسرائيليًا في منطقة غور الأردن، ..." and "وفي بيان صادر عنها، أكدت
    # المقاومة الإسلامية استمرارها في “مقاومة الاحتلال” و”دعم أهل غزة” ...": Gaza is whom it supports, not where it struck
    page = Article(id="page", published=dt.date(2024, 9, 16), text=(
        "أفادت وكالة روسيا اليوم الاثنين بأن المقاومة الإسلامية في العراق أعلنت مسؤوليتها عن شن غارة جوية باستخدام طائرات"
        " مسيرة استهدفت موقعًا إسرائيليًا في منطقة غور الأردن، وذلك في تصعيد جديد للتوترات الإقليمية،\nوفي بيان صادر عنها،"
        " أكدت المقاومة الإسلامية استمرارها في “مقاومة الاحتلال” و”دعم أهل غزة” والتصدي لما وصفته بـ “المجازر” التي ترتكب"
        " بحق المدنيين الفلسطينيين، بمن فيهم الأطفال والنساء والشيوخ، بالإضافة إلى مقاتلي المقاومة،"))
    assert [m.location for m in page_mentions(pipeline, page) if m.country == "PS"] == []


def test_a_town_in_its_state_is_one_place(pipeline):
    # a page's words (26 January 2020): "لقي 20 جنديا ماليا على الأقل مصرعهم صباح اليوم الأحد في هجوم للجماعات المسلحة على
    # ثكنة للجيش المالي بمدينة «سوكولو» بولاية سيغو بالقرب من حدود موريتانية.": Sokolo, in Ségou state, with its 20 dead
    page = Article(id="page", published=dt.date(2020, 1, 26), text=(
        "لقي 20 جنديا ماليا على الأقل مصرعهم صباح اليوم الأحد في هجوم للجماعات المسلحة على ثكنة للجيش المالي بمدينة «سوكولو»"
        " بولاية سيغو بالقرب من حدود موريتانية."))
    assert [(m.location, m.fatalities) for m in page_mentions(pipeline, page)] == [("Sokolo", 20)]


def test_a_side_named_with_the_l_of_belonging_after_an_attack_word_made_it(pipeline):
    """"تفعيل الدفاعات الجوية في الجليل الأعلى بعد هجوم لحزب الله.": the attack is Hezbollah's ("هجوم لـ"), as the
    ل after a word that takes no object so says; not what it struck."""
    assert [m.actor for m in mentions(pipeline, "naya_foriraq-75233")] == ["Hezbollah"]


def test_an_attack_attributed_to_men_of_a_group_whose_name_holds_a_cue_word_is_the_groups(pipeline):
    """A page's words (17 August 2024): "قتل ما لا يقل عن 15 جنديا ماليا، في هجوم نسب إلى مسلحين ينتمون لجماعة نصرة
    الإسلام والمسلمين في وسط مالي." ("نُسب إلى", attributed to, and "ينتمون لـ", belonging to, name who made it; the
    "نصرة" of JNIM's name is no "in support of" that makes what follows background)."""
    page = Article(id="page", published=dt.date(2024, 8, 17), text=_MALI_2024_08_17)
    [found] = page_mentions(pipeline, page)
    assert (found.actor, found.actor_role, found.country, found.fatalities) == (
        "Jama'at Nusrat al-Islam wal-Muslimin", "attributed", "ML", 15)


def test_the_resistance_alone_after_the_text_named_the_islamic_resistance_in_iraq_is_it(pipeline):
    """A page's words (21 October 2023), its first four sentences: "عرضت قاعدة “حرير” الجوية التي تضم قوات أمريكية في
    إقليم كردستان شمالي العراق لهجوم بطائرتين مسيرتين فجر أمس الجمعة، في حين أعلنت المقاومة الإسلامية في العراق
    مسؤوليتها عن الهجوم.", "وذكرت المقاومة في بيان نشرته عبر وسائل التواصل الاجتماعي أنها استهدفت قاعدة الاحتلال
    الأمريكي حرير التي تبعد نحو 45 كيلومتراً عن مطار أربيل الدولي بواسطة طائرتين مسيرتين، وأنها أصابت أهدافها بشكل
    مباشر، دون أن تذكر تفاصيل عن نوعية الأهداف أو حجم الخسائر.", "وأشارت المقاومة الإسلامية إلى أن هذا الهجوم يأتي في
    إطار ردود الفعل المشروعة على جرائم العدوان الإسرائيلي على قطاع غزة، مشددةً على أنها لن تسمح للولايات المتحدة
    بأن تكون شريكة في هذه الجرائم." and "ويعد هذا الهجوم هو الثاني من نوعه على قاعدة حرير التابعة للاحتلال الأمريكي في
    العراق خلال ثلاثة أيام، حيث استهدفت المقاومة يوم الثلاثاء الماضي قاعدتَي حرير وعين الأسد بالصواريخ، وأكدت إصابة
    أهداف حساسة داخل القاعدتن." ("المقاومة" alone names the umbrella the text named; in a text that names none, no
    one)."""
    page = Article(id="page", published=dt.date(2023, 10, 21), text="\n".join(_HARIR_2023_10_21))
    found = {(m.location, m.event_date.isoformat(), m.actor) for m in page_mentions(pipeline, page)}
    assert found == {("Harir Air Base", "2023-10-20", "Islamic Resistance in Iraq"),
                     ("Harir Air Base", "2023-10-17", "Islamic Resistance in Iraq"),
                     ("Ain al-Asad Air Base", "2023-10-17", "Islamic Resistance in Iraq")}
    alone = page.model_copy(update={"text": _HARIR_2023_10_21[3]})
    assert {m.actor for m in page_mentions(pipeline, alone)} == {None}


_HARIR_2023_10_21 = (
    "عرضت قاعدة “حرير” الجوية التي تضم قوات أمريكية في إقليم كردستان شمالي العراق لهجوم بطائرتين مسيرتين فجر أمس "
    "الجمعة، في حين أعلنت المقاومة الإسلامية في العراق مسؤوليتها عن الهجوم.",
    "وذكرت المقاومة في بيان نشرته عبر وسائل التواصل الاجتماعي أنها استهدفت قاعدة الاحتلال الأمريكي حرير التي تبعد نحو "
    "45 كيلومتراً عن مطار أربيل الدولي بواسطة طائرتين مسيرتين، وأنها أصابت أهدافها بشكل مباشر، دون أن تذكر تفاصيل عن "
    "نوعية الأهداف أو حجم الخسائر.",
    "وأشارت المقاومة الإسلامية إلى أن هذا الهجوم يأتي في إطار ردود الفعل المشروعة على جرائم العدوان الإسرائيلي على قطاع "
    "غزة، مشددةً على أنها لن تسمح للولايات المتحدة بأن تكون شريكة في هذه الجرائم.",
    "ويعد هذا الهجوم هو الثاني من نوعه على قاعدة حرير التابعة للاحتلال الأمريكي في العراق خلال ثلاثة أيام، حيث استهدفت "
    "المقاومة يوم الثلاثاء الماضي قاعدتَي حرير وعين الأسد بالصواريخ، وأكدت إصابة أهداف حساسة داخل القاعدتن.",
)


def test_a_similar_attack_on_the_site_just_told_is_another_attack(pipeline):
    """A page's words (7 July 2021), its sentences after the headline but the one it repeats, `_ERBIL_2021_07_07`:
    the last, "وتعرض مطار أربيل لهجوم مماثل في أبريل/ نيسان الماضي ...", tells a "هجوم مماثل", a similar attack, not
    the one told first again: the airport was struck twice."""
    page = Article(id="page", published=dt.date(2021, 7, 7), text="\n".join(_ERBIL_2021_07_07))
    found = {(m.location, m.event_date.isoformat()) for m in page_mentions(pipeline, page)}
    assert {("Erbil International Airport", "2021-04-15"), ("Erbil International Airport", "2021-07-07")} <= found


_ERBIL_2021_07_07 = (
    "استهدف هجوم بطائرة مسيرة مفخخة مطار أربيل الدولي في كردستان العراق، بحسب جهاز مكافحة الإرهاب في الإقليم.",
    "وأوضح بيان صادر عن الجهاز أن الهجوم “لم يسفر عن أضرار بشرية أو مادية”.",
    "وقال مدير مطار أربيل، أحمد هوشيار، لوسائل إعلام محلية إن “حركة الطيران في المطار تسير بشكل طبيعي ولم تتوقف”.",
    "وأفادت وسائل إعلام كردية بأنه سُمع دوي صافرات الإنذار في القنصلية الأمريكية في أربيل.",
    "وقال البنتاغون في بيان إنه على علم بتقارير عن هجوم بطائرة مسيّرة، لكن المعلومات الأولية لا تشير إلى وقوع أضرار أو إصابات أو خسائر في الأرواح، بحسب ما نقلته وكالة رويترز.",
    "ويأتي الهجوم بعد يوم على هجوم بطائرة مسيرة وقصف صاروخي استهدفا قاعدة عين الأسد الجوية، حيث توجد قوات أمريكية، وسفارة الولايات المتحدة في بغداد.",
    "وتعرض مطار أربيل لهجوم مماثل في أبريل/ نيسان الماضي استهدف موقعا عسكريا في المطار تتمركز فيه قوات أجنبية تابعة للتحالف الدولي بقيادة الولايات المتحدة.",
)


def test_a_car_bombing_of_a_year_long_past_is_background(pipeline):
    """A page's words (10 November 2025), on a court's sentences: "واضاف "فيما قام الإرهابي الثاني بتفجير سيارتين
    مفخختين عند منطقة باب بغداد في محافظة كربلاء المقدسة سنة 2012، حيث أسفر الانفجار عن استشهاد وإصابة عدد من المواطنين
    ومنتسبي القوات الأمنية وكذلك منتسبي العتبة الحسينية المقدسة، تحقيقاً لغايات إرهابية"." ("سنة 2012", a year long
    past: no attack now)."""
    page = Article(id="page", published=dt.date(2025, 11, 10), text=(
        "واضاف \"فيما قام الإرهابي الثاني بتفجير سيارتين مفخختين عند منطقة باب بغداد في محافظة كربلاء المقدسة سنة 2012، "
        "حيث أسفر الانفجار عن استشهاد وإصابة عدد من المواطنين ومنتسبي القوات الأمنية وكذلك منتسبي العتبة الحسينية المقدسة، "
        "تحقيقاً لغايات إرهابية\"."))
    assert page_mentions(pipeline, page) == []


def test_a_fuel_tanker_that_exploded_is_no_attack_and_one_struck_is(pipeline):
    """A page's words (1 August 2022): "تسبب انفجار شاحنة لنقل الوقود في بلدة بنت بيه جنوب ليبيا، اليوم الإثنين، بمقتل
    سبعة أشخاص على الأقل وإصابة أكثر من 50 آخرين بينهم حالات خطيرة، وفقا لمصادر متطابقة." and "وقال مصدر أمني لفرانس
    برس، إن "حصيلة انفجار شاحنة نقل الوقود في بلدة بنت بيه، تسببت على الأقل في مقتل 7 أشخاص وإصابة أكثر من 50 بينهم
    حالات حرجة"." (an accident); but "تنظيم داعش الإرهابي يتبنى استهداف صهريج نفط عراقي في مدينة منبج السورية." is an
    attack on one."""
    page = Article(id="page", published=dt.date(2022, 8, 1), text=(
        "تسبب انفجار شاحنة لنقل الوقود في بلدة بنت بيه جنوب ليبيا، اليوم الإثنين، بمقتل سبعة أشخاص على الأقل وإصابة أكثر "
        "من 50 آخرين بينهم حالات خطيرة، وفقا لمصادر متطابقة.\n"
        "وقال مصدر أمني لفرانس برس، إن \"حصيلة انفجار شاحنة نقل الوقود في بلدة بنت بيه، تسببت على الأقل في مقتل 7 أشخاص "
        "وإصابة أكثر من 50 بينهم حالات حرجة\"."))
    assert page_mentions(pipeline, page) == []
    assert [m.location for m in mentions(pipeline, "naya_foriraq-79041")] == ["Manbij"]


def test_a_group_whose_commander_was_killed_is_not_who_struck(pipeline):
    # a page's words (7 February 2024): "في وقت لاحق، قال الجيش الأمريكي إن قائداً من جماعة كتائب حزب الله العراقية
    # المسلحة قتل في ضربة أمريكية ببغداد.": the group a commander killed belonged to was struck; the strike was
    # American
    told = page_mentions(pipeline, Article(id="page", published=dt.date(2024, 2, 7), text=(
        "في وقت لاحق، قال الجيش الأمريكي إن قائداً من جماعة كتائب حزب الله العراقية المسلحة قتل في ضربة أمريكية"
        " ببغداد.")))
    assert [(m.location, m.actor) for m in told] == [("Baghdad", "US forces")]


def test_a_pages_headline_line_is_a_sentence_of_its_own(pipeline):
    # a page's words (26 November 2022): its headline, a line with no full stop, over its first paragraph; read as one
    # sentence, the base "south of Hasakah" and the one in al-Shaddadi (told again next) were two attacks
    told = page_mentions(pipeline, Article(id="page", published=dt.date(2022, 11, 26), text=(
        "قصف صاروخي على قاعدة أميركية جنوبي الحسكة في سورية\nعربي تريند_ سُمع دويّ أربعة انفجارات في محيط القاعدة"
        " الأميركية بناحية الشدادي جنوبي الحسكة، شمال شرقي سورية، مساء الجمعة، تلاها تحليقٌ للطائرات الحربية والمروحية"
        " الأميركية في سماء المنطقة، وسط انتشار أمني كثيف.\nونقل مراسل “العربي الجديد” في الحسكة عن مصدر عسكري في “قسد“،"
        " فضل عدم ذكر اسمه كونه غير مخول بالتصريح لوسائل الإعلام، أن أربعة صواريخ انفجرت بالقرب من القاعدة الأميركية، ومبنى"
        " حقول الجبسة، على أطراف ناحية الشدادي.")))
    assert [(m.location, m.event_date) for m in told] == [("al-Shaddadi", dt.date(2022, 11, 25))]


def test_the_side_whose_response_came_after_the_strikes_did_not_strike(pipeline):
    # a page's words (3 February 2024): the Iraqi resistance's response came after the US army's strikes, which the
    # sentence tells; their striker is the army, after "تنفيذ"
    told = page_mentions(pipeline, Article(id="page", published=dt.date(2024, 2, 3), text=(
        "وجاء رد المقاومة الإسلامية العراقية، بعد تنفيذ الجيش الأمريكي، لسلسلة من “الضربات” الجوية التي استهدفت مواقع"
        " عسكرية ومنشآت مدنية، في مدينة دير الزور في سوريا، والقائم في العراق، ليل أمس الجمعة.")))
    assert [(m.location, m.actor) for m in told] == [("Deir ez-Zor", "US forces"), ("al-Qaim", "US forces")]


def test_a_quarter_named_after_the_word_for_two_is_no_town_abroad(pipeline):
    # a page's words (26 September 2024), on Beirut's southern suburbs: "the two quarters of al-Ghobeiry and Bir al-Abed"
    # (and "the quarter of al-Qaem"), not Bir al-Abd in Egypt nor al-Qaim in Iraq
    text = ("الضاحية الجنوبية لبيروت تتعرض لاعتداء إسرائيلي جديد، عبر استهداف مبنى سكني في محلة القائم.\n\nوكانت الضاحية"
            " الجنوبية لبيروت تعرّضت، في الأيام السابقة، لعدد من الاعتداءات على أحياء متفرقة فيها، بعد المجزرة التي"
            " ارتكبتها، عبر استهداف مبنى في محلة حارة حريك، وقصفِ الطائرات الإسرائيلية مبنيَين سكنيين في محلتي الغبيري وبئر"
            " العبد")
    assert {p.place.country for p in pipeline.extractor.places.find(text)} == {"LB"}


@pytest.mark.parametrize(("text", "countries"), [
    # a page's words (14 November 2025): smugglers' boats, not Khomeyni Shahr in Iran
    ("ومنذ نحو أسبوع، تقود وزارة الدفاع بحكومة الوحدة الوطنية، عملية عسكرية في مناطق الساحل الغربي، تستهدف قوارب"
     " المهربين في مدن زوارة وصرمان والزاوية، في إطار الجه", {"LY"}),
])
def test_words_of_news_prose_are_no_towns_abroad(pipeline, text, countries):
    assert {p.place.country for p in pipeline.extractor.places.find(text) if p.role == "literal"} <= countries


def test_warning_shots_are_no_attack(pipeline):
    # "أصوت الانفجارات قرب ميناء سيريك ناجم عن إطلاقات تحذيرية أطلقت نحو مضيق هرمز": the blasts heard were warning
    # shots fired toward Hormuz, as drills are no attack
    assert mentions(pipeline, "naya_foriraq-78572") == []


def test_an_air_launched_shell_is_an_air_strike(pipeline):
    # "استهدف الجيش الأمريكي المعتدي ناقلة نفط إيرانية قرب مضيق هرمز بقذيفة جوية": a shell from the air
    [hormuz] = [m for m in mentions(pipeline, "naya_foriraq-76825") if m.location == "Strait of Hormuz"]
    assert [w.kind for w in hormuz.weapons] == ["aircraft"]


def test_a_states_strikes_carried_out_by_two_fighter_jets_are_air_strikes(pipeline):
    # a page's words (27 October 2023): "ونفذتها طائرتان مقاتلتان من طراز إف-16" (two F-16 fighter jets carried
    # them out): the strikes near al-Bukamal are air strikes, a dual as the plural "مقاتلات" is
    page = Article(id="ar-page", published=dt.date(2023, 10, 27), text=(
        "أعلن وزير الدفاع الأميركي لويد أوستن، الجمعة، أن الولايات المتحدة نفذت ضربات ضد منشأتين يستخدمهما الحرس الثوري"
        " الإيراني ومجموعات تابعة له في شرق سوريا، بأمر من الرئيس الأميركي جو بايدن.\n"
        "وقعت الضربات في حوالي الساعة 4:30 من صباح الجمعة في سوريا بالقرب من البوكمال، وهي بلدة سورية على الحدود مع"
        " العراق. ونفذتها طائرتان مقاتلتان من طراز إف-16 باستخدام ذخائر دقيقة، حسبما ذكر أحد المسؤولين الأميركيين."))
    [strike] = [m for m in page_mentions(pipeline, page) if m.location == "Abu Kamal"]
    assert [w.kind for w in strike.weapons] == ["aircraft"]


def test_a_town_told_in_part_of_another_country_is_no_namesake_abroad(pipeline):
    # "على طريق الناقورة - الإسكندرون جنوبي لبنان": a road in south Lebanon, not Iskenderun in Turkey
    assert [m.country for m in mentions(pipeline, "naya_foriraq-75513")] == ["LB"]


@pytest.mark.parametrize(("post_id", "place"), [
    # "في أطراف بلدة مجدل زون جنوبيّ لبنان": a border village GeoNames lacks, a row of named_sites.csv
    ("naya_foriraq-79176", "Majdal Zoun"),
    # "استهداف صهيوني لعجلة في بلدة معركة بقضاء صور": "معركة" (battle) is the village only after "بلدة"
    ("naya_foriraq-77282", "Maaraka"),
])
def test_villages_of_south_lebanon_the_gazetteer_names(pipeline, post_id, place):
    assert [m.location for m in mentions(pipeline, post_id)] == [place]


def test_a_road_between_two_villages_is_one_attack_at_the_first(pipeline):
    # a page's words (4 January 2026): "الذي يربط بين بلدتي خربة سلم والجميجمة" - the second village with its article,
    # which the gazetteer names without: one stretch of road, one attack
    page = Article(id="ar-page", published=dt.date(2026, 1, 4), text=(
        "شهيدان في غارة إسرائيلية استهدفت سيارة جنوب لبنان\n\nفي تصعيد ميداني جديد وخرق صارخ لاتفاق وقف إطلاق النار، استشهد شخصان مساء اليوم الأحد (4 يناير 2026)، جراء غارة"
        " شنتها طائرة مسيرة تابعة لجيش الاحتلال الإسرائيلي استهدفت سيارة مدنية في عمق الجنوب اللبناني. وأفادت الوكالة"
        " الوطنية للإعلام بأن الهجوم وقع على طريق \"عين المزراب\" الحيوي، الذي يربط بين بلدتي خربة سلم والجميجمة في قضاء"
        " بنت جبيل."))
    places = [m.location for m in page_mentions(pipeline, page)]
    assert "Kherbet Selm" in places and "Jmeijmeh" not in places


def test_a_group_whose_two_commanders_were_killed_is_not_who_struck(pipeline):
    # a page's words (8 February 2024): "أن إثنين من قادة كتائب حزب الله ... قتلا" - two of its commanders were killed
    # (the dual), by the strike CENTCOM announced
    page = Article(id="ar-page", published=dt.date(2024, 2, 8), text=(
        "أعلنت القيادة المركزية الأمريكية (CENTCOM) أنها نفذت مساء يوم الأربعاء، ضربة أسفرت عن مقتل زعيم كبير لكتائب"
        " \"حزب الله\" العراقي.\n\nوقالت القيادة المركزية الأمريكية في بيان لها: \"عند الساعة 9:30 مساء في 7 فبراير،"
        " شنت قوات القيادة المركزية الأمريكية (CENTCOM) ضربة من جانب واحد في العراق ردا على الهجمات على أفراد الخدمة"
        " الأمريكية، مما أسفر عن مقتل قائد كتائب \"حزب الله المسؤول\" عن التخطيط المباشر والمشاركة في الهجمات على"
        " القوات الأمريكية في المنطقة\".\n\nوأضافت: \"ولا توجد مؤشرات على وقوع أضرار جانبية أو خسائر في صفوف المدنيين"
        " في هذا الوقت\".\n\nوتابع البيان: \"ستواصل الولايات المتحدة اتخاذ الإجراءات اللازمة لحماية شعبنا. ولن نتردد"
        " في تحميل المسؤولية لكل من يهدد سلامة قواتنا\".\n\nوفي وقت سابق من مساء الأربعاء، ذكرت مصادر إعلام عراقية أن"
        " إثنين من قادة كتائب حزب الله العراقية \"المقاومة الإسلامية\" قتلا فيما أصيب آخرين إثر غارة جوية استهدفت"
        " مركبتهم شرقي العاصمة بغداد."))
    assert [(m.location, m.actor) for m in page_mentions(pipeline, page)] == [("Baghdad", "US forces")]


def test_a_group_fought_in_a_clause_before_another_is_not_who_struck(pipeline):
    # a page's words (20 December 2025): the strikes were to kill IS fighters, "ردا على" an ambush blamed on it: the
    # comma ends what the strikes were against; IS is not said to strike after it
    page = Article(id="ar-page", published=dt.date(2025, 12, 20), text=(
        "وأعلنت إدارة الرئيس الأمريكي دونالد ترامب أن الضربات نُفذت بهدف القضاء على مقاتلي داعش وتدمير مخازن أسلحتهم،"
        " ردا على كمين نُسب للتنظيم في منطقة تدمر بمحافظة حمص، وأسفر عن مقتل جنديين أميركيين ومترجم أميركي قبل نحو"
        " أسبوع."))
    assert not any(m.actor == "Islamic State" and m.actor_role == "claimed" for m in page_mentions(pipeline, page))


def test_a_strike_whose_outcome_is_hedged_was_made(pipeline):
    # a page's words (17 April 2023): "وربما أسفرت عن مقتله" - perhaps it killed him: the air strike itself is told
    page = Article(id="ar-page", published=dt.date(2023, 4, 17), text=(
        "أعلن الجيش الأميركي، “أننا نفذنا غارة جوية استهدفت قياديًا كبيرًا في تنظيم “داعش” في سوريا، وربما أسفرت عن"
        " مقتله”، وذلك في الساعات الأولى من صباح يوم الاثنين."))
    assert [(m.location, m.actor, [w.kind for w in m.weapons]) for m in page_mentions(pipeline, page)] == [
        ("Syria", "US forces", ["aircraft"])]


def test_strikes_told_as_a_sum_then_one_by_one_are_those_ones_in_arabic(pipeline):
    # a page's words (30 September 2024): two air strikes and 37 dead, then each on its day (nine, then 28)
    page = Article(id="ar-page", published=dt.date(2024, 9, 30), text=(
        "أعلنت القيادة المركزية الأمريكية (سنتكوم) أنها نفذت ضربتين جويتين في سوريا، أسفرتا عن مقتل 37 مسلحًا من منظمات"
        " إرهابية، بينهم كبار قادة من تنظيم داعش وحراس الدين المرتبط بالقاعدة.\n"
        "وأفادت سنتكوم في بيان صدر يوم الأحد أن هذه الضربات تأتي في إطار التزام القيادة المستمر بالتعاون مع الشركاء في"
        " المنطقة لتعطيل وإضعاف قدرات الإرهابيين على التخطيط وتنفيذ هجمات ضد المدنيين والعسكريين من الولايات المتحدة"
        " وحلفائها.\n"
        "في 24 أيلول، نفذت القوات الأمريكية ضربة جوية في شمال غرب سوريا، أسفرت عن مقتل تسعة عناصر إرهابية، بينهم مروان"
        " بسام عبد الرؤوف، أحد كبار قادة حراس الدين.\n"
        "وفي 16 أيلول، استهدفت القوات الأمريكية معسكر تدريب لداعش في وسط سوريا، مما أدى إلى مقتل 28 عنصرًا من التنظيم."))
    assert sorted((m.event_date, m.fatalities) for m in page_mentions(pipeline, page)) == [
        (dt.date(2024, 9, 16), 28), (dt.date(2024, 9, 24), 9)]


def test_an_armed_side_that_tells_an_attack_right_after_its_name_claims_it(pipeline):
    # a page's words (7 November 2023): "وذكرت جهة تطلق على نفسها “المقاومة الإسلامية في العراق” استهداف ..." - a
    # body calling itself the Islamic Resistance in Iraq told of striking four bases: the bases told next are its claim
    page = Article(id="ar-page", published=dt.date(2023, 11, 7), text=(
        "وذكرت جهة تطلق على نفسها “المقاومة الإسلامية في العراق” استهداف “أربع قواعد للاحتلال الأميركي بـ 6 هجمات”.\n"
        "وقالت إن ثلاثة منها استهدفت قاعدة “عين الأسد” غربي العراق وشنت هجوما رابعا على “قاعدة الاحتلال قرب مطار أربيل”"
        " شمالي البلاد."))
    assert [(m.location, m.actor, m.actor_role) for m in page_mentions(pipeline, page)] == [
        ("Ain al-Asad Air Base", "Islamic Resistance in Iraq", "claimed"),
        ("Erbil International Airport", "Islamic Resistance in Iraq", "claimed")]


def test_a_side_named_after_its_attack_word_and_before_the_camp_it_struck_struck_it(pipeline):
    # a page's words (30 September 2024): "استهدفت القوات الأمريكية معسكر تدريب لداعش" - US forces targeted a training
    # camp, as "استهدفت القوات الأمريكية مواقع" (sites) already read
    page = Article(id="ar-page", published=dt.date(2024, 9, 30), text=(
        "وفي 16 أيلول، استهدفت القوات الأمريكية معسكر تدريب لداعش في وسط سوريا، مما أدى إلى مقتل 28 عنصرًا من التنظيم،"
        " بما في ذلك أربعة من كبار القادة."))
    assert [(m.event_date, m.actor, m.fatalities) for m in page_mentions(pipeline, page)] == [
        (dt.date(2024, 9, 16), "US forces", 28)]


def test_a_month_named_again_in_brackets_in_the_other_calendar_keeps_its_year():
    # a page's words (7 July 2025): "الهجمات الإرهابية التي وقعت في 7 يوليو (تموز) 2005" - the bombings of 2005, twenty
    # years before the page, as "7 يوليو/تموز 2005" already read
    f = fold_arabic("مشيدين بالوحدة والتكاتف الذي أظهره المجتمع البريطاني في أعقاب الهجمات الإرهابية التي وقعت في 7 يوليو"
                    " (تموز) 2005.").text
    assert [(d.date, d.precision) for d in find_dates(f, dt.date(2025, 7, 7))] == [(dt.date(2005, 7, 7), "day")]


def test_a_dual_before_what_its_people_belong_to_counts_two(pipeline):
    # a page's words (8 June 2021): "مقتل عنصري أمن" - two security men (the dual before "أمن" drops its ن), as
    # "مقتل عنصرين" already read
    page = Article(id="ar-page", published=dt.date(2021, 6, 8), text=(
        "أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم الانتحاري بسيارة مفخخة الذي استهدف نقطة تفتيش تابعة لمديرية أمن"
        " مدينة سبها جنوب البلاد أول أمس الأحد، وتسبب في مقتل عنصري أمن وإصابة 5 آخرين بجروح.\n"
        "ويعد هذا الهجوم الأول منذ أكثر من عام في سبها أكبر مدن الجنوب الليبي الواقعة على بعد نحو 750 كلم جنوب غرب"
        " العاصمة طرابلس، وتخضع لسيطرة قوات المشير خليفة حفتر منذ أكثر من عامين."))
    assert [(m.location, m.fatalities, m.injuries) for m in page_mentions(pipeline, page)] == [("Sabha", 2, 5)]


def test_the_side_whose_leaders_an_attack_struck_is_not_its_attacker(pipeline):
    # a page's words (4 January 2024): "قياديين في حركة «النجباء»" - two leaders of al-Nujaba, struck by the drone; the
    # movement is the side hit, as "القياديين في" already read, not who struck
    page = Article(id="ar-page", published=dt.date(2024, 1, 4), text=(
        "حالة استنفار أمني كبيرة شهدتها بغداد، بعد مقتل قائد حركة «النجباء» التابعة للحشد الشعبي ومساعده، جراء استهداف"
        " وقع يوم الخميس.\n"
        "وأدى الانفجار الذي دوّى اليوم في العاصمة العراقية، نتيجة قصف نفذته طائرة مسيرة على مقر للحشد الشعبي قرب وزارة"
        " الداخلية العراقية شرق العاصمة العراقية، قياديين في حركة «النجباء»، هما «أبوتقوى» وعلي أبو سجاد مسؤول الدعم"
        " اللوجستي."))
    assert [(m.location, m.actor) for m in page_mentions(pipeline, page)] == [("Baghdad", None)]


def test_a_death_told_by_the_word_wafat_is_a_dead_counted(pipeline):
    # a page's words (14 December 2024): "مما أدى لوفاة (9) مرافقين" - led to the death of nine, as "مقتل 9" reads
    page = Article(id="ar-page", published=dt.date(2024, 12, 14), text=(
        "وأفاد شهود عيان يوم أمس أن مليشيا  الدعم السريع قصفت مدينة الفاشر بعدد من المدافع الثقيلة والطائرات المسيّرة"
        " والتي استهدفت جزء منها المستشفى الوحيد العامل بالمدينة وأحدثت به أضرار بالغة.\n"
        "وأفاد بيان الصحة أن القصف استهدف تجمعات المرافقين والمواقع الحيوية بالمستشفى مما أدى لوفاة (9) مرافقين وخلّف"
        " (20 جريح وتلف في المعدات والمنشآت."))
    assert [(m.location, m.fatalities, m.injuries) for m in page_mentions(pipeline, page)] == [("El Fasher", 9, 20)]


def test_the_day_a_war_broke_out_is_not_the_day_of_an_attack_told_beside_it(pipeline):
    # a page's words (29 March 2024): "إثر اندلاع الحرب ضدّ حركة حماس في قطاع غزة في السابع من تشرين الأول/أكتوبر" - when
    # the war began, as after "منذ", not the day of the strike near Aleppo airport
    page = Article(id="ar-page", published=dt.date(2024, 3, 29), text=(
        "وقال المرصد لوكالة فرانس برس \"قُتل ما لا يقلّ عن 36 عنصرًا من قوات النظام وأُصيب عشرات في غارات إسرائيلية\""
        " استهدفت منطقة تقع قرب مطار حلب الدولي.وأكّد المرصد أنّ \"هذه الحصيلة من القتلى من قوات النظام هي الأعلى\" في"
        " غارة إسرائيلية في سوريا منذ كثّفت الدولة العبرية استهدافها لمواقع في جارتها الشمالية إثر اندلاع الحرب ضدّ"
        " حركة حماس في قطاع غزة في السابع من تشرين الأول/أكتوبر."))
    told = page_mentions(pipeline, page)
    assert [(m.location, m.fatalities) for m in told] == [("Aleppo International Airport", 36)]
    assert told[0].event_date != dt.date(2023, 10, 7)


def test_a_name_quoted_between_plus_signs_is_quoted(pipeline):
    # a page's words (14 June 2020): AFP's Arabic wire quotes "+حراس الدين+" between plus signs; the group whose
    # commander the drone killed is the side struck, as it is between quotes, not the attacker
    page = Article(id="ar-page", published=dt.date(2020, 6, 14), text=(
        "قتل قياديان عسكريان في تنظيم \"حراس الدين\" المرتبط بـ\"القاعدة\" في غارة شنتها طائرة مجهولة من دون طيار في"
        " مدينة إدلب شمالي غرب سوريا، وفق ما أفاد المرصد السوري لحقوق الإنسان الاحد.\n"
        "وقال مدير المرصد رامي عبد الرحمن إن \"طائرة من دون طيار قصفت بصاروخ سيارة القياديين، ما أسفر عن مقتل المسؤول"
        " العسكري العام لتنظيم +حراس الدين+ قسام الأردني وقائد عسكري آخر يمني الجنسية اسمه بلال الصنعاني\"."))
    told = page_mentions(pipeline, page)
    assert [m.location for m in told] == ["Idlib"] and told[0].actor != "Hurras al-Din"


def test_fighters_or_a_drone_belonging_to_a_side_are_its_attack(pipeline):
    # a page's words (18 October 2025): "هاجم مسلحون تابعون لجماعة نصرة الإسلام والمسلمين" - gunmen belonging to JNIM
    # attacked: the group is the attacker, as for a drone belonging to it, not the owner of a thing struck
    page = Article(id="ar-page", published=dt.date(2025, 10, 18), text=(
        "هاجم مسلحون تابعون لجماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة، الجمعة، عدة قوافل من صهاريج الوقود في"
        " منطقة سيكاسو جنوب مالي، ما أدى إلى إحراق عشرات الصهاريج وتوقف الحركة في الطريق الرابط بين مالي وكوت"
        " ديفوار."))
    assert [(m.country, m.actor) for m in page_mentions(pipeline, page)] == [
        ("ML", "Jama'at Nusrat al-Islam wal-Muslimin")]


def test_one_person_told_by_nationality_is_one_dead_and_the_hospital_that_tells_it_is_no_place(pipeline):
    # a page's words (5 September 2023): "استشهد فلسطيني وأصيب آخر" - a Palestinian was killed and another wounded, as
    # "استشهد شاب فلسطيني" already read one; Tulkarm is where the hospital that tells it is, not a second attack
    page = Article(id="ar-page", published=dt.date(2023, 9, 5), text=(
        "استشهد فلسطيني وأصيب آخر بجروح حرجة، برصاص قوات الاحتلال الإسرائيلي، خلال عدوانها على مخيم نور شمس، شرق"
        " المدينة شمال الضفة الغربية، وفق ما أعلن مستشفى ثابت الحكومي في مدينة طولكرم، صباح اليوم الثلاثاء."))
    assert [(m.location, m.fatalities, m.injuries) for m in page_mentions(pipeline, page)] == [("Nur Shams camp", 1, 1)]


def test_a_death_an_attack_told_after_it_caused_is_its_dead_and_the_virus_is_no_place(pipeline):
    # a page's words (3 March 2021): "وفاة متعاقد أمريكي اليوم، عندما ضربت 10 صواريخ" - a death the rockets caused,
    # when they struck (not "وفاة 4 أطفال بسبب سوء التغذية"); "جائحة كورونا" is the pandemic, not Corona, California
    page = Article(id="ar-page", published=dt.date(2021, 3, 3), text=(
        "أعلنت وزارة الدفاع الأمريكية، وفاة متعاقد أمريكي اليوم، عندما ضربت 10 صواريخ على الأقل، قاعدة عين الأسد الجوية،"
        " التي تضم قوات أمريكية وقوات تحالف في غرب العراق.ولم تعلن أي جهة مسؤوليتها عن هجوم اليوم الذي يأتي قبل يومين من"
        " زيارة البابا فرانسيس للبلاد وسط مخاوف بشأن الأمن وجائحة كورونا."))
    assert [(m.country, m.fatalities) for m in page_mentions(pipeline, page)] == [("IQ", 1)]
