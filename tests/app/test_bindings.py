"""Every key a screen or widget of reader binds names an action that exists: Textual does
nothing, silently, for a key whose action is missing, and its footer still shows it."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from textual.binding import Binding
from textual.dom import DOMNode

import reader.screens
import reader.widgets
from reader.app import ReaderApp


def bound_classes() -> list[type[DOMNode]]:
    modules = [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for package in (reader.screens, reader.widgets)
        for info in pkgutil.iter_modules(package.__path__)
    ]
    return [ReaderApp] + [
        cls
        for module in modules
        for cls in vars(module).values()
        if inspect.isclass(cls) and issubclass(cls, DOMNode) and cls.__module__ == module.__name__
    ]


def bindings(cls: type[DOMNode]) -> list[tuple[str, str]]:
    found = []
    for binding in cls.__dict__.get("BINDINGS", []):
        key, action = (binding.key, binding.action) if isinstance(binding, Binding) else binding[:2]
        found.append((key, action))
    return found


@pytest.mark.parametrize("cls", bound_classes(), ids=lambda cls: cls.__name__)
def test_every_key_names_an_action_that_exists(cls):
    for key, action in bindings(cls):
        name = action.split("(")[0]
        target: type = cls
        if name.startswith("app."):
            target, name = ReaderApp, name.removeprefix("app.")
        assert hasattr(target, f"action_{name}"), f"{cls.__name__}: {key!r} -> {action!r}"


def test_the_classes_are_found():
    names = {cls.__name__ for cls in bound_classes()}
    assert {"ReaderApp", "ReadingScreen", "FeedsScreen"} <= names
