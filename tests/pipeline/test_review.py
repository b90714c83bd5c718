"""The learning loop on real runs: review the journal once, and the next run maps as decided."""

import ast

from vautokit import Automation
from vautokit.notebook import review_in_terminal
from vautokit.processing import RunJournal
from vautokit.vehicles import CheckboxMappingService, Match, SynonymsFile


def answering(choices: dict[str, list[str]], shown: list[str]):
    """An ``input`` that answers by the phrase last shown: its own answers, else skip."""
    pending = {phrase: list(answers) for phrase, answers in choices.items()}

    def answer(_prompt: str) -> str:
        question = next(line for line in reversed(shown) if line.startswith("["))
        phrase = ast.literal_eval(question.split("] ", 1)[1].rsplit(" (seen", 1)[0])
        return pending.get(phrase, []).pop(0) if pending.get(phrase) else "s"
    return answer


async def run(site, links, journal_path, synonyms=None):
    journal = RunJournal(journal_path)
    try:
        async with Automation(site, synonyms=synonyms) as va:
            result = await va.process(links, sequential=True, progress="none", journal=journal)
    finally:
        journal.close()
    return {int(r.vehicle_id): r for r in result.records}


def only_source(mapper, sticker, label):
    """The one sticker line that ticks ``label``, or None if none or several do."""
    lines = [text for _, text in sticker
             if isinstance(m := mapper.map_line(text), Match) and label in m.labels]
    return lines[0] if len(lines) == 1 and mapper.map_line(lines[0]).labels == (label,) else None


async def test_reviewed_phrases_map_in_the_next_run_and_vetoed_ones_never(site, tmp_path):
    journal, mine = tmp_path / "journal.sqlite", tmp_path / "synonyms.toml"
    async with Automation(site) as va:
        links = await va.vehicles(saved_filter=None, limit=12)
    specs = {v.id: v for v in site.vehicles_of()}
    first = await run(site, links, journal)

    vid, taught = next((vid, r.unmatched[0]) for vid, r in first.items() if r.unmatched)
    label = next(lb for lb in CheckboxMappingService.built_in().labels
                 if lb not in specs[vid].truth)
    dropped = next(p for r in first.values() for p in r.unmatched if p != taught)
    mapper = CheckboxMappingService.built_in()
    vetoed_vid, vetoed_label, vetoed_line = next(
        (v, lb, line) for v, r in first.items() for lb in r.checked
        if (line := only_source(mapper, specs[v].sticker, lb)))

    shown: list[str] = []
    saved = review_in_terminal(journal, mine, output=shown.append,
                               input=answering({taught: ["l", label], dropped: ["n"]}, shown))
    assert saved == 2
    file = SynonymsFile.open(mine)
    file.veto(vetoed_line)
    file.save()

    site.reset()
    second = await run(site, links, journal, synonyms=mine)
    assert taught not in second[vid].unmatched and label in second[vid].checked
    assert all(dropped not in r.unmatched and dropped not in r.review for r in second.values())
    assert vetoed_label in first[vetoed_vid].checked
    assert vetoed_label not in second[vetoed_vid].checked
    assert vetoed_label not in site.saved_state()[vetoed_vid]

    again: list[str] = []
    review_in_terminal(journal, mine, input=lambda _: "q", output=again.append)
    assert not any(taught in line or dropped in line for line in again)
