"""The runnable examples in kg's docstrings hold (examples marked ``+SKIP`` need a built graph or a store)."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import kg


def _modules():
    return sorted(info.name for info in pkgutil.walk_packages(kg.__path__, "kg."))


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name):
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert failures == 0, f"{name}: {failures} docstring example(s) fail (run: python -m doctest -v on it)"
