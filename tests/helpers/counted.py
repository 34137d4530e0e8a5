"""A text that counts the substring searches made in it: for the speed tests that check a matcher
does the fewer searches it promises."""

from __future__ import annotations


class CountedText(str):
    """A str whose ``find`` calls are counted in ``CountedText.finds`` (set it to 0 first)."""

    finds = 0

    def find(self, *args):
        CountedText.finds += 1
        return super().find(*args)
