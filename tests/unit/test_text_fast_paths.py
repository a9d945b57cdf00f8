"""The fast paths of the pure extraction code give exactly what the plain code gives.

Each shortcut (bytes tokenisers, substring pre-tests before IGNORECASE regexes,
case-sensitive date patterns on lower-cased text, casualty patterns tried only at
word starts) is compared with the straightforward regex it replaces.
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from streams.text import (
    act_venues,
    acting_state,
    casualties,
    casualty_starts,
    classify,
    classify_patterns,
    date_patterns,
    dates,
    identity,
    name_runs,
    place_context,
    places,
    split,
    statement_patterns,
    statements,
)
from streams.text.lexicon import may_contain, trie_alternation

TRICKY = [
    "Russia's strike killed 12 people, including 3 children, in Kharkiv on Monday.",
    "'-'abc- -x- d'-'e ’tis ‘word’ don’t fast-track secretary-general",
    "İstanbul Kelvin\u212a ſunday ıi ǅ é à ß ÉCOLE naïve café",
    "At least 1,300 were killed; 2.5 million fled; ٣ people died; ² and _5 and a5 and $5",
    "THE DEATH TOLL ROSE TO TWENTY-ONE AS MORE THAN FIVE HUNDRED WERE INJURED",
    "no one was hurt, nobody killed, without casualties",
    "",
    "a",
    "   ",
]


VOCAB = (
    "at least more than over about around some nearly almost up to as many as roughly "
    "an estimated a total of another a further further one two three ten twenty-one thirty "
    "5 17 1,300 2.5 ٣ ² _5 a5 $5 5th killed dead died injured wounded hurt toll death "
    "number of people were have been had including among them whom , . | - kill killing "
    "leaving claimed cost lives injuring the to reached and but in hospital someone none "
    "dozen a dozen hundred couple Monday march 3 on by since yesterday İ ſ \u212a ı "
    "again another toll rose curfew state joint jointly said Said told, denies unsaid"
)


def _corpus() -> list[str]:
    rnd = random.Random(5)
    vocab = VOCAB.split()
    out = list(TRICKY)
    for _ in range(400):
        out.append(" ".join(rnd.choice(vocab) for _ in range(rnd.randint(1, 30))))
    return out


def test_cue_words_match_the_word_regex() -> None:
    for text in _corpus():
        lower = text.lower().replace("’", "'")
        assert classify.cue_words(lower) == classify_patterns.WORD_RE.findall(lower), text


def test_date_words_match_the_word_regex() -> None:
    for text in _corpus():
        lower = text.lower()
        assert dates.letter_words(lower) == set(dates._WORDS_RE.findall(lower)), text


@pytest.mark.parametrize(
    ("pattern", "needles"),
    [
        (identity.UPDATE_RE, identity.UPDATE_WORDS),
        (identity.AGAIN_RE, identity.AGAIN_WORDS),
        (act_venues.SCOPED_MEASURE_RE, act_venues.SCOPED_MEASURE_WORDS),
        (acting_state.JOINT_RE, acting_state.JOINT_WORDS),
    ],
)
def test_pre_tests_never_hide_a_match(pattern: re.Pattern[str], needles: tuple[str, ...]) -> None:
    for text in _corpus():
        if pattern.search(text) is not None:
            assert may_contain(text, text.lower(), needles), text


def test_initials_and_article_tests_agree_with_their_regexes() -> None:
    texts = [*_corpus(), "U.S. A.B", "x.U.S.", "al-Balah el- -al- l-x al-", "-", "al", ".A."]
    for text in texts:
        if name_runs.INITIALS_RE.search(text) is not None:
            assert name_runs._INITIALS_HINT_RE.search(text) is not None, text
        assert name_runs._has_article(text) == (name_runs._ARTICLE_RE.search(text) is not None), (
            text
        )


def test_iso_day_pre_test_never_hides_a_day() -> None:
    for text in [*_corpus(), "on 2024-03-05, x2024-03-05 and 12024-03-055 ٢٠٢٤-٠٣-٠٥"]:
        if date_patterns.ISO_RE.search(text) is not None:
            assert date_patterns.ISO_HINT_RE.search(text) is not None, text


def test_speech_verb_pre_tests_never_hide_a_verb() -> None:
    for text in [*_corpus(), "Said x-said said-x said_x 5said said’s"]:
        if statement_patterns.SUBJECT_SPEECH_RE.search(text) is not None:
            letters = dates.letter_words(text.lower())
            assert not statement_patterns.SUBJECT_SPEECH_SET.isdisjoint(letters), text


def test_future_test_agrees_with_its_regex() -> None:
    extra = ["it would", "will-power", "is  to", "plans\tto", "this to", "iş to", "are to"]
    for text in [*_corpus(), *extra]:
        lower = text.lower()
        expected = statement_patterns.FUTURE_RE.search(lower) is not None
        assert statements._future(lower, dates.letter_words(lower)) == expected, text


def test_event_texts_carry_their_own_date_words() -> None:
    line = (
        "A missile hit Kharkiv on Monday. Three people were killed. Officials said the "
        "toll rose. A strike on March 14 killed 17 people; the city declared mourning."
    )
    for item in split.split_events(line, "2024-03-20"):
        if item.letters is not None:
            assert item.letters == dates.letter_words(item.text.lower()), item.text


def test_letters_from_scoring_are_the_date_words() -> None:
    for text in [*_corpus(), "Kyiv’s mayor", "north-east", "plain words only", "é à ß x"]:
        scored, letters = classify.score_and_letters(text)
        assert scored == classify.score(text)
        if letters is not None:
            assert letters == dates.letter_words(text.lower()), text


def test_casualty_patterns_tried_at_word_starts_find_what_finditer_finds() -> None:
    for text in _corpus():
        masked = text.lower()
        runs = [(m.start(), m.group()) for m in casualty_starts.WORD_RUN_RE.finditer(masked)]
        for patterns, starts in (
            (casualties.KILL_PATTERNS, casualty_starts.KILL_STARTS),
            (casualties.INJ_PATTERNS, casualty_starts.INJ_STARTS),
        ):
            for pattern, first in zip(patterns, starts, strict=True):
                expected = [(m.span(), m.groups()) for m in pattern.finditer(masked)]
                found = [
                    (m.span(), m.groups())
                    for m in casualty_starts.matches_at(
                        pattern, masked, casualty_starts.starts_among(runs, first)
                    )
                ]
                assert found == expected, (pattern.pattern[:40], masked)


def test_one_pass_over_the_words_finds_the_starts_of_every_set() -> None:
    for text in _corpus():
        masked = text.lower()
        runs = [(m.start(), m.group()) for m in casualty_starts.WORD_RUN_RE.finditer(masked)]
        expected = [
            casualty_starts.starts_among(runs, first) for first in casualty_starts.START_SETS
        ]
        assert casualty_starts.all_starts(masked) == expected, masked


def test_lower_case_date_patterns_match_like_the_caseless_ones() -> None:
    for text in _corpus():
        lower = text.lower()
        if len(lower) != len(text) or dates._FOLDS_TO_ASCII.search(text):
            continue  # resolve_date keeps the caseless patterns for these
        for caseless, fast in zip(dates._CASELESS, dates._LOWER, strict=True):
            assert [m.span() for m in fast.finditer(lower)] == [
                m.span() for m in caseless.finditer(text)
            ]


def test_in_start_reads_the_text_before_a_name_in_place() -> None:
    texts = ["In Kyiv", "At the port of Odesa", "In  the city of\nLviv", "Inside Kyiv", "At\n"]
    for text in [*_corpus(), *texts]:
        for start in range(len(text) + 1):
            expected = place_context.IN_START_RE.match(text[:start]) is not None
            assert place_context.in_start(text, start) == expected, (text, start)


def test_speech_verb_window_needs_eleven_whole_words() -> None:
    assert statement_patterns.ELEVEN_WORDS_RE.match("abcdefghijkl mn") is None
    match = statement_patterns.ELEVEN_WORDS_RE.match(" a b c d e f g h i j k l")
    assert match is not None and match.end() == len(" a b c d e f g h i j k")


def test_runs_of_capitalised_words_match_the_token_by_token_reading() -> None:
    texts = [
        *_corpus(),
        "French President Emmanuel Macron met Ukraine's Zelensky in Kyiv and Lviv",
        'Kremlin: Russia-NATO Relations Hit "Direct Confrontation" Stage',
        "The Hague  Double Space,Comma Name O'Neil Kharkiv’s Mayor Igor Terekhov",
        "Évian Ústí Østergaard ÀB Ça  İzmir",
        "Fires in Viña del Mar and Santiago de Chile, then in Den Haag van Dijk",
    ]
    for text in texts:
        if name_runs.INITIALS_RE.search(text) or name_runs._ARTICLE_RE.search(text):
            continue  # read token by token anyway
        assert _absolute(name_runs.named_runs(text)) == _absolute(
            name_runs.named_runs_by_token(text)
        ), text


def _absolute(runs: tuple[int, name_runs.Named]) -> tuple[int, list[object]]:
    """``_named_runs`` with every token span counted from the start of the text."""
    count, named = runs
    return count, [
        ([(offset + a, offset + b) for a, b in spans], candidates)
        for offset, spans, candidates in named
    ]


PLACE_TEXTS = [
    "Russian missiles pound Kharkiv, Kyiv and Pavlohrad in morning barrage",
    "In Kharkiv, missiles slammed into residential areas, officials said.",
    "Moscow said the Kremlin and NATO met in Istanbul; Ismail Haniyeh was killed in Tehran.",
    "A 43-year-old woman was killed in Pavlohrad, in the Dnipropetrovsk region.",
    "Strikes Hit Kyiv As Zelensky Meets Biden In Washington",
    "the U.S. and the U.K. condemned the strike on Deir el-Balah near Gaza City.",
    "Turkey's parliament ratified Sweden's bid to join NATO.",
]


def _scan_reference(text: str) -> list[places.Mention]:
    """``places.scan`` without its one-word-run shortcut: every run read word by word."""
    count, named = name_runs.named_runs(text)
    title_case = count >= 4 and count * 2 >= text.count(" ") + 1 and places.is_title_case(text)
    mentions = []
    for offset, run, candidates in named:
        i = 0
        found: list[tuple[int, int, places.Mention]] = []
        while i < len(run):
            start = offset + run[i][0]
            for n, stripped, facts in candidates[i]:
                end = start + len(stripped)
                if facts[0] == places.KIND_ACTOR:
                    mention = places.Mention(start, end, stripped, facts[1], facts[2])
                else:
                    mention = places._classify(text, start, end, stripped, n, facts, title_case)
                if mention is not None:
                    found.append((i, i + n - 1, mention))
                    i += n
                    break
            else:
                i += 1
        joined = () if title_case else places.joined_cities(text, found)
        for first, last, mention in found:
            allowed = places._run_allows(text, offset, run, first, last, found)
            if (mention.kind != "city" or title_case or allowed) and first not in joined:
                mentions.append(mention)
    return mentions


def test_one_word_runs_give_the_mentions_of_the_general_reading() -> None:
    for text in [*PLACE_TEXTS, *_corpus()]:
        assert places._scan(text) == _scan_reference(text), text


def test_a_one_sentence_line_is_one_event_unless_a_clause_splits_off() -> None:
    lines = [
        *PLACE_TEXTS,
        "A strike killed 17 people in Odesa, and the city declared a day of mourning.",
        "Three people were killed; the government imposed a curfew and martial law.",
    ]
    for line in lines:
        (sentence,) = split.sentences(line)
        scored, letters = classify.score_and_letters(sentence.text)
        parts = split._clauses(sentence, scored)
        got = split.split_events(line, "2024-03-20")
        if len(parts) == 1:
            assert got == [split.EventText(sentence.text, scored, letters)], line
        else:
            assert [item.text for item in got] == [text for text, _ in parts], line


@given(st.lists(st.from_regex(r"[a-z]{1,6}( [a-z]{1,4})?", fullmatch=True), min_size=1), st.text())
def test_a_prefix_tree_alternation_matches_what_the_flat_list_matches(
    phrases: list[str], probe: str
) -> None:
    flat = re.compile(
        r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b"
    )
    tree = re.compile(r"\b" + trie_alternation("|".join(phrases)) + r"\b")
    for text in [*phrases, probe, " ".join(phrases)]:
        assert bool(flat.search(text)) == bool(tree.search(text))
        assert bool(flat.fullmatch(text)) == bool(tree.fullmatch(text))
