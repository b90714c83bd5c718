"""The prompt a blind batch is written from, and the check of what comes back (issue 19).

A blind batch is written by someone who never sees the mapping tables: a helper given this
prompt alone (the sandbox's 65 labels, the file format, the labelling conventions) and a style
of its own. The batch is scored once with ``score_mapping.py --batch FILE`` before anyone
reads its misses; only then is it used for tuning.

    python benchmarks/blind_prompt.py prompt > /somewhere/PROMPT.md
    python benchmarks/blind_prompt.py check /somewhere/fresh_blind_x.txt
"""

from __future__ import annotations

import argparse
import sys

from vautokit.sandbox._catalog import ALL_LABELS, FIELDSETS

SECOND_LINE = ("# written by a helper who never saw the mapping tables, scored once before "
               "anyone read its misses.")
FORMAT = f"""\
## File format
- Line 1, exactly: `# A blind batch (issue 19): <your style, one long phrase>;`
- Line 2, exactly: `{SECOND_LINE}`
- Line 3, exactly: `# make | line | required labels (;) | acceptable labels (;)`
- Then sections, each headed `# --- <section name> ---`. Sections whose lines mostly must tick
  nothing (or little) are headed `# --- negated: <what kind> ---`: 25-30 % of all lines.
- Every other line: exactly 4 fields separated by ` | ` (space, bar, space):
  `Make | the text line | Label; Label | Label; Label`. An empty field is two spaces between
  bars: `Ford | text |  | `.
- The text itself must not contain ` | `.
- About 280-300 labelled lines, 30-45 makes, model years of your style.

## What the labels mean
- required: every label the line clearly says THIS car has (a human would tick it).
- acceptable: labels not said outright but fine to tick: implied ones (CarPlay usually comes
  with Bluetooth; rear A/C or rear climate implies Air Conditioning; a luxury package's obvious
  content) and vague wording. Ticking anything in neither list is wrong.
- Features absent, removed, deleted, broken and not fixed, only prepared ("prep", "ready",
  "requires"), optional and not fitted, on another car, trim or VIN, asked about but not
  answered, wished for, or claimed and then denied: NOT required (and normally not acceptable).
- A package named without its contents ticks nothing required.

## Style
Write in your given style's own voice: its abbreviations, capitals, typos, formats, its people
and their habits. Mix lines with several features, lines with one, and distractor lines with
none (prices, warranty, mileage, colours, dates). Make the negated sections hard and natural:
negation far from the feature, lists with one item excepted, the other car's features in the
same line as this car's, corrections, questions, quotes, requirements, "used to have".

## Method
Write the file in pieces (append a section at a time), then check it (every non-# line has 4
fields split on ` | `, every label is one of the {len(ALL_LABELS)}). Report the line count.
"""


INTRO = """\
# Writing a blind batch of labelled lines (issue 19)

You write a test batch for a program that reads one line of text about a car and decides
which of {count} option checkboxes (labels) the line says THIS car has. You never see the
program; you only write lines and the labels a careful human would give them. Be realistic
and varied: the point is wording the program has never met.

## The {count} labels (exact spelling; use only these)
{labels}

"""


def prompt() -> str:
    """The whole prompt: the labels by fieldset, then the format and the conventions."""
    labels = "\n".join(f"- {fieldset}: " + "; ".join(names)
                       for fieldset, names in FIELDSETS.items())
    return INTRO.format(count=len(ALL_LABELS), labels=labels) + FORMAT


def problems(text: str) -> list[str]:
    """What is wrong with a written batch: lines without 4 fields, labels not in the 65."""
    known, found = set(ALL_LABELS), []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split(" | ")
        if len(fields) != 4:
            found.append(f"line {number}: {len(fields)} fields, not 4")
            continue
        found += [f"line {number}: unknown label {label!r}"
                  for label in (x.strip() for x in f"{fields[2]};{fields[3]}".split(";"))
                  if label and label not in known]
    return found


def main(args: argparse.Namespace) -> int:
    if args.command == "prompt":
        print(prompt(), end="")
        return 0
    with open(args.path) as batch:
        wrong = problems(batch.read())
    print("\n".join(wrong) or "ok")
    return 1 if wrong else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("prompt", help="print the prompt")
    commands.add_parser("check", help="check a written batch").add_argument("path")
    sys.exit(main(parser.parse_args()))
