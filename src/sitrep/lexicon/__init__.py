"""The dictionaries sitrep reads text with: actors, weapons, event words, cues, outlets, epochs.

They are YAML files in `lexicon/data/` so that an analyst can add an alias or an outlet without
touching code. `Lexicon.load()` compiles them once into the matchers the `extract` stage uses;
pass a different directory to use your own copies.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from re import Pattern  # by name: in `Lexicon`, after its field `re`, "re.Pattern" is that field
from urllib.parse import urlsplit

import yaml
from pydantic import TypeAdapter, ValidationError

from sitrep.lexicon import schema
from sitrep.when import Epoch

DATA = Path(__file__).with_name("data") / "en"
_parser = re._parser  # type: ignore[attr-defined]  # to read the first characters of a pattern's matches


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    kind: str
    country: str | None
    inter: int | None
    vague: bool = False  # a description of many groups ("Iran-backed militias"): a group named for the attack wins


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    country: str | None
    state_affiliated: bool
    aligned_with: str | None


@dataclass(frozen=True, slots=True)
class Match:
    """A dictionary hit in a sentence: what it means and where it is (article offsets). `of_attack`
    marks a nationality read off an attack or a weapon ("غارة إسرائيلية"): whoever made it, never
    what it struck; `clitic` what Arabic writes onto the name ("لل" of "للحوثيين")."""

    value: str
    start: int
    end: int
    text: str
    of_attack: bool = False
    clitic: str = ""


def _alternation(words: list[str], at_word_start: bool = False) -> str:
    r"""One pattern for a list of words, shaped as a trie ("ballistic missile" and "ballistic rocket"
    share "ballistic "): the regex engine tries each letter once instead of each word in turn,
    several times faster on a few hundred aliases. Its optional tails are greedy, so the longest
    word wins ("ballistic missile" over "ballistic"), as with a longest-first alternation.

    `at_word_start` puts `_word`'s "(?<![\w-])" after each first letter, as "(?<![\w-][\s\S])": the
    same test, but the pattern now begins with a letter, so the engine skips in C every character
    that begins no word of the list (twice as fast when few letters do: acronyms in capitals, the
    names of states; slower when many do)."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(trie, r"(?<![\w-][\s\S])" if at_word_start else "")


def _branches(node: dict, after_first: str = "") -> str:
    arms = [re.escape(ch) + after_first + _branches(node[ch]) for ch in sorted(node) if ch]
    if not arms:
        return ""
    body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
    return f"(?:{body})?" if "" in node else body


def _first_chars(pattern: str) -> frozenset[str] | None:
    """Every character a match of `pattern` can begin with, or None when that is not known (an
    assertion, a negated or category class, a flag, a match that may be empty ...)."""
    try:
        parsed = _parser.parse(pattern, 0)
        if parsed.state.flags & ~(re.UNICODE | re.NOFLAG):
            return None
        first, may_be_empty = _first_of(list(parsed))
    except Exception:  # _Unknown, or the private parser not as this reads it: tried everywhere, as before
        return None
    return None if may_be_empty else frozenset(first)


class _Unknown(Exception):
    """A piece of a pattern `_first_of` does not read."""


def _first_of(items: list) -> tuple[set[str], bool]:
    """The first characters of a sequence of parsed items, and whether it can match nothing."""
    out: set[str] = set()
    for op, av in items:
        name = op.name
        if name == "LITERAL":
            first, may_be_empty = {chr(av)}, False
        elif name == "IN":
            first, may_be_empty = set(), False
            for kind, value in av:
                if kind.name == "LITERAL":
                    first.add(chr(value))
                elif kind.name == "RANGE" and value[1] - value[0] <= 256:
                    first.update(chr(c) for c in range(value[0], value[1] + 1))
                else:  # NEGATE, CATEGORY (\w, \d ...), a wide range
                    raise _Unknown(kind.name)
        elif name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown(name)
            first, may_be_empty = _first_of(list(sub))
        elif name == "ATOMIC_GROUP":
            first, may_be_empty = _first_of(list(av))
        elif name == "BRANCH":
            first, may_be_empty = set(), False
            for arm in av[1]:
                f, e = _first_of(list(arm))
                first |= f
                may_be_empty = may_be_empty or e
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, sub = av
            first, may_be_empty = _first_of(list(sub))
            may_be_empty = may_be_empty or low == 0
            if high == 0:
                first = set()
        else:  # AT (^, \b), ASSERT, ASSERT_NOT, ANY, NOT_LITERAL, GROUPREF ...
            raise _Unknown(name)
        out |= first
        if not may_be_empty:
            return out, False
    return out, True


def _starting_with(first: frozenset[str] | None) -> str:
    """A lookahead that fails at once where no match can begin ("" when anything might)."""
    if first is None:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])"


def _one_pass(patterns: list[str]) -> str:
    """One pattern for a list of them, each a named group ("p3" is patterns[3]), as words: three
    times faster than a pass per pattern. Each is tried only where a match of it can begin, and all
    only where one of them can: twice as fast again, the same matches."""
    if not patterns:
        return "(?!)"
    arms: list[str] = []
    union: frozenset[str] | None = frozenset()
    for i, p in enumerate(patterns):
        first = _first_chars(p)
        union = None if first is None or union is None else union | first
        arms.append(f"{_starting_with(first)}(?P<p{i}>{p})")
    return _word(_starting_with(union) + "(?:" + "|".join(arms) + ")")


def _is_acronym(alias: str) -> bool:
    return alias.isupper() and len(alias) <= 6 and " " not in alias


# Before forces named by a nationality: another side's partners ("US-backed Syrian troops", "allied Syrian troops")
_BACKED_BEFORE = re.compile(r"(?:-backed|-led|-allied|-aligned|\ballied|\bpartner(?:ed)?|\bopposition|\brebel)\s+$")


@dataclass
class Lexicon:
    actors: dict[str, Actor]
    outlets: list[Outlet]
    epochs: list[Epoch]
    re: dict[str, re.Pattern[str]]
    targets: list[tuple[str, Pattern[str]]]
    weapons: dict[str, schema.WeaponKindRow]  # kind -> its family, PLOVER mode and words for notes
    cue: dict[str, Pattern[str]]  # the words around a name that give it a role (cues.yaml)
    _actor_alias: dict[str, str] = field(repr=False, default_factory=dict)
    _actor_patterns: list[tuple[str, Pattern[str]]] = field(repr=False, default_factory=list)
    _weapon_noun: dict[str, str] = field(repr=False, default_factory=dict)
    _weapon_model: dict[str, tuple[str, str]] = field(repr=False, default_factory=dict)
    _outlet_key: dict[str, Outlet] = field(repr=False, default_factory=dict)
    _adjective_of: dict[str, str] = field(repr=False, default_factory=dict)
    _agent_name_of: dict[str, str] = field(repr=False, default_factory=dict)
    _in_country: dict[str, dict[str, str]] = field(repr=False, default_factory=dict)  # alias -> country -> actor
    # aliases made of a state's nationality and a word for forces (events.yaml `force_nouns`)
    _by_nationality: frozenset[str] = field(repr=False, default_factory=frozenset)
    # find_actors' answers for the last few texts: a sentence is asked about several times
    _actors_memo: dict[tuple[str, str, int, int, bool], tuple[Match, ...]] = field(
        repr=False, compare=False, init=False, default_factory=dict)

    @classmethod
    def load(cls, directory: Path = DATA) -> Lexicon:
        return _load(Path(directory))

    # --- actors ---------------------------------------------------------------------------
    def find_actors(self, folded: str, original: str, start: int, end: int, attacks: bool = True) -> Iterator[Match]:
        """Actors named in `[start, end)`, longest alias first, never overlapping; with `attacks`,
        also a nationality read off an attack word ("a Russian missile attack"): who attacked,
        marked `of_attack`, which is no organisation's name."""
        key = (folded, original, start, end, attacks)  # strings compare by identity first: cheap
        found = self._actors_memo.get(key)
        if found is None:
            if len(self._actors_memo) >= _MEMO_SIZE:
                self._actors_memo.clear()
            found = self._actors_memo[key] = tuple(self._find_actors(folded, original, start, end, attacks))
        return iter(found)

    def _find_actors(self, folded: str, original: str, start: int, end: int, attacks: bool) -> list[Match]:
        hits: list[Match] = []
        for m in self.re["made_by"].finditer(folded, start, end) if attacks else ():  # first: of the same span
            hits.append(Match(self._adjective_of[m.group("w")], m.start(), m.end(),  # as a name ("US airstrike"),
                              original[m.start():m.end()], of_attack=True))  # it says whose attack it is
        offices = self.re["office"].finditer(folded, start, end) if self.re["office_word"].search(folded, start, end) else ()
        for m in offices:  # (most sentences name no office: the nationalities are not tried before one)
            hits.append(Match(self._adjective_of[m.group("w")], m.start(), m.end(), original[m.start():m.end()]))
        for m in self.re["joint_forces"].finditer(folded, start, end):
            hits.append(Match(self._adjective_of[m.group("w")], m.start(), m.end("w"), original[m.start():m.end("w")]))
        for m in self.re["actor"].finditer(folded, start, end):
            if m.group() in self._by_nationality and _BACKED_BEFORE.search(folded, max(start, m.start() - 25), m.start()):
                continue  # "US-backed Syrian troops", "allied Syrian troops": a side's partners, not the state's forces
            hits.append(Match(self._actor_alias[m.group()], m.start(), m.end(), original[m.start():m.end()]))
        for m in self.re["actor_acronym"].finditer(original, start, end):
            hits.append(Match(self._actor_alias[m.group()], m.start(), m.end(), m.group()))
        made = {(h.end, h.value) for h in hits if h.of_attack}
        for m in self.re["actor_pattern"].finditer(folded, start, end):
            assert m.lastgroup is not None  # the pattern is one named group "p<i>" per pattern, around all of it
            name = self._actor_patterns[int(m.lastgroup[1:])][0]
            # ending on the attack word its nationality names, it says whose attack it is too ("during the US air strikes")
            hits.append(Match(name, m.start(), m.end(), original[m.start():m.end()], of_attack=(m.end(), name) in made))
        for m in self.re["agent_name"].finditer(folded, start, end) if attacks else ():
            if _NAME_GOES_ON.match(original, m.end()) or _WHERE_BEFORE.search(folded, max(start, m.start() - 20), m.start()):
                continue  # "the Jordan News Agency", "By India Today", "gunmen in east Syria fired", "in Pakistan attacks"
            if self.cue["agent_before"].search(folded[max(start, m.start() - 40):m.start()]) \
                    or self.cue["attacks_after"].match(folded, m.end()):  # "attributed to Iran", "Iran launched"
                hits.append(Match(self._agent_name_of[m.group()], m.start(), m.end(), original[m.start():m.end()]))
        return _named_in_brackets(_non_overlapping(hits), original)

    def actor_in(self, a: Match, countries: Callable[[], frozenset[str]]) -> Match:
        """The actor a name stands for in a text about `countries()` ("Islamic Resistance" alone is
        Hezbollah's in a report on Lebanon, the Iraqi umbrella's elsewhere)."""
        elsewhere = self._in_country.get(a.text.lower().replace("\u2019", "'"))
        if not elsewhere:
            return a  # most names stand for one actor wherever they are
        there = [name for country, name in elsewhere.items() if country in countries()]
        return replace(a, value=there[0]) if len(there) == 1 else a

    def vague(self, actor: str) -> bool:
        """Whether an actor is named only by what backs it, or is an umbrella ("Iran-backed militias",
        "Islamic Resistance in Iraq"), or is not one the lexicon knows: vaguer than a named group."""
        a = self.actors.get(actor)
        return a is None or a.country is None or a.kind == "umbrella"

    def of_nationality(self, word: str) -> str | None:
        """The forces a nationality names ("us", "american": US forces), lower-cased as the text is folded."""
        return self._adjective_of.get(word)

    def adjectives_of(self, actor: str) -> tuple[str, ...]:
        """The nationalities or names, as adjectives, that name an actor's own ("us", "american": US forces)."""
        return tuple(sorted(a for a, name in self._adjective_of.items() if name == actor))

    def state_named(self, name: str) -> str | None:
        """The state forces a country's own name stands for where it is the attacker ("Iran")."""
        return self._agent_name_of.get(name.strip().lower())

    # --- weapons --------------------------------------------------------------------------
    def weapon_kind(self, noun: str) -> str:
        return self._weapon_noun[noun.lower()]

    def weapon_family(self, kind: str) -> str:
        """The family of a kind ("rocket" and "missile": fire); a kind the lexicon lacks is its own."""
        row = self.weapons.get(kind)
        return row.family if row else kind

    def said_loosely_for(self, kind: str) -> frozenset[str]:
        """The kinds a kind is loosely said for ("an air strike": a missile's or a drone's, not shelling)."""
        row = self.weapons.get(kind)
        return frozenset(row.loosely) if row else frozenset()

    def families_said_loosely(self, kinds: Iterable[str]) -> set[str]:
        """The families weapons of these kinds may stand for when said loosely ("an air strike": a missile, a drone)."""
        return {self.weapon_family(k) for kind in kinds for k in self.said_loosely_for(kind)}

    def broader_kind(self, kind: str) -> str | None:
        """The kind a kind is a precise form of ("ballistic missile": missile), if any."""
        row = self.weapons.get(kind)
        return row.narrows if row else None

    def weapon_kinds(self) -> frozenset[str]:
        """The kinds of weapon the lexicon knows ("drone", "rocket", ...)."""
        return frozenset(self.weapons)

    def weapon_model(self, text: str) -> tuple[str, str]:
        """(canonical model name, kind) for a model as written ("F-15s" is the F-15)."""
        t = text.lower()
        return self._weapon_model.get(t) or self._weapon_model[t[:-1]]

    # --- outlets --------------------------------------------------------------------------
    def outlet(self, name: str | None = None, url: str | None = None) -> Outlet | None:
        """The outlet for a name as a feed spells it, or for a URL's host."""
        if name:
            hit = self._outlet_key.get(name.strip().lower())
            if hit:
                return hit
        if url:
            host = urlsplit(url).hostname or ""
            parts = host.lower().split(".")
            for i in range(len(parts) - 1):
                hit = self._outlet_key.get(".".join(parts[i:]))
                if hit:
                    return hit
        return None

    def outlet_mentions(self, folded: str, start: int, end: int) -> Iterator[Match]:
        for m in self.re["outlet"].finditer(folded, start, end):
            yield Match(self._outlet_key[m.group()].name, m.start(), m.end(), m.group())


_MEMO_SIZE = 256  # answers kept (each holds its text): a few articles' sentences


# After a state's own name: a capitalised word that goes on with it (a name it is part of), not a day or a month
_NAME_GOES_ON = re.compile(r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                           r"May|June|July|August|September|October|November|December|On|In|At|And|But)\b)[A-Z]")
# Before a state's own name: where something is ("in Syria", "in east Syria"), not who did it
_WHERE_BEFORE = re.compile(r"\b(?:in|inside|across|into|within|(?:north|south|east|west)(?:ern)?|central)\s+$")


# The rest of a name the lexicon knows only the start of, up to the acronym in brackets after it ("Islamic State"
# + " of West African Province (" + "ISWAP)"): capitalised words, or short ones joining them
_NAME_UP_TO_BRACKET = re.compile(r"(?:\s+(?:[A-Z][\w'\u2019-]*|of|the|in|for|and|al))*\s*\(")


def _named_in_brackets(hits: list[Match], original: str) -> list[Match]:
    """A name followed by another actor's name or acronym in brackets stands for that actor, with the rest of
    the name the lexicon did not know: "The Islamic State of West African Province (ISWAP)" is ISWAP, not the
    Islamic State; the acronym says which of the two a longer, unlisted spelling is."""
    for i, (h, after) in enumerate(zip(hits, hits[1:])):
        rest = _NAME_UP_TO_BRACKET.match(original, h.end)
        if rest is not None and rest.end() == after.start and h.value != after.value and not h.of_attack \
                and original.startswith(")", after.end):
            name = original[h.start:rest.end() - 1].rstrip()
            hits[i] = Match(after.value, h.start, h.start + len(name), name)
    return hits


def _non_overlapping(hits: list[Match]) -> list[Match]:
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Match] = []
    last_end = -1
    for h in hits:
        if h.start >= last_end:
            out.append(h)
            last_end = h.end
    return out


def _word(pattern: str, before: str = r"(?<![\w-])") -> str:
    """The pattern as whole words: not inside a word (`before` says what may not come before it), nor one an
    apostrophe goes on ("SANA" is no outlet in "Sana'a"; but "Hezbollah's")."""
    return rf"{before}(?:{pattern})(?![\w]|['\u2019](?!s\b)[a-z])"


def _word_of(words: list[str]) -> str:
    """`_word(_alternation(words))`, the test before the word made after its first letter
    (`_alternation`'s `at_word_start`): faster where few letters begin the words."""
    if not words or "" in words:  # a match may be empty: it has no first letter
        return _word(_alternation(words))
    return rf"(?:{_alternation(words, at_word_start=True)})(?![\w])"


class LexiconError(ValueError):
    """A dictionary file that is not as `sitrep.lexicon.schema` says: the file and what is wrong."""


def read_file(path: Path, shape):
    """A YAML dictionary file checked against its shape (a model, or a list of rows of one)."""
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    try:
        return TypeAdapter(shape).validate_python(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise LexiconError(f"{path}: {where}: {first['msg']} ({e.error_count()} problem"
                           f"{'s' if e.error_count() > 1 else ''})") from None


@cache
def _load(directory: Path) -> Lexicon:
    actors: dict[str, Actor] = {}
    alias_map: dict[str, str] = {}
    acronyms: list[str] = []
    patterns: list[tuple[str, re.Pattern[str]]] = []
    adjective_of: dict[str, str] = {}
    agent_name_of: dict[str, str] = {}
    in_country: dict[str, dict[str, str]] = {}
    for row in read_file(directory / "actors.yaml", list[schema.ActorRow]):
        actor = actors.setdefault(row.name, Actor(row.name, row.kind, row.country, row.inter, row.vague))
        for alias in row.aliases:
            written = alias if _is_acronym(alias) else alias.lower().replace("\u2019", "'")
            if alias_map.get(written, actor.name) != actor.name:
                raise LexiconError(f"{directory / 'actors.yaml'}: {alias!r} is an alias of {alias_map[written]!r} and of"
                                   f" {actor.name!r}: one alias, one actor")
            if _is_acronym(alias):
                acronyms.append(alias)
            alias_map[written] = actor.name
            if " and " in written and " and the " not in written:  # "the US and the UK bombed": an article
                alias_map.setdefault(written.replace(" and ", " and the "), actor.name)  # before each state
            if row.in_country:
                in_country[alias.lower().replace("\u2019", "'")] = dict(row.in_country)
        for p in row.patterns:
            patterns.append((actor.name, re.compile(p)))
        for adjective in row.adjectives:
            adjective_of[adjective.lower().replace("\u2019", "'")] = actor.name
        for name in row.agent_names:
            agent_name_of[name.lower()] = actor.name
    unknown = {name for there in in_country.values() for name in there.values()} - set(actors)
    if unknown:
        raise LexiconError(f"{directory / 'actors.yaml'}: in_country names {sorted(unknown)}, no actors of the file")
    events = read_file(directory / "events.yaml", schema.EventsFile)
    by_nationality: set[str] = set()
    for adjective, name in adjective_of.items():  # "Armenian armed forces", "Russian troops": a state's forces by its
        # nationality and a word for forces, where no row names them otherwise (not "Pakistan's army": the country's
        # name stays a place, where it is one)
        if actors[name].kind == "state" and not adjective.endswith("'s"):
            for noun in events.force_nouns:
                if f"{adjective} {noun.lower()}" not in alias_map:
                    alias_map[f"{adjective} {noun.lower()}"] = name
                    by_nationality.add(f"{adjective} {noun.lower()}")
    words = [a for a in alias_map if not _is_acronym(a)]

    weapons = read_file(directory / "weapons.yaml", schema.WeaponsFile)
    noun_kind: dict[str, str] = {}
    for kind, row in weapons.kinds.items():
        for noun in row.nouns:
            for form in (noun, noun + "s", noun + "es"):
                noun_kind.setdefault(form.lower(), kind)
    model_kind = {m.lower(): (m, k) for m, k in weapons.models.items()}
    unknown_broader = {row.narrows for row in weapons.kinds.values() if row.narrows} - set(weapons.kinds)
    if unknown_broader:
        raise LexiconError(f"{directory / 'weapons.yaml'}: narrows {sorted(unknown_broader)}, no kinds of the file")
    unknown_loose = {k for row in weapons.kinds.values() for k in row.loosely} - set(weapons.kinds)
    if unknown_loose:
        raise LexiconError(f"{directory / 'weapons.yaml'}: loosely {sorted(unknown_loose)}, no kinds of the file")

    outlets: list[Outlet] = []
    outlet_key: dict[str, Outlet] = {}
    for row in read_file(directory / "outlets.yaml", list[schema.OutletRow]):
        o = Outlet(row.name, row.country, row.state_affiliated, row.aligned_with)
        outlets.append(o)
        for key in [row.name, *row.aliases, *row.domains]:
            outlet_key.setdefault(key.lower(), o)
    mention_names = [k for k in outlet_key if "." not in k and len(k) > 3]

    epochs = [Epoch(r.name, r.date, re.compile(r.pattern)) for r in read_file(directory / "epochs.yaml",
                                                                              list[schema.EpochRow])]

    nationality = _alternation(list(adjective_of))
    compiled = {
        "actor": re.compile(_word(_alternation(words))),
        "actor_acronym": re.compile(_word_of(acronyms)),
        "actor_pattern": re.compile(_one_pass([p.pattern for _, p in patterns])),
        # two states' forces named together: the first is an attacker named too ("US and Iraqi forces killed 15
        # ISIS elements": the Iraqi forces are one by their own name)
        "joint_forces": re.compile(_word(f"(?P<w>{nationality}) and (?:the )?(?:{nationality}) (?:forces|troops|military|"
                                         f"soldiers|jets|warplanes|aircraft|commandos|special forces)") if adjective_of else "(?!)"),
        # a state's office that speaks for its forces ("US Defense Secretary Lloyd Austin said the military conducted
        # additional strikes", "The Russian Defense Ministry said its forces struck"): those forces, as its speaker
        "office": re.compile(_word(f"(?P<w>{nationality}) (?:{events.offices})") if adjective_of else "(?!)"),
        "office_word": re.compile(events.offices),
        # the first of two states' joint attack is the attacker named: "a joint US-Iraqi raid"
        "made_by": re.compile(_word(f"(?P<w>{nationality})(?:-(?:{nationality}))? (?:{events.made_by})")
                              if adjective_of else "(?!)"),  # a lexicon with no nationalities reads none
        # "Iran", not "Iran-backed" nor "Iran's": those name no attacker by themselves
        "agent_name": re.compile(_word_of(list(agent_name_of)) + r"(?!-|['’]s\b)" if agent_name_of else "(?!)"),
        "trigger": re.compile(_word("|".join(events.triggers + events.killings))),
        "killing": re.compile(_word("|".join(events.killings))),
        # (after "multi-" too: "hit with a multi-mortar attack", "a multi-drone strike")
        "weapon_noun": re.compile(_word(_alternation(list(noun_kind)), before=r"(?:(?<=\bmulti-)|(?<![\w-]))")),
        "weapon_model": re.compile(_word(_alternation([*model_kind, *(m + "s" for m in model_kind)]))),
        "outlet": re.compile(_word(_alternation(mention_names))),
        "facility": re.compile(_word(events.facilities)),
    }
    for key in ("interception", "attempt", "hypothetical", "not_attack", "no_event", "campaign", "summary", "anaphora", "cause",
                "state_strike", "claim", "unclaimed", "official_source", "anonymous_source", "cumulative_casualties", "natural_death", "no_casualties", "no_injuries",
                "unknown_casualties"):
        compiled[key] = re.compile(getattr(events, key))
    targets = [(t.name, re.compile(_word(t.pattern))) for t in events.targets]
    cue = {name: re.compile(pattern) for name, pattern in read_file(directory / "cues.yaml", schema.CuesFile)}

    return Lexicon(actors, outlets, epochs, compiled, targets, weapons.kinds, cue, alias_map, patterns, noun_kind,
                   model_kind, outlet_key, adjective_of, agent_name_of, in_country, frozenset(by_nationality))
