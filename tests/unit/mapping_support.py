"""What the mapping tests share: the labels one line ticks, and a check of them."""

from vautokit.vehicles import CheckboxMappingService, Match


def ticked(mapper: CheckboxMappingService, line: str, car: str | None = None) -> set[str]:
    """The labels ``line`` ticks, read as said of ``car`` (a title or a make) when one is
    given; a line sent to review or vetoed ticks none."""
    result = mapper.map_line(line, car)
    return set(result.labels) if isinstance(result, Match) else set()


def check_ticks(mapper: CheckboxMappingService, line: str, kept: set[str], gone: set[str],
                car: str | None = None) -> None:
    """``line`` ticks every label of ``kept`` and none of ``gone`` (read as said of ``car``)."""
    labels = ticked(mapper, line, car)
    assert kept <= labels, (line, labels)
    assert not gone & labels, (line, labels)
