"""How the rules read what people write in the plan's text cells: one library, one module per
concern.

* :mod:`.words`: folding (lower case, no accents), words, the one light stemmer, the meaningful
  words of a title and where a match lies in the text as written;
* :mod:`.phrases`: the two matchers, :class:`~.phrases.Phrases` (whole words) and
  :class:`~.phrases.Parts` (also inside a longer word);
* :mod:`.index`: the one inverted index (rows that share words; last year's fiches worth a full
  comparison);
* :mod:`.dates`: years, periods, dates and months, as named patterns;
* :mod:`.cells`: a column's filled cells, folded once per check, placeholders left out;
* :mod:`.codes`: the SD and OD codes read out of a cell as plans write them ('SD 3:',
  'Operationele doelstelling 3.1', 'OD 3.1 - titel').

The word lists and thresholds are the year's settings (``settings.toml``, typed by
:mod:`actieplan.rules.settings`); nothing here names a zorgraad or a year (a plan's own names are its stop words through
:func:`.words.title_words_memo`, read from its Algemeen by rules/common/plan.py).
"""
