"""The CLI's commands, one module each; and the argument types and options they share."""
from __future__ import annotations

import argparse

__all__ = ["positive_int", "add_extraction_options"]


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def add_extraction_options(parser: argparse.ArgumentParser) -> None:
    """Options of how articles are extracted, for a command that extracts them (``args.unknown_agents``)."""
    parser.add_argument("--unknown-agents", action="store_true",
                        help="also extract attacks whose doer the text does not name ('a car bomb killed four "
                             "soldiers', 'were killed in a roadside bombing'), as events with no agent. Off by "
                             "default: it lifted half A of the PLOVER dev sentences, but the held-out half B has "
                             "no such sentence to confirm it yet")
