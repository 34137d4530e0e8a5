"""A text that counts the substring searches made in it: for the speed tests that check a matcher
does the fewer searches it promises."""

from __future__ import annotations


class CountedText(str):
    """A str whose ``find`` calls are counted in ``CountedText.finds`` (set it to 0 first)."""

    finds = 0

    def find(self, *args):
        CountedText.finds += 1
        return super().find(*args)


def recording(factory, method: str, calls: list):
    """A stand-in for a matcher factory (``phrases``, ``parts``): the matchers it makes record in
    ``calls`` each first argument passed to ``method`` (a folded text, a cell), then answer as the
    real ones do."""

    def make(*args, **kwargs):
        return _Recorder(factory(*args, **kwargs), method, calls)

    return make


class _Recorder:
    def __init__(self, inner, method: str, calls: list) -> None:
        self._inner, self._method, self._calls = inner, method, calls

    def __getattr__(self, name):
        attr = getattr(self._inner, name)
        if name != self._method:
            return attr

        def recorded(first, *args, **kwargs):
            self._calls.append(first)
            return attr(first, *args, **kwargs)

        return recorded
