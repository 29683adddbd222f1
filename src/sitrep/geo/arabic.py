"""Places in Arabic text.

Arabic names are looked up by `arabic_key` in the gazetteer's Arabic table: the names GeoNames
gives its places in Arabic script, and `arabic_names.csv` (countries, provinces and the named
sites, which always win). Arabic writes its clitics onto a name ("والحسكة", "بأربيل", "للعراق"),
so a word is looked up as written first and then without each prefix it may carry. Many GeoNames
names are also words ("عنه" is Anah and "about him"), so a town is taken only when it is large,
or when the text names its country; words listed in `arabic_not_places.txt` never are.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from sitrep.geo.gazetteer import JOINED_FIRSTS, REGION, Entry, Index, capital_cities
from sitrep.geo.names import key
from sitrep.model import Place, PlaceRole, PlaceSpan, km
from sitrep.text.arabic import THE_COUNTRY, Folded, arabic_pattern, fold_arabic, without_article

_WORD = re.compile(r"[\u0621-\u064a0-9]+")
# The word for an airport right before its town's name ("مطار الحديدة", "ومطار صنعاء"), and "international" after it
_AIRPORT_BEFORE = arabic_pattern(r"(?<!\S)[وفبل]?(?:ال)?(مطار)\s+$")
_INTERNATIONAL_AFTER = arabic_pattern(r"\s+الدولي(?!\S)")
# The word for two facilities (or more), then the list their names are in, up to this name: "مخيمي النصيرات، وجباليا",
# "مطاري جدة والرياض": the camp, airport, base or field of each town named
_FACILITIES_BEFORE = arabic_pattern(r"(?<!\S)[وفبل]?(?:ال)?(مخيمي|مخيمات|مطاري|قاعدتي|حقلي)\s+(?:[^\s،,]+[\s،,]+){0,4}?(?:و?(?:ال)?)?$")
_SIDE_BEFORE = arabic_pattern(r"(?<!\S)[وفب]?(?:شرق|غرب|شمال|جنوب|شرقي|غربي|شمالي|جنوبي)\s+$")  # "شرق جباليا"
_FACILITY_OF = {"مخيمي": "مخيم", "مخيمات": "مخيم", "مطاري": "مطار", "قاعدتي": "قاعده", "حقلي": "حقل"}
_AIRPORT_KM = 30  # how far from its town an airport named after it may be (Hodeidah's is 8 km from the town's point)
_CAPITAL_WORD = "عاصمه"  # (folded) most words are not it: the pattern below is not tried on them
_CAPITAL = arabic_pattern(r"([وفبل]?(?:ال)?)عاصمه")  # "العاصمة", "بالعاصمة", "للعاصمة": before a country's adjective
# "The country" or "its territory", where an attack struck ("لهجمة صاروخية استهدفت البلاد", "في هجوم إيراني على
# أراضيها"), and the state's own office or forces named by its adjective before ("وزارة الدفاع القطرية"): that country
_THE_COUNTRY_AFTER = arabic_pattern(r"(?:استهدف|استهدفت|تستهدف|على|طال|طالت|ضد)\s+$")
_ITS_OFFICE = arabic_pattern(r"(?<!\w)(?:وزاره\s+(?:ال)?(?:دفاع|داخليه)|(?:ال)?جيش|(?:ال)?قوات\s+(?:ال)?مسلحه|(?:ال)?حكومه"
                             r"|(?:ال)?سلطات|(?:ال)?دفاعات\s+(?:ال)?جويه)\s+ال(\w+)")
# Before a country: an embassy in it ("السفارة الأمريكية في السعودية"), which is in its capital (read by the Geocoder,
# as its English twin is)
EMBASSY_BEFORE_AR = arabic_pattern(r"(?<!\w)(?:[وبل]?ال)?سفار(?:ه|ات)(?:\s+\S+){0,3}?\s+(?:في|لدي|لدى)\s+$")
_OFFICE_REACH = 160  # characters at most from the office named to "the country" its statement says was struck
_MAX_WORDS = 4
# Clitics a name may carry, longest first: و ف (and), ب ل ك (in, to, like), the article.
_PREFIXES = ("وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
# A word that says a place follows ("في كييف", "على بريانسك", "مطار بورتسودان": an airport is named after
# its town); a clitic ب or ل says so too.
_CUE_BEFORE = arabic_pattern(r"(?:في|قرب|مطار|مدينه|بلده|قريه|منطقه|محافظه|ولايه|مقاطعه|اقليم|عاصمه|ضواحي|شمال|جنوب|شرق|غرب|"
                         r"شمالي|جنوبي|شرقي|غربي|وسط|على|الى|نحو|باتجاه|اجواء|سماء)\s+[\"“«]?$")  # 'مدينة "إيرانشهر"'
# A word for a town, or for near one, right before a name ("مدينة تدمر", "قرب تدمر"), which a word that is also a
# town's name needs, as it needs a preposition (not "العاصمة السورية", the Syrian capital)
_TOWN_BEFORE = arabic_pattern(r"(?<!\S)[وفبل]?(?:ال)?(?:مدينه|بلده|قريه|منطقه|باديه|ريف|قرب|محيط|اطراف)\s+$")
_PREPOSITION_BEFORE = arabic_pattern(r"(?<!\S)[وف]?(?:في|فى|على|الى|نحو|باتجاه|داخل|من|عبر|شمال|جنوب|شرق|غرب|شمالي|جنوبي|"
                                     r"شرقي|غربي|وسط|اجواء|سماء)\s+$")
# A quarter's name: after the word for one ("حي الجنينة", "محلة القائم"), or before the word for a housing estate ("مدينة حمد السكنية").
_QUARTER_BEFORE = arabic_pattern(r"(?<!\S)[وفب]?(?:ال)?(?:حي|حاره|محله|(?:محلتي|حيي)(?:\s+\S+){1,2}\s+و?)\s*$")  # (and the
# second of two: "في محلتي الغبيري وبئر العبد")
_QUARTER_AFTER = arabic_pattern(r"\s+(?:ال)?سكنيه(?!\S)")
# After a name: the part of a country it lies in ("ومنطقة المحمودية جنوبي لبنان")
_IN_PART_OF_AFTER = arabic_pattern(r"\s+(?:في\s+)?(?:جنوب|شمال|شرق|غرب|جنوبي|شمالي|شرقي|غربي|وسط)\s+(?:ال)?(?P<country>[^\s.,،؛:!؟]+)")
_NEAR_BEFORE = arabic_pattern(r"(?:قرب|بالقرب من|محيط|اطراف|ريف|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)\s+$")
# Right before a name: "in" ("فندقاً في أربيل قالت إنه ...": the hotel is in Erbil; the group said), so the
# verb after it is not the place speaking.
_IN_BEFORE = arabic_pattern(r"(?:(?<!\S)(?:في|فى|داخل|قرب)\s+|(?<!\S)[وف]?ب)$")
# A country or capital that speaks or is spoken for ("إيران تعلن", "حكومة العراق"), or that
# weapons come from ("من اليمن"): not where an attack was.
_SPEAKS_AFTER = arabic_pattern(r"[»\"”]?\s+(?:تقول|قالت|يقول|قال|اعلنت|تعلن|تتهم|اتهمت|تدين|ادانت|تنفي|نفت|تحذر|حذرت|ترد|ردت|"
                               r"استهدفت|استهدف|تستهدف|هاجمت|هاجم|تهاجم|قصفت|قصف|تقصف|شنت|شن|تشن|اطلقت|اطلق|تطلق|ضربت|"
                               r"تضرب|نفذت|نفذ|تنفذ|هي|هو)\b")  # "إيران استهدفت الناقلة", "الولايات المتحدة نفذت ضربات": the state
# acting, not where; nor the state a statement says is something ("وطهران هي الخاسر الأكبر فيه")
_NOT_WHERE_BEFORE = arabic_pattern(r"(?:حكومه|وزاره|خارجيه|رئيس|سفير|سفاره|من|انطلاقا من|(?<!\S)علم)\s+$")  # "ترفع علم جزر
# مارشال": a ship's flag
# Where weapons or aircraft came from ("من اليمن", "أقلعت من قاعدتي خميس مشيط والطائف", "من قاعدتها في
# الحقل العمر", "جرى إطلاقهما من جهة ناحية كبيسة", and the places listed after it), but not "near" (بالقرب من، على مقربة من),
# a distance ("20 كم من"), pictures from a place ("مشاهد من مدينة الزرقاء") nor people from it ("منهم من مدينة ماهشهر").
_FROM_BEFORE = arabic_pattern(r"(?<!\S)(?<!القرب )(?<!مقربه )(?<!قريب )(?<!قريبا )(?<!بعيد )(?<!كم )(?<!كيلومترات )"
                              r"(?<!مشاهد )(?<!صور )(?<!لقطات )(?<!فيديو )(?<!منهم )(?<!بينهم )"
                              r"(?:انطلاقا )?من\s+(?:(?:ال)?(?:قاعده|قاعدتي|قواعد|مطار|مطاري|ميناء|سواحل|اراضي)\s+|"
                              r"(?:جهه|اتجاه)\s+(?:(?:ناحيه|منطقه|مدينه|قضاء|بلده)\s+)?|"
                              r"(?:قاعدت|قواعد|مواقع|مراكز)(?:ها|ه|هم)\s+(?:في|فى|ب)\s+)?$")
# A road named by the two towns it joins: before the first ("طريق بانياس - طرطوس", "الطريق الواصل بين حمص وتدمر"), and
# between the two
_ROAD_BEFORE = arabic_pattern(r"(?<!\S)[وفبل]?(?:ال)?طريق\s+(?:(?:ال)?(?:دولي|سريع|واصل|رئيسي)\s+)?(?:بين\s+)?$")
_ROAD_BETWEEN = re.compile(r"\s*[-\u2013\u2014]\s*|\s+و")
# A relative clause saying how far the place before lies from this one ("التي تبعد قرابة 4 كيلومترات عن").
_AWAY_FROM_BEFORE = arabic_pattern(r"(?<!\S)(?:التي|الذي|الواقعه|الواقع)\s+(?:ت|ي)?بعد\s+(?:\S+\s+){0,4}(?:عن|من)\s+"
                                   r"(?:(?:ال)?(?:قاعده|مطار|مدينه|بلده|قريه|حقل)\s+)?$")
# A news outlet's name after the word for it: "قناة \"الميادين\"", "قناة (الميادين)", "وكالة سبوتنيك", "صحيفة الشرق الأوسط";
# "قناة" only with a quote ("قناة السويس" is the canal; "قناة الميادين" unquoted is masked as a phrase).
_OUTLET_WORDS = r"(?:وكاله|صحيفه|جريده|شبكه|اذاعه|تلفزيون)"
_OUTLET_BEFORE = arabic_pattern(rf"(?<!\S)[وفبل]?(?:ال)?(?:(?:قناه|قناتي)\s+[\"«“(]|(?:{_OUTLET_WORDS}|مجله|فضائيه)\s+[\"«“(]?)$")
# An outlet's name and a dash: the town after them is where it writes from, its byline ("تلفزيون سوريا - إسطنبول",
# "وكالة الأنباء - بغداد").
_BYLINE_BEFORE = arabic_pattern(rf"(?<!\w)(?:{_OUTLET_WORDS}|قناه|موقع|راديو)\s+\S+(?:\s+\S+)?\s*[-–—]\s*$")
# A line that is only a name, a dash and towns ("بغداد اليوم - بغداد", "سمارت-السويداء", "أخبار عربية – واشنطن/بغداد"):
# the outlet or writer and where they write from, whatever the name is.
_BYLINE_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[^\s\d][^\s/:]*(?:[ \t]+[^\s/:]+){0,2}[ \t]*[-–—][ \t]*(?:[^\s/]+[ \t]*/[ \t]*)*$")
_BYLINE_LINE_AFTER = re.compile(r"(?:[ \t]*/[ \t]*[^\s/]+)*[ \t]*:?[ \t]*(?:\n|$)")
# ... unless the name is a headline's, an event or a rubric ("قصف روسي - إدلب", "عاجل - دير الزور", "بالصور – غزة"): the
# town after it is where that was
_HEADLINE_WORDS = arabic_pattern(r"(?<!\w)[وفب]?(?:ال)?(?:عاجل|صور|بالصور|فيديو|بالفيديو|قصف|غاره|غارات|انفجار|تفجير|هجوم|"
                                 r"اغتيال|مقتل|استهداف|اشتباك|اشتباكات|قتلي|شهداء|شهيد|مسيره|مسيرات|صاروخ|صواريخ|معارك|"
                                 r"اقتحام|كمين)(?!\w)")
# A verb of telling just before a name makes it the teller ("وأفادت الميادين بأنّ العدوان ...": the channel, not
# al-Mayadin; "بحسب دير الزور 24"), as do its sources and reporter ("مصادر الميادين في العراق"): no place where
# anything happened.
_TOLD_BY_BEFORE = arabic_pattern(r"(?<!\S)[وف]?(?:افادت|ذكرت|قالت|نقلت|اكدت|بثت|نشرت|اوردت|وفق|بحسب|حسب|مصادر|مراسل|مراسله)\s+$")
_OR_AFTER = arabic_pattern(r"\s*(?:او|و)\s*")
_LIST_AFTER = arabic_pattern(r"\s*[،,]?\s*(?:وال|و|ال)?")
# A country that launches or carries out ("شنت الولايات المتحدة هجوما", "أطلقت إيران صواريخ على قاعدة العديد",
# "نفذت واشنطن ضربات"): the state acting, not where; and a time
# zone ("بتوقيت شرق الولايات المتحدة", "بتوقيت الساحل الشرقي للولايات المتحدة"): no place at all.
_ACTS_BEFORE = arabic_pattern(r"(?<!\S)[وف]?(?:شن|شنت|تشن|يشن|اطلق|اطلقت|تطلق|يطلق|نفذ|نفذت|تنفذ|ينفذ|قال|قالت|تقول|اتهم|"
                              r"اتهمت|تتهم|تتهمها|يتهم|حملت|تحمل|اعلنت|ذكرت|اكدت|نفت|تنفيذ)\s+[«\"“]?$")  # "أكد تنفيذ «واشنطن» ضربتين"
# A state or its capital a group is loyal to, linked to or backed by ("مجموعات مسلحة، على ما يبدو ترتبط بإيران",
# "فصائل موالية لطهران"): it qualifies the group, it is not where anything happened.
_ALLEGIANCE_BEFORE = arabic_pattern(r"(?<!\S)(?:موال\S*|ترتبط|يرتبط|مرتبط\S*|المرتبط\S*|مدعوم\S*|المدعوم\S*)\s+"
                                    r"(?:من\s+)?[لب]?$")
# An organisation's seat, put beside its name ("المرصد السوري لحقوق الإنسان، ومقره لندن"): where it sits, not
# where anything happened (not "يعلن تعرض مقره في محافظة أربيل لاستهداف": the seat attacked).
_SEAT_BEFORE = arabic_pattern(r"(?:(?<!\S)و|[،,]\s*)مقر(?:ه|ها|هم)\s+(?:في\s+)?$")
# Where the dead or wounded were taken ("وعملت فرق الإسعاف على نقل جثتيهما إلى مستشفى في بلدة بنت جبيل"): a
# hospital's town, not where the attack was.
_TAKEN_TO_BEFORE = arabic_pattern(r"(?<!\S)[وف]?(?:نقل\S*|اسعاف\S*|تنقل|ينقل|نقلت|ادخال\S*)\s+(?:\S+\s+){0,6}?"
                                  r"(?:الى|للمستشف\S*|لمستشف\S*)\s*(?:ال)?(?:مستشف\S*\s+)?(?:\S+\s+){0,2}?"
                                  r"(?:في|ب)\s*(?:(?:مدينه|بلده|قريه)\s+)?$")
# Where the dead were buried or mourned ("شيّعت جماعة أنصار الله، السبت، في صنعاء أربعة من مقاتليها", "شيعت هيئة
# الحشد الشعبي في بغداد ضحايا القصف"): the funeral's town, not where the attack was.
_FUNERAL_BEFORE = arabic_pattern(r"(?<!\S)[وف]?(?:شيع|شيعت|شيعوا|تشييع|يشيع|تشيع|دفن|دفنت|يدفن|مراسم|جنازه|جنازات)\s+"
                                 r"(?:\S+\s+){0,6}?(?:في|ب)\s*(?:(?:مدينه|بلده|قريه|محافظه|العاصمه)\s+)?$")
_CLOCK_BEFORE = arabic_pattern(r"(?:(?<=\()توقيت|(?<![^\s(\[«\"“])بتوقيت)\s+(?:\S+\s+){0,2}(?:لل|ل)?$")  # "(بتوقيت مكة
# المكرمة)", "(توقيت مكة)" too (not "توقيت الهجوم على أربيل": the attack's timing)
# A word that says a town or village follows ("في بلدة زاكية", "بمدينة جم"), so that a name GeoNames
# lists only in Latin script may be looked up by its sound; a direction after a name in "ب"/"في"
# does too ("بالدجيل جنوب صلاح الدين").
_TOWN_WORDS = frozenset(fold_arabic("مدينة بلدة بلدتي بلدات قرية قريتي قرى ناحية قضاء مخيم مستوطنة مستوطنات "
                                     "كيبوتس").text.split())
# The names listed after "provinces" are provinces' ("محافظات تعز والجوف ومأرب"), looked up as
# "محافظة X": each name before is one word followed by "،" or "و".
_PROVINCE = fold_arabic("محافظة").text
_PROVINCES_BEFORE = arabic_pattern(r"(?<!\S)[وفبل]?(?:محافظات|محافظتي|محافظه)\s+(?P<listed>(?:\S+(?:\s*[،,]\s*و?|\s+))*)$")
_IDIOM = tuple(fold_arabic("من ناحية").text.split())  # "من ناحية أخرى": on the other hand
_DIRECTIONS = frozenset(fold_arabic("شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط").text.split())
# How GeoNames' Latin names write each Arabic (and Persian) letter, as `skeleton` keeps it: vowels,
# w and y dropped, so the letters that are vowels (ا و ي) or written as nothing (ء ع) give "".
_LATIN = {"ب": ("b",), "ت": ("t",), "ث": ("th", "t", "s"), "ج": ("j", "g", "dj"), "ح": ("h",), "خ": ("kh",),
          "د": ("d",), "ذ": ("dh", "z", "d"), "ر": ("r",), "ز": ("z",), "س": ("s",), "ش": ("sh", "ch"), "ص": ("s",),
          "ض": ("d", "dh"), "ط": ("t",), "ظ": ("z", "dh"), "غ": ("gh", "g"), "ف": ("f",), "ق": ("q", "k", "g"),
          "ك": ("k",), "ل": ("l",), "م": ("m",), "ن": ("n",), "ه": ("h",), "پ": ("p",), "چ": ("ch",),
          "ژ": ("zh", "j"), "گ": ("g",)}
# A valley, mountain or plain named after a town, and not in the gazetteer ("وادي خليل" in south
# Lebanon is not Hebron): the town's name is part of the feature's.
_FEATURE_BEFORE = arabic_pattern(r"(?<!\S)[وفبل]?(?:وادي|جبل|سهل)\s+$")  # not "مستشفى الوادي العفولة"
# A street, square or roundabout named after a town, in one word or more ("الكتب المدرسية بشارع بورسعيد",
# "محيط شارع بور سعيد شرق مدينة دير الزور": not Port Said): the street's name.
_STREET_BEFORE = arabic_pattern(r"(?<!\S)[وفبل]?(?:ال)?(?:شارع|ساحه|دوار)\s+$")
# A bank, a university or a broadcaster named after its town ("بنك القاهرة عمان", "مراسلة \"القاهرة الإخبارية\""):
# the organisation's name.
_ORGANISATION_BEFORE = arabic_pattern(r"(?<!\S)[وفبل]?(?:ال)?(?:بنك|مصرف|جامعه|اذاعه|صحيفه|جريده|تلفزيون|نادي|شركه)\s+[«\"“]?$")
_ORGANISATION_AFTER = arabic_pattern(r"[»\"”]?\s+(?:ال)?(?:اخباريه|اخباري|فضائيه|نيوز)(?![^\s\"”»])"
                                     r"|\s*24(?!\d)(?!\s*(?:ساعه|ساعات))")  # "الشارقة 24 – رويترز:", "عدن 24": an outlet
_NAME_GAP = re.compile(r"\s*[«\"“]?\s*")  # between a given name and the family name after it
_MAX_SOUNDS = 64  # spellings tried for one name
# A town is taken without its country named when it is large, or when it is a town of the region
# Arabic reports are about; a smaller one needs its country named in the text.
_LARGE = 300_000
_METROPOLIS = 1_000_000  # a city this large is taken wherever it is ("كييف تتعرض لهجوم")
# The countries whose towns Arabic news names with no country: the region's, and Sudan's ("تجدد القصف المدفعي
# والهجمات بالطائرات المسيّرة في الفاشر": El Fasher). Not the Maghreb's or Libya's: tried, too many of their
# towns are words ("معسكر" a camp is Mascara, "الجديد" new is Al Jadid).
_ARAB_NEWS_REGION = REGION | {"SD"}
_BASE_BEFORE = arabic_pattern(r"(?<!\S)[وفبل]?(?:ال)?(?:قاعده|معسكر|ثكنه)\s+$")
_REGIONAL = 10_000
_TOWN_OF_KM = 25  # a place written with its town after it lies at most this far from the town


@lru_cache(maxsize=65536)
def _cuts(word: str) -> tuple[str, ...]:
    """The clitics a word may begin with: none first, then each prefix it has."""
    return ("", *(p for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= 2))


def _family_names(folded: str, words, given: frozenset[str]) -> frozenset[str]:
    """The words the text writes right after one of the `given` names (a space or a quote between):
    family names, a person's wherever the text names them ("وزير الدفاع الأمريكي لويد أوستن", then
    "واتهم «أوستن» إيران"), without their article."""
    return frozenset(without_article(b[2]) for a, b in zip(words, words[1:])
                     if a[2] in given and _NAME_GAP.fullmatch(folded, a[1], b[0]))


# A person by the rank before the name ("الرقيب إدجار براين توريس-توفار"; of two, "الرقيبين إدغار براين"; quoted:
# "الكولونيل “واين ماراتو”", the coalition's spokesman, no Wayne in Michigan) or by
# the post after it, set off by a comma, after a verb of saying ("وقالت أدريان واتسون، المتحدثة باسم مجلس الأمن
# القومي", "قالت دانا أبو شمسية، مراسلة ...", "صرح فلاديمير بيريفيرزيف، عمدة منطقة بوريسوفسكي"): the two words after
# the rank or the verb are that person's names, not towns (Rayne, Ad Dana, Vladimir).
_RANKED = arabic_pattern(r"(?<!\S)[وف]?(?:ال)?(?:رقيب|عقيد|عميد|نقيب|ملازم|عريف|مقدم|رائد|سيد|سيده|كولونيل|جنرال|ادميرال|"
                         r"كابتن|ميجور|سيرجنت)(?:ين|ان)?\s+[\"“«]?([^\s\"”»]+)(?:\s+([^\s\"”»]+))?")
_SPEAKER_POST = arabic_pattern(r"(?<!\S)[وف]?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|اوضح|اوضحت|ذكر|ذكرت|صرح|صرحت)\s+(\S+)\s+(\S+)"
                               r"(?:\s+\S+)?\s*[،,]\s*(?:ال)?(?:متحدث|متحدثه|مراسل|مراسله|ناطق|ناطقه|وزير|وزيره|مدير|مديره|"
                               r"رئيس|رئيسه|مستشار|مستشاره|مسؤول|مسؤوله|قائد|مبعوث|مبعوثه|سفير|سفيره|عضو|عمده|حاكم|محافظ)")

# Or by a word for "named", the names after it a person's, five words at most (a given name, of two words or one,
# the father's, the grandfather's, the family's: "مقتل عنصر في ميليشيا ... ويدعى عبد الله رزاق عنون الصافي", no Safi
# in Jordan)
_CALLED = arabic_pattern(r"(?<!\S)[وف]?(?:يدعى|تدعى|المدعو|المدعوة)\s+([^\s,.]+)" + r"(?:\s+([^\s,.]+))?" * 4)


def _people_named(folded: str) -> frozenset[str]:
    """The words `_RANKED`, `_SPEAKER_POST` and `_CALLED` say are a person's names, without their article."""
    return frozenset(without_article(w) for m in (*_RANKED.finditer(folded), *_SPEAKER_POST.finditer(folded),
                                                  *_CALLED.finditer(folded))
                     for w in m.groups() if w)


def _may_be_heard(words, i: int) -> bool:
    """What `_by_sound` needs before it reads a word by its sound: a word for a town before it (with
    or without a clitic), or "ب" on it. Most words have neither: `_by_sound` is not asked."""
    prev = words[i - 1][2] if i else ""
    return prev in _TOWN_WORDS or prev[1:] in _TOWN_WORDS or words[i][2].startswith("ب")


_IN_ITS_PROVINCE = arabic_pattern(r"\s*(?:في|ب)\s*(?:(?:محافظه|ريف|قضاء)\s+)?")


def _the_town_of(text: str, a: PlaceSpan, b: PlaceSpan) -> bool:
    """Whether town b, written right after place a with nothing between, is the town a is of, near it
    ("في مواصي خان يونس", "مواصي #رفح": Mawasi of Khan Younis), not a second place."""
    p, q = a.place, b.place
    if p.latitude is None or p.longitude is None or q.latitude is None or q.longitude is None:
        return False
    return p.kind not in ("country", "admin1") and q.kind in ("city", "town") and p.country == q.country \
        and text[a.end:b.start].strip(" #") == "" and km(p.latitude, p.longitude, q.latitude, q.longitude) <= _TOWN_OF_KM


def _from_lists(text: str, spans: list[PlaceSpan]) -> list[PlaceSpan]:
    """A place listed right after one that weapons came from came from there too ("من قاعدتي خميس
    مشيط والطائف"), as does the province or country it is said to be in; a state or capital right after a government,
    "أو" or "و" between, is one too; the second of two towns a road is named by is where it goes."""
    spans = [b for a, b in zip([None, *spans], spans) if a is None or not _the_town_of(text, a, b)]
    for a, b in zip(spans, spans[1:]):
        between = fold_arabic(text, a.end, b.start).text
        if a.role == "modifier" and b.role == "literal" and (_LIST_AFTER.fullmatch(between) or (
                a.place.kind != "country" and _IN_ITS_PROVINCE.fullmatch(between))):
            b.role = "modifier"  # and the country it is in: "أطلقت طائرة خزان وقود من قاعدة العديد في قطر"
        if a.role == b.role == "literal" and b.place.kind == "city" and _ROAD_BETWEEN.fullmatch(text, a.end, b.start) \
                and _ROAD_BEFORE.search(fold_arabic(text, max(0, a.start - 30), a.start).text):
            b.role = "modifier"  # "كمين ... على طريق بانياس - طرطوس": where the road goes, not a second place struck
        if a.role == "metonymic" and b.role == "literal" and b.place.kind in ("country", "city") \
                and _OR_AFTER.fullmatch(fold_arabic(text, a.end, b.start).text):
            b.role = "metonymic"  # "بيان رسمي من واشنطن أو بغداد": both governments
    return spans


@lru_cache(maxsize=16384)
def _sounds(words: tuple[str, ...]) -> tuple[str, ...]:
    """The `skeleton`s a name written in Arabic letters may have in GeoNames' Latin names, the most
    usual first: "زاكيه" is "zk", "دجيل" "djl" (or "dgl")."""
    letters: list[tuple[str, ...]] = []
    for w in words:
        for n, ch in enumerate(w):
            if ch == "ه" and n == len(w) - 1:
                letters.append(("", "h"))  # ta marbuta, written -a, -ah or -eh
            else:
                letters.append(_LATIN.get(ch, ("",)))
    out = dict.fromkeys(re.sub(r"(.)\1+", r"\1", "".join(parts))
                        for parts in itertools.islice(itertools.product(*letters), _MAX_SOUNDS))
    return tuple(out)


class _Cuts(NamedTuple):
    """The clitics a word may be read without (none: ""), each leaving a name's first word: a
    province's written after "محافظات", any name's, a country's or a province's."""

    provinces: tuple[str, ...]
    names: tuple[str, ...]
    regions: tuple[str, ...]
    firsts: tuple[str, ...]  # the word without each of `names`, as a name's first word (`_key` of it alone)
    listed: bool  # the whole word is listed as no place ("وتيرة"): alone, it is read with no clitic cut off


def _joined(k: str) -> int:
    """1 for a key that is a two-word name written joined ("كفركلا", "وكفركلا" once cut: Kfar Kila), which is
    looked up as the two words it stands for, else 0."""
    return int(" " not in k and any(k.startswith(first) and len(k) > len(first) + 2 for first in JOINED_FIRSTS))


def _stem(word: str) -> str:
    """A country's name or adjective, folded and without the article, as both are written from one stem:
    "عراق" / "عراقيه", "ليبيا" / "ليبيه", "سوريا" / "سوريه", "لبنان" / "لبنانيه"."""
    for ending in ("يه", "يا", "ي", "ا"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def _key(first: str, rest: list[str]) -> str:
    """`arabic_key` of words already folded: without the article of the first."""
    first = without_article(first)
    return " ".join([first, *rest]) if rest else first


class ArabicPlaces:
    """Finds places in Arabic text; `find` has the `PlaceFinder` signature."""

    def __init__(self, index: Index, place: Callable[[Entry, int], Place]):
        self.index = index
        self._place = place
        self._firsts = frozenset(k.split(" ", 1)[0] for k in index.arabic)  # the first word of every name
        # the names of two words or more as far as each of their words (from the second on): how far
        # a name starting at a word can reach
        self._heads = frozenset(" ".join(words[:n]) for k in itertools.chain(index.arabic, index.arabic_not_places)
                                if len(words := k.split(" ")) > 1 for n in range(2, len(words) + 1))
        self._cuts_memo: dict[str, _Cuts] = {}
        self._metonym_memo: dict[str, bool] = {}  # Arabic key -> whether it names a government's seat ("واشنطن")
        # the names of provinces written after "محافظة" in arabic_names.csv ("الجوف")
        self._provinces = frozenset(k.split(" ", 1)[1] for k in index.arabic_curated if k.startswith(f"{_PROVINCE} "))
        self._regions = {k: index.entries[ids[0]].country for k, ids in index.arabic.items()
                         if k in index.arabic_curated and index.entries[ids[0]].kind in ("country", "admin1")}
        self._region_firsts = frozenset(k.split(" ", 1)[0] for k in self._regions)
        self._capital_memo: dict[str, Entry] | None = None  # a country's adjective's stem -> its capital, read once
        self._airports: list[Entry] | None = None  # the gazetteer's airports, listed once
        self._country_stems: dict[str, Entry] | None = None  # a country's name's stem -> the country, read once

    def find(self, text: str, start: int = 0, end: int | None = None,
             countries: frozenset[str] = frozenset()) -> list[PlaceSpan]:
        f = fold_arabic(text, start, len(text) if end is None else end)
        found = self._capitals_told(self._names(text, f, countries))
        if not any(w in f.text for w in ("بلاد", "اراضي")):  # most texts speak of no country so
            return found
        return sorted(found + self._the_country(text, f), key=lambda p: p.start)

    def _the_country(self, text: str, f: Folded) -> list[PlaceSpan]:
        """"The country" an attack struck, told by a statement of the country's own ministry or forces ("أعلنت وزارة
        الدفاع القطرية ... عن تصدي قواتها لهجمة صاروخية استهدفت البلاد"): that country, where no name says it."""
        out = []
        for m in THE_COUNTRY.finditer(f.text):
            if not _THE_COUNTRY_AFTER.search(f.text, max(0, m.start() - 12), m.start()):
                continue
            offices = list(_ITS_OFFICE.finditer(f.text, max(0, m.start() - _OFFICE_REACH), m.start()))
            entry = self._countries_by_stem().get(_stem(offices[-1].group(1))) if offices else None
            if entry is not None:
                out.append(self._span(text, f, m.start(), m.end(), entry))
        return out

    def _in_another_country(self, f: Folded, end: int, entry: Entry) -> bool:
        """Whether the words after a town place it in part of another country than its own ("... جنوبي لبنان"); Israel
        and the Palestinian territories are one land as Arabic news names them ("شمالي فلسطين المحتلة")."""
        if entry.kind == "country" or not entry.country:
            return False  # (a sea or a strait is in no country: "مضيق هرمز جنوبي إيران")
        m = _IN_PART_OF_AFTER.match(f.text, end)
        there = self._countries_by_stem().get(_stem(m.group("country"))) if m else None
        return there is not None and there.country != entry.country and {there.country, entry.country} != {"IL", "PS"}

    def _countries_by_stem(self) -> dict[str, Entry]:
        if self._country_stems is None:
            self._country_stems = {_stem(without_article(k)): e for k, ids in self.index.arabic.items()
                                   if k in self.index.arabic_curated and " " not in k
                                   and (e := self.index.entries[ids[0]]).kind == "country"}
        return self._country_stems

    def _names(self, text: str, f: Folded, countries: frozenset[str]) -> list[PlaceSpan]:
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(f.text)]
        cuts = self._words_cuts(words)
        named = countries | self._countries_named(words, cuts)
        people = _family_names(f.text, words, self.index.arabic_given_names) | _people_named(f.text)
        out: list[PlaceSpan | tuple[int, int, tuple[int, ...], bool]] = []
        listing = any(w in f.text for w in _FACILITY_OF)  # most texts name no two facilities in one word
        i = 0
        while i < len(words):
            # most words start no name, with or without their clitics: not looked up at all
            capital = self._the_capital(text, f, words, i, named, cuts) if words[i][2].endswith(_CAPITAL_WORD) else None
            if capital is not None and out and isinstance(out[-1], PlaceSpan) and capital.start - out[-1].end <= 4:
                capital = None  # "المنامة، عاصمة البحرين": where the town just named is
            if capital is not None:
                out.append(capital)
                i += 2
                continue
            hit = (listing and self._facility_listed(f.text, words, i)) \
                or (self._at(f, words, i, named, cuts[i]) if cuts[i].provinces or cuts[i].names else None)
            if hit is not None and _CLOCK_BEFORE.search(f.text, max(0, hit[0] - 40), hit[0]):
                i += hit[3]
                continue  # a time zone
            if hit is None:
                heard = self._by_sound(f, words, i, named) \
                    if _may_be_heard(words, i) and without_article(words[i][2]) not in people else None
                if heard is not None:
                    out.append((*heard[:3], heard[4]))
                    i += heard[3]
                    continue
                i += 1
                continue
            s, e, entry, used = hit
            airport = self._airport_of(f.text, s, e, entry, listing) \
                if entry is not None and entry.kind in ("city", "country") else None
            if airport is not None:
                out.append(self._span(text, f, airport[0], airport[1], airport[2]))
                i += used
                continue
            if entry is not None and not (entry.kind == "city" and (
                    _STREET_BEFORE.search(f.text, max(0, s - 8), s) or _ORGANISATION_BEFORE.search(f.text, max(0, s - 12), s)
                    or _ORGANISATION_AFTER.match(f.text, e) or (
                    used == 1 and (without_article(f.text[s:e]) in people or without_article(words[i][2]) in people
                                   or _FEATURE_BEFORE.search(f.text, max(0, s - 8), s))))):
                out.append(self._span(text, f, s, e, entry))
            i += used
        if all(isinstance(p, PlaceSpan) for p in out):
            return self._camps_told(text, _from_lists(text, out))  # type: ignore[arg-type]
        # a name read by its sound is the largest town of that sound where the place right after it
        # says ("بلدة زاكية بريف دمشق", "مدينة المخا غربي تعز"; "بلدة البياضة جنوبي لبنان" is not
        # Baabda; "بلدة الشنينة بريف الرقة", in Raqqa's province, is not Sahnaya by Damascus), else in a
        # country of the place listed just before it, else in a country the text names or the one most of its
        # places are in; with neither, a larger town of the one country that has a town of that sound
        spans = []
        placed = _most_named(out)
        for n, p in enumerate(out):
            if not isinstance(p, PlaceSpan):
                s, e, ids, sure = p
                towns = [self.index.entries[k] for k in ids]
                after = next((q for q in out[n + 1:n + 2] if isinstance(q, PlaceSpan)
                              and len(text[f.span(s, e)[1]:q.start]) <= 30), None)
                if not sure and (after is None or after.place.kind != "admin1"):
                    continue  # two consonants are many towns' and many words', and with no word for a
                    # town a name may be a word: only with the province after it
                before = out[n - 1] if n else None
                if not (isinstance(before, PlaceSpan) and len(text[before.end:f.span(s, e)[0]]) <= 30):
                    before = None
                if after is not None:
                    towns = [t for t in towns if t.country == after.place.country and (
                        after.place.kind not in ("admin1", "city") or t.admin1 == after.place.admin1)]
                elif before is not None and before.place.country:
                    # listed with a place just before ("مدينة البوكمال وبلدتي الصالحية"): in its country
                    towns = [t for t in towns if t.country == before.place.country]
                elif named or placed:
                    # in a country the text names, else in the one most of its places are in ("قرية السكرية ... على
                    # أطراف مدينة البوكمال"; not Sakarya, Turkey)
                    towns = [t for t in towns if t.country in (named or placed)]
                else:  # (a country beyond the region only when the text names it)
                    towns = [t for t in towns if t.population >= _REGIONAL and t.country in REGION]
                    if len({t.country for t in towns}) > 1:
                        continue
                if not towns:
                    continue
                p = self._span(text, f, s, e, max(towns, key=lambda t: t.population))
            spans.append(p)
        return self._camps_told(text, _from_lists(text, spans))

    def _capitals_told(self, spans: list[PlaceSpan]) -> list[PlaceSpan]:
        """A name the text reads once as a capital and again as a namesake elsewhere is the capital both times: one
        place ("العاصمة القطرية الدوحة", then "أثناء اجتماعهم في الدوحة" in a sentence on Gaza: Doha, not a Gaza
        village of that name)."""
        capitals = {fold_arabic(p.text).text: p.place for p in spans if p.place.kind == "city" and p.place.country
                    and (p.place.country, key(p.place.name)) in self.index.capitals}
        if not capitals:
            return spans
        out = []
        for p in spans:
            capital = capitals.get(fold_arabic(p.text).text) if p.place.kind == "city" else None
            out.append(p.model_copy(update={"place": capital}) if capital is not None and p.place != capital else p)
        return out

    def _camps_told(self, text: str, spans: list[PlaceSpan]) -> list[PlaceSpan]:
        """A town the text also names as a camp ("مخيم النصيرات", then "مستشفى العودة في النصيرات") is the camp, as
        the text tells of it: one place; not a side of the town ("شرق جباليا", beside "مخيم جباليا"), an area of its
        own."""
        camps = {p.place.name: p.place for p in spans if p.place.kind == "camp"}
        if not camps:
            return spans
        out = []
        for p in spans:
            if p.place.kind == "city" and not _SIDE_BEFORE.search(fold_arabic(text, max(0, p.start - 12), p.start).text):
                ids = self.index.arabic.get(_key("مخيم", fold_arabic(p.text).text.split()), ())
                camp = next((camps[e.name] for e in (self.index.entries[k] for k in ids) if e.name in camps), None)
                p = p.model_copy(update={"place": camp}) if camp is not None else p
            out.append(p)
        return out

    def _facility_listed(self, folded: str, words, i: int) -> tuple[int, int, Entry, int] | None:
        """The facility a name stands for in a list after the word for two or more of them ("مخيمي النصيرات
        وجباليا": the Nuseirat and Jabalia camps), where arabic_names.csv names it ("مخيم جباليا"): (folded start,
        end, the facility, words used), or None."""
        before = _FACILITIES_BEFORE.search(folded, max(0, words[i][0] - 60), words[i][0])
        if before is None:
            return None
        for n in range(min(3, len(words) - i), 0, -1):
            for cut in _cuts(words[i][2]):
                name = [words[i][2][len(cut):], *(w for _, _, w in words[i + 1:i + n])]
                ids = self.index.arabic.get(_key(_FACILITY_OF[before.group(1)], name), ())
                facility = next((self.index.entries[k] for k in ids if self.index.entries[k].kind != "city"), None)
                if facility is not None:
                    return words[i][0] + len(cut), words[i + n - 1][1], facility, n
        return None

    def _airport_of(self, folded: str, s: int, e: int, town: Entry, listing: bool) -> tuple[int, int, Entry] | None:
        """The airport a town names after the word for one ("مطار الحديدة الدولي", "مطار جدة", "مطاري جدة والرياض"): the gazetteer's airport
        nearest the town within `_AIRPORT_KM` that bears the town's name or is an international one (of a country: the
        one bearing its name, "مطار البحرين الدولي"), its span from
        that word; none where the gazetteer has none (Vilnius's is not Kyviskes Airfield; Port Sudan's new airport
        is not the old one, now an air base): the town, then, as before. `listing`: whether the text has a word for
        two facilities at all (most have none, and need not be searched for one before each town)."""
        before = _AIRPORT_BEFORE.search(folded, max(0, s - 8), s)
        listed = _FACILITIES_BEFORE.search(folded, max(0, s - 60), s) if before is None and listing else None
        if before is None and (listed is None or listed.group(1) != "مطاري"):
            return None  # (nor a town listed after "مطاري": "مطاري جدة والرياض", the airports of both)
        if self._airports is None:
            self._airports = [x for x in self.index.entries if x.kind == "airport"]
        if town.kind == "country":  # "مطار البحرين الدولي": the airport bearing the country's name, wherever it is in it
            near = [(0.0 if "international" in x.name.lower() else 1.0, x) for x in self._airports
                    if x.country == town.country and key(town.name) in key(x.name)]
        else:
            near = [(km(town.latitude, town.longitude, x.latitude, x.longitude), x) for x in self._airports
                    if x.country == town.country and (key(town.name) in key(x.name) or "international" in x.name.lower())]
            near = [(d, x) for d, x in near if d <= _AIRPORT_KM]
        if not near:
            return None
        international = _INTERNATIONAL_AFTER.match(folded, e)
        return before.start(1) if before else s, international.end() if international else e, min(near, key=lambda dx: dx[0])[1]

    def _words_cuts(self, words) -> list[_Cuts]:
        """Each word's `_cuts`, read once for the whole text (a dict lookup for a word seen before)."""
        seen = self._cuts_memo.get
        return [seen(w) or self._cuts(w) for _, _, w in words]

    def _countries_named(self, words, cuts: list[_Cuts]) -> frozenset[str]:
        """The countries whose names, or whose provinces' names, the text gives (context for its towns).
        `cuts`: each word's `_cuts`."""
        out = set()
        for i in range(len(words)):
            for cut in cuts[i].regions:
                first = words[i][2][len(cut):]
                for n in (1, 2, 3):
                    country = self._regions.get(_key(first, [w for _, _, w in words[i + 1:i + n]]))
                    if country:
                        out.add(country)
        return frozenset(out)

    def _at(self, f: Folded, words, i: int, countries: frozenset[str], word: _Cuts):
        """The longest name starting at word i: (folded start, end, entry, words used), with entry
        None for a listed name that is no place; or None. `word`: the word's `_cuts`."""
        first = words[i][2]
        for cut in word.provinces:  # "محافظات تعز والجوف": the province, not Al Jawf in Libya
            province = f"{_PROVINCE} {first[len(cut):]}"
            listed = _PROVINCES_BEFORE.search(f.text, max(0, words[i][0] - 60), words[i][0])
            # the first name after the word, or a name after "و" or a comma in the list that follows it
            if listed and (not listed.group("listed") or first.startswith("و")
                           or listed.group("listed").rstrip()[-1:] in "،,"):
                return words[i][0] + len(cut), words[i][1], self.index.entries[self.index.arabic[province][0]], 1
        if not word.names:
            return None  # no name starts with this word, with or without its clitics
        context: tuple[bool, bool] | None = None  # (cue, base): read once a name is looked up
        most = min(_MAX_WORDS, len(words) - i, self._reach(word, words, i))
        longest = 1
        while longest < most and words[i + longest][0] - words[i + longest - 1][1] <= 2:
            longest += 1  # punctuation between two words ends a name: the longest without it
        for n in range(longest, 0, -1):
            rest = " ".join([w for _, _, w in words[i + 1:i + n]]) if n > 1 else ""
            for cut, name_first in zip(word.names, word.firsts):
                if n == 1 and cut and word.listed:
                    continue  # a word listed whole, whatever a clitic cut off it leaves: "وتيرة", "فرقة"
                k = f"{name_first} {rest}" if rest else name_first  # `_key`, of words already cut
                if k in self.index.arabic_not_places:
                    if n > 1:
                        return words[i][0], words[i + n - 1][1], None, n  # "نيويورك تايمز": a name with a place in it
                    if not (k in self.index.arabic_curated and (self._after_a_preposition(f, words[i][0], cut) or (
                            not cut and _TOWN_BEFORE.search(f.text, max(0, words[i][0] - 12), words[i][0])))):
                        continue  # "القوات السورية", "مصادر سورية": Syrian; "في سورية", "لسورية": Syria, spelt as it;
                        # "غارات أميركية تدمر رتلاً": destroys; "مدينة تدمر": Palmyra
                if k not in self.index.arabic:
                    continue  # names nothing, whatever the words before it say
                if context is None and k not in self.index.arabic_curated:  # `_pick` takes a curated name as it is
                    context = (_CUE_BEFORE.search(f.text, max(0, words[i][0] - 12), words[i][0]) is not None,
                               _BASE_BEFORE.search(f.text, max(0, words[i][0] - 12), words[i][0]) is not None)
                cue, base = context or (False, False)
                entry = self._pick(k, cue or bool(cut.replace("ك", "").strip("وف")), countries, n + _joined(k),
                                   far=not cut.endswith("ال") and not base)
                if entry is not None and countries and entry.country not in countries and (
                        _QUARTER_BEFORE.search(f.text, max(0, words[i][0] - 40), words[i][0])
                        or _QUARTER_AFTER.match(f.text, words[i + n - 1][1])):
                    return words[i][0], words[i + n - 1][1], None, n  # "حي الجنينة شرق رفح", "مدينة حمد السكنية
                    # بخان يونس": a quarter of a town of the text's countries, not the town abroad named so
                if entry is not None and self._in_another_country(f, words[i + n - 1][1], entry):
                    return words[i][0], words[i + n - 1][1], None, n  # "ومنطقة المحمودية جنوبي لبنان": a place of
                    # Lebanon the gazetteer lacks, not Mahmudiyah in Iraq
                if entry is not None:
                    return words[i][0] + len(cut), words[i + n - 1][1], entry, n
        return None

    def _the_capital(self, text: str, f: Folded, words, i: int, named: frozenset[str], cuts) -> PlaceSpan | None:
        """A country's capital told by its adjective with no name after it ("غارة على العاصمة اللبنانية أمس",
        "اشتباكات في العاصمة الليبية"; not "العاصمة الليبية طرابلس", which names it): the capital city, as where."""
        m = _CAPITAL.fullmatch(words[i][2]) if i + 1 < len(words) else None
        if m is None or not words[i + 1][2].startswith("ال"):
            return None
        city = self._capitals().get(_stem(words[i + 1][2][2:]))
        if city is None or (i + 2 < len(words) and self._at(f, words, i + 2, named, cuts[i + 2])
                            and words[i + 2][0] - words[i + 1][1] <= 2):
            return None
        return self._span(text, f, words[i][0] + len(m.group(1)), words[i + 1][1], city)

    def _capitals(self) -> dict[str, Entry]:
        if self._capital_memo is None:  # a country's stem -> its capital: the stems of `_countries_by_stem`
            capitals = capital_cities(self.index)
            self._capital_memo = {stem: capitals[e.country] for stem, e in self._countries_by_stem().items()
                                  if e.country in capitals}
        return self._capital_memo

    @staticmethod
    def _after_a_preposition(f: Folded, start: int, cut: str) -> bool:
        """Whether a word comes right after a preposition or a direction, as a place does and its
        adjective never does ("غارات على سورية", "شرق سورية", "لسورية"; not "مصادر سورية")."""
        return cut.strip("وف") in ("ب", "ل") or (not cut and _PREPOSITION_BEFORE.search(
            f.text, max(0, start - 12), start) is not None)

    def _cuts(self, word: str) -> _Cuts:
        """The clitics that, cut off a word, leave a name's first word. Memoised: a text's words
        are looked up at least twice, and most name nothing."""
        cuts = self._cuts_memo.get(word)
        if cuts is None:
            if len(self._cuts_memo) > 200_000:
                self._cuts_memo.clear()
            every = _cuts(word)
            names = tuple(c for c in every if _key(word[len(c):], []) in self._firsts)
            cuts = self._cuts_memo[word] = _Cuts(
                provinces=tuple(c for c in every if word[len(c):] in self._provinces),
                names=names,
                regions=tuple(c for c in every if _key(word[len(c):], []) in self._region_firsts),
                firsts=tuple(_key(word[len(c):], []) for c in names),
                listed=_key(word, []) in self.index.arabic_not_places)
        return cuts

    def _reach(self, word: _Cuts, words, i: int) -> int:
        """The most words a name (or a listed name that is no place) starting at word i can have:
        beyond them, no name goes on with the words that follow. `word`: word i's `_cuts`."""
        most = 1
        for k in word.firsts:
            n = 1
            while i + n < len(words) and n < _MAX_WORDS:
                k = f"{k} {words[i + n][2]}"
                if k not in self._heads:
                    break
                n += 1
            most = max(most, n)
        return most

    def _by_sound(self, f: Folded, words, i: int, countries: frozenset[str]):
        """A name after a word for a town that GeoNames lists in Latin script only ("بلدة زاكية" is
        Zākīyah): its letters read as GeoNames writes them, matched by `skeleton` among the region's
        towns. (folded start, end, candidate ids, words used, sure), or None; not `sure` (a name of
        two consonants, or one with no word for a town before it) takes the province after it."""
        word = words[i][2]
        prev = words[i - 1][2] if i else ""
        # after a word for a town (or "ببلدة", "وقرية"), even a word is a name ("بلدة زاكية")
        town = prev in _TOWN_WORDS or (prev[:1] in ("و", "ف", "ب", "ل") and prev[1:] in _TOWN_WORDS)
        if not (town or (word.startswith("ب") and i + 1 < len(words) and words[i + 1][2] in _DIRECTIONS
                         and word not in self.index.arabic_not_places)):
            return None
        if word in _DIRECTIONS or (i >= 2 and (words[i - 2][2], prev) == _IDIOM) \
                or (i + 1 < len(words) and words[i + 1][2] in ("من", "عن")
                    and not (i + 2 < len(words) and words[i + 2][2] == "قبل")):
            return None  # (nor an adjective with its complement: "بلدات قريبة من الحدود", "بعيدة عن"; but "قضاء
            # خبات من قبل الانفصاليين", by them)
        for n in range(min(3, len(words) - i), 0, -1):
            if any(words[j + 1][0] - words[j][1] > 1 or words[j + 1][2] in _DIRECTIONS or words[j + 1][2].startswith("و")
                   for j in range(i, i + n - 1)):
                continue  # a name goes on neither past a direction nor past "and" ("بلدة الكفور وزوجته")
            for cut in _cuts(word) if not town else ("", *(c for c in _cuts(word) if c.startswith("ال"))):
                name = [without_article(word[len(cut):]), *(without_article(w) for _, _, w in words[i + 1:i + n])]
                ids = tuple(dict.fromkeys(k for sound in _sounds(tuple(name)) if len(sound) >= 2
                                          for k in self.index.region_skeletons.get(sound, ())))
                if ids:
                    return words[i][0] + len(cut), words[i + n - 1][1], ids, n, town and len(_sounds(tuple(name))[0]) >= 3
        return None

    def _pick(self, k: str, cue: bool, countries: frozenset[str], n: int, far: bool = True) -> Entry | None:
        """The place a key names: a curated one, else the largest GeoNames town that the text's
        countries, the region or (for a city far away, in a text that names no country) a locative word
        before it allow ("لمينا الزيادية" in Sudan is no city in Nigeria); a
        metropolis anywhere when it may be `far` (not "المدان", an article on a foreign name, nor
        "قاعدة دبلن", a base named after a city)."""
        ids = self.index.arabic.get(k)
        if not ids:
            return None
        if k in self.index.arabic_curated:
            return self.index.entries[ids[0]]
        best = None
        metonym = self._a_metonym(k, ids)
        for i in ids:
            e = self.index.entries[i]
            if n == 1 and len(k) < 4 and e.population < _LARGE:
                continue  # a short word alone is a word far more often than a town ("عنه"), but "عدن" is Aden
            near = e.country in countries or e.country in _ARAB_NEWS_REGION
            # a town of the region or of a country the text names: when it is large, or when its name has
            # two words ("بنت جبيل", not "جبيل" in it), or, in a country the text names (or in a text that
            # names none), when a word says a place follows ("في بلدة العديسة"; not "بلدة مجدل زون جنوبيّ لبنان"
            # as Migdal in Israel); a city far away only when it is large and a word says so
            named = e.country in countries or not countries
            # a mid-sized town of the region in a country the text never names, one word with no word saying
            # a place follows, is a word far more often ("خبراء" experts, not Al Khabra; "سوريّان" two Syrians)
            unnamed = countries and not named and n == 1 and not cue and e.population < _LARGE
            ok = (near and not unnamed and (e.population >= _REGIONAL or n > 1 or (named and cue))) or (
                e.population >= _LARGE and cue and not countries) or (far and e.population >= _METROPOLIS and len(k) >= 4) \
                or (metonym and key(e.name) in self.index.metonyms)  # "لواشنطن": found, as a government (`_span`)
            if ok and (best is None or (e.country in countries, e.population) > (best.country in countries,
                                                                                  best.population)):
                best = e
        return best

    def _a_metonym(self, k: str, ids) -> bool:
        """Whether a key names a place that alone stands for a government (metonyms.txt): read once a key,
        as `_pick` is asked for most keys many times and almost none is one."""
        found = self._metonym_memo.get(k)
        if found is None:
            found = self._metonym_memo[k] = any(key(self.index.entries[i].name) in self.index.metonyms for i in ids)
        return found

    def _capital(self, entry: Entry) -> bool:
        return entry.country is not None and (entry.country, key(entry.name)) in self.index.capitals

    def _span(self, text: str, f: Folded, s: int, e: int, entry: Entry) -> PlaceSpan:
        before = f.text[max(0, s - 25):s]
        if entry.kind in ("country", "admin1"):
            precision = 2 if entry.kind == "admin1" and _NEAR_BEFORE.search(before) else 3
        else:
            precision = 2 if _NEAR_BEFORE.search(before) else 1
        role: PlaceRole = "literal"
        speaks = _SPEAKS_AFTER.match(f.text, e) is not None and not _IN_BEFORE.search(before)
        if entry.kind == "country" and (speaks or _NOT_WHERE_BEFORE.search(before) or _ACTS_BEFORE.search(before)):
            role = "metonymic"
        elif entry.kind == "city" and (key(entry.name) in self.index.metonyms or (
                (entry.population >= _METROPOLIS or self._capital(entry)) and (speaks or _ACTS_BEFORE.search(before)))):
            role = "metonymic"  # "موسكو تحذر", "«واشنطن» تشن غارات", "قالت واشنطن": the government; "واشنطن" alone
            # ("في ضربة منسوبة لواشنطن", "مصالح واشنطن في العراق") as in English (metonyms.txt)
        elif (entry.kind == "country" or entry.kind == "city" and self._capital(entry)) \
                and _ALLEGIANCE_BEFORE.search(before):
            role = "modifier"  # "ترتبط بإيران", "فصيل عراقي موالٍ لطهران": whose side a group is on
        elif _SEAT_BEFORE.search(before):
            role = "modifier"  # "ومقره لندن": the seat of the organisation named before
        elif _AWAY_FROM_BEFORE.search(f.text, max(0, s - 60), s):
            role = "modifier"  # "منطقة القرى السبع التي تبعد قرابة 4 كيلومترات عن قاعدة كونيكو": what the place
            # named before lies near, not a second place struck
        elif _OUTLET_BEFORE.search(before) or (entry.kind != "country" and _TOLD_BY_BEFORE.search(before)):
            role = "modifier"  # "قالت قناة \"الميادين\"", "وأفادت الميادين بأنّ": the channel, not the town (al-Mayadin)
        elif _BYLINE_BEFORE.search(f.text, max(0, s - 40), s) or (
                (line := _BYLINE_LINE_BEFORE.search(f.text, max(0, s - 60), s)) and _BYLINE_LINE_AFTER.match(f.text, e)
                and not _HEADLINE_WORDS.search(f.text, line.start(), s)):
            role = "modifier"  # "تلفزيون سوريا - إسطنبول", "أخبار عربية – واشنطن/بغداد" alone on its line: where the
            # outlet writes from, not a place attacked
        elif _TAKEN_TO_BEFORE.search(f.text, max(0, s - 90), s):
            role = "modifier"  # "نقل جثتيهما إلى مستشفى في بلدة بنت جبيل": where the dead were taken
        elif _FUNERAL_BEFORE.search(f.text, max(0, s - 70), s):
            role = "modifier"  # "شيّعت ... في صنعاء أربعة من مقاتليها": where they were buried
        elif "من" in before and _FROM_BEFORE.search(before):  # "من" is in every match: most have none
            role = "modifier"  # "launched from Yemen": not where it struck ("نحو الأردن", towards Jordan, is)
        start, end = f.span(s, e)
        return PlaceSpan(place=self._place(entry, precision), text=text[start:end], start=start, end=end, role=role)


def _most_named(found: list) -> frozenset[str]:
    """The country most of the places read are in, if one is (not one word read as a town abroad: "الأمان", safety,
    is no Amman in a report on Lebanon's south); none otherwise."""
    counts = Counter(q.place.country for q in found if isinstance(q, PlaceSpan) and q.place.country)
    top = counts.most_common(2)
    return frozenset({top[0][0]}) if top and (len(top) == 1 or top[0][1] > top[1][1]) else frozenset()


__all__ = ["ArabicPlaces"]

