"""Runs of capitalised words that may hold a name, read in one pass over a text.

A run is capitalised tokens separated by single spaces, with lower-case particles
allowed between them ("Viña del Mar", "Santiago de Chile"). Initials ("U.S."), the
"St." of "St. Petersburg" and Arabic articles ("Deir el-Balah") need a token-by-token
reading; every other text is read by one regex whose runs are looked up whole
(``names.run_info`` caches each run, so a run seen before costs one look-up).
"""

from __future__ import annotations

import re

from streams.text.lexicon import trie_alternation, words
from streams.text.names import Candidate, Spans, run_candidates, run_info

TOKEN_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]*")
INITIALS_RE = re.compile(r"[A-Z]\.(?:[A-Z]\.)+")
# Found wherever INITIALS_RE is; its literal first character lets the engine jump from
# one "." to the next instead of trying every capital.
_INITIALS_HINT_RE = re.compile(r"\.[A-Z]\.")
SAINT_ABBREVIATIONS = frozenset({"St", "Ste", "Mt", "Ft"})
ARTICLE_PREFIXES = (
    "al-",
    "el-",
    "ad-",
    "ed-",
    "ar-",
    "er-",
    "as-",
    "es-",
    "an-",
    "en-",
    "at-",
    "et-",
    "az-",
    "ez-",
)


# (offset, token spans from that offset, candidates of each token) of each run
Named = list[tuple[int, Spans, tuple[tuple[Candidate, ...], ...]]]


# (a name may hold lower-case particles between its capitalised words: "Viña del Mar",
# "Dar es Salaam")
_PARTICLES = trie_alternation("de|del|da|do|dos|das|di|du|des|la|el|es|der|den|van|von")
RUN_RE = re.compile(rf"[A-ZÀ-ÖØ-Þ][\w’'-]*(?: (?:(?:{_PARTICLES}) )?[A-ZÀ-ÖØ-Þ][\w’'-]*)*")
_PARTICLE_GAP_RE = re.compile(rf" (?:{_PARTICLES}) ")
_ARTICLE_RE = re.compile("|".join(re.escape(prefix) for prefix in ARTICLE_PREFIXES))


_ARTICLES = frozenset(ARTICLE_PREFIXES)


def _has_article(text: str) -> bool:
    """``_ARTICLE_RE.search(text) is not None``: the text's few hyphens, looked behind."""
    at = text.find("-")
    while at >= 0:
        if (
            at >= 2
            and text[at - 2 : at + 1] in _ARTICLES
            and (at == 2 or not text[at - 3].isalpha())  # "el-", not "seven-"
        ):
            return True
        at = text.find("-", at + 1)
    return False


def named_runs(text: str) -> tuple[int, Named]:
    """(number of capitalised tokens, [(offset, token spans, candidates)] of every run of
    tokens separated by single spaces that may hold a name)."""
    named: Named = []
    if (
        (_INITIALS_HINT_RE.search(text) is None or INITIALS_RE.search(text) is None)
        and ("-" not in text or not _has_article(text))
        and "St. " not in text
    ):
        # no "U.S." and no "el-Balah": a run is one RUN_RE match
        count = 0
        for m in RUN_RE.finditer(text):
            words, spans, candidates = run_info(m.group())
            count += words
            if candidates is not None:
                named.append((m.start(), spans, candidates))
        return count, named
    return named_runs_by_token(text)


def named_runs_by_token(text: str) -> tuple[int, Named]:
    """``named_runs`` token by token, joining "el-" to the name after it and reading
    "U.S." and the "St." of "St. Petersburg" as one token."""
    named: Named = []
    tokens: list[tuple[int, int]] = []
    runs: list[list[tuple[int, int]]] = []
    size = len(text)
    last_end = -1
    for m in TOKEN_RE.finditer(text):
        start, end = m.span()
        if start >= 3 and text[start - 1] == "-" and text[start - 3 : start] in ARTICLE_PREFIXES:
            if start == 3 or not text[start - 4].isalpha():
                start -= 3  # "el-Balah"
        elif end < size and end - start == 1 and text[end] == ".":
            initials = INITIALS_RE.match(text, start)
            if initials:
                end = initials.end()  # "U.S."
        elif end < size and text[end] == "." and text[start:end] in SAINT_ABBREVIATIONS:
            end += 1  # "St. Petersburg": the abbreviation opens the name
        if start < last_end:
            continue
        tokens.append((start, end))
        if runs and start == last_end + 1 and text[last_end] == " ":
            runs[-1].append((start, end))
        elif runs and last_end >= 0 and _PARTICLE_GAP_RE.fullmatch(text, last_end, start):
            runs[-1] += [(last_end + 1, start - 1), (start, end)]  # "Viña del Mar"
            tokens.append((last_end + 1, start - 1))
        else:
            runs.append([(start, end)])
        last_end = end
    for run in runs:
        candidates = run_candidates(text[run[0][0] : run[-1][1]])
        if candidates is not None:
            named.append((0, tuple(run), candidates))
    return len(tokens), named


_WORDS_RE = re.compile(r"[A-Za-z][\w'’-]*")
MINOR_WORDS = words("a an the of in on at to for by as and or but with from after over into")


def is_title_case(text: str) -> bool:
    """A headline Written Like This: capitals no longer tell names from words."""
    found = [w for w in _WORDS_RE.findall(text) if w.lower() not in MINOR_WORDS]
    if len(found) < 4:
        return False
    return sum(1 for w in found if w[0].isupper()) >= 0.8 * len(found)
