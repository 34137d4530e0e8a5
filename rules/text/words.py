"""Words: folding, tokenising, the one stemmer, and the meaningful words of a title.

Two foldings, each where it is used today (they differ on characters that are neither ASCII nor
an accent: :func:`quick_fold` keeps a dash '–', :func:`ascii_fold` drops it):

* :func:`quick_fold`: :func:`~actieplan.api.fold` (lower case, accents gone), fast for ASCII;
* :func:`ascii_fold`: lower case, accents gone and every other non-ASCII character dropped, in C:
  for long texts (:mod:`.cells`); :func:`span_as_written` maps a span back to the text as written.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from typing import Any, Iterable

from actieplan.api import clean_text, fold
from actieplan.rules.settings import typed

from .dates import YEAR

LETTERS = re.compile(r"[a-z]+")
_WORD_SPLIT = re.compile(r"[^a-z]+")
# folded text is ASCII: every character but a-z becomes a space (words split apart in C)
NOT_LETTERS = str.maketrans({chr(c): " " for c in range(128) if not "a" <= chr(c) <= "z"})


# the same for the bytes of an ASCII text: a table of 256 bytes (str.translate looks each character up)
_NOT_LETTER_BYTES = bytes.maketrans(bytes(range(256)), bytes(c if 97 <= c <= 122 else 32 for c in range(256)))


def letter_words(folded: str) -> list[str]:
    """The runs of letters a-z of a text folded with :func:`ascii_fold` (ASCII), in order: what
    ``LETTERS.findall(folded)`` finds, split apart in C (the regex engine tries a match at every
    character that is no letter). An ASCII text is translated as bytes (twice as fast as
    ``str.translate`` with :data:`NOT_LETTERS`); another text as str."""
    if folded.isascii():
        return folded.encode("ascii").translate(_NOT_LETTER_BYTES).decode("ascii").split()
    return folded.translate(NOT_LETTERS).split()


def quick_fold(s: str) -> str:
    """:func:`fold`, with a fast path for plain ASCII text (most cells; fold walks every character).
    A short text that is not ASCII (a title, a trekker) is folded once: rules fold the same titles
    again and again."""
    if s.isascii():
        return s.lower()
    return _short_fold(s) if len(s) <= SHORT_TEXT else fold(s)


SHORT_TEXT = 300  # the longest text whose folded form is kept (at most 4096 of them: about 2 MB)


@functools.lru_cache(maxsize=4096)
def _short_fold(s: str) -> str:
    return fold(s)


def ascii_fold(s: str) -> str:
    """Lower case, accents gone and other non-ASCII characters dropped: for finding words in long
    texts fast (:func:`fold` walks every character in Python; this stays in C).

    What NFKD and an ASCII encoding that drops the rest make of the text, done only to its runs of
    characters that are not ASCII: the ASCII encoder hands each run to :func:`_fold_run` (a long
    text is mostly ASCII, with an 'ë' or a bullet here and there). The same text as folding the
    whole: NFKD decomposes each character on its own and reorders only combining marks, which
    never cross an ASCII character (and are dropped)."""
    s = s.lower()
    return s if s.isascii() else fold_lower(s)


def fold_lower(low: str) -> str:
    """:func:`ascii_fold` of a text already in lower case that is not ASCII.

    The characters most texts hold ('ë', 'é', a bullet, a curly quote, a dash) are replaced first,
    one pass in C each, by what folding makes of them; the encoder's error handler then folds
    whatever is left (a call per run, which costs more than all the replacements). The same text:
    folding a run is folding each of its characters (see above)."""
    for char, folded in _COMMON:
        low = low.replace(char, folded)
    return low if low.isascii() else low.encode("ascii", FOLD_ERRORS).decode("ascii")


@functools.lru_cache(maxsize=512)  # a plan's few distinct runs ('ë', '•', '–'), over and over
def _folded_run(run: str) -> str:
    return unicodedata.normalize("NFKD", run).encode("ascii", "ignore").decode("ascii")


# the characters that are not ASCII most Dutch texts hold, with their folded form
_COMMON = tuple((c, _folded_run(c)) for c in "ëéèêïöüàç•’‘“”–…±")


def _fold_run(error: UnicodeEncodeError) -> tuple[str, int]:
    return _folded_run(error.object[error.start : error.end]), error.end


FOLD_ERRORS = "actieplan.text.ascii_fold"
codecs.register_error(FOLD_ERRORS, _fold_run)


def span_as_written(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the span ``start:end`` of :func:`ascii_fold` (``text``) lies in ``text`` itself.

    Folding drops characters (a dash '–', quotes '‘’') and so shifts positions; a finding must show
    the words as the user wrote them. Folding one character at a time gives the same text as
    folding the whole (NFKD decomposes each character on its own, and what it reorders are the
    combining marks that are dropped), so each character's share of the folded text is counted.
    An ASCII character's share is one; only the others are folded one by one, and a run of ASCII
    characters is passed in one step (a fiche text is thousands of characters, a few not ASCII).
    """
    if text.isascii():
        return start, end
    begin: int | None = None
    delta = 0  # len(ascii_fold(text[:i])) - i, at the start i of the current run of ASCII characters
    i = 0
    for m in _NON_ASCII.finditer(text):
        j = m.start()
        # the ASCII characters i..j-1: after character k the folded text is k + 1 + delta long
        if begin is None and start - delta < j:
            begin = max(i, start - delta)
        if begin is not None and end - delta - 1 < j:
            return begin, max(begin, i, end - delta - 1) + 1
        delta += len(ascii_fold(m.group())) - 1
        pos = j + 1 + delta  # after character j
        if begin is None and pos > start:
            begin = j
        if begin is not None and pos >= end:
            return begin, j + 1
        i = j + 1
    j = len(text)
    if begin is None and start - delta < j:
        begin = max(i, start - delta)
    if begin is not None and end - delta - 1 < j:
        return begin, max(begin, i, end - delta - 1) + 1
    return (begin if begin is not None else len(text)), len(text)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def stem(word: str) -> str:
    """A light Dutch plural stem so 'overlegmomenten' and 'overlegmoment' meet."""
    if len(word) > 6:
        if word.endswith("en"):
            return word[:-2]
        if word.endswith("s"):
            return word[:-1]
    return word


def word_set(phrases: Iterable[str], stemmed: bool = False) -> frozenset[str]:
    """The words (runs of letters) of ``phrases``, folded; with ``stemmed`` their stems too."""
    return _word_set(tuple(phrases), stemmed)


@functools.lru_cache(maxsize=16)
def _word_set(phrases: tuple[str, ...], stemmed: bool) -> frozenset[str]:
    out = set()
    for phrase in phrases:
        for word in LETTERS.findall(fold(phrase)):
            out.add(word)
            if stemmed:
                out.add(stem(word))
    return frozenset(out)


# -- the meaningful words of a title (overlap between rows) ----------------------------------------


def meaningful_words(text: Any, settings) -> frozenset[str]:
    """The words of ``text`` that say what it is about: long enough, not a stop word, stemmed."""
    s = text if isinstance(text, str) else clean_text(text)  # the loader's text is clean already
    if not s:
        return frozenset()
    overlap = typed(settings).overlap
    return _meaningful_words(s, overlap.stop, overlap.min_woordlengte)


@functools.lru_cache(maxsize=8)
def _long_words(minimum: int) -> re.Pattern[str]:
    return re.compile(r"[a-z]{%d,}" % minimum)


def meaningful_words_each(texts: Iterable[Any], settings, memo: dict[str, frozenset[str]] | None = None) -> list[frozenset[str]]:
    """:func:`meaningful_words` of every text, the settings read once (a column of 10.000 titles).

    ``memo``: the words of texts met before in this check (a title is compared with several
    sheets), e.g. a dict in the rule Context's cache: it lives as long as the check, unlike a
    global cache that would keep every title's words of every plan checked. The memo of a check
    (:func:`title_words_memo`) also holds that plan's own stop words: the zorgraad's names."""
    overlap = typed(settings).overlap
    stop, minimum = getattr(memo, "stop", overlap.stop), overlap.min_woordlengte
    out = []
    for text in texts:
        s = text if isinstance(text, str) else clean_text(text)
        if not s:
            out.append(frozenset())
        elif memo is None:
            out.append(_meaningful_words(s, stop, minimum))
        else:
            words = memo.get(s)
            if words is None:
                words = memo[s] = _meaningful_words(s, stop, minimum, getattr(memo, "kept", None))
            out.append(words)
    return out


class TitleWords(dict):
    """The memo of :func:`meaningful_words_each` for one check: title -> its meaningful words, and
    ``stop``, the stop words of that plan (the settings' and the words of the zorgraad's own names:
    a place name is a stop word for the plan of that place only)."""

    def __init__(self, stop: frozenset[str]) -> None:
        super().__init__()
        self.stop = stop
        self.kept: dict[str, str | None] = {}  # a word -> what _kept makes of it (None: left out); titles share words


def title_words_memo(ctx) -> TitleWords:
    """The memo of :func:`meaningful_words_each` for one check (the rule Context's cache)."""
    from actieplan.rules.common.plan import eigen_woorden  # the plan's layout is rules/common's

    return ctx.cache.get("text.meaningful_words", lambda: TitleWords(typed(ctx.settings).overlap.stop | eigen_woorden(ctx)))


def _meaningful_words(s: str, stop: frozenset[str], minimum: int, kept: dict[str, str | None] | None = None) -> frozenset[str]:
    folded = quick_fold(s)
    # the runs of letters long enough, as split-then-filter would give them, without the short ones
    words = _long_words(minimum).findall(folded) if minimum >= 1 else _WORD_SPLIT.split(folded)
    if kept is None:
        return _kept(words, stop, minimum)
    return _kept_once(words, stop, minimum, kept)  # the check's TitleWords.kept


def _kept_once(words: Iterable[str], stop: frozenset[str], minimum: int, kept: dict[str, str | None]) -> frozenset[str]:
    """:func:`_kept`, each word judged once per check (``kept``: what each word became)."""
    out = set()
    for word in words:
        form = kept.get(word, _UNSEEN)
        if form is _UNSEEN:
            form = kept[word] = _kept_word(word, stop, minimum)
        if form is not None:
            out.add(form)
    return frozenset(out)


_UNSEEN = object()



def _kept(words: Iterable[str], stop: frozenset[str], minimum: int) -> frozenset[str]:
    """The words long enough and not a stop word, stemmed (and not a stop word once stemmed)."""
    out = set()
    for word in words:
        form = _kept_word(word, stop, minimum)
        if form is not None:
            out.add(form)
    return frozenset(out)


def _kept_word(word: str, stop: frozenset[str], minimum: int) -> str | None:
    """What :func:`_kept` makes of one word: its stem, or None when it is left out."""
    if len(word) < minimum or word in stop:
        return None
    word = stem(word)
    return None if word in stop else word


def meaningful_among(words: Iterable[str], settings, kept: dict[str, str | None]) -> frozenset[str]:
    """:func:`meaningful_words` of a text folded with :func:`ascii_fold` and split into its runs of
    letters (:func:`letter_words`; a long text: no second, slow folding, no joining and splitting
    again). ``kept``: what each word becomes, kept for one check (texts share their words; the
    settings' stop words only, not the plan's own names of :class:`TitleWords`)."""
    overlap = typed(settings).overlap
    return _kept_once(words, overlap.stop, overlap.min_woordlengte, kept)


def shared_words(a: frozenset[str], b: frozenset[str], settings) -> list[str] | None:
    """The shared words when ``a`` and ``b`` share enough of them to be about the same thing."""
    common = sorted(a & b)
    return common if len(common) >= typed(settings).overlap.min_gedeelde_woorden else None


# -- texts compared as a whole (last year's plan) --------------------------------------------------


@functools.lru_cache(maxsize=4096)
def letters_only(text: str) -> str:
    """Lower case, no accents, no years, letters only: what two texts are compared on."""
    return " ".join(_WORD_SPLIT.split(YEAR.sub(" ", fold(text)))).strip()


def bounded_letters(text: str, limit: int) -> str:
    """:func:`letters_only` of ``text``, at most ``limit`` characters, cut at a word; only the start
    of a very long text is folded at all (a cell of 32,000 characters costs what a real one does)."""
    folded = letters_only(text[: 2 * limit])  # folding hardly ever lengthens: twice the limit is plenty
    if len(folded) <= limit:
        return folded
    return folded[: limit + 1].rsplit(" ", 1)[0][:limit]


# a title's words as they are compared: its first MAX_TITLE_WORDS different words, each of at most
# MAX_WORD_CHARS letters (real titles keep all their words)
MAX_TITLE_WORDS = 50
MAX_WORD_CHARS = 40


def title_words(text: Any, stop: frozenset[str], min_len: int) -> tuple[str, ...]:
    """The words of a title that say what it is about (:func:`letters_only`, no stop words), in
    order; bounded as above."""
    s = clean_text(text)
    if not s:
        return ()
    words = (w[:MAX_WORD_CHARS] for w in bounded_letters(s, 20 * MAX_TITLE_WORDS).split())
    return tuple(dict.fromkeys(w for w in words if len(w) >= min_len and w not in stop))[:MAX_TITLE_WORDS]


# -- where a match lies ----------------------------------------------------------------------------


def around(text: str, start: int, end: int, width: int = 30) -> str:
    """The words around text[start:end], about ``width`` characters either side, cut at spaces."""
    left = text.rfind(" ", 0, max(0, start - width)) + 1 if start > width else 0
    right = text.find(" ", end + width // 2)
    right = len(text) if right < 0 else right
    return ("…" if left else "") + " ".join(text[left:right].split()) + ("…" if right < len(text) else "")


_SENTENCE_END = re.compile(r"[.!?;\n]")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (up to '.', '!', '?', ';' or a line break, either side) that holds
    text[start:end]; a full stop between digits ('2.5') does not end it."""
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        if not (m.group() == "." and 0 < m.start() < len(text) - 1 and text[m.start() - 1].isdigit() and text[m.start() + 1].isdigit()):
            left = m.end()
    right = len(text)
    for m in _SENTENCE_END.finditer(text, end):
        if m.group() == "." and 0 < m.start() < len(text) - 1 and text[m.start() - 1].isdigit() and text[m.start() + 1].isdigit():
            continue
        right = m.start()
        break
    return text[left:right]


def surely_long(text: str, minimum: int) -> bool:
    """True when ``text`` has at least ``minimum`` characters that are not white space, so its
    length with white space collapsed is surely not below ``minimum`` (no split of a long text)."""
    if len(text) < minimum:
        return False
    for part in (text[: 2 * minimum], text):  # the head usually settles it; else the whole text
        spaces = part.count(" ") + part.count("\n") + part.count("\t") + part.count("\r") + part.count("\u00a0")
        if len(part) - spaces >= minimum:
            return True
    return False
