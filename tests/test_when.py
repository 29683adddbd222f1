"""Dates resolved from the seeds' own phrases against their publication or inferred dates."""

from __future__ import annotations

import datetime as dt

from sitrep.lexicon import Lexicon
from sitrep.text import fold
from sitrep.when import Reference, find_dates, infer_reference
from tests.conftest import SAMPLES


def _item(corpus_dir, file: str, article_id: str):
    """The corpus item of that id in that file."""
    from sitrep.sources import read_paths

    [item] = [a for a in read_paths([corpus_dir / file]) if getattr(a, "id", None) == article_id]
    return item


def _dates_at(article, phrase: str, stop: str | None = None, published: dt.date | None = None):
    """The date phrases of a corpus item from `phrase` (folded) to the next `stop` after it, or to the phrase's end, read
    against the day the item was published (or `published`)."""
    f = fold(article.text)
    at = f.index(phrase)
    end = f.index(stop, at) if stop is not None else at + len(phrase)
    return find_dates(f, at, end, Reference(published or article.published, "published"))


def _dates(sentence: str, ref: Reference | None):
    f = fold(sentence)
    return find_dates(f, 0, len(f), ref)


def test_weekday_phrases_count_back_from_the_publication_day():
    monday = Reference(dt.date(2023, 11, 13), "published")  # seed 002 was published on a Monday
    [d] = _dates("The Islamic Resistance in Iraq claimed responsibility for the early Monday morning strikes.", monday)
    assert (d.date, d.precision, d.text) == (dt.date(2023, 11, 13), "day", "early monday morning")
    saturday = Reference(dt.date(2024, 10, 5), "published")  # seed 000
    [d] = _dates("Late on Thursday, the Islamic Resistance in Iraq claimed responsibility", saturday)
    assert d.date == dt.date(2024, 10, 3)


def test_since_is_not_an_event_date():
    ref = Reference(dt.date(2024, 10, 5), "published")
    ds = _dates("US forces have been attacked approximately 66 times since October 17.", ref)
    assert ds == []


def test_undated_article_gets_an_inferred_lower_bound_and_sunday_after_it():
    lex = Lexicon.load()
    text = (SAMPLES / "004_84d721407357e12c.txt").read_text()
    ref = infer_reference(fold(text), lex.epochs)
    assert ref is not None and ref.basis == "inferred"
    assert ref.date == dt.date(2024, 1, 25)  # 7 October 2023 + "more than 110 days"
    [d] = _dates("struck the US-run facility in al-Shaddadi town on Sunday morning", ref)
    assert d.date == dt.date(2024, 1, 28) and d.precision == "range"


def test_no_anchor_no_date():
    lex = Lexicon.load()
    assert infer_reference(fold("Drones struck a base on Sunday."), lex.epochs) is None
    [d] = _dates("Drones struck a base on Sunday.", None)
    assert d.date is None and d.precision == "unknown"


def test_a_holiday_of_fixed_date_is_that_day(corpus_dir):
    """"Airstrikes were carried out on Christmas Day by U.S. forces against militants in Iraq"
    (published 26 December 2023): the 25th, as "on Christmas Eve" would be the 24th."""
    article = _item(corpus_dir, "rss_news_2023_iraq_syria_us_forces.jsonl", "rss23-43dada586e")
    [d] = _dates_at(article, "airstrikes were carried out on christmas day", ".")
    assert (d.date, d.precision, d.text) == (dt.date(2023, 12, 25), "day", "christmas day")


def test_this_afternoon_is_the_day_of_writing():
    """"This afternoon, at my direction, U.S. military forces struck targets at facilities in Iraq and
    Syria" (a White House statement of 2 February 2024)."""
    ref = Reference(dt.date(2024, 2, 2), "published")
    [d] = _dates("This afternoon, at my direction, U.S. military forces struck targets at facilities in Iraq", ref)
    assert (d.date, d.precision) == (dt.date(2024, 2, 2), "day")


def test_an_undated_page_was_written_after_the_pages_it_links_to(corpus_dir):
    """A page with no date of its own (Declassified UK on the Houthis) that links to "https://hansard.
    parliament.uk/commons/2024-01-15/debates/..." was written on or after 15 January 2024."""
    page = _item(corpus_dir, "hackernews2024_full_articles.jsonl", "hn24-uk-struggles-to-prove-houthis-attacked-its-trade-ships-yaml")
    assert page.published is None
    ref = infer_reference(fold(page.text), Lexicon.load().epochs)
    assert ref is not None and (ref.date, ref.basis) == (dt.date(2024, 1, 15), "inferred")


def test_last_night_holds_the_day_of_writing_too():
    """"Last night, three U.S. service members were killed" in a White House statement of Sunday 28
    January 2024: the attack was early on the 28th in Jordan, the evening of the 27th in Washington."""
    ref = Reference(dt.date(2024, 1, 28), "published")
    [d] = _dates("Last night, three U.S. service members were killed", ref)
    assert (d.date, d.precision, d.start, d.end) == (dt.date(2024, 1, 27), "range", dt.date(2024, 1, 27),
                                                      dt.date(2024, 1, 28))


def test_a_recent_attack_is_one_of_the_weeks_before():
    """"A recent attack by Iran-affiliated militia groups killed three service members ... at the
    'Tower 22' base" (a letter of 4 February 2024 on the attack of 28 January)."""
    ref = Reference(dt.date(2024, 2, 4), "published")
    [d] = _dates("A recent attack by Iran-affiliated militia groups killed three service members", ref)
    assert d.precision == "range" and d.start <= dt.date(2024, 1, 28) <= d.end == dt.date(2024, 2, 4)


def test_a_month_and_its_year_are_no_day():
    """The White House letter of 12 January 2024: "Since at least November 2023, Yemen-based Houthi
    militants have engaged in a series of attacks": November 2023, not November 20."""
    [d] = _dates("Since at least November 2023, Yemen-based Houthi militants have engaged in a series of attacks",
                 Reference(dt.date(2024, 1, 12), "published"))
    assert (d.date, d.precision) == (dt.date(2023, 11, 15), "month")


def test_last_friday_written_on_a_friday_is_a_week_before(corpus_dir):
    """"The incident occurred last Friday", published on Friday 15 December 2023: the 8th, not that day."""
    article = _item(corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-f92f72b41e")
    assert article.published == dt.date(2023, 12, 15)
    [d] = _dates_at(article, "the incident occurred last friday", ",")
    assert (d.date, d.precision, d.text) == (dt.date(2023, 12, 8), "day", "last friday")


def test_last_weekend_and_this_weekend_are_weekends(corpus_dir):
    """"The US's first overt attack on an Amazon nation last weekend", published on Wednesday 7 January 2026:
    the 3rd and 4th, not the week before ("last week" is the start of "last weekend"); "An hourslong firefight
    ... in the Red Sea this weekend", published on Tuesday 5 December 2023: the weekend just past."""
    from sitrep.sources import read_paths

    articles = {a.id: a for a in read_paths([corpus_dir / "rss_news_expanded_2026.jsonl",
                                             corpus_dir / "rss_news_expanded_2023.jsonl"])
                if getattr(a, "id", None) in ("rssx26-8ecc5d14ef", "rssx23-ddf686dec1")}
    for article_id, words, first in (("rssx26-8ecc5d14ef", "last weekend", dt.date(2026, 1, 3)),
                                     ("rssx23-ddf686dec1", "this weekend", dt.date(2023, 12, 2))):
        [d] = _dates_at(articles[article_id], words)
        assert (d.start, d.end, d.text) == (first, first + dt.timedelta(days=1), words)


def test_today_told_again_as_a_written_date_is_that_date():
    # U.S. Central Command's statement of 26 November 2024 (a US government work), quoted by news pages
    # published on the 27th: its "today" is the date it writes, not the page's day
    wednesday = Reference(dt.date(2024, 11, 27), "published")
    [d] = _dates("Today, Nov. 26, U.S. Central Command (CENTCOM) forces conducted a strike against an "
                 "Iranian-aligned militia weapons storage facility in Syria.", wednesday)
    assert (d.date, d.precision) == (dt.date(2024, 11, 26), "day")



def test_a_month_is_a_whole_word(corpus_dir):
    # "On Thursday, [the US and UK struck 28 separate Houthi sites ...": Thursday, never the 28th of September
    article = _item(corpus_dir, "hackernews2024_full_articles.jsonl", "hn24-houthi-ballistic-missile-strikes-us-owned-and-operated-cargo")
    at = article.text.index("the US and UK struck 28 separate") - len("On Thursday, [")
    ds = _dates(article.text[at:at + 120], Reference(dt.date(2024, 1, 15), "published"))
    assert [(d.text, d.date) for d in ds] == [("on thursday", dt.date(2024, 1, 11))]


def test_days_of_the_month_listed_after_it_are_each_a_day(corpus_dir):
    """"The killings happened on June 3 and 4 in the southern Nigerian villages of ..." (published 17 June 2023): two
    days, as a page's "Mission Support Site Euphrates was attacked again on July 26 and 27" is; a figure after a
    comma is no day ("on May 26, 27 rockets hit")."""
    article = _item(corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-292a1310b5")
    f = fold(article.text)
    at = f.index("the killings happened on june 3 and 4")
    ref = Reference(article.published, "published")
    assert [d.date for d in find_dates(f, at, f.index(".", at), ref)] == [dt.date(2023, 6, 3), dt.date(2023, 6, 4)]
    assert [d.date for d in _dates("on May 26, 27 rockets hit the base", ref)] == [dt.date(2023, 5, 26)]
    # and written the other way round, the month after the last day
    told = f.replace("on june 3 and 4", "on 3 and 4 june")
    assert [d.date for d in find_dates(told, at, told.index(".", at), ref)] == [dt.date(2023, 6, 3), dt.date(2023, 6, 4)]



def test_a_day_so_many_years_ago_is_that_day_of_that_year():
    # a page's words (7 October 2020, on a trial): "Seven years ago on September 21, four Islamist extremists hailing
    # from al-Shabab ... stormed the luxury Nairobi mall guns blazing" -- 21 September 2013, not of 2020
    ref = Reference(dt.date(2020, 10, 7), "published")
    [d] = _dates("Seven years ago on September 21, four Islamist extremists hailing from al-Shabab stormed the luxury"
                 " Nairobi mall guns blazing and grenades in hand", ref)
    assert (d.date, d.precision) == (dt.date(2013, 9, 21), "day")


def test_a_weekday_of_last_week_is_that_day_of_the_week_before(corpus_dir):
    """"attacked ... in the early hours of Thursday last week", published on Wednesday 2 August 2023: Thursday
    27 July, not the Thursday before the day of writing (the 27th too here, but a week later on a Friday)."""
    article = _item(corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-034d494bdb")
    assert article.published == dt.date(2023, 8, 2)
    [d] = _dates_at(article, "thursday last week", " after")
    assert (d.date, d.precision, d.text) == (dt.date(2023, 7, 27), "day", "thursday last week")
    [d] = _dates_at(article, "thursday last week", " after", published=dt.date(2023, 8, 4))
    assert d.date == dt.date(2023, 7, 27)


def test_a_month_and_day_in_a_sentence_so_many_years_ago_are_of_that_year():
    """A page's words (16 March 2023, on the Son My massacre's anniversary)."""
    sentence = ("55 years ago, the United States troops stormed the peaceful countryside of Son My (now in Tinh Khe "
                "Commune, Quang Ngai City), and brutally killed 504 innocent civilians, mostly the elderly, women and "
                "children within several hours in the morning of March 16.")
    [d] = _dates(sentence, Reference(dt.date(2023, 3, 16), "published"))
    assert (d.date, d.precision) == (dt.date(1968, 3, 16), "day")


def test_a_month_or_day_of_last_year_is_of_the_year_before_the_writing(corpus_dir):
    """"the ousting of Imran Khan as prime minister in April last year", published on 31 July 2023: April 2022, not the
    April of the year of writing; a page's words (3 October 2023), "a similarly shocking incident that occurred in
    September of the previous year"; and "on April 19 last year" (a corpus item's, were it written in July)."""
    article = _item(corpus_dir, "rss_news_expanded_2023.jsonl", "rssx23-3b297dc24c")
    [d] = _dates_at(article, "in april last year")
    assert (d.date, d.precision, d.start, d.end) == (dt.date(2022, 4, 15), "month", dt.date(2022, 4, 1), dt.date(2022, 4, 30))
    [d] = _dates("this event mirrors a similarly shocking incident that occurred in September of the previous year",
                 Reference(dt.date(2023, 10, 3), "published"))
    assert (d.date.year, d.date.month, d.precision) == (2022, 9, "month")
    [d] = _dates("At 5:20 p.m. on April 19 last year, a Russian missile hit the only hospital in Bashtanka",
                 Reference(dt.date(2023, 7, 21), "published"))
    assert (d.date, d.precision) == (dt.date(2022, 4, 19), "day")
