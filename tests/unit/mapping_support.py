"""What the mapping tests share: the labels one line ticks."""

from vautokit.vehicles import CheckboxMappingService, Match


def ticked(mapper: CheckboxMappingService, line: str) -> set[str]:
    """The labels ``line`` ticks; a line sent to review or vetoed ticks none."""
    result = mapper.map_line(line)
    return set(result.labels) if isinstance(result, Match) else set()
