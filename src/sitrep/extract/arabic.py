"""Reading Arabic reports and channel posts into the same mentions as English ones.

An Arabic text is read sentence by sentence (sentences end at . ! ؟ ؛ and empty lines) on its
folded form (`sitrep.text.fold_arabic`), with the Arabic dictionaries (`lexicon/data/ar/`):
- a sentence reports an attack when it has an event word (استهداف، قصف، هجوم، غارة، اعتراض...) and
  no word of a threat, plan or condition (ستستهدف، تهدد، في حال، تعليق العمليات);
- its places come from the geo stage (which reads Arabic names); each site is a mention, and
  with no site the most precise province or country named is;
- its actor is the first one named that is not the target ("استهداف القوات الأمريكية", "على
  قاعدة ...") nor the side that intercepts; a header line naming an actor ("المقاومة الإسلامية
  في العراق:") and a claim word make it the claimant for the sentences after it;
- weapons with their counts (a dual carries 2: "بطائرتين مسيرتين"); "صاروخ" is a rocket when a
  group fires it and a missile when a state does;
- casualties from numbers (digits, number words, duals) beside the words for killed and wounded;
- the date from a date phrase (a day named after a verb of saying is the latest day it can be; one
  after "منذ" is when a count began), else, in a post, the one it gives elsewhere, else on or before
  the day of publication;
- a country is where only after a word of place ("في سوريا"), and joins the site in it the text names.
Fields are normalised to the English vocabulary; the Arabic stays in the evidence.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections import Counter
from dataclasses import replace
from typing import Literal, cast

from sitrep.extract import (
    _DATELINE_LAG,
    ITEM,
    LONG_PAST,
    Draft,
    Site,
    TimeLimit,
    _agree,
    _ArticleReader,
    _on_or_before,
    _take_toll,
    _weapons_agree,
    long_past,
    without_stamp,
)
from sitrep.extract.roles import ARMED_GROUPS
from sitrep.lexicon import Match
from sitrep.lexicon.arabic import ArabicLexicon
from sitrep.model import FACILITY_KINDS, ActorRole, Mention, PlaceSpan, Tally, Weapon
from sitrep.text import Sentence
from sitrep.text.arabic import THE_COUNTRY, Folded, arabic_pattern, fold_arabic
from sitrep.when import DateSpan
from sitrep.when.arabic import NUMBER_WORDS, WEEKDAYS, find_dates

# A number; a number word may follow "و" or "ب" ("ثمانية قتلى وسبعة أصيبوا", "بأربعة صواريخ"), a figure any one-letter
# word ("70 قتيلا و8 جرحى", "بـ10 صواريخ").
_NUMBER = re.compile(r"(?:(?<![\w.])|(?<=(?<!\w)[وبلف]))(\d{1,4})(?![\d.])|(?:(?<!\w)|(?<=(?<!\w)[وب])|(?<=(?<!\w)وب))("
                     + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?!\w)")
_APPOSED_DATE = re.compile(r"[\s,،]*[(\[]?\s*")  # between a day and the same day written out: " ("
_HEADER_END = re.compile(r"\s*[:|]\s*$")
_A_DAY = dt.timedelta(days=1)
# The end of the words before a name: a quote or the clitic "ل" written apart ("لـ\"التحالف\"").
_FROM_BEFORE = re.compile(r"(?<!\S)من\s+$")  # "انطلقت من قاعدة أمريكية": from it, not at it
_THAT_BEFORE = re.compile(r"(?<!\w)[وب]?[اأإ]ن(?:ه|ها)?(?!\w)")  # "زعمت ... أن حزب الله": what is said opens
_COUNT_OF = re.compile(r"(?<!\S)[وبل]?(?:ال)?عدد\s+$")  # "عدد المصابين": the number of the wounded
_CLAUSE_STOP = re.compile(r"[.،,؛:]")
_QUOTES = re.compile(r"[\"“”«»]")
_OPENED = re.compile(r"\s*[\"“«]+$")
# "so-called", which says nothing of the name after it: "فرقة المدرعات التابعة لما يسمى (التحالف الدولي)",
# nor does "calling itself": "الجماعة المسلحة التي تطلق على نفسها "المقاومة الإسلامية" في العراق استهدفت" (its
# "على" is no attack on the name)
_SO_CALLED = arabic_pattern(r"\s+(?:[لب]?ما\s+(?:يسمى|يعرف|يدعى)|(?:تطلق|يطلق|تسمي|يسمي)\s+(?:على\s+)?(?:نفسها|نفسه|نفسهم))"
                            r"(?:\s+باسم|\s+اسم|\s+ب)?[\s\"“«(ـ]*$")
_CLOSED = "\"”»"
# A sentence that opens on another report or event ("كما أفاد المسؤول الأمريكي عن هجوم بعدة صواريخ في سوريا الخميس",
# "وفي سياق منفصل"): the attacker of the one before is not lent to it (but "كما استهدفت ...", also struck, is its).
_ANOTHER_OPENING = arabic_pattern(r"\W*(?:و?كما\s+(?:افاد|افادت|اعلن|اعلنت|ذكر|ذكرت|قال|قالت|اشار|اشارت|اكد|اكدت)\s"
                                  r"|و?في سياق (?:اخر|منفصل)|و?من جهه اخري|و?في تطور اخر)")
# A clause of what a side did before, between commas ("فصيل ...، سبق أن أعلن مسؤوليته عن العديد من الهجمات الأخيرة
# على القوات الأمريكية ...، أنه استهدف القاعدة"): its count of attacks is no count of the attack told.
_PREVIOUSLY = arabic_pattern(r"(?<!\S)سبق\s+(?:و\s*)?(?:ان|أن)\s+[^،,.]*[،,]")
_BELONGING = re.compile(r"(?:ال)?تابع")  # "تابعة", "التابعة", "التابعين" (folded): belonging to
_BELONGING_END = re.compile(r"(?<!\S)(?:ال)?تابع\w*\s*$")  # and written last, before the side
# Fighters, right before the word of their belonging ("مسلحون تابعون لتنظيم داعش"): the side's own people
_FIGHTERS_BEFORE = arabic_pattern(r"(?<!\S)[وف]?(?:ال)?(?:مسلحون|مسلحين|مسلحو|عناصر|مقاتلون|مقاتلين|مقاتلو)\s+$")
# Between a weapon and the word of its belonging, what is believed of it: "طائرات مسيرة يشتبه في أنها تابعة لقوات ..."
_BELIEVED = re.compile(r"\s+(?:يعتقد|يرجح|يشتبه|يحتمل)(?:\s+في)?\s+ب?انه?ا?\s+")
_OWNER = re.compile(r"[وف]?ل")  # the clitic ل of "للحوثيين", "ولحزب الله": belonging to
_NAMED_DEATH = re.compile(r"(?:مقتل|اغتيال|استشهاد|مصرع)$")  # the death of ... (a masdar before a name)
# After it, one or two words that are a name, then where or how ("مقتل غنيوة في قلب طرابلس", "اغتيال أبو تقوى بغارة"):
# no number, no plural, no quantity
_NAME_WORD = r"[^\s\d،,.:؛\"“”«»()]+(?<!ين)(?<!ون)(?<!ات)"  # a word of a person's name: no number, no plural
_ONE_NAMED_AFTER = arabic_pattern(r"\s+(?!(?:ال)?(?:عشرات|مئات|الاف|عدد|العديد|جميع|كل|اكثر|نحو|حوالي|احد|اثنين)(?!\w))"
                                  rf"(?:{_NAME_WORD}\s+){{1,2}}?"
                                  r"(?=(?:في|فى|ب\S*|جراء|اثر|علي يد|خلال|قرب)(?!\w))"
                                  # or a name of up to three words, then who he was: "مقتل محمد علي حديد، الذي حددته المصادر"
                                  rf"|\s+(?:{_NAME_WORD}\s+){{1,2}}{_NAME_WORD}"
                                  r"(?=\s*[،,]\s*(?:الذي|وهو|احد|القيادي|قائد|المسؤول)(?!\w))")
# A word for launching or firing, an attack word only with a weapon near it ("أطلقوا صواريخ", "الصواريخ الإيرانية عند
# إطلاقها"; not "وأطلق بولس تحركاً دبلوماسياً", a diplomatic move launched)
_LAUNCHED = arabic_pattern(r"[وف]?(?:اطلاق|اطلق|اطلقت|اطلقوا|يطلق|تطلق|يطلقون)(?:ها|هم|ه|نا)?")
_LAUNCH_REACH = 40  # characters either side of the word a weapon it launched is named within
_COUNTRYSIDE_BEFORE = arabic_pattern(r"(?<!\S)[وف]?ب?ريف\s+$")  # "في ريف دير الزور": the country around a town
_AND_MORE = arabic_pattern(r"(?<!\S)و(?:عدد|العديد|عشرات|اخرين|آخرين|اخرون|آخرون)(?!\w)")
_LIST_ENDS = arabic_pattern(r"\s+(?:في|فى|ب\S+|جراء|اثر|علي يد|خلال|قرب|بينهم|منهم)(?!\w)|[،,.:؛]")  # the end of a list of dead
_KIN = arabic_pattern(r"(?:طفلت|طفل|ابن|ابنت|زوج|زوجت|شقيق|شقيقت|والد|والدت|نجل|نجلت|اخ|اخت)(?:ه|ها|هما)(?!\w)")
_OWNER_APART = re.compile(r"(?<!\S)[وف]?ل\s*[\"“«]\s*$")  # and written apart, before a quote: 'مقراً لـ "قسد"'
# The first word of a side named by its aircraft or guns ("طيران الاحتلال", "مدفعية الجيش"): right after an attack
# noun (`_MASDAR_BEFORE`: "قصف طيران الاحتلال لمدرسة"), whose attack it is, not what was attacked.
_ARMS = re.compile(r"(?:طيران|طائرات|طائره|مقاتلات|مدفعيه|بوارج|مسيرات)(?!\w)")
# A side's air force or guns, before the word of belonging ("شنَّ سلاح الجو التابع للجيش السوداني غارة")
_ARM_BEFORE = re.compile(r"(?<!\S)(?:سلاح الجو|(?:ال)?(?:طيران|مقاتلات|مدفعيه|بوارج)(?:\s+(?:ال)?حربي)?)\s+$")
# Right before a casualty word, a count left untold ("استشهاد 8 مواطنين وعدة إصابات": several wounded, not eight;
# "العشرات من الجرحى"; not "ارتفاع عدد الإصابات إلى 5", the number of the wounded)
_UNTOLD_BEFORE = re.compile(r"(?<!\S)[وف]?(?:عده|عدد\s+من|العديد\s+من|بعض|عشرات|العشرات|مئات|المئات)(?:\s+من)?\s+$")
_ILLNESS_AFTER = re.compile(r"\s*ب(?:ال)?(?:سرطان|مرض|امراض|فيروس|كورونا|كوليرا|الكوليرا|حمي|السكري|التوحد)(?!\w)")
_MASDAR_BEFORE = re.compile(r"(?<!\S)[وفبل]?(?:ال)?(?:قصف|غاره|غارات|ضربه|ضربات|هجوم|هجمات|استهداف|اغاره)\s+$")
_CLITIC_END = re.compile(r"\s*(?:(?<!\S)ل)?[\"«»“”']*\s*$")
# An attack word no object follows with ل, right before a side's name written with it: the side made the attack
# ("في هجوم لتنظيم داعش", "بهجوم لـ\"داعش\""); not a verbal noun, whose ل takes what it struck ("استهداف للقوات")
_ATTACK_OF_BEFORE = re.compile(r"(?<!\S)[وفب]?(?:ال)?(?:هجوم|هجوما|هجمات|هجومين|غاره|غارات|كمين|اعتداء|اعتداءات)\s+"
                               r"(?P<apart>ل\s*[\"“«]?\s*)?$")
# A post is this short: a date it gives anywhere is its attack's ("بتاريخ 09-05-2026" on a line of its
# own); a longer report dates each attack where it tells it, and an attack it does not date is undated.
_POST_SENTENCES = 5
_LONG_AGO_DAYS = 30  # a count since this many days ago or more tells a war, not an attack
_NAMED_GAP = 40  # characters at most between a description of groups and the group it names ("، تطلق على نفسها اسم")
_MEMBER_GAP = 3  # characters at most between an umbrella's name and its member's ("- ", " – ")
_LENT = "the attacker the text named before"
# An attack told as like one told already ("وتعرض مطار أربيل لهجوم مماثل في أبريل/ نيسان الماضي"): another attack
_SIMILAR = arabic_pattern(r"(?<!\w)\S*(?:هجوم|هجمات|هجوما|استهداف|قصف|غاره|غارات|اعتداء|ضربه|ضربات)\s+(?:مماثل|مماثله|مشابه|مشابهه)(?!\w)")
# Between an attack and a threat told after it: a clause of its own ("، فيما توعد", "بينما هدد")
_THREAT_CLAUSE = arabic_pattern(r"(?<!\w)(?:فيما(?!\s+[اإ]ذا)|بينما|في حين|وسط)(?!\w)")
# After "perhaps": a verb of what an attack did or was ("وربما أسفرت عن مقتله", "وربما كانت قادمة من إيران")
_HEDGED_OUTCOME = arabic_pattern(r"\s*(?:اسفر|اسفرت|ادي|ادت|كان|كانت|تسبب|تسببت|خلف|خلفت)(?!\w)")
_A_YEAR = arabic_pattern(r"(?<!\w)(?:ال)?(?:عام|سنه)\s+(\d{4})(?!\d)")  # "عام 2014", "سنة 2012"
_NOT_THE_ATTACKS_YEAR = arabic_pattern(r"(?<!\w)(?:منذ|الذي|التي|الذين|اللذين|اللتين)(?!\w)")  # before it in its clause
_HEADER_COLON = re.compile(r"[^\n:]{0,30}:")  # the rest of the name a post opens with, as the side speaking
_LETTER = re.compile(r"[^\W\d_]")
# Opening a clause told as a sentence of its own (text.segment): another event "at the same time", whose
# attacker is not the one the text goes on to tell of
_ASIDE = arabic_pattern(r"^\W*و?(?:بالتزامن|تزامنا)\s+مع(?!\w)")
# A side a few kilometres from which an attack came down ("ووصلت الطائرة بدون طيار على بعد بضعة كيلومترات من
# القوات الأمريكية"): the side it was aimed at, not the attacker
_DISTANCE_FROM = arabic_pattern(r"(?<!\S)(?:على|علي)\s+(?:بعد|مسافه)\s+(?:\S+\s+){0,4}?(?:من|عن)\s+$")
_APPOSITION_GAP = 3  # characters at most between a name and another of the same side in apposition (' “')
# The dead and the wounded told as one count ("مقتل وإصابة 10 مقاتلين", "أكثر من 100 شهيد وجريح", "بين قتيل وجريح",
# "44 مدنيًا سقطوا قتلى وجرحى"): neither's figure.
_KILLED_AND_WOUNDED = arabic_pattern(r"(?<!\w)(?:(?:مقتل|قتل|استشهاد|سقوط)\s+و(?:اصابه|جرح)|(?:شهيد|قتيل)\s+و(?:جريح|مصاب)"
                                     r"|(?:قتلى|شهداء)\s+و(?:جرحى|مصابين))(?!\w)")
_LOCATED_GAP = 40  # characters at most between a place and the words that say where it lies
_HOME_GAP = re.compile(r"[\"”»']\s+(?:في|فى|من)\s+")  # "\"المقاومة الإسلامية\" في العراق"
_IN_HOME = re.compile(r"\s+(?:في|فى)\s+")  # "ميليشيا الحوثي في اليمن", the side speaking
# What weapons did that no one claims: fell, exploded, hit ("أن ثلاثة صواريخ سقطت قرب السفارة"; not "أن طائرات حربية أغارت
# على مواقع", "أن صواريخ توماهوك أطلقت من مدمرة أمريكية": the state's own strike, which it tells as its claim)
_FELL = re.compile(r"(?<!\S)[وف]?(?:سقط|سقطت|سقطتا|سقطا|وقع|وقعت|انفجر|انفجرت|اصاب|اصابت)(?!\w)")
_NUMBER_AT = re.compile(r"\s*(?:(?:" + _NUMBER.pattern + r")\s*)?")  # a number a clause opens with ("أن ثلاثة صواريخ")
_THAT = re.compile(r"(?<!\S)[وف]?ب?ان(?!\S)")  # "أن", "بأن", "إن" (folded): the clause of what a side says
_SAYS_REACH = 60  # characters from a side that says to the side its clause names
_NAME_TO_HOME = 4  # characters from a side's name to the countries it is of ("للمقاومة الإسلامية بالعراق وسوريا")
_BLAME = arabic_pattern(r"المسؤولية|باللوم|باللائمة")  # words that blame a side for an attack
# An accusation, and after the side accused the charge (`_blamed`).
_ACCUSES = arabic_pattern(r"(?<!\S)[وف]?(?:اتهم|اتهمت|يتهم|تتهم|اتهام|اتهامات)(?!\S)")
# After a side whose response is told: what it answered, after it ("رد المقاومة الإسلامية العراقية، بعد تنفيذ الجيش
# الأمريكي ... الضربات")
_AFTER_WHAT_AFTER = arabic_pattern(r"(?:\s+[^\s،,.]+){0,2}?\s*[،,]?\s*(?:بعد|عقب|اثر)\s")
_ACCUSER_BEFORE = arabic_pattern(r"(?<!\S)[وف]?(?:اتهم|اتهمت|يتهم|تتهم)\s+$")  # the side that accuses comes first
_ACCUSED_AFTER = arabic_pattern(r"\s+(?:\S+\s+){0,2}?ب(?:(?:الوقوف|الضلوع|المسؤولية)\s+(?:خلف|وراء|عن|في)|(?:الهجوم|الهجمات|"
                                r"شن|تنفيذ|استهداف|قصف|الاعتداء)(?:\s+على)?)(?!\S)")  # "... إيران بالهجوم على القاعدة"
# After a day set apart by a comma, what was said on it: "قالت صحيفة ... نقلا عن برقية ...، الاثنين، إن السفارة ..."
_SAID_THAT_AFTER = arabic_pattern(r"\s*[,،]\s*(?:إن|أن|بأن)(?!\S)")
_GAP_AFTER_A_DAY = re.compile(r"[\s,،]*")  # between a day and the verb of saying after it
_TODAY = arabic_pattern(r"(?<!\w)[وف]?اليوم(?!\w)")  # "today" in a date phrase, as `when.arabic` reads it
# Right before a nationality: a raid, strike, shelling or aggression, which it names the maker of ("بغارة أمريكية"; not
# "حاملتي طائرات أمريكيتين", carriers, nor "محاولة توغل إسرائيلية", repelled)
_RAID_BEFORE = arabic_pattern(r"(?<!\w)[وفبل]?(?:ال)?(?:غاره|غارات|ضربه|ضربات|قصف|عدوان)\s+(?:ال)?$")  # "بالضربة الأمريكية"
_CLOCK_AFTER = re.compile(r"\s*[-–|،,]?\s*(?:الساعه\s+)?\d{1,2}:\d{2}")  # the hour a page was posted at, after its day
# "the same day": the day of the attack told before ("وقبل استهداف مطار بغداد من نفس اليوم، تعرض رتل ... لهجوم بعبوة
# ناسفة قرب جسر الديوانية", after the airport's rockets of Friday)
_SAME_DAY = arabic_pattern(r"(?<!\w)(?:(?:نفس|ذات)\s+اليوم|اليوم\s+(?:نفسه|ذاته))(?!\w)")
_CEREMONY_AFTER = arabic_pattern(r"[\s,،]*(?:[^\s.,،]+[\s,،]+){0,4}?(?:مراسم|مراسيم)(?!\S)")  # after a day: its ceremony
# A sentence of its own that points back at the operation told, and the word before its weapons ("باستخدام")
_THE_OPERATION = arabic_pattern(r"(?<!\w)[وف]?(?:العمليه|الضربات|الضربه|الغارات|الهجمات|الهجوم)(?!\w)")
_USING_BEFORE = arabic_pattern(r"(?<!\w)(?:باستخدام|مستخدما|مستخدمه|مستخدمين|بواسطه)\s+(?:\S+\s+)?$")
_TOLD_AGAIN = 3  # sentences from an attack's last to one that blames someone for it
# Before a date: when a count began ("منذ 17 تشرين الأول", "اعتبارًا من السابع عشر من أكتوبر"), not when an attack was;
# but not across "وكان آخرها" (the last of them: "منذ بداية الشهر وكان آخرها هجوم يوم 15 يناير").
_SINCE = arabic_pattern(r"(?<!\w)[وف]?(?:منذ\s+(?:(?![وف]?(?:كان|كانت|اخر|حتى|لكن)\w*\s)[^\s،,.:؛]+\s+){0,14}|اعتبارا\s+من\s+|ابتداء\s+من\s+)(?:ال)?$")  # or what began that day: "منذ انطلاق
# عملية “طوفان الأقصى” يوم 7 تشرين الأول"; the article may be written on the day: "منذ الـ28 من شباط"
# Before a date: the day a war broke out or began, a few words on ("إثر اندلاع الحرب ضدّ حركة حماس في قطاع غزة في السابع من
# تشرين الأول/أكتوبر", "منذ بدء العدوان على غزة في 7 أكتوبر"): the war's day, as when a count began, not an attack's
_WAR_BEGAN = arabic_pattern(r"(?<!\w)(?<!مع )[وب]?(?:اندلاع|بدء|بدايه|انطلاق|اشتعال)\s+(?:ال)?(?:حرب|عدوان|معركه|مواجهات)(?!\w)"
                            r"(?:\s+[^\s،,.:؛]+){0,8}?\s+(?:في|يوم)\s+(?:ال)?$")
_WAR_BEGAN_REACH = 90  # characters before a day the war word may stand (not "مع بدء العدوان على غزة في 7 أكتوبر، قصفت":
# the attack told on the war's first day)
# "A death" (وفاة) counts the dead of an attack only as what it caused ("مما أدى لوفاة (9) مرافقين", "أسفر عن وفاة"): not
# "أعلنت وزارة الصحة وفاة 4 أطفال بسبب سوء التغذية", deaths told beside it
_A_DEATH = arabic_pattern(r"[وف]?[بل]?وفاه")
_CAUSED_BEFORE = arabic_pattern(r"(?<!\w)(?:ادي|ادت|يودي|تودي|اسفر|اسفرت|يسفر|تسفر|تسبب|تسببت|نتج|نجم)\s+(?:عنه\s+|عنها\s+)?(?:عن|في|الي|ب)?\s*$")
# ... or as what an attack told after it caused ("وفاة متعاقد أمريكي اليوم، عندما ضربت 10 صواريخ"; not "وفاة 4 أطفال
# بسبب سوء التغذية", no attack)
_WHEN_AFTER = arabic_pattern(r"(?:\s+\S+){0,5}?[\s،,]+(?:عندما|حينما|حين|جراء|اثر|نتيجه|بسبب)\s+")
_WHEN_REACH = 30  # characters after "when" its attack word may stand
_BY_WEAPON_AFTER = arabic_pattern(r"(?:\s+\S+){0,3}?\s+ب(?:رصاص|قصف|غاره|غارات|نيران|قذيفه|قذائف|صاروخ|صواريخ|طائره|مسيره)(?!\w)")
_SINCE_REACH = 110  # characters before a day "منذ" may stand ("منذ استهداف القوات الأمريكية في البرج 22 قرب الحدود
# السورية العراقية الأردنية في 28 من شهر يناير": the attack a count runs from, twelve words on)
_GATHERING_REACH = 90  # characters before a place the word for a speech or rally it was said at may stand
# Before a place, a treaty named after it, and the words that may follow its name before the next ("اتفاقيتي جنيف لعام
# 1949 وفيينا لعام 1961"): the conventions of Geneva and Vienna, not where anything was
_TREATY_BEFORE = arabic_pattern(r"(?<!\S)[وب]?(?:ال)?(?:اتفاقيه|اتفاقيتي|اتفاقيات|معاهده|معاهدتي|معاهدات)\s+"
                                r"(?:\S+\s+){0,4}?[و]?$")
_FROM_REACH = 30  # characters at most from a weapon to the country it came from ("صواريخ أطلقت من إيران")
_STATE_AFTER_CLAIM = 6  # characters at most between the word of announcing and the state that announces ("أعلنت دولة")
_SAID_REACH = 60  # characters before a day the word that says it was said or claimed may stand ("تبنت جماعة «نصرة
_ACCOUNT_REACH = 120  # characters back to "وفق" or "بحسب" whose clause gives the date (as English "according to")
# الإسلام والمسلمين» الإرهابية، اليوم السبت")
# before the day a count since another runs to ("منذ الـ 19 اكتوبر ... ولغاية الـ 5 يناير")
_UNTIL = arabic_pattern(r"(?<!\w)[و]?(?:لغايه|حتى|الى|إلى)\s+(?:\S+\s+)?$")
# before a dateline's town on its line: the writer's name, a dash after it ("محمد الرخا - دبي -")
_WRITER_BEFORE = re.compile(r"[^\W\d_]+(?:\s[^\W\d_]+){0,3}\s*[-–—]")
# after a dateline's town and its writer's name: the day it was filed ("في الجمعة 26 سبتمبر 2025")
_DAY_AFTER = re.compile(r"\s+(?:في\s+)?(?:يوم\s+)?(?:ال)?(?:" + "|".join(w.removeprefix("ال") for w in WEEKDAYS) + r")(?!\S)")
# or the date written out, then a dash ("بوابة اوكرانيا – كييف في24 يناير 2024 –")
_DATE_DASH_AFTER = re.compile(r"\s*(?:في\s*)?\d{1,2}\s*[^\s\d]+\s*(?:\d{4})?\s*[-–—]")
# after a dateline's town: the outlet or agency in brackets or not, then a dash or a colon; or its day and
# agency between slashes ("طهران / 3 شباط / ارنا -", "بغداد/سما/" closing its line), or its country after a comma
# ("بيروت ، لبنان –")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)\n]{1,40}\)|[-–—]\s*[^\s:\n]{1,12}(?:\s[^\s:\n]{1,12}){0,2}\s*(?=:)"
                             r"|(?:\s*[/،,]\s*[^/،,\n:–—-]{1,25}){1,4})?\s*(?:[-–—:]|/[ \t]*\n)")
# before a place: a word for a base, and what may stand between ("القاعدة الأمريكية "تل بيدر"", "قاعدة")
_BASE_NAMED = arabic_pattern(r"(?:ال)?(?:قاعده|قواعد)[\s\"“«]")  # a place named with its word for a base
_BASE_BEFORE = arabic_pattern(r"(?<!\w)[وف]?(?:ب|ل)?(?:ال)?(?:قاعده|قواعد)(?:\s+ال\S+يه)?[\s\"“«]*$")
_AGENCY_AFTER = re.compile(r"\s*\((?!\s*(?:يوم\s+)?(?:" + "|".join(WEEKDAYS) + r")\s*\))[^()\n\d]{1,40}\)")  # after a dateline's
# day: the agency it is filed by ("(شينخوا)"), not the weekday it was ("الليلة الماضية (الأحد)")
# after a dateline's town: the day it was filed and its agency, the text following at once ("بغداد 17 أغسطس 2021
# (شينخوا) أفاد مصدر أمني", "صنعاء أول أبريل 2025 (شينخوا)")
_DATED_AGENCY_AFTER = re.compile(r"[ \t]+(?:\d{1,2}|[أا]ول)[ \t]+[^\s\d()]+(?:[ \t]+\d{4})?[ \t]*\([^()\n\d]{1,40}\)")
_TODAY_NAMED_BEFORE = re.compile(r"(?<!\w)اليوم[\s،,]*\(\s*(?:يوم\s+)?$")  # "اليوم (الأحد"
_DATELINE_SENTENCES = 5  # the first sentences, where a dateline may be
_STAMP_REACH = 30  # characters from a line's start an outlet's name and the page's day may take ("المؤشر 23-07-2024")
_DOER_GAP = 25  # characters at most from an attack word to the words that say who carried it out ("ضربات جوية نفذها")
_WITHIN_TOWN_GAP = arabic_pattern(r"\s*(?:في|ب)\s*(?:(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)\s+)?(?:مدينه|بلده)\s+")
_IN_GAP = arabic_pattern(r"\s*(?:في|داخل|ب)\s*")
# Before the first of two towns an attack was between ("بين قريتي عيناثا وعيترون", "بين بلدتي الرميلان واليعربية")
_BETWEEN_BEFORE = arabic_pattern(r"(?:^|\s)بين\s+(?:(?:بلدتي|قريتي|مدينتي|منطقتي|بلدتين|قريتين)\s+)?[\"“«(]?$")
# Why it happened, as a fault: "نتيجة خطأ فني", "بسبب “عطل فني”", "جراء خلل فني".
_ACCIDENT_OF_A_FAULT = arabic_pattern(
    r"(?<!\S)[وفل]*(?:نتيجه|بسبب|جراء|اثر)\s+[\"“«]?(?:خطا|عطل|خلل)\s+(?:فني|تقني|ميكانيكي)"
    # or said to be no hostile act: "يبدو الان انه لم يكن عملا معاديا", "لم يكن نتيجة نيران معادية أو نيران صديقة"
    r"|(?<!\w)(?:لم|ليس|ليست)\s+(?:(?:يكن|تكن)\s+)?(?:(?:نتيجه|بسبب|بفعل|جراء)\s+)?(?:عملا|عمل|نيران|هجوما|هجوم)\s+معادي")
# An aircraft that fell or crashed ("قتلوا في سقوط طائرة هليكوبتر", "طائرة التزود بالوقود ... التي تحطمت")
_AIRCRAFT_FELL = arabic_pattern(r"(?<!\w)[وفب]?(?:سقوط|تحطم)\s+(?:ال)?طائر|(?<!\w)(?:ال)?طائره[^.]{0,80}?(?:تحطمت|سقطت)(?!\w)")
# The side told of before, named again as "the same" ("وفي وقت سابق، فجر السبت، تبنّت ذات الفصائل استهداف قاعدة حرير")
_THE_SAME_SIDE = arabic_pattern(r"(?<!\w)(?:ذات|نفس)\s+(?:ال)?(?:فصائل|فصيل|جماعه|مجموعه|مجموعات|حركه|ميليشيا|ميليشيات|المقاومه)(?!\w)")
_STRUCK_AFTER = arabic_pattern(r"[\s,،]*(?:تعرضت|تعرض|استهدفت|استهدف|اصيبت|اصيب|قصفت)(?!\w)")  # what was named was hit
_AIMED_AT_BEFORE = arabic_pattern(r"(?<!\w)(?:استهدف|استهدفت|باتجاه|نحو|صوب)\s+$")  # a weapon aimed at what follows
_DISTRICT_BEFORE = arabic_pattern(r"(?<!\w)(?:مديرية|منطقة|بلدة|قرية|ناحية|قضاء)\s+(?:\S+\s+){0,2}\S+\s+(?:ب|في\s+)$")
_AND = r"\s*(?:[,،]\s*و?|و)"  # a comma or "و" between two names
_LIST_GAP = arabic_pattern(_AND + r"\s*")  # "بلدة مركبا جنوبي لبنان" is no list
_BETWEEN_GAP = arabic_pattern(_AND + r"(?:ال)?\s*")  # ... and between two villages, with the second's article where the
# gazetteer names it without ("بين بلدتي خربة سلم والجميجمة")
# between a town and the countryside, province or district it lies in: "مدينة البوكمال في ريف دير الزور الشرقي",
# "بلدتي خربة سلم والجميجمة في قضاء بنت جبيل" (a town listed with it between), "بمدينة «سوكولو» بولاية سيغو"
_CONTAINER_GAP = arabic_pattern(r"(?:\s*و\S+)?[\s,،]*(?:في|ب)?\s*(?:ريف|بريف|محافظه|بمحافظه|قضاء|بقضاء|مديريه|بمديريه|ولايه|اقليم)\s+")
_BEARING_GAP = arabic_pattern(r"[\s,،\"“”«»()]*(?:ال\S+[\s,،]+)?(?:(?:نحو|حوالي|قرابه)\s+)?(?:[\d٠-٩]+\s*/?\s*(?:كم|كيلومترا|كيلومترات|كيلومتر)\s+)?"
                              r"(?:(?:جنوب|شمال)\s+)?(?:غربي|شرقي|شمالي|جنوبي|غرب|شرق|شمال|جنوب)(?:\s+(?:مدينه|بلده|قريه|مخيم|العاصمه(?:\s+ال\S+يه)?))?\s*")
# between a facility and a place it is said to be near: "قاعدة حرير قرب مطار أربيل الدولي" (where the base is),
# "قاعدة "فيكتوريا" العسكرية، التي تضم قوات أمريكية ومستشارين للتحالف الدولي قرب مطار بغداد الدولي", or a
# bearing away from: "قاعدة عين الأسد الجوية بالعراق، التي تستضيف قوات أمريكية ودولية أخرى غربي بغداد"
_NEAR_GAP = arabic_pattern(r"[\s,،\"“”«»()]*(?:ال\S+[\s,،]+)?(?:(?:ب\S+[\s,،]+)?(?:التي|الذي)\s+(?:[^\s.]+[\s,،]+){0,8}?)?"
                           r"(?:[\d٠-٩]+\s*/?\s*(?:كم|كيلومترا|كيلومترات|كيلومتر)\s+)?"  # "... في محافظة الأنبار 120/كم غربي بغداد"
                           r"(?:قرب|بالقرب من|بجوار|بمحاذاه|قريبا من|في محيط|غربي|شرقي|شمالي|جنوبي|غرب|شرق|شمال|جنوب)\s*")
# between a facility and the town it is in: "قاعدة حرير الأمريكية، في مدينة أربيل", "حقل كونيكو للغاز بريف دير
# الزور", "قاعدة الاحتلال الأمريكي (حرير) في أربيل" (the rest of its name, a nationality, a word of place, a word for
# a town, a bracket may stand between)
_SAME_PLACE_GAP = arabic_pattern(r"[\s,،\"“”«»()]*(?:لل\S+\s+)?(?:ال\S+[\s,،]+){0,3}(?:(?:في|ب|قرب|غربي|شرقي|شمالي|جنوبي|غرب|"
                                 r"شرق|شمال|جنوب|بمحافظه|محافظه|بريف|ريف)\s*)?(?:(?:مدينه|بلده|قضاء|ناحيه)\s+)?")


def _a_day(d: DateSpan) -> bool:
    """Whether a date is one day, or the day and night before ("خلال الـ24 ساعة الماضية")."""
    return d.precision == "day" or (d.start is not None and d.end is not None and (d.end - d.start).days <= 1)


def read_arabic(reader: _ArticleReader, lex: ArabicLexicon, deadline: float | None) -> list[Mention | Tally]:
    return _ArabicReading(reader, lex).read(deadline)


class _ArabicReading:
    def __init__(self, reader: _ArticleReader, lex: ArabicLexicon):
        self.r = reader
        self.lex = lex
        self.ref = reader.ref.date if reader.ref else None
        self.claimant: str | None = None
        self.actor: tuple[str, ActorRole] | None = None  # the last attacker named, and how
        self.actor_told = -1  # the sentence that named it
        self.voice: tuple[str, ActorRole] | None = None  # the side whose statement the text is ("حرس الثورة الإسلامية:")
        self.date: DateSpan | None = None
        self.day_named: DateSpan | None = None  # the last day a sentence named (for "the same day")
        self.countries: frozenset[str] = frozenset()  # of the places the whole text names
        self.home: str | None = None  # the country most of them are in
        self._named: frozenset[str] | None = None  # the actors it names by names that stand for one (`named`)
        self.accident: int | None = None  # the last sentence that told an accident, a disaster or a condolence
        self.namesakes: set[str] = set()  # names the text showed to be local places the gazetteer lacks ("سليم")
        self._whole: Folded | None = None  # the whole text folded, for the few posts read whole again (`_folded_whole`)
        # the weapons read from "صاروخ" with no attacker known, rockets for now (by id; held, so no id is used again)
        self.unowned: dict[int, Weapon] = {}

    def read(self, deadline: float | None) -> list[Mention | Tally]:
        r = self.r
        literal = [p.place.country for p in r.text_places() if p.role == "literal" and p.place.country]
        self.countries = frozenset(literal)
        ranked = Counter(literal).most_common(2)  # the country most of the text's places are in, if one is
        self.home = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        self.ref = self._filed() or self.ref
        for sent in r.sents:
            if deadline is not None and time.monotonic() > deadline:
                raise TimeLimit(f"article {r.article.id} was not read within the time limit")
            f = fold_arabic(r.text, sent.start, sent.end)
            if self.lex.re["other_story_line"].match(f.text):
                continue  # "أخبار ذات علاقة هجوم أوكراني يشعل النيران ...": another story's headline
            masked = [f.span(*m.span()) for m in self.lex.re["masked"].finditer(f.text)]
            blank = self.lex.re["masked"].sub(lambda m: " " * len(m.group()), f.text)
            if ITEM.match(sent.text):
                self.actor = None  # a round-up's item is a story of its own: "• هجوم بالطائرات المسيّرة أصاب قاعدة حقل العمر"
            told = len(r.drafts)
            self._sentence(sent, Folded(without_stamp(blank) if sent.index == 0 else blank, f.at), masked)
            if len(r.drafts) == told:
                self._weapons_told_after(sent, f)
        self._drop_bare_countries()
        self._drop_accidents()
        self._fold_regions_into_sites()
        for d in r.drafts:
            if d.date is None and self.date is not None:  # "بتاريخ 09-05-2026" on a line of its own dates the post
                d.date = self.date
                d.because("date", "the date the text gives", (self.date.char_start, self.date.char_end))
        self._strikes_from_the_air()
        self._a_states_projectiles()
        return r.finish()

    def _a_states_projectiles(self) -> None:
        """"صاروخ" read before its attacker was known is a missile where that attacker is a state's or one of
        `missile_of` ("إيران تدشن ... بتوجيه ضربة صاروخية إلى قاعدة العديد", a headline, then "إيران شنّت ضربات صاروخية")."""
        for d in self.r.drafts:
            if d.actor is None or not any(id(w) in self.unowned for w in d.weapons) or not self._fires_missiles(d.actor):
                continue
            kinds: list[Weapon] = []
            for w in d.weapons:
                kind = self.lex.projectile["state"] if id(w) in self.unowned else w.kind
                if not any(k.kind == kind for k in kinds):
                    kinds.append(w.model_copy(update={"kind": kind}))
            d.weapons = kinds

    def _fires_missiles(self, actor: str | None) -> bool:
        return (actor is not None and self.r._a_state(actor)) or actor in self.lex.missile_of  # a state's or the
        # Houthis' "صاروخ"

    def named(self) -> frozenset[str]:
        """The actors the text names by names that stand for one, which say whom a name of many stands for; read
        once, and only for a text that has such a name ("المقاومة الإسلامية")."""
        if self._named is None:
            self._named = self.lex.named_plainly(self._folded_whole())
        return self._named

    def _filed(self) -> dt.date | None:
        """The day of the text's dateline, which its "اليوم" and its weekdays count from, a day or two before it was
        published ("صنعاء أول أبريل 2025 (شينخوا) قالت جماعة الحوثي ... مساء اليوم (الثلاثاء)", published the 2nd)."""
        if self.ref is None:
            return None
        for sent in self.r.sents[:_DATELINE_SENTENCES]:  # (after a page's links, its headline, its source)
            f = fold_arabic(self.r.text, sent.start, sent.end)
            for d in find_dates(f.text, self.ref):
                if d.precision == "day" and d.date is not None and dt.timedelta(0) < self.ref - d.date <= _DATELINE_LAG \
                        and (_AGENCY_AFTER.match(f.text, d.char_end)
                             or _TODAY_NAMED_BEFORE.search(f.text, max(0, d.char_start - 12), d.char_start)):
                    return d.date  # or the writer's "today" named as a day before it was published ("تعرضت إحدى القواعد
                    # ... لهجوم بقذائف الهاون ، مساء اليوم (الأحد)", published on the Monday)
        return None

    def _countryside(self, site: Site) -> bool:
        """Whether a town is named as the countryside around it ("قاعدتين للجيش الأمريكي في ريف دير الزور"): where
        the bases it goes on to name are, as a province is (a town in that countryside is not one of them)."""
        return site.place is not None and site.place.kind == "city" \
            and _COUNTRYSIDE_BEFORE.search(fold_arabic(self.r.text, max(0, site.start - 8), site.start).text) is not None

    def _folded_whole(self) -> Folded:
        if self._whole is None:
            self._whole = fold_arabic(self.r.text, 0, len(self.r.text))
        return self._whole

    def _strikes_from_the_air(self) -> None:
        """A state's strikes told with no weapon ("القصف الامريكي الذي طال منطقتي عكاشات والقائم"), in a text
        that tells its strikes as air strikes ("شنت قوات القيادة المركزية الأمريكية غارات جوية"): aircraft."""
        r = self.r
        if not any(not d.weapons and d.actor and r._a_state(d.actor) for d in r.drafts):
            return  # most posts: no state's strike told with no weapon, and the text need not be folded again
        whole = self._folded_whole()
        air = self.lex.re["from_the_air"].search(whole.text)
        if air is not None:
            r.aircraft_for_strikes(whole.span(*air.span()), lambda e: self.lex.re["struck"].search(
                fold_arabic(r.text, e.start, e.end).text) is not None)

    def _drop_accidents(self) -> None:
        """A text that says what happened was an accident of a fault ("ووقع الحادث ... لكن ولنتيجة خطأ فني حدث
        الانفجار", "بسبب \"عطل فني\"") tells no attack where it names no weapon nor side: an explosion at an air
        base while expired ammunition was moved, a training plane that fell; or that it was no hostile act. Where
        the text says an aircraft fell or crashed, an aircraft is no weapon there: "سقوط طائرة هليكوبتر" is the
        helicopter that fell."""
        r = self.r
        if not any(not d.actor and _aircraft_at_most(d) for d in r.drafts):
            return  # most posts: every attack told with a weapon or a side, and the text need not be folded again
        whole = self._folded_whole().text
        if _ACCIDENT_OF_A_FAULT.search(whole):
            fell = _AIRCRAFT_FELL.search(whole) is not None  # (not an air strike of no side named, told beside it)
            r.drafts[:] = [d for d in r.drafts if d.actor or (d.weapons and not (fell and _aircraft_at_most(d)))]

    def _drop_bare_countries(self) -> None:
        """A country the text tells nothing more of (no weapon, actor or toll: "... في العراق وسوريا"),
        beside attacks it tells in full, sums them up: no incident of its own."""
        r = self.r
        told = [d for d in r.drafts if d.site is not None or d.weapons or d.actor
                or d.fatalities is not None or d.injuries is not None]
        if told:
            r.drafts[:] = [d for d in r.drafts if d in told or (d.region is not None and d.region.kind != "country")]

    def _fold_regions_into_sites(self) -> None:
        """A country named as where beside a site in it ("... القوات الأمريكية في سوريا" in a report on a
        base in Syria) tells that attack again, unless their attackers differ: it joins the first such
        site, if their days are at most one apart (not the strikes "في سوريا اليوم الجمعة" beside the attack they
        answer, "يوم السبت في مدينة تدمر"). Reports in Arabic name the country of every base they name. So does
        a province with a site in it on a day that agrees ("قصفت قاعدة للجيش الأمريكي في إقليم كردستان", beside
        "قاعدة حرير")."""
        r = self.r
        for d, region, countryside in [(d, d.region if d.site is None else d.site.place,
                                        d.site is not None and self._countryside(d.site)) for d in r.drafts]:
            if region is None or not (region.kind == "admin1" or countryside or (d.site is None and region.kind == "country")):
                continue  # (a province listed as where is one too: "قاعدتين كبيرتين للقوات الأمريكية في محافظتي دير الزور
                # وحمص", beside "قاعدة حقل العمر النفطي في دير الزور")
            same = [k for k in r.drafts if k is not d and k.site is not None and k.site.place is not None
                    and k.site.place.kind != "admin1" and k.cause_of is None
                    and k.site.place.country == region.country and (d.actor is None or k.actor in (None, d.actor))
                    and _weapons_agree(d, k, r.lex)  # (not "هجوم بعبوة ناسفة جنوبي العراق" beside rockets on a camp)
                    and (not countryside or k.site.place.kind in FACILITY_KINDS)
                    and (k.site.place.admin1 == region.admin1 and _agree(d.date, k.date)
                         or region.kind == "country" and _agree(_a_day_on(d.date), k.date))]
            if same:
                day = d.date if d.date is not None and d.date.precision == "day" and not d.date_inherited else None
                dead = d.fatalities
                r._fold(d, same[0])
                if dead is not None and same[0].fatalities is not None and dead > same[0].fatalities:
                    same[0].fatalities = dead  # "قتل 3 عسكريين" / "مقتل ضابط ... وجنديين": the higher figure told
                    same[0].why["casualties"] = d.why.get("casualties", ("told again", None, None, None))
                if day is not None and (same[0].date is None or same[0].date.precision != "day"):
                    same[0].date, same[0].date_inherited = day, False  # "قتل 3 عسكريين عراقيين، الجمعة ... في
                    same[0].why["date"] = d.why.get("date", ("told again", None, None, None))  # محافظة كركوك"

    def _sentence(self, sent: Sentence, f: Folded, masked: list[tuple[int, int]]) -> None:
        """One sentence; `masked`: the spans of phrases that are no attack nor place ("بغداد اليوم",
        an agency)."""
        lex = self.lex
        here = frozenset(p.place.country for p in self.r.text_places()
                         if p.role == "literal" and p.place.country and sent.start <= p.start < sent.end)
        actors = lex.actors(f, here or self.countries, self.named, self.home)  # "غارات الاحتلال" in a sentence on Lebanon is Israel's,
        # though the text names a town in Syria; with no place of its own, the text's
        found = find_dates(f.text, self.ref)
        if len(found) > 1 or (found and _CLOCK_AFTER.match(f.text, found[0].char_end)):
            # "المؤشر 23-07-2024 أعلنت ... اليوم الاثنين": the page's own day, stamped at the start of a line, is not the
            # day the sentence tells; nor is it alone, with the hour it was posted at ("سبت, 17/08/2024 - 16:11")
            found = [d for d in found if not (d.precision == "day" and d.date == self.ref
                                              and d.char_start - f.text.rfind("\n", 0, d.char_start) <= _STAMP_REACH)]
        since = [d for d in found if _SINCE.search(f.text, max(0, d.char_start - _SINCE_REACH), d.char_start)
                 or _WAR_BEGAN.search(f.text, max(0, d.char_start - _WAR_BEGAN_REACH), d.char_start)]
        if since or (found and lex.re["summary"].search(f.text)):  # (a count is read for only a sentence with a day)
            # and the day it runs to: "منذ الـ 19 اكتوبر ... ولغاية الـ 5 يناير، لـ 76 هجوماً", "أن عدد الهجمات ... على
            # المدينة تجاوز 100 هجوم حتى أمس الأربعاء"
            since += [d for d in found if _UNTIL.search(f.text, max(0, d.char_start - 12), d.char_start)]
        # (and a day things had come to: "لم تصدر قوات الدعم السريع أي تعليق رسمي ... حتى مساء الأحد", no day of the
        # attack, which was on or before it)
        said = [self._said_on(f, d) or (d.precision == "day" and _UNTIL.search(f.text, max(0, d.char_start - 12),
                                                                              d.char_start) is not None) for d in found]
        for k in range(1, len(found)):  # and the same day written out after it: "أمس الثلاثاء (13 آب 2024)، إن"
            apposed = _APPOSED_DATE.fullmatch(f.text, found[k - 1].char_end, found[k].char_start) is not None
            said[k] = said[k] or (said[k - 1] and apposed)
        for k, d in enumerate(found):  # "today" in words quoted from another day is that day ("وفي وقت سابق من مساء
            # الإثنين، قالت وكالة الإعلام اللبنانية، إن "مسيرة إسرائيلية استهدفت عصر اليوم دراجة نارية"", told on the Tuesday)
            day_said = next((e for e, s in zip(reversed(found[:k]), reversed(said[:k]))
                             if s and e.precision == "day" and e.date != self.ref), None)
            if day_said is not None and not said[k] and _TODAY.search(d.text) and d.date == self.ref \
                    and _quoted(f.text, day_said.char_end, d.char_start):
                found[k] = replace(d, date=day_said.date, start=day_said.date, end=day_said.date)
        # a day something was said of the attack, after any the sentence gives of its own ("خلال مؤتمر
        # صحفي، الثلاثاء، أن القاعدة الأمريكية تعرضت لهجومين يوم 10 نوفمبر")
        dates = [_in_text(d, f) for d, s in zip(found, said) if not s and d not in since] \
            + [_on_or_before(_in_text(d, f)) for d, s in zip(found, said) if s and d not in since]
        if dates and self.date is None and len(self.r.sents) <= _POST_SENTENCES:
            self.date = dates[0]  # a post's one date dates all of it; a page's dates are each its own attack's
        self.day_named = next((d for d in dates if d.precision in ("day", "range")), self.day_named)
        claim = next((m for m in lex.re["claim"].finditer(f.text)
                      if not lex.re["denied_before"].search(f.text, max(0, m.start() - 30), m.start())), None)
        # (not "ولم تتبنى أي جهة عملية الاستهداف حتى الآن، فيما لم يصدر التحالف الدولي أي بيان رسمي": none claimed it)
        triggers = list(lex.re["triggers"].finditer(f.text))  # read once: four tests below read them
        if actors and (claim or _HEADER_END.search(f.text)) and not triggers:
            # "المقاومة الإسلامية في العراق:" heads what follows; a claim of many does not ("... تبنّت معظم الهجمات على
            # قواعد تضم قوات أميركية", a photograph's caption over a report of one attack)
            if not lex.re["summary"].search(f.text):
                self.claimant = actors[0].value
            return
        hits = lex.weapons(f)
        triggers = [t for t in triggers if not _LAUNCHED.fullmatch(t.group())
                    or any(t.start() - _LAUNCH_REACH <= h[2] <= t.end() + _LAUNCH_REACH for h in hits)]
        halted = [m.span() for m in lex.re["halted"].finditer(f.text)]  # "وقف هجماتهم": what is stopped, no attack
        triggers = [t for t in triggers if not any(a <= t.start() < b for a, b in halted)]
        names = [f.span(a.start, a.end) for a in actors] + masked
        places = [p for p in self.r.text_places() if p.role == "literal" and sent.start <= p.start < sent.end
                  and not any(a <= p.start < b for a, b in names)  # "حزب العمال الكردستاني" is no place
                  and not self._dateline(p) and not self._where_it_is(p) and not self._home(p, actors, f)
                  and not lex.re["background_before"].search(self._words_before(p, 60, sent.start, names))
                  and not lex.re["origin_before"].search(self._words_before(p, 30, sent.start))
                  and not lex.re["launched_from_before"].search(self._words_before(p, 60, sent.start))
                  and not lex.re["owner_before"].search(self._words_before(p, 20, sent.start))
                  and not lex.re["displaced_before"].search(self._words_before(p, 90, sent.start))
                  and not lex.re["source_in_before"].search(self._words_before(p, 40, sent.start))  # "مصدر أمني في بغداد"
                  and not _TREATY_BEFORE.search(self._words_before(p, 40, sent.start))
                  and not self._said_at(p, sent.start)
                  and not self._missions_city(p, sent.start)]
        told_at = [p for p in places if lex.re["hospital_in_before"].search(self._words_before(p, 70, sent.start))]
        if len(told_at) < len(places):
            places = [p for p in places if p not in told_at]  # where a hospital told of it, with a place of its own
        before_now = [f.span(*m.span()) for m in _PREVIOUSLY.finditer(f.text)]
        places = [p for p in places if not any(a <= p.start < b for a, b in before_now)]  # where the side struck before
        causes = [m.span() for m in lex.re["cause"].finditer(f.text)]
        cause_hits = [h for h in hits if any(a <= h[2] < b for a, b in causes)]
        answered = [f.span(*c) for c in causes]  # in the text's offsets, as the places are
        in_cause = [any(a <= p.start < b for a, b in answered) for p in places]
        toll = f
        if not all(in_cause):
            # "شنت مقاتلات أمريكية غارات جوية ... على مواقع في شرق سوريا ...، ردا على سلسلة من الهجمات بطائرات
            # بدون طيار": the weapons, toll and towns of the attack answered are not this one's, unless it is the
            # one told ("ردًا على الهجمات الصاروخية للجيش الأمريكي على ... قرب كرج"); a base it names is an
            # attack of its own, as in English
            places = [p for p, inside in zip(places, in_cause) if not inside or p.place.kind in FACILITY_KINDS]
            hits = [h for h in hits if not any(a <= h[2] < b for a, b in causes)]
            toll = Folded(_blank(f.text, causes), f.at)
        # an event word, or weapons at a base ("قاعدة برج 22 تحت ... صواريخ الحرس الثوري"); not weapons
        # moved to an island ("ينقل الجيش الإيراني شحنات صواريخ" to Kharg)
        pointed = [m.span() for m in lex.re["anaphora"].finditer(f.text)]  # "هذه الهجمات": attacks told already
        said_before = [any(a <= t.start() < b for a, b in pointed) for t in triggers]  # each attack word, pointed back
        if lex.re["no_event"].search(f.text):
            return  # a court case, whatever it names ("الأحكام بحق عناصر تنظيم داعش جاءت ... عن تفجير مركز تدريب الشرطة")
        accident = not hits and (lex.re["not_attack"].search(f.text) is not None or (
            lex.re["incident"].search(f.text) is not None and lex.re["struck"].search(f.text) is None))
        if accident:
            self.accident = sent.index  # an accident or a condolence, unless weapons are named
        elif not hits and not places and self.accident is not None and sent.index - self.accident == 1:
            return  # "حادث سير عنيف ... في محافظة ميسان ؛ وفاة وإصابة عدة أشخاص": the accident's toll
        aside = lex.re["aside"].match(f.text.lstrip()) is not None  # "يذكر أن ...": background
        if not (not all(said_before)
                or (hits and not aside and any(p.place.kind in FACILITY_KINDS for p in places))):
            self._casualties_only(sent, f, since)
            self._blamed_for_the_last(sent, f, actors, claim is not None)
            if not actors and not places and self.actor is not None and sent.index - self.actor_told == 1:
                self.actor_told = sent.index  # "..., بالتزامن مع استمرار الحرب على قطاع غزة": a clause naming no side
                # nor place, between the attack and where it struck ("أنّ الاستهداف طال قاعدتي العمر وكونيكو")
            return
        if accident:
            return
        # less what the side did before, and the attacks this one answers where it is told apart from them ("توجيه ضربات
        # لأهداف إيرانية في سوريا رداً على الهجمات الأخيرة التي استهدفت قوات أمريكية": a strike, not a count of attacks)
        told_now = _PREVIOUSLY.sub(lambda m: " " * len(m.group()), toll.text)
        hypothetical = self._hypothetical(f, triggers)
        if hypothetical or (
                (lex.re["summary"].search(told_now) or lex.re["counted"].search(told_now)
                 or self._since_long_ago(since)) and not any(_a_day(d) for d, s in zip(found, said) if not s and d not in since)):
            # (the attack a threat answers took place: "وكانت واشنطن توعّدت بشن ضربات انتقامية ردا على هجوم بمسيّرة على
            # قاعدة في الأردن ... أسفر عن مقتل ثلاثة جنود أمريكيين")
            if hypothetical and causes:
                self._attack_in_cause(sent, f, causes, cause_hits, actors)
            return  # a threat, a plan, a count over months or a week ("خلال الأسبوع من 17 إلى 24 أكتوبر، شنت
            # مجموعات مسلحة ... عشر هجمات"; not "28 raids in the past 24 hours, 760 in all"), whatever day it was
            # said on ("أعلنت وزارة الصحة ... اليوم السبت أن 20258 شخصا قتلوا في قطاع غزة منذ بدء الحرب")
        if long_past(dates, self.ref) or (not dates and self._a_year_long_past(f)):
            return  # an attack long past, told as background ("واندلعت الحرب في غزة بعد الهجوم الذي شنته حركة حماس
            # في السابع من أكتوبر على جنوب إسرائيل", seven months on; "بتفجير سيارتين مفخختين ... سنة 2012", in a
            # report of a sentence passed in 2025)
        heard = [m.end() for m in lex.re["heard"].finditer(f.text)]
        if heard and triggers and all(any(e <= t.start() and len(f.text[e:t.start()].split()) <= 2 for e in heard)
                                      for t in triggers):
            return  # "بسماع أصوات انفجارات وإطلاق رصاص كثيف": sounds heard (the attack words at most two words on), no
            # attack told
        if not hits and all(lex.re["blast"].fullmatch(m.group()) for m in triggers):
            return  # "انفجارات جديدة جنوبي ايران": an explosion with no weapon said to have caused it
        intercepted = lex.re["interception"].search(f.text) is not None
        # the side that made the attack a strike answers is not the striker ("مجموعات مسلحة هاجمت مجدداً أهدافاً
        # أمريكية ...، رداً على الغارات الجوية الأخيرة التي شنّها الجيش الأمريكي"), but the attacker of the sites
        # that attack struck ("ردًا على الهجمات الصاروخية للجيش الأمريكي على ... قرب كرج")
        answering = [a for a in actors if any(c0 <= a.start < c1 for c0, c1 in causes)]
        answered_actor = self._perpetrator(f, answering, False, intercepted, toll)[0] if answering else None
        actor, role, attacked = self._perpetrator(f, [a for a in actors if a not in answering],
                                                  claim is not None and not self._a_state_announces(f, claim),
                                                  intercepted, toll)
        actor_rule = "the attacker the sentence names"
        # where the sentence names its attacker (-1: a claimant told before, or none)
        actor_at = min((f.span(a.start, a.end)[0] for a in actors if a.value == actor), default=-1)
        state = self._acting_state(sent, answered)
        if state is not None and (actor is None or state[1] < actor_at or self._announces_a_states(sent, actor_at, state[1])):
            # the state the sentence's attack is told of, before any side it struck ("أن الولايات المتحدة نفذت ضربات ضد
            # منشأتين يستخدمهما الحرس الثوري")
            (actor, actor_at), role, actor_rule = state, "attributed", "a state the sentence says struck"
        fired_from = self._fired_from(sent, f, hits) if actor is None else None
        if fired_from is not None:
            (actor, actor_at), role, actor_rule = fired_from, "attributed", "the state its weapons were fired from"
        lender = self.actor if (sent.index - self.actor_told <= 1 and not _ANOTHER_OPENING.match(f.text)) \
            or _THE_SAME_SIDE.search(f.text) else self.voice  # "تبنّت ذات الفصائل": the side named before, however far
        if actor is None and lender is not None and lender[0] not in attacked \
                and not lex.re["own_news"].search(f.text):
            # "... شنها العدوان الامريكي" / "طالت الاعتداءات مقرات"; not "قاعدة الجيش الأمريكي ... تعرضت لقصف";
            # from the sentence just before, or from the side whose statement the text is: a page's attacks told
            # further on are not all of the side it last named ("وعادة ما تتبنى المقاومة الإسلامية ...", then "الجمعة،
            # قال مسؤول دفاعي أميركي إن القوات الأميركية ... أسقطت طائرة مسيرة")
            actor, role, actor_rule = *lender, _LENT
        elif actor is not None and not _ASIDE.match(f.text):
            self.actor, self.actor_told = (actor, role), sent.index
            named = next((a for a in actors if a.value == actor), None)
            if sent.index == 0 and named is not None and not _LETTER.search(f.text, 0, named.start) \
                    and _HEADER_COLON.match(f.text, named.end):
                self.voice = (actor, role)  # a post that opens "حرس الثورة الإسلامية:": all of it is theirs
        weapons = self._weapons(f, hits, actor or answered_actor)
        fatalities, injuries = self._casualties(toll)
        # an attack spoken of as one told ("الهجوم", "هذه الهجمات"), or with no one named to say otherwise
        definite = [t.group().lstrip("وف").startswith("ال") for t in triggers]
        told = not actors or bool(pointed) or any(definite)
        # the attack words before each place, as the text has them: an attack told afresh ("استهدفت") or the one
        # told already ("الهجوم", "هذه الهجمات")
        apart = [f.span(*m.span())[0] for m in lex.re["coinciding"].finditer(f.text)]
        beside = apart if actor_at >= 0 else []
        # the attacker of the event set beside, named on its side ("في وقت استهدف سلاح الجو الإسرائيلي قيادياً إيرانياً")
        across = [a for a in actors if a not in answering and any(
            min(f.span(a.start, a.end)[0], actor_at) < c < max(f.span(a.start, a.end)[0], actor_at) for c in beside)]
        beside_actor = self._perpetrator(f, across, False, intercepted, toll)[0] if across else None
        marks = sorted((f.span(*t.span())[1], d or p) for t, d, p in zip(triggers, definite, said_before))
        day = dates[0] if dates and dates[0].precision == "day" else None  # a day said of the attack, not of a report
        drafts = self._drafts(places, told, day, marks, apart, answered, [e for _, e in names], actor,
                              _SIMILAR.search(f.text) is not None)
        # a toll told over several places ("قصفت إسرائيل العاصمة اليمنية صنعاء ومحافظة الجوف ... أسفرت عن مقتل 35
        # شخصًا"): neither's, as in English; nobody hurt is said of each
        several = len({id(d) for d in drafts}) > 1
        shared = several and not (0 in (fatalities, injuries) and not fatalities and not injuries)
        own = self._weapons_by_site(sent, f, hits, drafts, actor or answered_actor) if several else {}
        # the sentence's own days, not the day of the attack it answers ("بدأت القوات الأميركية عملية ... في رد مباشر على
        # الهجوم الذي استهدف قوات أميركية في 13 دجنبر"): what a later sentence dates an attack told before by
        its_days = [d for d in dates if not any(a <= d.char_start < b for a, b in answered)]
        for draft in drafts:
            draft.intercepted |= intercepted
            draft.raid |= self.lex.re["ground_fight"].search(toll.text) is not None
            # the attack told, set beside another day's ("ويعد هذا الهجوم هو الثاني من نوعه على قاعدة حرير ...، حيث
            # استهدفت المقاومة يوم الثلاثاء الماضي قاعدتي حرير وعين الأسد بالصواريخ"): the weapons and toll are that day's
            compared = day is not None and draft.date is not None and draft.date.precision == "day" \
                and not draft.date_inherited and draft.date.date != day.date
            for w in [] if compared else own.get(id(draft), weapons):
                if not any(x.kind == w.kind for x in draft.weapons):
                    draft.weapons.append(w)
                    draft.because("weapons", "weapons named in the sentence", sent)
            lent = draft.why.get("actor", ("",))[0] == _LENT
            answered_here = draft.site is not None and (
                any(a <= draft.site.start < b and not a <= actor_at < b for a, b in answered)
                or any(min(draft.site.start, actor_at) < c < max(draft.site.start, actor_at) for c in beside))
            if answered_here and answered_actor and draft.actor is None:
                draft.actor, draft.actor_role = answered_actor, "attributed"
                draft.because("actor", "the attacker the attack answered names", sent)
            elif answered_here and beside_actor and draft.actor is None and draft.site is not None and any(
                    min(draft.site.start, actor_at) < c < max(draft.site.start, actor_at) for c in beside):
                draft.actor, draft.actor_role = beside_actor, "attributed"
                draft.because("actor", "the attacker named beside it, past the other event", sent)
            elif actor and not answered_here and (draft.actor is None or (lent and role == "claimed" and actor_rule != _LENT)
                          or (actor_rule != _LENT and self.r._named_for(draft.actor, actor))):
                draft.actor, draft.actor_role = actor, role  # a claim wins over an attacker lent by the text before,
                # a group named over a description ("فصائل عراقية"); an attacker lent names no group for this one
                draft.because("actor", actor_rule, sent)  # (not to the base of the attack it answers: "وشنت واشنطن
                # ... ضربات انتقامية ... ردًا على الهجوم الذي وقع في الأردن، واستهدف البرج 22": who struck that is not said)
            if draft.date is not None and draft.date.precision != "day" and its_days and its_days[0].precision == "day":
                draft.date = its_days[0]  # "قال بايدن اليوم الأحد إن ..." then "الهجوم وقع مساء أمس السبت"
                draft.because("date", "a date phrase in a later sentence", (draft.date.char_start, draft.date.char_end))
            if draft.date is None and not dates and _SAME_DAY.search(f.text) and (same := self.day_named) is not None:
                draft.date = same
                draft.because("date", "the day the text named last, the same day", (same.char_start, same.char_end))
            if draft.date is None and (dates or self.date):
                draft.date = dates[0] if dates else self.date
                assert draft.date is not None  # one of them is, as the test above says
                draft.because("date", "a date phrase in the sentence" if dates else "the date the text gave before",
                              (draft.date.char_start, draft.date.char_end))
            if not compared and not shared and _take_toll(draft, fatalities, injuries):
                draft.because("casualties", "casualty figures in the sentence", sent)
            if sent not in draft.evidence:
                draft.evidence.append(sent)
        if causes:
            self._attack_in_cause(sent, f, causes, cause_hits, actors)

    def _weapons_by_site(self, sent: Sentence, f: Folded, hits, drafts: list[Draft],
                         actor: str | None) -> dict[int, list[Weapon]]:
        """Each site's weapons where a sentence names several and writes each one's on the same side of it: all
        before their site ("تم اعتراض وتدمير 6 طائرات مسيّرة ... كانت متجهة نحو حقل شيبة النفطي، إلى جانب اعتراض
        وتدمير صاروخ باليستي أُطلق باتجاه قاعدة الأمير سلطان الجوية": the drones the oil field's, the missile the air
        base's) or all after it ("استهدفت الأولى ... في جيزان، وذلك بعشرات الصواريخ الباليستية والطائرات المسيرة،
        فيما استهدفت العملية الثانية ... في ينبع، وذلك بعدد من الصواريخ الباليستية والمجنحة ..."). By the draft's id;
        none (each takes all the sentence's) unless every site is in the sentence and one side gives each its own."""
        sites = sorted({id(d): d for d in drafts}.values(), key=lambda d: d.site.start if d.site else -1)
        if any(d.site is None or not sent.start <= d.site.start < sent.end for d in sites):
            return {}
        at = [(f.span(h[2], h[3])[0], h) for h in hits]
        spans = [(cast(Site, d.site).start, cast(Site, d.site).end) for d in sites]
        before = [[h for x, h in at if (spans[n - 1][1] if n else sent.start) <= x < a] for n, (a, _) in enumerate(spans)]
        after = [[h for x, h in at if b <= x < (spans[n + 1][0] if n + 1 < len(spans) else sent.end)]
                 for n, (_, b) in enumerate(spans)]
        readings = [own for own, rest in ((before, after[-1]), (after, before[0])) if all(own) and not rest]
        if len(readings) != 1:
            return {}
        return {id(d): self._weapons(f, mine, actor) for d, mine in zip(sites, readings[0])}

    def _attack_in_cause(self, sent: Sentence, f: Folded, causes: list[tuple[int, int]], hits,
                         actors: list[Match]) -> None:
        """An earlier attack the sentence answers, told with a town (or country) and its dead ("ردا على هجوم في تدمر
        قبل أيام أودى بحياة 3 أميركيين"): an attack of its own, as in English, unless the text told it already; a
        base in the cause is read as the sentence's own places are."""
        for a, b in causes:
            start, end = f.span(a, b)
            named = [p for p in self.r.text_places() if start <= p.start < end and p.role == "literal"
                     and p.place.kind not in FACILITY_KINDS]
            dead = self._count(f.text[a:b], "killed") if named else None
            if not dead or any(d.place is not None and d.place.country == named[0].place.country for d in self.r.drafts):
                continue  # most causes: a series of attacks, or one with no toll, or one the text told
            p = named[0]
            d = Draft(site=None if p.place.kind in ("country", "admin1") else Site(p.start, p.end, p.text, p.place),
                      region=p.place if p.place.kind in ("country", "admin1") else None, cause_of=sent.index)
            d.because("place", "where the sentence's cause says an attack was", (p.start, p.end))
            d.fatalities, d.injuries = dead, self._count(f.text[a:b], "wounded")
            d.because("casualties", "casualty figures in the sentence's cause", (start, end))
            d.weapons = self._weapons(f, [h for h in hits if a <= h[2] < b], None)
            told = [k for k, x in enumerate(self.r.drafts) if sent in x.evidence]
            agent = next((m for m in actors if a <= m.start < b and self._part(f, m, False) is None
                          and not self.lex.re["victim_before"].search(f.text, max(0, m.start - 30), m.start)), None)
            if agent is not None:
                d.actor, d.actor_role = agent.value, "attributed"
                d.because("actor", "the attacker the sentence's cause names", (start, end))
            d.evidence.append(sent)
            d.last_sentence = sent.index
            self.r.drafts.insert(told[0] if told else len(self.r.drafts), d)  # before the sentence's own, which
            # the sentences after it go on telling

    def _home(self, p: PlaceSpan, actors: list[Match], f: Folded) -> bool:
        """Whether the place is the home country of the actor quoted right before it, "في" or "من"
        between: the rest of its name ("\"المقاومة الإسلامية\" في العراق"), or of the actor that speaks, unquoted
        ("أعلنت ميليشيا الحوثي في اليمن ... استهداف سفينة"); not where it struck (unquoted, "أهداف تابعة للحوثيين في
        اليمن" is where)."""
        for a in actors:
            known = self.r.lex.actors.get(a.value)
            start, end = f.span(a.start, a.end)
            if known is None or known.country != p.place.country or p.place.kind != "country" or end > p.start:
                continue
            if _HOME_GAP.fullmatch(self.r.text, end, p.start) or (
                    _IN_HOME.fullmatch(self.r.text, end, p.start)
                    and self._speaks(fold_arabic(self.r.text, max(0, start - 40), start))):
                return True
        return False

    def _speaks(self, before: Folded) -> bool:
        """Whether the words before an actor make it the side that speaks or claims ("أعلنت", "قال")."""
        return bool(self.lex.re["speaks_before"].search(before.text) or self.lex.re["claim"].search(before.text))

    def _hypothetical(self, f: Folded, triggers: list[re.Match[str]]) -> bool:
        """Whether the sentence tells a threat, a plan or a condition; not when the threat is a clause of
        its own after every attack word ("مقتل 3 جنود ... في هجوم استهدف قاعدة ...، فيما توعد الرئيس جو
        بايدن بالرد")."""
        threats = [t for t in self.lex.re["hypothetical"].finditer(f.text)  # not a toll denied: "مؤكدا عدم وقوع أي
                   if not self.lex.re["no_losses"].match(f.text, t.start())  # خسائر بشرية" is the attack's
                   and not (t.group().strip().lstrip("وف") == "ربما" and _HEDGED_OUTCOME.match(f.text, t.end())
                            and any(r.start() < t.start() for r in triggers))]
        # (nor "perhaps" before what the attack told did or was: its outcome is hedged, not that it was made: "نفذنا
        # غارة جوية استهدفت قياديًا كبيرًا في تنظيم “داعش” في سوريا، وربما أسفرت عن مقتله"; not "قد ترد على الغارة
        # الإسرائيلية، وربما تستهدف قواعد أمريكية", a threat)
        if not threats or not triggers:
            return bool(threats)
        last = max(t.end() for t in triggers)
        return threats[0].start() < last or not _THREAT_CLAUSE.search(f.text, last, threats[0].end())

    def _said_on(self, f: Folded, d: DateSpan) -> bool:
        """Whether a day is when something was said of the attack ("قال الرئيس الأمريكي جو بايدن اليوم
        الأحد إن ...", "أفادت مصادر محلية سورية، اليوم الاثنين، بمقتل ...", "... نقلا عن برقية لوزارة الخارجية
        الأمريكية، الاثنين، إن ..."), or when a ceremony for its dead was, not when it happened."""
        if d.precision != "day":
            return False
        if _CEREMONY_AFTER.match(f.text, d.char_end) or _SAID_THAT_AFTER.match(f.text, d.char_end):
            return True  # "جرت في بغداد اليوم الثلاثاء مراسم تشييع جثامين ضحايا القصف", "يحضر جو بايدن، الجمعة، مع
            # زوجته جيل مراسم إعادة جثامين الجنود ... الذين قتلوا الأحد": the day of the ceremony for its dead
        gap = _GAP_AFTER_A_DAY.match(f.text, d.char_end)
        if gap and self.lex.re["said_before"].match(f.text, gap.end()) and not f.text.startswith("و", gap.end()):
            return True  # "وأمس، أعلنت المقاومة الإسلامية في العراق، انها استهدفت ...": the day it was said (not "...
            # في مدينة بنت جبيل السبت، وأعلن الجيش": "and" opens the next clause, the day closes the attack's)
        before = f.text[max(0, d.char_start - _SAID_REACH):d.char_start]
        said = self.lex.re["said_before"].search(before)
        return (said is not None and not self.lex.re["triggers"].search(before, said.end())) \
            or (d.date == self.ref and self.lex.re["account_before"].search(
                f.text, max(0, d.char_start - _ACCOUNT_REACH), d.char_start) is not None)  # the page's own day (not "وفق
        # ما نقلته "سانا" في 7 من آذار الحالي", told days later: the strike's day, as news agencies tell the same day)

    def _a_year_long_past(self, f: Folded) -> bool:
        """Whether the sentence names a year ("عام 2014", "سنة 2012") that ended long before the text was written, as
        when its attack was: not a year something has run since ("منذ عام 2020"), nor one a clause on someone or something
        named tells ("داعش، الذي سيطر على الموصل عام 2014")."""
        return self.ref is not None and any(
            dt.date(int(m.group(1)), 12, 31) < self.ref - LONG_PAST
            and not _NOT_THE_ATTACKS_YEAR.search(f.text[f.text.rfind("،", 0, m.start()) + 1:m.start()])
            for m in _A_YEAR.finditer(f.text))

    def _since_long_ago(self, since: list[DateSpan]) -> bool:
        """Whether the sentence counts from a day a month or more ago ("ويتحارب الجيش وقوات الدعم السريع
        منذ نيسان/أبريل 2023 ما تسبب في مقتل عشرات الآلاف"): a war or a series told whole."""
        return self.ref is not None and any(d.date is not None and (self.ref - d.date).days > _LONG_AGO_DAYS
                                            for d in since)

    def _missions_city(self, p: PlaceSpan, start: int) -> bool:
        """Whether the place is the city of a mission named right before it that is not struck ("السفارة
        الأمريكية في بغداد تحذر مواطنيها"): where it speaks from, not where an attack was (but "السفارة الأمريكية في
        الكويت تعرضت على ما يبدو لهجوم بطائرة مسيرة": struck)."""
        words = self._words_before(p, 50, start)
        mission = self.lex.re["mission_in_before"].search(words)
        if mission is None:
            return False
        aimed = words[max(0, mission.start() - 25):mission.start()]
        struck = _STRUCK_AFTER.match(fold_arabic(self.r.text, p.end, min(len(self.r.text), p.end + 20)).text)
        return not (self.lex.re["triggers"].search(aimed) or self.lex.re["target_before"].search(aimed) or struck)

    def _said_at(self, p: PlaceSpan, start: int) -> bool:
        """Whether the place is where something was said, a speech or a rally, with no attack word between ("خلال
        تصريحٍ له في مسيرةٍ حاشدة في ميدان السبعين بالعاصمة اليمنية صنعاء"): not where the attack was."""
        words = self._words_before(p, _GATHERING_REACH, start)
        said = self.lex.re["gathering_in_before"].search(words)
        return said is not None and not self.lex.re["triggers"].search(words, said.end())

    def _words_before(self, p: PlaceSpan, chars: int, start: int = 0, names: list[tuple[int, int]] | None = None) -> str:
        """The folded text of up to `chars` characters before a place (from `start` on), without the quote
        the place opens with ("في “غزة”"), as the cues read it; each of the `names` (sides' names, in the text's
        offsets) in it one word that is no cue (not "نصرة" of "جماعة نصرة الإسلام والمسلمين في مدينة موبتي")."""
        begin = max(start, p.start - chars)
        piece = self.r.text[begin:p.start]
        for a, b in names or ():
            a, b = max(a, begin), min(b, p.start)
            if a < b:
                piece = piece[:a - begin] + "x" * (b - a) + piece[b - begin:]
        return _OPENED.sub(" ", fold_arabic(piece).text)

    def _gap(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """Whether the text between two places, folded (its patterns are), is all `pattern`, the quotes some
        outlets put around every name aside ("قاعدة “الشدادي” في ريف “الحسكة”")."""
        return end >= start and pattern.fullmatch(_QUOTES.sub("", fold_arabic(self.r.text, start, end).text)) is not None

    def _dateline(self, p: PlaceSpan) -> bool:
        """Whether the place opens a line as the town the report was filed from: "أربيل (كوردستان 24) –",
        "بغداد- أ ش أ:", or after its writer's name: "محمد الرخا - دبي - الأربعاء 26 يونيو 2024" (a byline after an
        outlet's name, "تلفزيون سوريا - إسطنبول", is the geo stage's to read)."""
        line_start = self.r.text.rfind("\n", 0, p.start) + 1  # (after a page's stamp: " date 2025-07-29 القاهرة - كتب")
        before = without_stamp(self.r.text[line_start:p.start]).strip()
        if _WRITER_BEFORE.fullmatch(before):  # "شهد محمد - ابوظبي في الجمعة 26 سبتمبر 2025"
            after = fold_arabic(self.r.text, p.end, min(len(self.r.text), p.end + 30)).text
            return _DATELINE_AFTER.match(self.r.text, p.end) is not None or _DAY_AFTER.match(after) is not None \
                or _DATE_DASH_AFTER.match(after) is not None
        return not before and (_DATELINE_AFTER.match(self.r.text, p.end) is not None
                               or _DATED_AGENCY_AFTER.match(self.r.text, p.end) is not None)

    def _where_it_is(self, p: PlaceSpan) -> bool:
        """Whether a town or a sea is named as where the place just before it lies ("مطار بورتسودان، الواقعة
        على البحر الأحمر"), not as a place of its own; a province or a country still says the region."""
        if p.place.kind in ("country", "admin1") or not self.lex.re["located_before"].search(
                self._words_before(p, 30)):
            return False
        # only beside a place it tells of: "قاعدة اللواء الخامس الواقعة بالقرب من منفذ الوديعة", a base the
        # gazetteer lacks, is where the crossing is
        return any(0 <= p.start - q.end <= _LOCATED_GAP for q in self.r.text_places() if q.role == "literal")

    def _drafts(self, places: list[PlaceSpan], told: bool, day: DateSpan | None,
                marks: list[tuple[int, bool]], apart: list[int], answered: list[tuple[int, int]],
                named_end: list[int], actor: str | None, similar: bool = False) -> list[Draft]:
        """The mentions a sentence adds to: one per site it names, or its most precise region; for a
        sentence that names none and may tell the attack just told (`told`), the last site's. `day`: the
        day the sentence says its attack was, if it does; `marks`: where each attack word ends, and whether
        it speaks of an attack told already; `apart`: where the sentence sets another event beside its own;
        `answered`: the spans of the attacks it answers; `named_end`: where each side it names ends; `actor`: the
        attacker it names; `similar`: it tells an attack like one told already, another one."""
        listed = {id(b) for a, b in zip(places, places[1:]) if _LIST_GAP.fullmatch(self.r.text, a.end, b.start)}
        listed |= {id(a) for a, b in zip(places, places[1:]) if id(b) in listed}
        # a province in a list of towns is one more place hit ("محافظات بغداد، وواسط، ونينوى"), as is one a weapon was
        # aimed at beside a site ("صاروخ باليستي أُطلق باتجاه قاعدة الأمير سلطان الجوية، وصاروخ باليستي آخر استهدف
        # المنطقة الشرقية")
        # and so is one that stands for a district it holds which the gazetteer lacks, when another attack word afresh
        # comes between it and the next place ("3 غارات على مديرية حرف سفيان بمحافظة عمران (شمال)، و4 غارات على جنوب
        # مدينة صعدة"; not "غارات إسرائيلية استهدفت قرى وبلدات في جنوب لبنان ...، 9 منهم في غارتين ... على بلدتي طير
        # حرفا والناقورة", nor a title's attack told again in the line under it)
        fresh = [e for e, told_before in marks if not told_before]
        apart_after = {id(a) for a, b in zip(places, places[1:])
                       if any(a.end <= e <= b.start for e in fresh) and "\n" not in self.r.text[a.end:b.start]
                       and _DISTRICT_BEFORE.search(self._words_before(a, 40))
                       and not any(0 <= a.start - q.end <= 40 for q in places)}  # (the district's name no place the
        # gazetteer has: "بلدة سرمين في محافظة إدلب" is Sarmin's province)
        sites = [p for p in places if p.place.kind not in ("country", "admin1")
                 or (p.place.kind == "admin1" and (id(p) in listed or id(p) in apart_after
                                                   or _AIMED_AT_BEFORE.search(self._words_before(p, 16))))]
        # "قاعدة الحرير اربيل", "مطار بغداد في بغداد": a town right after a facility is where the facility is;
        # "بلدة بني سهيلا شرقي مدينة خان يونس", "منطقة جرف الصخر (جرف النصر) جنوب بغداد": a town a bearing away
        # from the place before it says where that is;
        # "البوكمال في ريف دير الزور": the city whose countryside a town is in, too
        sites = [p for k, p in enumerate(sites) if not (
            k > 0 and p.place.kind == "airport" and sites[k - 1].place.kind in FACILITY_KINDS
            and self._gap(_IN_GAP, sites[k - 1].end, p.start))  # "قاعدة فيكتوريا في مطار بغداد الدولي": the base's airport
            and not (k > 0 and self._a_facility(sites[k - 1]) and self._gap(_NEAR_GAP, sites[k - 1].end, p.start))
            and not (
            k > 0 and p.place.kind == "city" and (
                (self._a_facility(sites[k - 1]) and self._gap(_SAME_PLACE_GAP, sites[k - 1].end, p.start))
                or self._gap(_BEARING_GAP, sites[k - 1].end, p.start)
                or self._gap(_CONTAINER_GAP, sites[k - 1].end, p.start)))]
        # "بمنطقة البركة في مدينة بنت جبيل", "بلدة سليم وعتيل في شمال مدينة السويداء": a quarter or a village of
        # the town after it (or of a list before it), which the gazetteer took for a namesake in another country
        # (Baharkah, Iraq; Attil, Palestine)
        abroad = [p for k, p in enumerate(sites) if self._a_namesake_abroad(sites, k, places)]
        self.namesakes |= {p.text for p in abroad}  # ("... عند بلدتي سليم وعتيل", later: those villages still)
        sites = [p for p in sites if p.text not in self.namesakes]  # the ones abroad among them
        # "أصابت السيارة بين قريتي عيناثا وعيترون": one stretch of road between two villages, one attack, told at the first
        sites = [p for k, p in enumerate(sites) if not (
            k > 0 and self._gap(_BETWEEN_GAP, sites[k - 1].end, p.start)
            and _BETWEEN_BEFORE.search(self._words_before(sites[k - 1], 24)))]
        wheres = [p for p in self._where(places) if p.place.kind in ("country", "admin1")]
        # a province on the other side of another event set beside the attack is its own ("ضربة جوية ... في محافظة
        # بابل العراقية، في وقت استهدف سلاح الجو الإسرائيلي قيادياً ... في دمشق")
        own = [p for p in wheres if p.place.kind == "admin1" and sites and all(
            any(min(p.start, q.start) < c < max(p.start, q.start) for c in apart) for q in sites)]
        # countries listed as where ("ضربات انتقامية في العراق وسوريا"): one attack in each, unless a site names where
        # it was; a site in the attack answered is that attack's ("ردًا على الهجوم الذي ... استهدف البرج 22")
        countries = [p for p in wheres if p.place.kind == "country" and id(p) in listed
                     and not any(a <= p.start < b for a, b in answered)]
        if len(countries) > 1 and all(any(a <= q.start < b for a, b in answered) for q in sites) \
                and not any(0 <= countries[0].start - e <= _NAME_TO_HOME for e in named_end):
            # (not where a side named just before is: "الجماعات التابعة للمقاومة الإسلامية بالعراق وسوريا")
            own += countries
        regions = [p.place for p in wheres if p not in own]
        region = next((p for p in regions if p.kind == "admin1"), regions[0] if regions else None)
        if not sites and own:
            return [self._draft(None, p.place, None) for p in own]
        if sites:
            return [self._draft(Site(p.start, p.end, p.text, p.place), region, _afresh(day, p, marks), another=similar)
                    for p in sites] \
                + [self._draft(None, p.place, None) for p in own]
        last = self.r.drafts[-1] if self.r.drafts else None
        if told and region is None and last is not None and last.site is not None:
            return [last]  # "وذكرت المصادر أن الهجوم استهدف القاعدة بصاروخين": the attack on the base just told
        if region is None and actor is not None and not any(
                d.site is None and d.cause_of is None and d.actor in (None, actor) for d in self.r.drafts) \
                and any(d.site is None and d.cause_of is None for d in self.r.drafts):
            return []  # no place, and another attacker than the attack told with none: another attack, unplaced
        return [self._draft(None, region, day, actor, told)]  # (on a day of its own: another attack there, "في 24 سبتمبر
        # 2024، نفذت قوات القيادة المركزية الأميركية ضربة جوية في شمال غرب سوريا" after the strikes told "في 29 سبتمبر")

    def _a_namesake_abroad(self, sites: list[PlaceSpan], k: int, places: list[PlaceSpan]) -> bool:
        """Whether sites[k], alone or in a list, is said to be in or a bearing away from the town after it, or in
        the province right after it ("بلدة بيت جن بريف دمشق", "منطقة دار السلام بإقليم شبيلي الوسطى"), and lies in
        another country than that town or province."""
        j = k
        while j + 1 < len(sites) and _LIST_GAP.fullmatch(self.r.text, sites[j].end, sites[j + 1].start):
            j += 1  # to the last of the list
        town = sites[j + 1] if j + 1 < len(sites) else None
        if town is not None and town.place.kind == "city" and sites[k].place.country != town.place.country \
                and self._gap(_WITHIN_TOWN_GAP, sites[j].end, town.start):
            return True
        province = next((p for p in places if p.start >= sites[j].end), None)
        return province is not None and province.place.kind == "admin1" \
            and sites[k].place.country != province.place.country and self._gap(_IN_GAP, sites[j].end, province.start)

    def _a_facility(self, p: PlaceSpan) -> bool:
        """A base, field or airport, by its kind or as the text calls it ("القاعدة الأمريكية "تل بيدر"")."""
        return p.place.kind in FACILITY_KINDS or _BASE_BEFORE.search(
            fold_arabic(self.r.text, max(0, p.start - 30), p.start).text) is not None \
            or _BASE_NAMED.match(fold_arabic(p.text).text) is not None  # "قاعدة الشدادي", the gazetteer's name for it

    def _where(self, places: list[PlaceSpan]) -> list[PlaceSpan]:
        """The places that say where: a country only after a word of place ("في سوريا", "بالعراق")
        or listed after one that is ("في سوريا والعراق"), or "the country" a statement says was struck ("استهدفت
        البلاد"); not a state that acts or speaks."""
        out: list[PlaceSpan] = []
        for k, p in enumerate(places):
            if p.place.kind == "country":
                before = self._words_before(p, 20)
                listed = k > 0 and places[k - 1] in out and _LIST_GAP.fullmatch(self.r.text, places[k - 1].end, p.start)
                if not (self.lex.re["locative"].search(before) or listed or THE_COUNTRY.fullmatch(fold_arabic(p.text).text)):
                    continue
            out.append(p)
        return out

    def _draft(self, site: Site | None, region, day: DateSpan | None, actor: str | None = None,
               told: bool = False, another: bool = False) -> Draft:
        for d in self.r.drafts if not another else ():
            if d.cause_of is not None:
                continue  # an attack a sentence answered (`_attack_in_cause`) is not what the text goes on telling
            if day is not None and d.date is not None and not d.date_inherited and (
                    d.date.date != day.date if d.date.precision == "day"
                    else not told and not _agree(day, d.date)):
                continue  # "... قاعدة حرير ... فجر أمس الجمعة" then "استهدفت المقاومة يوم الثلاثاء الماضي قاعدتي حرير
                # وعين الأسد": another attack on that base, another day; or a day outside the days an attack announced
                # on a day was ("أعلنت ... السبت (28 تشرين الأول 2023)، استهداف قاعدة عسكرية"), then "الاثنين الماضي،
                # أعلنت ... استهداف 3 قواعد"), unless told as that attack ("وشنت القوات الأميركية الضربة الجمعة")
            if site is not None and d.site is None and d.region is None:
                d.site, d.region = site, region  # "استشهد 20 ... في الهجمات" / "طالت الاعتداءات مقرات في بغداد"
                return d
            if site is not None and d.site is not None and d.site.place and site.place \
                    and d.site.place.name == site.place.name:
                return d
            if site is None and d.site is None and (region is None or d.region is None or d.region == region) \
                    and not (region is None and actor is not None and d.actor is not None and d.actor != actor):
                d.region = d.region or region  # (but a sentence naming no place and another attacker tells another
                return d  # attack: "قُتل 4 لبنانيين في قصف إسرائيلي ... جنوبي لبنان", then "أعلنت جماعة حزب الله ...
                # قصفها بصاروخين موجهين قوة استخبارات عسكرية إسرائيلية")
        d = Draft(site, region)
        self.r.drafts.append(d)
        return d

    def _fired_from(self, sent: Sentence, f: Folded, hits) -> tuple[str, int] | None:
        """The forces of the state a weapon is said to come from, right after it ("الأولى بأربعة صواريخ من إيران"):
        the attacker, as a drone launched from a side's land is that side's."""
        for _, _, _, end in hits:
            at = f.span(end, end)[0]
            for p in self.r.text_places():
                if at <= p.start <= at + _FROM_REACH and p.place.kind == "country" \
                        and _FROM_BEFORE.search(self.r.text, at, p.start) and len(self.r.text[at:p.start].split()) <= 3 \
                        and (state := self.r.lex.state_named(p.place.name)) is not None:
                    return state, p.start
        return None

    def _acting_state(self, sent: Sentence, answered: list[tuple[int, int]]) -> tuple[str, int] | None:
        """The forces of a country the sentence names as the one that struck ("إيران استهدفت الناقلة":
        the geo stage reads such a country as the state acting, not where) or blames for the attack
        ("في ضربة منسوبة لواشنطن", "اتهمت الولايات المتحدة بتنفيذها"), by the nationality the Arabic
        dictionary gives those forces; not in what the attack answers or came after (`answered`: "أول هجوم خطير على
        القوات الأميركية منذ أن شنت الولايات المتحدة غارات جوية انتقامية")."""
        for p in self.r.text_places():
            if sent.start <= p.start < sent.end and p.role == "metonymic" and p.place.country in self.lex.states \
                    and not any(a <= p.start < b for a, b in answered):
                after = fold_arabic(self.r.text, p.end, min(sent.end, p.end + 40)).text.lstrip(" \"”»")
                before = fold_arabic(self.r.text, max(sent.start, p.start - 30), p.start).text
                done = self.lex.re["carries_out"].match(after)  # "الولايات المتحدة نفذت ضربات"
                if done or self.lex.re["triggers"].match(after) \
                        or self.lex.re["blamed_before"].search(before) or self.lex.re["carried_out_before"].search(before):
                    return self.lex.states[p.place.country], p.start
        return None

    def _announces_a_states(self, sent: Sentence, actor_at: int, state_at: int) -> bool:
        """Whether the side at `actor_at` announces the strike of the state named after it ("أعلنت جماعة الحوثي، مساء
        السبت ...، شن الولايات المتحدة وبريطانيا "سلسلة غارات" على العاصمة اليمنية صنعاء", "أعلنت مليشيا الحوثي أن
        الولايات المتحدة وبريطانيا نفَّذتا هجوماً على محافظة حجة"): it tells, the state struck."""
        if not 0 <= actor_at < state_at:
            return False
        before = fold_arabic(self.r.text, max(sent.start, actor_at - 25), actor_at).text
        between = fold_arabic(self.r.text, actor_at, state_at).text
        between = self.lex.re["carried_out_before"].sub("", between)  # (the state's own verb: "شن الولايات المتحدة")
        return bool(self.lex.re["claim"].search(before)) and not self.lex.re["triggers"].search(between)  # (not
        # another attack told between: "أعلنت المقاومة استهداف قاعدة ...، بعد أن شنت الولايات المتحدة غارات")

    def _perpetrator(self, f: Folded, actors: list[Match], claimed: bool,
                     intercepted: bool, told: Folded) -> tuple[str | None, ActorRole, set[str]]:
        """The attacker the sentence names, and how, and the sides it names as attacked or defending;
        `told`: the sentence less the attack it answers."""
        lex = self.lex
        attacked: set[str] = set()
        speaker = next((a.value for a in actors  # (a name in quotes: 'قالت "المقاومة الإسلامية في العراق": "استهدف ...')
                        if f.text[a.end:a.end + 3].strip().lstrip(_CLOSED).startswith(":")), None)
        if speaker is not None and not intercepted and not lex.re["mourned"].search(f.text) and not any(
                a.value == speaker and lex.re["victim_before"].search(f.text, max(0, a.start - 30), a.start)
                for a in actors[1:]) and not any(a.of_attack and a.value != speaker for a in actors):
            return speaker, "claimed", attacked  # "الحرس الثوري: تم استهداف ...": an armed side telling of its own strike;
            # not "البنتاغون: إصابة عدد من الجنود الأمريكيين جراء هجوم صاروخي", its own people hurt, nor "“الحوثي”: غارة
            # للتحالف الأمريكي البريطاني تستهدف محافظة الحديدة", another side's attack by the attack word's own name
        hurt = {lex.adjectives[m.group("w")] for m in lex.re["owned_site"].finditer(told.text)
                if not _FROM_BEFORE.search(f.text, max(0, m.start() - 6), m.start())}  # "استهدف قاعدة عسكرية أمريكية"
        attacked |= hurt  # of them, those the words around say were hit, hurt or defended
        part: str | None = None
        doer = next((a for a in actors if (m := lex.re["doer_before"].search(f.text, max(0, a.start - 30), a.start))
                     and any(0 <= m.start() - t.end() <= _DOER_GAP for t in lex.re["triggers"].finditer(f.text))), None)
        if doer is not None and self._part(f, doer, intercepted) is None:
            return doer.value, "claimed" if claimed and doer is actors[0] else "attributed", attacked  # "... نفذها الطيران الأمريكي"
        made = next((a for a in actors if a.of_attack and a.value not in attacked and told.text[a.start:a.end].strip()
                     and _RAID_BEFORE.search(f.text, max(0, a.start - 12), a.start)), None)
        if made is not None and made.value != actors[0].value and self._part(f, actors[0], intercepted) is None \
                and not self._tells_its_own(f, actors[0]):
            return made.value, "attributed", attacked  # "الحوثيون يعلنون سقوط 9 ضحايا مدنيين إثر استهداف منزل بغارة
            # أمريكية في صنعاء": the side that announces the toll of a raid named by its maker's nationality did not make it
        # the side whose people the sentence says were hurt is not the attacker, wherever it is named ("القيادة
        # المركزية الأمريكية، ... إصابة 5 جنود أمريكيين في هجوم على عين الأسد", "أعلنت القيادة المركزية الأمريكية
        # ... أنّ 11 جندياً أمريكياً على الأقل أصيبوا في الهجوم الإيراني")
        victims = {a.value for a in actors
                   if not a.of_attack and (lex.re["victim_before"].search(f.text, max(0, a.start - 30), a.start)
                                           or lex.re["killed_after"].match(f.text, a.end)
                                           or (lex.re["member_of_before"].search(f.text, max(0, a.start - 20), a.start)
                                               and lex.re["killed_one_after"].match(f.text, a.end)))}
        attacked |= victims
        for k, a in enumerate(actors):
            if a.value in attacked:  # (the hurt and the victims among them)
                continue  # one side is not both: "القوات الأميركية أحبطت هجوما" then "... في البنتاغون"; "هجوم بعدة
                # صواريخ ... ضد القوات الأمريكية وقوات أخرى من التحالف الدولي": the coalition is the US forces struck
            if self._says_another_did(f, a, actors[k + 1:]) or self._says_weapons_fell(f, a):
                claimed = False  # "أعلنت القيادة المركزية الأمريكية ... أن الحوثيين أطلقوا صاروخا": who says, not who
                continue  # fired, and no claim of theirs
            if not (k and actors[k - 1].value == a.value and a.start - actors[k - 1].end <= _APPOSITION_GAP):
                part = self._part(f, a, intercepted)  # else a name in apposition: "وزارة الدفاع الأمريكية “البنتاغون”"
            if part in ("attacked", "object"):
                attacked.add(a.value)
            if part == "attacked":
                hurt.add(a.value)
            if part is None:
                own = self._tells_its_own(f, a)  # "ذكرت الفصائل ... أنه "... هاجم مجاهدونا"": its claim; the side that
                # announces its own dead, named first, claims no attack ("أعلنت القيادة المركزية الأمريكية ... مقتل 2 من أفراد
                # الخدمة العسكرية الأمريكية ... في كمين نصبه مسلح ينتمي لتنظيم داعش")
                claims = (claimed and actors[0].value not in attacked) or own
                return self._member(actors, k), "claimed" if claims else "attributed", attacked
        if self.claimant and self.claimant not in attacked:  # (not the side the sentence says was hit: "قاعدة عين
            return self.claimant, "claimed", attacked  # الأسد الجوية ...، التي تستضيف قوات أمريكية", on a page that
            # quoted the Pentagon)
        return None, "unknown", attacked

    def _a_state_announces(self, f: Folded, claim: re.Match[str]) -> bool:
        """Whether the word of announcing is said by a state, named right after it or before it ("وكانت البحرين قد
        أعلنت، السبت الماضي، عن تعرض مطار البحرين الدولي لأضرار مادية جراء هجوم بطائرة مسيّرة إيرانية"): the state
        that was hit tells of the attack, no attacker claims it."""
        start, end = f.span(claim.start(), claim.end())
        return any(p.place.kind == "country" and (
            (end < p.start <= end + _STATE_AFTER_CLAIM and not self.r.text[end:p.start].strip(" ،,"))
            or (p.end < start and self.r.text[p.end:start].strip() in ("", "قد"))) for p in self.r.text_places())

    def _says_weapons_fell(self, f: Folded, a: Match) -> bool:
        """Whether a state's forces are the subject of a verb of saying whose clause opens with weapons, not their own
        ("أعلن الجيش العراقي أن ثلاثة صواريخ سقطت ليل الاربعاء الخميس قرب السفارة الأميركية"): they tell what fell or hit,
        as a report does (not "أن طائراتها المسيرة استهدفت", their own drones: a suffix the weapon's word does not match;
        nor "أن طائرات حربية أغارت على مواقع لحزب الله", their own strike)."""
        if not self.r._a_state(a.value):
            return False  # an armed group that announces "أن مسيرة استهدفت ..." claims it
        that = _THAT.search(f.text, a.end, a.end + _SAYS_REACH)
        if that is None or self.lex.re["triggers"].search(f.text, a.end, that.start()):
            return False
        count = _NUMBER_AT.match(f.text, that.end())  # (it matches also where no number is, as spaces)
        at = count.end() if count is not None else that.end()
        weapon = self.lex.re["weapon"].match(f.text, at)
        return weapon is not None and _FELL.search(f.text, weapon.end(), weapon.end() + _SAYS_REACH) is not None

    def _says_another_did(self, f: Folded, a: Match, later: list[Match]) -> bool:
        """Whether the side is the subject of a verb of saying whose clause, opened by "أن" or "إن", has another
        side for its subject, with no attack word before it: that side did what is told."""
        for b in later:
            between = f.text[a.end:b.start]
            if b.value != a.value and len(between) <= _SAYS_REACH and _THAT.search(between) \
                    and not self.lex.re["triggers"].search(between):
                return True
        return False

    def _member(self, actors: list[Match], k: int) -> str:
        """The attacker actor k names: a group named right after a description of many is that group
        ("فصائل عراقية، تطلق على نفسها اسم \"المقاومة الإسلامية- سرايا أولياء الدم\""), and an umbrella's
        member written right after it is more precise (Saraya Awliya al-Dam)."""
        if k + 1 < len(actors) and actors[k + 1].start - actors[k].end <= _NAMED_GAP \
                and self.r._named_for(actors[k].value, actors[k + 1].value):
            k += 1
        a = actors[k]
        known = self.r.lex.actors.get(a.value)
        if known is not None and known.kind == "umbrella" and k + 1 < len(actors) \
                and actors[k + 1].start - a.end <= _MEMBER_GAP and actors[k + 1].value != a.value:
            return actors[k + 1].value
        return a.value

    def _part(self, f: Folded, a: Match, intercepted: bool) -> Literal["attacked", "object", "speaks", "overhead", "owner",
                                                                       "background"] | None:
        """What an actor is in the sentence when it is not the attacker: what was attacked (its
        site, its dead, the side that defended), the object of an attack word (which may yet be its
        own: "ضربات القوات المسلحة اليمنية على المخا"), who speaks, aircraft only flying over, or whose
        a thing named is (the ل of possession); None for the attacker."""
        lex = self.lex
        before = _SO_CALLED.sub(" ", f.text[max(0, a.start - 50):a.start])[-30:]
        before = _OPENED.sub(" ", before)  # 'ضد تنظيم "داعش"': read past the quote
        closing = f.text[a.end:a.end + 3]  # and the quote it closes with: '"البنتاغون" يعترف بإصابة'
        after = a.end + len(closing) - len(closing.lstrip(_CLOSED))
        if not a.of_attack and f.text[after:after + 2].strip().startswith(":"):
            return "speaks"  # "هيئه الحشد الشعبي: استشهد ...": who speaks, not who attacked ("تصاعد العدوان
            # الإسرائيلي: استشهاد ..." is an attack's maker)
        if _ACCUSER_BEFORE.search(f.text, max(0, a.start - 12), a.start):
            return "speaks"  # "واتهمت وزارة الدفاع الأميركية “البنتاغون” إيران بالهجوم على القاعدة": who accuses, not who
            # attacked (the side accused, after it)
        if not a.of_attack and _DISTANCE_FROM.search(f.text, max(0, a.start - 50), a.start):
            return "attacked"
        if not a.of_attack and lex.re["war_before"].search(f.text, max(0, a.start - 50), a.start):
            return "background"  # "مع استمرار الحرب بين إسرائيل وحماس": a side of the war the attack is told within
        if not a.of_attack and (lex.re["alert_before"].search(f.text, max(0, a.start - 12), a.start)
                                or lex.re["alert_after"].match(f.text, a.end)):
            return "background"  # "استنفرت القوات الأمريكية ... بعد نجاح مجموعات مدعومة من إيران في الهجوم على": the
            # side that goes on alert
        if a.text.startswith("ب") and lex.re["source_of_before"].search(f.text, max(0, a.start - 30), a.start):
            return "speaks"  # "أعلن مصدران بالجيش العراقي أن ضربة جوية أمريكية ...": a source in it
        held = _CLITIC_END.sub(" ", before)  # "التابعة لـ\"التحالف الدولي\"": the words before the clitic
        occupied = lex.re["occupant_before"].search(held)
        if not a.of_attack and ((occupied is not None and not self._its_weapon(held, occupied.start()))
                                or lex.re["hosts_before"].search(held)
                                or lex.re["victim_before"].search(before)
                                or lex.re["target_after"].match(f.text, after)
                                or lex.re["exposed_after"].match(f.text, after)
                                or lex.re["struck_with_after"].match(f.text, after)
                                or lex.re["mourns_after"].match(f.text, after)):
            return "attacked"  # "قاعدة عين الأسد التي تتواجد فيها قوات أمريكية", "إصابات الجنود الأمريكيين",
            # "بتعرّض قوات الأمن السورية وقوات أميركية لإطلاق نار",
            # "القوات الأميركية المتمركزة في قاعدة ...", "قوات أميركية فى سوريا استهدفت بطائرات مسيرة لكن", "حزب الله ينعى
            # مقاتلين قضيا في غارتين إسرائيليتين"
        if not a.of_attack and lex.re["leader_of_before"].search(before) and lex.re["death"].search(f.text, after):
            return "attacked"  # "ماهر العقال، أحد كبار قادة داعش ... قُتل في الضربة": whose leader was killed
        losses = lex.re["losses_of_after"].match(f.text, after)
        if lex.re["own_losses_after"].match(f.text, after) or lex.re["killed_after"].match(f.text, after) or (
                losses is not None and lex.adjectives.get(losses.group("w")) == a.value) or (
                lex.re["announced_before"].search(before) and lex.re["unsided_losses_after"].match(f.text, after)):
            return "attacked"  # "أعلن الجيش الأمريكي، الأحد، مقتل ثلاثة من جنوده", "عن مقتل 3 جنود أميركيين",
            # "3 من أفراد الخدمة الأميركية قتلوا في هجوم": its own dead, not its attack
        answer = lex.re["response_before"].search(f.text, max(0, a.start - 30), a.start)
        if answer is not None and not a.of_attack and (lex.re["triggers"].search(f.text, 0, answer.start())
                                                       or _AFTER_WHAT_AFTER.match(f.text, a.end)):
            return "attacked"  # "تعرضت القاعدة ... لقصف صاروخي، قبل أن ترد مدفعية الجيش الأميركي بقذائف": who
            # answered an attack told before was the side it struck (not "استهداف وحدات ... هو جزء من عملية رد أميركية":
            # the nationality of the response is who made it); nor the side whose response came after the attack told
            # next ("وجاء رد المقاومة الإسلامية العراقية، بعد تنفيذ الجيش الأمريكي، لسلسلة من الضربات الجوية")
        if not a.of_attack and (lex.re["speaks_before"].search(_CLITIC_END.sub(" ", f.text[max(0, a.start - 70):a.start]))
                                or lex.re["speaks_after"].match(f.text, after)) \
                and not lex.re["self_strike"].match(f.text, after) and not self._tells_its_own(f, a):
            return "speaks"  # "أوضحت القيادة العسكرية الأمريكية", "البنتاغون ذكر بأن": who says so, not who struck (a
            # nationality read off an attack word says whose it is: "أفاد مصدر أمني بوقوع قصف صاروخي إسرائيلي")
        if not a.of_attack and self._struck_by_weapon(f, a):
            return "object"  # "طائرات مسيرة هاجمت، الأربعاء وصباح الخميس، قوات أمريكية": what the drones attacked
        if not a.of_attack and lex.re["target_before"].search(before) and not lex.re["agent_before"].search(before) \
                and not self._attack_of(a, before) \
                and not lex.re["object_after"].match(f.text, after) and not self._strikes_with(f, a) \
                and not (_ARMS.match(f.text, a.start) and _MASDAR_BEFORE.search(before)):
            return "object"  # "استهداف القوات الامريكيه"; not "عمليه استهداف المقاومه ... تجمعات", nor "قصف طيران
            # الاحتلال لمدرسة": aircraft or guns after an attack word are whose attack it is
        if intercepted and (lex.re["defends_after"].match(f.text, after) or lex.re["defends_before"].search(before)
                            or lex.re["air_defences"].search(a.text)):
            return "attacked"  # "تصدت الدفاعات الجوية ...", "قوات إسرائيلية نفذت عمليات اعتراض": who defended
        if lex.re["overflight_before"].search(f.text, max(0, a.start - 60), a.start) \
                or lex.re["overflight_after"].match(f.text, after):
            return "overhead"  # "تحليق مكثف للطائرات المسيرة والمروحية الأمريكية", "تحليق طيران مروحي أميركي": flying
            # over, not attacking
        if lex.re["downed_one"].search(f.text, max(0, a.start - 40), a.start) \
                and not lex.re["object_after"].match(f.text, after):
            return "attacked"  # "اسقاط مسيره امريكيه": the drone brought down was the target, not a weapon fired
            # (but "جراء استهداف طائرة حربية إسرائيلية موقعاً عسكرياً": the aircraft struck a site)
        if (_OWNER.match(a.clitic) or _OWNER_APART.search(f.text, max(0, a.start - 6), a.start)) \
                and not lex.re["doer_of_before"].search(f.text, max(0, a.start - 30), a.start) and not self._attack_of(a, before) \
                and not self._its_arms(_CLITIC_END.sub(" ", before)):
            return "owner"  # "تدمير منظومة دفاع جوي ومحطة تحكم أرضية للحوثيين": whose the thing named was, not
            # who struck (as in "بعملية نوعية للحشد الشعبي")
        return None

    @staticmethod
    def _attack_of(a: Match, before: str) -> bool:
        """Whether the side is named with the ل of belonging right after an attack word that takes no object so:
        the attack is the side's ("في هجوم لتنظيم داعش", 'بهجوم لـ"داعش"')."""
        made = _ATTACK_OF_BEFORE.search(before)
        return made is not None and (made.group("apart") is not None or _OWNER.fullmatch(a.clitic) is not None)

    def _tells_its_own(self, f: Folded, a: Match) -> bool:
        """Whether an armed side speaks of its own fighters' attack, in the first person ("وأوضحت المقاومة
        الإسلامية في العراق في بيانها: "هاجم مقاتلونا ...""), or tells of an attack right after its name ("وذكرت ...
        “المقاومة الإسلامية في العراق” استهداف “أربع قواعد ...”"): it claims the attack it tells."""
        known = self.r.lex.actors.get(a.value)
        return known is not None and known.kind in ARMED_GROUPS and (
            self.lex.re["own_fighters"].search(f.text, a.end) is not None
            or (self.lex.re["claimed_masdar"].match(f.text, a.end) is not None and self._it_speaks(f, a)))

    def _it_speaks(self, f: Folded, a: Match) -> bool:
        """Whether the side is the subject of a verb of saying before it ("وذكرت جهة تطلق على نفسها “المقاومة ..."),
        not named in what another says ("وزعمت وسائل إعلام إسرائيلية أن حزب الله قصف") nor blamed ("وحملت كتائب حزب
        الله قصف الطائرات الأمريكية ... مسؤولية")."""
        before = _CLITIC_END.sub(" ", f.text[max(0, a.start - 70):a.start])
        said = next(reversed(list(self.lex.re["speaks_before"].finditer(before))), None)  # the last, nearest it
        return said is not None and not _THAT_BEFORE.search(before, said.end()) and not self.lex.re["not_telling"].search(said.group())

    def _its_arms(self, held: str) -> bool:
        """Whether what belongs to the side, named before the word of belonging `held` ends with, is a weapon or its
        fighters ("بطائرة مسيرة تابعة لـ"التحالف الدولي"", "هاجم مسلحون تابعون لتنظيم داعش"): the side struck with it,
        not a thing of its struck."""
        belonging = _BELONGING_END.search(held)
        return belonging is not None and (self._its_weapon(held, belonging.start())
                                          or _FIGHTERS_BEFORE.search(held, 0, belonging.start()) is not None)

    def _its_weapon(self, before: str, at: int) -> bool:
        """Whether what belongs to the actor, named before the word of belonging at `at`, is a weapon or its air
        force ("طائرة مسيّرة تابعة للتحالف الدولي"): the actor struck with it; a vehicle or a post that is
        its ("آلية تابعة لجيش") was struck."""
        if not _BELONGING.match(before, at):
            return False
        if _ARM_BEFORE.search(before, 0, at):
            return True  # its air force or guns: "سلاح الجو التابع للجيش السوداني"
        weapons = list(self.lex.re["weapon"].finditer(before, max(0, at - 30), at))
        return bool(weapons) and (not before[weapons[-1].end():at].strip()
                                  or _BELIEVED.fullmatch(before, weapons[-1].end(), at) is not None)

    def _struck_by_weapon(self, f: Folded, a: Match) -> bool:
        """Whether the verb a few words before the actor has a weapon for its subject ("أن طائرات مسيرة
        هاجمت، الأربعاء وصباح الخميس، قوات أمريكية"): then the actor is what it struck. A side that strikes
        with a weapon is written before it ("استهدفت القوات الأمريكية بالمدافع")."""
        lex = self.lex
        verbs = list(lex.re["strike_verb"].finditer(f.text, max(0, a.start - 50), a.start))
        if not verbs:
            return False
        verb = verbs[-1]
        weapons = list(lex.re["weapon"].finditer(f.text, max(0, verb.start() - 60), verb.start()))
        if weapons and len(f.text[weapons[-1].end():verb.start()].split()) <= 4:  # "مسيرة مجهولة هاجمت"; "طائرة
            return True  # انتحارية بدون طيار أحادية الاتجاه هاجمت القوات الأمريكية"
        # or right after the verb, its subject, and then the actor: "هاجمت طائرات بدون طيار القوات الأمريكية"
        # (not a weapon in ب: "استهدفت ... بطائرات مسيرة", the verb's instrument; nor the weapon's owner:
        # "استهدفت الطائرات المسيرة الإنتحارية التابعة للجيش الإيراني موقعًا", "وقد قصفت مدفعيّة جيش الاحتلال ... أطراف
        # بلدات": the guns the side's own)
        between = f.text[verb.end():a.start].lstrip()
        return lex.re["weapon"].match(between) is not None and not between.startswith("ب") and len(between.split()) <= 4 \
            and not _OWNER.match(a.clitic) and not _BELONGING.search(between) and not _ARM_BEFORE.search(between)

    def _strikes_with(self, f: Folded, a: Match) -> bool:
        """Whether the verb right before the actor is its own: a weapon in ب follows it, and then what
        was struck ("استهدفت القوات الأمريكية بالمدافع من قاعدتها في الحقل العمر، قرى خشام"), not the
        clause's end ("استهدفت قوات أمريكية بطائرات مسيرة في ...", written alike: it was targeted)."""
        lex = self.lex
        if not lex.re["subject_before"].search(f.text, max(0, a.start - 20), a.start):
            return False
        at = a.end + len(f.text[a.end:a.end + 4]) - len(f.text[a.end:a.end + 4].lstrip())
        weapon = lex.re["weapon"].match(f.text, at) if f.text.startswith("ب", at) else None
        return weapon is not None and not lex.re["clause_ends"].match(f.text, weapon.end())

    def _weapons(self, f: Folded, hits, actor: str | None) -> list[Weapon]:
        missiles = self._fires_missiles(actor)
        out: list[Weapon] = []
        for kind, count, start, _ in hits:
            unowned = kind == "projectile" and actor is None
            if kind == "projectile":
                kind = self.lex.projectile["state" if missiles else "militia"]
            if count == 1:  # "بـ 3 طائرات مسيرة", "ثلاث مسيرات": the number before it; a plural alone says none
                before = list(_NUMBER.finditer(f.text, max(0, start - 12), start))
                count = _value(before[-1]) if before and self.lex.re["between"].fullmatch(
                    f.text, before[-1].end(), start) else None
            out_kind = [w for w in out if w.kind == kind]
            if out_kind:
                continue
            out.append(Weapon(kind=kind, count=count))
            if unowned:
                self.unowned[id(out[-1])] = out[-1]
        return out

    def _casualties(self, f: Folded) -> tuple[int | None, int | None]:
        if self.lex.re["no_casualties"].search(f.text) or self.lex.re["no_losses"].search(f.text):
            return 0, 0
        return self._count(f.text, "killed"), self._count(f.text, "wounded")

    def _count(self, text: str, cue: str) -> int | None:
        best: int | None = None
        together = [m.span() for m in _KILLED_AND_WOUNDED.finditer(text)]
        for m in self.lex.re[cue].finditer(text):
            if any(s <= m.start() < e for s, e in together):
                continue  # "مقتل وإصابة 10 مقاتلين": the dead and the wounded counted as one, neither's figure
            if cue == "wounded" and _ILLNESS_AFTER.match(text, m.end()):
                continue  # "121 طفلًا مصابًا بالسرطان": ill, not wounded
            if _UNTOLD_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue
            if cue == "killed" and _A_DEATH.fullmatch(m.group()) \
                    and not _CAUSED_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                    and not self._caused_after(text, m.end()):
                continue
            joined = m.group().startswith("و") and self.lex.re[cue].fullmatch(m.group()[1:]) is not None
            n = self._near_number(text, m.start(), m.end(), after_only=joined)  # "مقتل 16 وإصابة 36": the 16 is the dead
            death = cue == "killed" and _NAMED_DEATH.match(m.group().lstrip("و")) is not None  # "مقتل ...": the death of
            if death:
                n = self._listed_dead(text, m.end()) or n  # "مقتل المسؤول واثنين من حراسه وأحد المارة": four
            if n is None and _COUNT_OF.search(text, max(0, m.start() - 8), m.start()):
                n = self._reached(text, m.end())  # "أن عدد المصابين جراء الهجوم ... بلغ 11 جنديًا"
            if n is None and self.lex.re["dual_casualty"].fullmatch(m.group().lstrip("وفبلك")):
                n = 2
            if n is None and self.lex.re["single_casualty"].fullmatch(m.group().lstrip("وفبلك")) and (
                    m.group().startswith("و") or self.lex.re["single_casualty_before"].search(text[max(0, m.start() - 12):m.start()])):
                n = 1  # "تسفر عن قتيل وجريح": one dead, one wounded
            if n is None and death and _ONE_NAMED_AFTER.match(text, m.end()) and not self.lex.re["people_word"].match(text, m.end() + 1) \
                    and not _AND_MORE.search(text, m.end(), m.end() + 45):
                n = 1  # "مقتل غنيوة في قلب طرابلس": the death of one person, by name (not "مقتل متزعم بارز في التنظيم
                # وعدد من أفراد خلية": one and more, untold)
            if n is None:
                continue
            best = n if best is None else max(best, n)
        return best

    def _caused_after(self, text: str, end: int) -> bool:
        """Whether an attack is told as what caused the death a word ending at `end` tells ("وفاة متعاقد أمريكي اليوم،
        عندما ضربت 10 صواريخ على الأقل، قاعدة عين الأسد"): a few words on, "when" or "as a result of" it."""
        when = _WHEN_AFTER.match(text, end)
        return (when is not None and self.lex.re["triggers"].search(text, when.end(), when.end() + _WHEN_REACH) is not None) \
            or _BY_WEAPON_AFTER.match(text, end) is not None  # "وفاة شاب برصاص الاحتلال": by its bullets

    def _listed_dead(self, text: str, end: int) -> int | None:
        """The dead listed one by one after the word for a death, to the first word of where or how ("مقتل سيدة
        وطفلتها في ...", "مقتل المسؤول واثنين من حراسه وأحد المارة"): their sum, where every item is one person, a
        kin of the one before ("وطفلتها"), two, or a figure of people or "of" a side ("مقتل ضابطان و4 جنود": six); None
        unless two or more items are."""
        stop = _LIST_ENDS.search(text, end, min(len(text), end + 80))
        items = text[end:stop.start() if stop else min(len(text), end + 80)].split(" و")
        if len(items) < 2:
            return None
        total = 0
        for k, item in enumerate(items):
            item = item.strip()
            if k and _KIN.match(item):
                total += 1
            elif self.lex.re["two_persons"].match(item):
                total += 2
            elif (number := _NUMBER.match(item)) and (value := _value(number)) and (
                    item[number.end():].startswith(" من ") or self.lex.re["people_word"].match(item, number.end() + 1)):
                total += value  # "واثنين من حراسه", "و4 جنود"
            elif self.lex.re["one_person"].match(item):  # (its words hold "أحد": "وأحد المارة")
                total += 1
            else:
                return None
        return total

    def _reached(self, text: str, end: int) -> int | None:
        """The figure a count of casualties reached, in the same clause after it: "بلغ 11"."""
        clause = _CLAUSE_STOP.search(text, end, min(len(text), end + 150))
        stop = clause.start() if clause else min(len(text), end + 150)
        reached = self.lex.re["reached"].search(text, end, stop)
        number = _NUMBER.match(text, reached.end()) if reached else None
        return _value(number) if number else None

    def _near_number(self, text: str, start: int, end: int, after_only: bool = False) -> int | None:
        """The number written just before a casualty word ("3 قتلى", "(20) قتيلا") or just after it
        ("مقتل 3 جنود", "استشهد ما لا يقل عن (20)", "اصابه جنديين"), or one person named before it; only after it
        for a word joined by "و" to the count before (`after_only`)."""
        between = self.lex.re["between"]
        before = [] if after_only else list(_NUMBER.finditer(text, max(0, start - 12), start))
        if before and between.fullmatch(text, before[-1].end(), start):
            return _value(before[-1])
        after = _NUMBER.search(text, end, min(len(text), end + 30))
        if after and between.fullmatch(text, end, after.start()):
            return _value(after)
        counted = list(_NUMBER.finditer(text, max(0, start - 40), start))  # "ثلاثة عسكريين أمريكيين قتلوا"
        if counted and text[start] != "و" and self.lex.re["people_between"].fullmatch(text, counted[-1].end(), start):
            return _value(counted[-1])  # not "مقتل 4 أشخاص وإصابة": the four are the dead
        about = between.match(text, end)  # (it matches nothing at least)
        if text[end:end + 1] == " " and self.lex.re["two_persons"].match(text, about.end() if about else end + 1):
            return 2  # "مقتل جنديين", "قتلوا ما لا يقل عن شخصين"
        one = self.lex.re["one_person_before"].search(text, max(0, start - 30), start) if text[start] != "و" else None
        if one is not None and not _NUMBER.search(text, max(0, one.start() - 15), one.start()):
            return 1  # "تعرض جندي أمريكي لإصابة طفيفة"; not "مقتل جندي وإصابة" (the soldier is the dead) nor
            # "نحو 400 جندي أمريكي أصيبوا" (a noun is singular after a number over ten)
        return 1 if text[end:end + 1] == " " and self.lex.re["one_person"].match(text, end + 1) else None

    def _casualties_only(self, sent: Sentence, f: Folded, since: list[DateSpan]) -> None:
        """A toll in a sentence of its own ("وأسفر الهجوم عن مقتل 3"): the last mention's. `since`: the days the
        sentence counts from."""
        if not self.r.drafts:
            return
        fatalities, injuries = self._casualties(f)
        if fatalities is None and injuries is None:
            return
        if self.lex.re["summary"].search(f.text) or self._since_long_ago(since):
            return  # "وبذلك، يرتفع عدد قتلى حزب الله إلى 342 منذ 8 أكتوبر": a count over months, not the attack's toll
        d = self.r.drafts[-1]
        if _take_toll(d, fatalities, injuries):
            d.because("casualties", "a toll in the sentence after the attack's", sent)
            d.evidence.append(sent)

    def _weapons_told_after(self, sent: Sentence, f: Folded) -> None:
        """The weapons a sentence of its own says the operation told was carried out with ("وأكد ترامب أن العملية
        ... نفذت عبر أكثر من 70 هدفًا ... باستخدام طائرات مقاتلة ومروحيات هجومية ومدفعية"): those of its
        attacks told in the sentences just before, by the same side. Asked of a sentence that told no attack."""
        if not self.r.drafts or not _THE_OPERATION.search(f.text):
            return  # most sentences
        hits = self.lex.weapons(f)
        if not hits or not _USING_BEFORE.search(f.text, max(0, hits[0][2] - 20), hits[0][2]):
            return
        last = self.r.drafts[-1]
        for d in self.r.drafts:
            if d.actor == last.actor and d.evidence and sent.index - d.evidence[-1].index <= _TOLD_AGAIN + 1:
                kinds = {w.kind for w in d.weapons}
                new = [w for w in self._weapons(f, hits, d.actor) if w.kind not in kinds]
                if new:
                    d.weapons = [*d.weapons, *new]
                    d.because("weapons", "weapons a later sentence says the operation used", sent)

    def _blamed_for_the_last(self, sent: Sentence, f: Folded, actors: list[Match], claimed: bool) -> None:
        """The side a sentence on the attack told blames or credits for it ("وحمّلت وزارة الدفاع الأمريكية
        المسؤولية في هذا الهجوم على وكلاء مدعومين من إيران"): the last mention's attacker, where it had none."""
        named = next((a for a in actors if self._blamed(f, a)), None)
        if named is None:
            return
        d = self.r.drafts[-1] if self.r.drafts else None
        if d is None or d.actor is not None or not d.evidence or sent.index - d.evidence[-1].index > _TOLD_AGAIN:
            return
        d.actor, d.actor_role = named.value, "claimed" if claimed else "attributed"
        d.because("actor", "the side a sentence on the attack blames or credits", sent)
        d.evidence.append(sent)

    def _blamed(self, f: Folded, a: Match) -> bool:
        """Whether the sentence blames the side: a word for its deed and one of blame before it (not "استنفارا ...
        من قبل قوات"), or an accusation before it and the charge after ("وتتهم الولايات المتحدة ميليشيات مدعومة من
        إيران بالوقوف خلف هذه": the accuser between)."""
        before = max(0, a.start - 60)
        return bool(self.lex.re["agent_before"].search(f.text, before, a.start) and _BLAME.search(f.text, before, a.start)) \
            or bool(_ACCUSES.search(f.text, before, a.start) and _ACCUSED_AFTER.match(f.text, a.end))


def _afresh(day: DateSpan | None, p: PlaceSpan, marks: list[tuple[int, bool]]) -> DateSpan | None:
    """The day, if the attack word nearest before the place (or, with none before it, the first after it: "ومساء
    الاثنين تعرضت السفارة الأمريكية في بغداد للاستهداف مرتين") tells an attack afresh ("استهدفت المقاومة يوم
    الثلاثاء الماضي قاعدتي حرير"): another attack there, that day; not one told already ("قال ... إن الهجوم وقع
    مساء أمس الأول الاثنين"), which only dates it."""
    before = [told for end, told in marks if end <= p.start] or [told for end, told in marks if end > p.start][:1]
    return day if before and not before[-1] else None


def _aircraft_at_most(d: Draft) -> bool:
    """Whether a draft names no weapon but aircraft (or none)."""
    return all(w.kind == "aircraft" for w in d.weapons)


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether a quote opened in `text[start:end]` is still open at `end`."""
    seg = text[start:end]
    return seg.count('"') % 2 == 1 or seg.count("“") > seg.count("”") or seg.count("«") > seg.count("»")


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with these spans written over with spaces (offsets kept)."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _value(m: re.Match[str]) -> int | None:
    """The number written; None for a year ("2024"), which counts nobody."""
    if m.group(1):
        n = int(m.group(1))
        return None if 1900 <= n <= 2100 else n
    return NUMBER_WORDS[m.group(2)]


def _in_text(d: DateSpan, f: Folded) -> DateSpan:
    """A date phrase found in folded text, with its offsets into the text as written."""
    start, end = f.span(d.char_start, d.char_end)
    return replace(d, char_start=start, char_end=end)


def _a_day_on(d: DateSpan | None) -> DateSpan | None:
    """A date's window widened by a day either side: an evening's attack is often told as the next day's."""
    if d is None or d.date is None:
        return d
    return replace(d, start=(d.start or d.date) - _A_DAY, end=(d.end or d.date) + _A_DAY)


__all__ = ["read_arabic"]
