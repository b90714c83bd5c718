"""The package's layers have no arrow back up: its import graph between subpackages has no
cycle. Imports inside functions count (a lazy import is still an arrow); imports only for
type checking do not (they never run)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import vautokit

ROOT = Path(vautokit.__file__).parent


def _unit(path: Path) -> str:
    """The layer a file belongs to: its subpackage, or its own name for a top-level module."""
    parts = path.relative_to(ROOT).parts
    return parts[0] if len(parts) > 1 else parts[0].removesuffix(".py")


def _type_checking_nodes(tree: ast.Module) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped |= {id(n) for stmt in node.body for n in ast.walk(stmt)}
    return skipped


def _targets(path: Path, node: ast.ImportFrom) -> list[str]:
    """The vautokit layers an import reaches, resolved from its file's place."""
    if node.level == 0:
        module = node.module or ""
        parts = module.split(".")
        return [parts[1]] if parts[0] == "vautokit" and len(parts) > 1 else []
    here = list(path.relative_to(ROOT).parent.parts)
    base = here[:len(here) - (node.level - 1)] if node.level > 1 else here
    if node.level - 1 > len(here):
        return []
    module = [*base, *(node.module.split(".") if node.module else [])]
    if module:
        return [module[0]]
    return [alias.name for alias in node.names]  # ``from .. import x``: each name a layer


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for path in ROOT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped, unit = _type_checking_nodes(tree), _unit(path)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and id(node) not in skipped:
                graph[unit] |= {t for t in _targets(path, node) if t != unit}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_layers_import_each_other_without_a_cycle():
    graph = import_graph()
    assert graph["processing"] >= {"browser", "site", "vehicles"}  # the graph was read
    cycle = _cycle(graph)
    assert cycle is None, "an arrow back up: " + " -> ".join(cycle or [])


def test_a_lazy_import_back_up_is_found():
    graph = {"site": {"report"}, "report": {"site"}}
    assert _cycle(graph) == ["report", "site", "report"]
