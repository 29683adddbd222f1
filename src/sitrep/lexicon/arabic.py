"""The Arabic dictionaries (`data/ar/`): the same actors and weapon kinds as `data/en/`, written
in Arabic, and the Arabic cue words of `events.yaml`.

Every alias and cue is folded as the text is (`sitrep.text.fold_arabic`) and matched as a whole
word with the clitics Arabic writes onto it: و and ف (and), ب ل ك (with, for, like) and the
article ال ("والمسيرات", "بالقاعدة", "للقوات"). Names map to the English names of `data/en/`, so
an Arabic and an English report of one attack carry the same normalised fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from sitrep.lexicon import Lexicon, LexiconError, Match, _alternation, _non_overlapping, read_file, schema
from sitrep.text.arabic import Folded, fold_arabic, without_article

DATA = Path(__file__).with_name("data") / "ar"
_CUES = ("interception", "claim", "hypothetical", "halted", "not_attack", "incident", "no_event", "summary", "heard", "blast", "anaphora", "official_source",
         "no_casualties", "killed", "mourned", "wounded", "own_news", "struck", "from_the_air",
         "ground_fight", "aside", "own_fighters")
# Before a word: "and"/"so", then a preposition, then the article; "لل" is ل + ال.
_CLITICS = r"(?:[وف]?(?:[بك]?ال|لل|[بلك])?)"
_TOWARDS = "(?:علي|ضد|الي|نحو|باتجاه|صوب)"  # before what an attack was aimed at ("على", "إلى" folded)
_OPENING = r"[\"“«(]"  # a quote or bracket a name or word may open with, glued to it
_ANNOUNCES = "يعلن|تعلن|اعلن|اعلنت"  # "announces", "announced" (folded): a side telling of its losses
_APART = r"[\s\"“”«»]+"  # between two words of a form: spaces, or quotes and spaces
_QUOTED_APART = re.compile(_APART)
# After "no losses": only material ones ("خسائر مادية"), or none among civilians ("لم يتسبب في أي خسائر مدنية",
# "لا توجد مؤشرات على وقوع خسائر بين المدنيين"), which says nothing of the fighters a strike killed; or no serious
# ones ("من دون إصابات خطيرة"), which says some were not.
_ONLY_SOME_LOSSES = r"(?!\s+(?:(?:بين|في صفوف|من)\s+)?(?:ال)?(?:ماديه|مدنيه|مدنيين|خطيره|خطره|بالغه|جسيمه))"
_THE_PERSON = r"(?:ال(?!(?:احد|اخر)(?!\w)))?"  # the article before a person word, but not "الاحد" (Sunday) nor "الاخر"
# The nouns of a side a dual of its people names without the article ("عنصري أمن", "ضابطي شرطة"): with it, any noun
# ("جنديي الاحتلال").
_SIDE_NOUNS = "(?:امن|شرطه|جيش|قوات|حرس|حمايه|دفاع)"
_SHORT_ROOT = 3  # letters: a word this short has no dual made for it (see `_with_duals`)


def _fold(text: str) -> str:
    return fold_arabic(str(text)).text


def _words(cue: str) -> list[str]:
    """The alternatives of a cue of events.yaml ("a|b|c"), folded."""
    return [w.strip() for w in _fold(cue).split("|") if w.strip()]


@dataclass
class ArabicLexicon:
    actor_names: dict[str, str]  # bare folded alias -> English actor name
    elsewhere: dict[str, dict[str, str]]  # bare folded alias -> {country: the actor it is there}
    at_home: dict[str, dict[str, str]]  # bare folded word -> {country: the actor it names in a text about it}
    adjectives: dict[str, str]  # folded nationality adjective -> English actor name
    states: dict[str, str]  # a country's ISO code -> its forces, as its nationality names them
    weapon_forms: dict[str, tuple[str, int]]  # bare folded form -> (kind or "projectile", count)
    projectile: dict[str, str]  # "militia" / "state" -> the kind "صاروخ" is for that shooter
    re: dict[str, re.Pattern[str]]
    missile_of: frozenset[str] = frozenset()  # groups (English names) whose "صاروخ" is a missile, as a state's is
    # bare folded word -> the actors it names in a text that names one of them, and only that one, plainly
    once_named: dict[str, frozenset[str]] = field(default_factory=dict)
    definite: frozenset[str] = frozenset()  # bare aliases of one word written with the article ("الحشد"): a name only
    # with it; without it a word ("وحشد من الأهالي": and a crowd of residents)

    @classmethod
    def load(cls, directory: Path = DATA) -> ArabicLexicon:
        """The dictionaries in `directory`, checked against the English lexicon's actors and kinds."""
        return _load(Path(directory))

    def actors(self, f: Folded, countries: frozenset[str] = frozenset(),
               named: Callable[[], frozenset[str]] = frozenset, home: str | None = None) -> list[Match]:
        """Actors named in a folded piece of text (offsets are folded offsets), in a text about
        `countries` (most of its places in `home`) that names the actors `named()` plainly elsewhere
        (`named_plainly`, asked only of a name that stands for more than one); a nationality counts only right
        after an attack or weapon word."""
        hits = [Match(actor, m.start(), m.end(), m.group(), clitic=f.text[m.start():m.start("w")])
                for m in self.re["actor"].finditer(f.text)
                if (_bare_of(m) not in self.definite or f.text[m.start():m.start("w")].endswith(("ال", "لل")))
                and (actor := self._actor(_bare_of(m), countries, named, home, f.text[m.end():m.end() + 3]))]
        hits += [Match(self.adjectives[m.group("w")], m.start("w"), m.end(), m.group("w"), of_attack=True)
                 for name in ("adjective", "sided") for m in self.re[name].finditer(f.text)]
        # forces named by their nationality are read as a name is: from the noun on, so that what
        # stands before it says whether they attacked ("استهداف قوات أمريكية" is the target)
        hits += [Match(self.adjectives[m.group("w")], m.start(), m.end(), m.group())
                 for m in self.re["forces"].finditer(f.text)]
        return _non_overlapping(hits)

    def named_plainly(self, f: Folded) -> frozenset[str]:
        """The actors a text names by a name that stands for one actor wherever it is."""
        return frozenset(self.actor_names[_bare_of(m)] for m in self.re["actor"].finditer(f.text)
                         if _bare_of(m) not in self.elsewhere and _bare_of(m) not in self.at_home
                         and _bare_of(m) not in self.once_named)

    def _actor(self, alias: str, countries: frozenset[str], named: Callable[[], frozenset[str]],
               home: str | None, after: str) -> str | None:
        """The actor an alias names in a text about `countries`, most of its places in `home`, that names
        `named()` plainly; for a word that names an actor only at home, None where the text is about no such
        home, names another such actor by its own name ("الجيش الأمريكي"), or where a word with the article goes
        on to say whose it is ("الجيش الأردني", "الجيش الوطني السوري")."""
        once = self.once_named.get(alias)
        if once is not None:
            plainly = once & named()  # "وذكرت المقاومة" after "المقاومة الإسلامية في العراق": the one the text named
            return next(iter(plainly)) if len(plainly) == 1 else None
        at_home = self.at_home.get(alias)
        if at_home is not None:
            pick = at_home.get(home) if home else None
            return pick if pick and set(at_home.values()) & named() <= {pick} and not after.startswith(" ال") else None
        elsewhere = self.elsewhere.get(alias, {})
        if not elsewhere:
            return self.actor_names[alias]
        told = {self.actor_names[alias], *elsewhere.values()} & named()
        if len(told) == 1:  # "وقالت المقاومة الإسلامية" after "المقاومة الإسلامية في العراق": the one the text named
            return told.pop()
        there = [name for country, name in elsewhere.items() if country in countries]
        return there[0] if len(there) == 1 else self.actor_names[alias]

    def weapons(self, f: Folded) -> list[tuple[str, int, int, int]]:
        """(kind, count, start, end) of each weapon word; "projectile" where the actor decides."""
        out = []
        stored = -1  # where the last weapon held or hit, not fired, ends
        for m in self.re["weapon"].finditer(f.text):
            if self.re["stored_before"].search(f.text, max(0, m.start() - 25), m.start()) \
                    or stored >= 0 and f.text[stored:m.start()].strip() in ("", "و"):
                stored = m.end()
                continue  # "منصة إطلاق صواريخ": a launcher that was hit; "شحنة صواريخ ومسيرات": and what is joined to it
            if self.re["flew_before"].search(f.text, max(0, m.start() - 25), m.start()):
                continue  # "حلقت طائرات حربية أميركية في سماء المنطقة عقب الهجوم": aircraft that flew over
            if self.re["interceptor"].match(f.text, m.end()):
                continue  # "أطلق صاروخا اعتراضيا تجاه سرب طيور": an interceptor, fired at what came in
            kind, count = self.weapon_forms[_QUOTED_APART.sub(" ", _bare_of(m))]
            out.append((kind, count, m.start(), m.end()))
        return out


def _sided(sided: dict[str, list[str]], adjectives: dict[str, str]) -> re.Pattern[str]:
    """The nationality inside a sided weapon form of weapons.yaml ("طائرات أمريكية", "طائرة إسرائيلية
    مسيرة"), as group "w": whose the weapon is. A form's words after the nationality are looked
    ahead for, never read past, so the match is the nationality alone, as the "adjective" one is."""
    sides = _alternation(list(adjectives))
    ways = []
    for template in {_fold(w) for words in sided.values() for w in words}:
        before, after = (part.strip() for part in template.split("{side}"))
        tail = "".join(rf"\s+(?:ال)?{re.escape(word)}" for word in after.split())
        ways.append(rf"{re.escape(before)}\s+" + (rf"(?=(?:ال)?(?:{sides}){tail}(?!\w))" if tail else ""))
    return re.compile(rf"(?<!\w){_CLITICS}(?:{'|'.join(sorted(ways))})(?:ال)?(?P<w>{sides})(?!\w)")


def _accusatives(form: str) -> list[str]:
    """A folded form as an indefinite object writes it, with the alif of its tanween: its first word
    ("صاروخا كروز"), or every word ("صاروخا باليستيا"); a word that ends in ه (ة) or ا takes none."""
    words = form.split(" ")
    marked = [w if w.endswith(("ه", "ا")) else w + "ا" for w in words]
    return [f for f in dict.fromkeys([" ".join([marked[0], *words[1:]]), " ".join(marked)]) if f != form]


def _with_duals(words: list[str]) -> list[str]:
    """Words with their duals: "ضربه" -> "ضربتين", "ضربتان"; "هجوم" -> "هجومين", "تستهدف" -> "تستهدفان". A word
    of three letters or fewer has none made so ("شن" + "ان" is the start of a name: "وادي شنان")."""
    duals = []
    for w in words:
        if " " in w:
            continue
        if w.endswith("ه"):
            duals += [w[:-1] + "تين", w[:-1] + "تان"]
        elif len(w) > _SHORT_ROOT:
            duals += [w + "ين", w + "ان"]
    return words + duals


def _inflections(adjective: str) -> list[str]:
    """A folded nationality as Arabic inflects it beside a noun: the indefinite accusative ("إصابة 45 جنديًا
    أمريكيًا") and the dual ("جنديان أمريكيان", "ضربتين أمريكيتين")."""
    if adjective.endswith("ي"):
        return [adjective + "ا", adjective + "ان"]
    if adjective.endswith("يه"):
        return [adjective[:-1] + "تين", adjective[:-1] + "تان"]
    return []


def _definite(form: str) -> str:
    """A folded form of several words as a definite phrase writes it, the article on the words after
    the first (the first takes it as a clitic): "قذائف صاروخيه" -> "قذائف الصاروخيه"."""
    first, *rest = form.split(" ")
    return " ".join([first, *(w if w.startswith("ال") or w.isdigit() else "ال" + w for w in rest)])


def _bare_of(m: re.Match[str]) -> str:
    """The dictionary form a clitic-prefixed match stands for (its words one space apart)."""
    return _QUOTED_APART.sub(" ", m.group("w"))


# A phrase of when, to its comma, between a verb's subject and its object ("في الساعات الأولى من فجر اليوم الثلاثاء 6
# مايو 2025،"): folded, a few words, one of them a word of time or a year
_WHEN_ASIDE = r"\s+(?:في\s+)?[^,،.:؛]{0,60}?(?:اليوم|فجر|مساء|صباح|ليل|ليله|الساعات|امس|يوم|[0-9]{4})[^,،.:؛]{0,25}[,،]"


@cache
def _load(directory: Path) -> ArabicLexicon:
    english = Lexicon.load()
    actor_names: dict[str, str] = {}
    elsewhere: dict[str, dict[str, str]] = {}
    at_home: dict[str, dict[str, str]] = {}
    once_named: dict[str, set[str]] = {}
    adjectives: dict[str, str] = {}
    states: dict[str, str] = {}
    definite: set[str] = set()
    bare: set[str] = set()  # (one-word aliases written without it: "حوثيين" is the name either way)
    for row in read_file(directory / "actors.yaml", list[schema.ArabicActorRow]):
        unknown = {row.name, *row.in_country.values()} - set(english.actors)
        if unknown:
            raise LexiconError(f"{directory / 'actors.yaml'}: {sorted(unknown)} not actors of the English lexicon")
        for alias in row.aliases:
            actor_names.setdefault(without_article(_fold(alias)), row.name)
            if row.in_country:
                elsewhere[without_article(_fold(alias))] = dict(row.in_country)
        country = english.actors[row.name].country
        for word in row.at_home:
            if country is None:
                raise LexiconError(f"{directory / 'actors.yaml'}: {row.name!r} has words at home but no country")
            at_home.setdefault(without_article(_fold(word)), {})[country] = row.name
        for word in row.once_named:
            once_named.setdefault(without_article(_fold(word)), set()).add(row.name)
        for name in (*row.aliases, *row.at_home, *row.once_named):
            if " " not in name:
                (definite if without_article(_fold(name)) != _fold(name) else bare).add(without_article(_fold(name)))
        for adjective in map(_fold, row.adjectives):
            for form in (adjective, *_inflections(adjective)):
                adjectives.setdefault(form, row.name)
        if row.adjectives and country:
            states.setdefault(country, row.name)
    weapons = read_file(directory / "weapons.yaml", schema.ArabicWeaponsFile)
    projectile = weapons.projectile
    unknown = {*weapons.kinds, *weapons.pairs, *weapons.sided, projectile.militia, projectile.state} - english.weapon_kinds()
    if unknown:
        raise LexiconError(f"{directory / 'weapons.yaml'}: {sorted(unknown)} not weapon kinds of the English lexicon")
    strangers = set(projectile.missile_of) - set(english.actors)
    if strangers:
        raise LexiconError(f"{directory / 'weapons.yaml'}: missile_of {sorted(strangers)}, no actors of the English lexicon")
    forms: dict[str, tuple[str, int]] = {}
    for section, count in ((weapons.kinds, 1), (weapons.pairs, 2)):
        for kind, words in section.items():
            for w in words:
                forms.setdefault(without_article(_fold(w)), (kind, count))
    for kind, words in weapons.sided.items():
        for w in words:
            for side in adjectives:
                forms.setdefault(without_article(_fold(w).replace("{side}", side)), (kind, 1))
    for w in projectile.forms:
        forms.setdefault(without_article(_fold(w)), ("projectile", 1))
    for w in projectile.pair:
        forms.setdefault(without_article(_fold(w)), ("projectile", 2))
    for form, meaning in list(forms.items()):  # the indefinite accusative: "أطلقوا صاروخًا باليستيًّا"
        for accusative in _accusatives(form):
            forms.setdefault(accusative, meaning)
        if " " in form:  # and the definite, the article on every word: "القذائف الصاروخية"
            forms.setdefault(_definite(form), meaning)
    events = read_file(directory / "events.yaml", schema.ArabicEventsFile).model_dump()
    compiled = {
        # the words of a name may stand apart by quotes too ('تنظيم "الشباب"'), as a weapon's do
        "actor": re.compile(rf"(?<!\w){_CLITICS}(?P<w>{_alternation([*actor_names, *at_home, *once_named]).replace(re.escape(' '), _APART)})(?!\w)"),
        # the words of a form may stand apart by quotes ("“الضربات” الجوية", 'صواريخ "كاتيوشا"')
        "weapon": re.compile(rf"(?<!\w){_CLITICS}(?P<w>{_alternation(list(forms)).replace(re.escape(' '), _APART)})(?!\w)"),
    }
    for cue in _CUES:
        after = _ONLY_SOME_LOSSES if cue == "no_casualties" else ""
        words = [w.replace(" ", _APART) for w in _words(events[cue])] if cue == "not_attack" else _words(events[cue])
        compiled[cue] = re.compile(rf"(?<!\w){_CLITICS}(?:{'|'.join(words)})(?!\w){after}")  # 'تفجير «مسيطر عليه»'
    compiled["blast"] = re.compile(rf"(?<!\w){_CLITICS}(?:{'|'.join(_with_duals(_words(events['blast'])))})(?!\w)")  # "دوي انفجارين"
    # An event word with the endings Arabic writes onto it: "هاجموا", "استهدفنا", "قصفته", "الاعتداءات"
    compiled["triggers"] = re.compile(  # and the dual: "هجومين", "ضربتين", "تستهدفان"
        rf"(?<!\w){_CLITICS}(?:{_alternation(_with_duals(_words(events['triggers'])))})(?:ها|هم|ه|وا|نا|ت|ات|ا)?(?!\w)")
    # "غارة إسرائيلية", "وابل إيراني من الصواريخ", "الصواريخ الإيرانية": an attack or weapon word,
    # at most one word that is not a preposition, the nationality
    preposition = _alternation(_words(events["prepositions"]))
    # nor what the nationality owns: "استهداف السفارة الأمريكية" is an attack on the embassy, not by the US
    # ("استهداف القواعد الأميركية": on the bases)
    owned = "|".join(_words(events["occupant_before"]))

    def nationality_after(nouns: list[str]) -> re.Pattern[str]:
        # what may stand between: one word, or a word of belief ("عدوان جوي يرجح أنه أمريكي"); both may take the
        # alif of the indefinite accusative ("عدوانا أميركيا غادرا استهدف"); the nationality may stand in quotes
        # ('ضربة جوية "إسرائيلية"', as outlets that do not name the state without them write it)
        return re.compile(rf"(?<!\w){_CLITICS}(?:{_alternation(nouns)})ا?\s+(?:(?!{_CLITICS}(?:{preposition}|{owned})\s)\S+\s+)?"
                          rf"(?:(?:يعتقد|يرجح|يشتبه|يحتمل)\s+ب?انه?ا?\s+)?[\"“«']?(?:ال)?"
                          rf"(?P<w>{_alternation(list(adjectives))})ا?(?!\w)")

    compiled["adjective"] = nationality_after(_with_duals(_words(events["attack_nouns"])) + list(forms))
    compiled["sided"] = _sided(weapons.sided, adjectives)
    compiled["forces"] = nationality_after(_words(events["force_nouns"]))
    compiled["owned_site"] = re.compile(rf"(?<!\w){_CLITICS}(?:{_alternation(_words(events['site_nouns']))})\s+(?:\S+\s+)?(?:ال)?"
                                        rf"(?P<w>{_alternation(list(adjectives))})(?!\w)")
    compiled["masked"] = re.compile("|".join(_words(events["masked"])))
    compiled["other_story_line"] = re.compile(rf"\W*(?:{'|'.join(_words(events['other_story_line']))})(?!\w)")
    w = {key: "|".join(_words(events[key])) for key in (
        "target_before", "struck_with_after", "subject_before", "doer_of_before", "hosts_before", "reached", "source_in_before", "hospital_in_before", "gathering_in_before", "office_in_before", "mission_in_before", "response_before", "own_people", "mourns", "soldiers", "overflight", "landing", "negation", "untold", "losses", "occupant_before", "target_after", "victim_before", "victim_between", "leader_of_before", "death", "speaks_before", "speaks_after", "located_before", "launched_from_before", "origin_before", "owner_before", "flag_before", "displaced_before", "stored_before", "interceptor_after", "said_before", "background_before", "war_before", "alert", "account_before", "agent_before", "doer_before", "defends", "defence_nouns", "air_defences", "object_after", "downed",
        "aircraft_one", "about", "on_day", "person", "people", "person_pair", "person_pair_of", "dual_casualty", "single_casualty", "single_casualty_before", "attack_nouns", "carries_out", "coinciding", "unsided_people", "prepositions",
        "claimed_masdar", "not_telling")}
    compiled.update({  # the scaffolding around the word lists: where each list is read
        # the word between may not be "أن" ("أشارت المصادر إلى أن القوات الأمريكية ... استخدمت"): it opens a
        # clause the actor is the subject of
        # one word may stand between, and "في" or "ل" after it ("لاستهداف قيادات في تنظيم الدولة", "يستهدف خلية
        # لـ\"داعش\""); not "من": "ضربة قاضية من القوات الإيرانية" is theirs; nor "على الأرجح", most likely
        "target_before": re.compile(rf"(?:{w['target_before']})\s+(?:(?![بل]?ان\s|الارجح\s|الاغلب\s)\S+\s+(?:(?:في|ل)\s+)?)?$"),
        "doer_of_before": re.compile(rf"(?<!\S){_CLITICS}(?:{w['doer_of_before']})ا?\s+(?:\S+\s+)?$"),  # "قصفا مدفعيا لقوات"
        "source_in_before": re.compile(rf"(?<!\w)[وف]?(?:ال)?(?:{w['source_in_before']})(?:\s+[^\s.,،:]+){{0,2}}?\s+"
                                       rf"(?:في|من)\s+(?:(?:محافظه|مدينه)\s+)?$"
                                       rf"|(?<!\w)[وف]?(?:ال)?(?:{w['office_in_before']})(?:\s+[^\s.,،:]+){{0,2}}?\s+"
                                       rf"ب(?:ال)?(?:(?:ولايه|محافظه|مدينه)\s+)?(?:ال)?$"),
        "hospital_in_before": re.compile(rf"(?<!\w)[وف]?(?:{w['hospital_in_before']})(?:\s+[^\s.,،:]+){{0,4}}?\s+في\s+"
                                         rf"(?:(?:محافظه|مدينه)\s+)?$"),
        "mission_in_before": re.compile(rf"(?<!\w)[وف]?(?:ال)?(?:{w['mission_in_before']})(?:\s+[^\s.,،:]+){{0,2}}?\s+في\s+$"),
        "gathering_in_before": re.compile(rf"(?<!\w)[وف]?(?:خلال|في|امام|اثناء)\s+(?:ال)?(?:{w['gathering_in_before']})"
                                          rf"(?:\s+[^\s.,،:؛]+){{0,10}}?\s*$"),
        "source_of_before": re.compile(rf"(?<!\w)[وف]?(?:ال)?(?:{w['source_in_before']})(?:\s+[^\s.,،:]+)?\s+$"),
        "reached": re.compile(rf"(?<!\S)[وف]?(?:{w['reached']})\s+"),
        "strike_verb": re.compile(rf"(?<!\S)[وف]?(?:{w['subject_before']})(?!\w)"),
        "hosts_before": re.compile(rf"(?<!\S)[وف]?(?:{w['hosts_before']})\s+(?:[^\s.,،:؛]+\s+){{0,4}}$"),  # "يتمركز فيه عدد كبير من"
        "occupant_before": re.compile(rf"(?:{w['occupant_before']})\s+(?:\S+\s+)?(?:\d+\s+)?$"),
        "no_losses": re.compile(rf"(?<!\w)[وف]?(?:{w['negation']})\s+(?:(?!(?:ال)?(?:{w['untold']})(?!\w))\S+\s+){{0,5}}?"
                               rf"{_CLITICS}(?:{w['losses']})(?!\w){_ONLY_SOME_LOSSES}"),
        "interceptor": re.compile(rf"\s+(?:ال)?(?:{w['interceptor_after']})(?!\w)"),
        "flew_before": re.compile(rf"(?<!\w){_CLITICS}(?:{w['overflight']}|{w['landing']})\s+(?:\S+\s+)?(?:ال|لل|ل)?$"),
        "overflight_before": re.compile(rf"(?<!\w){_CLITICS}(?:{w['overflight']})\s+(?:\S+\s+){{0,6}}(?:ال|لل|ل)?[\"«“]*$"),
        # and after it, a few words on, in one clause ("ليباشر الطيران الحربي والمروحي الأمريكي على الفور، تحليقه المكثف")
        "overflight_after": re.compile(rf"(?:\s+[^\s.:؛]+){{0,3}}?[\s,،]+{_CLITICS}(?:{w['overflight']})(?:ه|ها|هم)?(?!\w)"),
        # "X ... استهدفت بطائرات مسيرة" and no object after the weapon: X was the one struck
        "struck_with_after": re.compile(rf"(?:\s+\S+){{0,3}}?\s+(?:{w['struck_with_after']})\s+ب\S+(?:\s+\S+)?"
                                        rf"\s*(?:$|[.,،:;]|\s(?:لكن|و?لم|دون|بدون|من دون|ما|مما|في|فى))"
                                        # or in attacks: "إن القوات الأمريكية استهدفت في ثلاثة هجمات بالعراق"
                                        rf"|(?:\s+\S+){{0,3}}?\s+(?:{w['struck_with_after']})\s+في\s+(?:\S+\s+)?"
                                        rf"(?:{w['attack_nouns']})(?!\w)"),
        # "استهدفت X بالمدافع ... قرى": the weapon (read by the caller) with an object after it
        "subject_before": re.compile(rf"(?<!\S)[وف]?(?:{w['subject_before']})\s+$"),
        # or the soldiers it announces dead or wounded (`soldiers`)
        "own_losses_after": re.compile(rf"(?:[\s,،]+\S+){{0,4}}?[\s,،]+{_CLITICS}(?:{w['victim_before']})\s+"
                                       rf"(?:\S+\s+){{0,4}}?(?:من\s+)?(?:{w['own_people']})(?!\w)"
                                       rf"|\s+(?:{_ANNOUNCES})(?:[\s,،]+\S+){{0,2}}?[\s,،]+(?:{w['victim_before']})"
                                       rf"(?:\s+\S+){{0,2}}?\s+(?:ال)?(?:{w['soldiers']})(?!\w)"),
        # or, announced by it, people of no side ("أعلنت هيئة الحشد الشعبي، السبت، إصابة ثلاثة أشخاص"; not "قصفت
        # قوات الدعم السريع ... ما أدى إلى مقتل 30 مدنيا")
        "announced_before": re.compile(rf"(?<!\S)[وف]?(?:{_ANNOUNCES})\s+(?:عن\s+)?$"),
        "unsided_losses_after": re.compile(rf"(?:[\s,،]+\S+){{0,4}}?[\s,،]+{_CLITICS}(?:{w['victim_before']})\s+"
                                           rf"(?:\S+\s+){{0,3}}?(?:{w['unsided_people']})(?!\w)"),
        # or its soldiers by their nationality ("أعلن الجيش الأميركي، الأحد، عن مقتل 3 جنود أميركيين"): the
        # caller checks the nationality is the actor's
        "losses_of_after": re.compile(rf"(?:[\s,،]+\S+){{0,4}}?[\s,،]+{_CLITICS}(?:{w['victim_before']})\s+"
                                      rf"(?:\S+\s+){{0,3}}?(?:ال)?(?:{w['soldiers']}|افراد)\s+(?:من\s+)?(?:\S+\s+){{0,2}}?"
                                      rf"(?:ال)?(?P<w>{_alternation(list(adjectives))})ا?(?!\w)"),  # (a word or two
        # between: "مقتل 2 من أفراد الخدمة العسكرية الأمريكية")
        # or it was killed or wounded, as the verb after it says ("3 من أفراد الخدمة الأميركية قتلوا في هجوم",
        # "وكان خمسة عناصر من قوات النظام السوري قد قُتلوا، أمس الجمعة، جراء")
        # (a few words between: "4 على الأقل من مقاتلي حركة النجباء المتحالفة مع إيران قتلوا وأصيب 6 آخرون")
        "killed_after": re.compile(r"(?:\s+(?!(?:و?قتل|و?اصاب|و?استهدف)\w*)[^\s.,،:]+){0,4}?\s+(?:قد\s+)?"
                                   r"(?:قتلوا|قتلا|اصيبوا|اصيبا|جرحوا|استشهدوا|لقوا\s+حتفهم|لقي\s+حتفه)"
                                   r"(?=\s+(?:في|فى|جراء|اثر|بهجوم|بقصف|خلال|بنيران|عندما|عند)(?!\w)|\s+و|\s*[.,،]|\s*$)"),
        # the verb alone ("قتل", which is also "he killed"), read only after one of its people: "قائداً من جماعة كتائب
        # حزب الله العراقية المسلحة قتل في ضربة أمريكية ببغداد" (`member_of_before`), never after "أنه" ("قال الجيش
        # الإسرائيلي إنه قتل في غارة ...": it killed)
        "killed_one_after": re.compile(r"(?:\s+(?!(?:و?قتل|و?اصاب|و?استهدف|ب?[اأإ]نه|ب?[اأإ]نها|ب?[اأإ]نهم)(?!\S))[^\s.,،:]+){0,4}?\s+(?:قد\s+)?"
                                       r"(?:قتل|قتلت|اصيب|اصيبت|استشهد)(?=\s+(?:في|فى|جراء|اثر|بهجوم|بقصف|بغاره|بضربه|بنيران)(?!\w))"),
        "member_of_before": re.compile(r"(?<!\S)من\s+(?:(?:جماعه|حركه|تنظيم|ميليشيا|مليشيا|فصيل|صفوف|عناصر)\s+)?[\"“«(]?$"),
        "response_before": re.compile(rf"(?<!\S)[وف]?(?:ان\s+)?(?:{w['response_before']})\s+(?:\S+\s+)?$"),
        "leader_of_before": re.compile(rf"(?<!\w)[وف]?(?:{w['leader_of_before']})\s+{_OPENING}?$"),
        "death": re.compile(rf"(?<!\w)[وف]?(?:{w['death']})(?!\w)"),
        "clause_ends": re.compile(r"(?:\s+\S+)?\s*(?:$|[.,،:;]|\s(?:لكن|و?لم|دون|بدون|من دون|ما|مما|في|فى|من قبل)(?!\w))"),
        "mourns_after": re.compile(rf"\s+(?:{w['mourns']})(?!\w)"),  # right after it: it mourns its dead
        # right after it, what it was exposed to, the verb before it ("بتعرّض قوات الأمن السورية وقوات أميركية لإطلاق نار",
        # "تعرضت قوات أمريكية في سوريا لهجوم"): it was attacked
        "exposed_after": re.compile(rf"\s+(?:[^\s.,،:؛]+\s+){{0,2}}?ل(?:ل|ال)?(?:{w['attack_nouns']}|اطلاق\s+(?:ال)?نار)(?!\w)"),
        # (or past where they are: "القوات الأميركية في قاعدة عين الأسد الجوية غرب العراق تعرضت لهجوم")
        "target_after": re.compile(rf"(?:(?:\s+\S+){{0,3}}?|\s+في(?:\s+\S+){{1,6}}?)\s+{_OPENING}?(?:{w['target_after']})(?!\w)"),
        # "بإصابة عدد من أفراد الجيش الأمريكي": the words for people may stand between
        # (the one free word not an attack's: "4 قتلى في غارات الاحتلال" are killed in its raids, not its dead)
        "victim_before": re.compile(rf"(?<!\w){_CLITICS}(?:{w['victim_before']})\s+"
                                    rf"(?:(?:{w['victim_between']}|{w['about']}|\d+)\s+){{0,6}}"
                                    rf"(?:(?!{_CLITICS}(?:{w['attack_nouns']})\s)\S+\s+)?{_OPENING}?$"),
        # "نفذت ضربات", "عن تنفيذ عملية عسكرية": a verb or noun of carrying out, then the attack carried out
        "carries_out": re.compile(rf"(?:عن\s+)?[وف]?(?:{w['carries_out']})\s+(?=(?:\S+\s+)?(?:{w['attack_nouns']}))"),
        "coinciding": re.compile(rf"(?<!\w)[وف]?(?:{w['coinciding']})(?!\w)"),
        "carried_out_before": re.compile(rf"(?<!\w)[وف]?(?:{w['carries_out']})\s+[\"“«]?$"),
        # a word or two back, the clitic or "إلى" of the state's name last ("منسوبة لواشنطن")
        "blamed_before": re.compile(rf"(?<!\w)[وف]?(?:{'|'.join(_words(events['blamed_before']))})\s+(?:\S+\s+)?(?:ل|الى\s+)?$"),
        # from a word of cause to the end of its clause, and of the clauses telling what that caused ("...
        # في مدينة "إيرانشهر" الإيرانية، مما أدى إلى استشهاد 7 من ضباط وأفراد الجيش", "ردًا على هجمات بطائرات دون
        # طيار استهدفت القوات الأمريكية ...، وأدت لمقتل ثلاثة جنود أمريكيين")
        "cause": re.compile(rf"(?<!\w)[وف]?(?:{'|'.join(_words(events['cause']))})[^.,،:;؛\n]*"
                            rf"(?:[,،]\s*(?:مما|ما|و?اد(?:ت|ى)|و?اسفر(?:ت)?|و?خلف(?:ت)?)\s[^.,،:;؛\n]*)*"),
        # up to six words back, in one clause; the place's own clitic last ("نصرةً لغزة": a place's span starts
        # after it)
        "background_before": re.compile(rf"(?<!\w){_CLITICS}(?:{w['background_before']})(?:\s+[^\s.,،:]+){{0,6}}\s+"
                                        rf"(?:[وفبل]|وب|ول|لل)?$"),
        "war_before": re.compile(rf"(?<!\w){_CLITICS}(?:{w['war_before']})(?:\s+[^\s.,،:]+){{0,4}}\s+(?:[وفبل]|وب|ول|لل)?"
                                rf"{_OPENING}?$"),  # (a side named in quotes: "بين «حزب الله» والجيش")
        "alert_before": re.compile(rf"(?<!\w)[وف]?(?:{w['alert']})\s+$"),
        "alert_after": re.compile(rf"\s+(?:قد\s+)?(?:{w['alert']})(?!\w)"),
        "denied_before": re.compile(rf"(?<!\w)[وف]?(?:{w['negation']})\s+(?:(?!حتي\s)[^\s،,.]+\s+){{0,4}}$"),  # "لم يصدر ... أي بيان"
        "account_before": re.compile(rf"(?<!\w)[وف]?(?:{w['account_before']})(?!\w)[^,،;؛:().]*$"),
        "said_before": re.compile(rf"(?<!\w)[وف]?(?:{w['said_before']})(?!\w)"),
        "speaks_before": re.compile(rf"(?<!\w)[وف]?(?:{w['speaks_before']})\s+"
                                    rf"(?:(?!{_OPENING}?[وب]?[اإ]ن(?:ه|ها|هم)?\s|\S*:)\S+\s+){{0,6}}{_OPENING}?$"),
        "stored_before": re.compile(rf"(?<!\w)[وف]?(?:{w['stored_before']})\s+(?:(?:ل|لل)?(?:اطلاق|تصنيع|تخزين)\s+)?"
                                    rf"(?:(?:عدد من|عده|عشرات)\s+)?ب?$"),  # "تضرر عدد من الطائرات"
        "displaced_before": re.compile(rf"(?<!\w)[وف]?(?:ال)?(?:{w['displaced_before']})(?!\w)[^.,،:;؛\n]*$"),
        # one word may stand between ("بلدة"), and the place's own clitic last ("حي العمال": its span starts after it)
        "origin_before": re.compile(rf"(?<!\w)[و]?(?:{w['origin_before']})\s+(?:\S+\s+)?{_CLITICS}$"),
        # (a few words between, none a preposition but "في": "انطلقت من قاعدة علي السالم الأميركية في الكويت")
        "launched_from_before": re.compile(rf"(?<!\w)[وف]?(?:{w['launched_from_before']})"
                                         rf"(?:\s+(?![و]|(?:{w['prepositions']}|فوق|اجواء|سماء)(?!\w))[^\s.,،:؛]+|\s+في){{0,5}}?\s+{_CLITICS}$"),
        "owner_before": re.compile(rf"(?<!\w)[و]?(?:{w['owner_before']})\s+ل$|(?<!\w)[و]?(?:{w['flag_before']})\s+(?:ال)?$"),
        "located_before": re.compile(rf"(?<!\w)[و]?(?:{w['located_before']})\s+(?:\S+\s+){{0,2}}$"),
        "speaks_after": re.compile(rf"(?:\s+\S+)?(?:\s+قد)?\s+[وف]?(?:{w['speaks_after']})(?!\w)"),  # "... العراقي قد قالت"
        # after a speaker: that it struck ("أعلنت القيادة المركزية الأميركية، الاثنين، أنها استهدفت")
        # ... or that its fighters, forces or aircraft did ("قالت المقاومة الإسلامية في العراق، في بيانها، مسلحيها
        # استهدفوا ...", "قالت القيادة الوسطى الأميركية إن قواتها استهدفت أكثر من 70 موقعا")
        # ... or that it carried out air strikes, told as a noun ("وأكد مسؤول في وزارة الدفاع الأميركية "البنتاغون" في بيان
        # شن ضربات جوية ضد ميليشيات")
        "claimed_masdar": re.compile(rf"[\s\"'”»]*(?:{w['claimed_masdar']})(?!\w)"),
        "not_telling": re.compile(w["not_telling"]),
        "self_strike": re.compile(rf"\S*(?:\s+\S+){{0,4}}?\s+(?:[وب]?(?:[اأإ]?ن(?:ها|ه|هم|نا)|(?:[اأإ]?ن\s+)?"
                                  rf"(?:مقاتلي|مسلحي|عناصر|مجاهدي|مقاومي|قوات|طائرات|مقاتلات)(?:ها|ه|هم|نا))\s+(?:\S+\s+)?(?:قد\s+)?"
                                  rf"(?:{'|'.join(_words(events['triggers']))})|(?:{w['carries_out']})\s+(?:ضربات|ضربه|غارات|غاره)\s+جويه)"),
        # one word may stand between, not one of a target ("غارات شنتها على الحرس الثوري": struck, not striking)
        "agent_before": re.compile(rf"(?:{w['agent_before']})\s+(?:(?!{_TOWARDS}\s)\S+\s+)?$"),
        "doer_before": re.compile(rf"(?:{w['doer_before']})\s+(?:(?!{_TOWARDS}\s)\S+\s+)?$"),
        "defends_after": re.compile(rf"\s+(?:\S+\s+){{0,3}}?{_OPENING}?{_CLITICS}(?:{w['defends']}|{w['defence_nouns']})(?!\w)"),
        "air_defences": re.compile(rf"(?:{w['air_defences']})(?!\w)"),
        "defends_before": re.compile(rf"(?:{w['defends']})\s+$"),
        # the object of the attack the actor made, a few words on ("استهداف المقاومه ... تجمعات", "استهدفت
        # المقاومة الإسلامية في العراق، اليوم الأحد، قاعدة": past a short aside between commas, never past a
        # clause), never past a word of where it is ("تستهدف الجيش الأمريكي في قاعدة": the army is in the base),
        # nor a site in ب ("على القوات الأمريكية وقوات التحالف بقاعدة عين الأسد": where they are); past when, to its comma
        # ("استهدفت قوات الدعم السريع في الساعات الأولى من فجر اليوم الثلاثاء 6 مايو 2025، مطار بورتسودان الدولي")
        "object_after": re.compile(rf"(?:\s*[,،][^,،]{{1,25}}[,،]|{_WHEN_ASIDE})?(?:\s+(?!(?:في|داخل|قرب|بالقرب|ضمن)\s)[^\s,،]+){{0,6}}?\s+"
                                   rf"(?:ل(?!\w)|لل\S+|(?<!التحالف )(?<!الدولي )(?:علي|ضد)(?=\s)|[وف]?(?:ال|لل|ل)?(?:{w['object_after']})\S*)(?!\w)"),
        # (not the coalition's name: "التحالف الدولي ضد تنظيم داعش")
        "downed_one": re.compile(rf"(?:{w['downed']})\s+(?:ال)?(?:{w['aircraft_one']})(?:\s+\S+){{0,2}}?\s+$"),
        "between": re.compile(rf"[\s()]*(?:(?:{w['on_day']})[\s()]+){{0,3}}(?:(?:{w['about']})[\s()]*)?"),
        # a number (in brackets or not), the people it counts and a word on them, before a word for killed or wounded
        # ("لقي أكثر من (20) شخصاً مصرعهم")
        "people_between": re.compile(rf"\)?\s+(?:{w['people']}|من\s+\S+)(?:\s+\S+)?(?:\s+علي\s+الاقل)?\s+$"),  # "15 مواطنا على
        # الأقل استشهدوا", "سبعة من ضباطها قتلوا"
        # with the article: "قتلت المواطنة ...", one woman (not "الأحد", Sunday, nor "الآخر")
        "one_person": re.compile(rf"{_THE_PERSON}(?:{w['person']})(?!\w)"),
        "people_word": re.compile(rf"(?:ال)?(?:{w['people']})(?!\w)"),  # people counted: "جنود", "المدنيين"
        # one person, then at most a word (a nationality), before the casualty word: "تعرض جندي أمريكي لإصابة"; the
        # indefinite accusative too, after "إن": "إن شخصا لقي مصرعه"
        "one_person_before": re.compile(rf"(?<!\S){_THE_PERSON}(?:{w['person']})ا?\s+(?:\S+\s+)?$"),
        # two: a dual ("جنديين"), or a plural and the word for two after it ("مقتل مدنيين اثنين", "عسكريين اثنين")
        "two_persons": re.compile(rf"(?:{w['person_pair']}|(?:{w['people']})\s+(?:اثنين|اثنان|اثنتين|اثنتان)"
                                  rf"|(?:{w['person_pair_of']})(?=\s+(?:ال|{_SIDE_NOUNS}(?!\w))))(?!\w)"),
        "dual_casualty": re.compile(rf"(?:{w['dual_casualty']})(?!\w)"),
        "single_casualty": re.compile(rf"(?:{w['single_casualty']})(?!\w)"),
        # what stands before one: a word of what befell, "و" after another casualty word, or nothing ("قتيل في ...")
        "single_casualty_before": re.compile(rf"(?:(?<!\S)(?:{w['single_casualty_before']})\s+|^\W*|[:|]\s*)$"),
        # "في سوريا", "بسوريا", "على السواحل الجنوبية لإيران" (a word of place, a word, then "of")
        "locative": re.compile(rf"(?:(?<!\w){_CLITICS}(?:{'|'.join(_words(events['locative']))})(?:\s+(?:ال)?|(?:\s+\S+)?\s+ل)"
                               rf"|(?<!\w)[وف]?ب(?:ال)?)$"),
        # "ما لا يقل عن 7 هجمات": at least so many attacks, a count over a period
        # and ten or more attacks, however told ("تعرضت ... لعشرة هجمات", "58 هجوما استهدف القوات", "تعرضت القوات
        # الأمريكية ... للهجوم 46 مرة على الأقل")
        "counted": re.compile(rf"(?:(?:{w['about']})[\s()]*\d+[\s()]*(?:{w['attack_nouns']}|هجوما)"
                              rf"|(?<!\w)(?:ال|ل|لل)?(?:[1-9]\d+|عشره|عشرات)[\s()]*(?:هجمات|هجوما|هجوم|مره|مرات))(?!\w)"),
    })
    return ArabicLexicon(actor_names, elsewhere, at_home, adjectives, states, forms,
                         {"militia": projectile.militia, "state": projectile.state}, compiled, frozenset(projectile.missile_of),
                         definite=frozenset(definite - bare), once_named={k: frozenset(v) for k, v in once_named.items()})


__all__ = ["ArabicLexicon"]
