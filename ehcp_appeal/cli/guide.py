"""``guide``: the guide for parents (the same text F1 shows in the window)."""

import argparse

from ehcp_appeal.guide import guide_text


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "guide",
        help="print the guide for parents: first steps, dates, findings and a glossary",
        description=(
            "Print the guide for parents shown in the window with F1: what to do first and "
            "in what order, the dates that matter, what each plan check finding means and a "
            "glossary of the words used in EHC plan appeals. It is Markdown text."
        ),
    )
    parser.set_defaults(handler=_guide)


def _guide(_args: argparse.Namespace) -> int:
    print(guide_text(), end="")
    return 0
