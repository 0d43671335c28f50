"""The output a code example claims to print, read from its comments.

An example shows what a ``print`` writes in a comment: at the end of the line where the call
ends (``print(x)  # 42``), or alone on the next line. :func:`claimed_output` reads those
comments in order; :func:`unmet_claims` says which of them the printed text lacks (each claim
must be a whole printed line, in the order claimed). The docs tests (``docs/conftest.py``) and
``tests/test_readme.py`` run every example and check its claims with these.
"""

import ast
import io
import tokenize

__all__ = ["claimed_output", "unmet_claims"]


def _print_ends(tree: ast.AST) -> set[int]:
    return {
        node.end_lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "print"
        and node.end_lineno is not None
    }


def claimed_output(source: str) -> list[str]:
    """The lines ``source`` claims its prints write, in order (comments after a ``print``)."""
    ends = _print_ends(ast.parse(source))
    code_lines: set[int] = set()
    comments: list[tuple[int, str, bool]] = []  # (line, text, alone on its line)
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            alone = token.line[: token.start[1]].strip() == ""
            comments.append((token.start[0], token.string[1:].strip(), alone))
        elif token.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT):
            code_lines.add(token.start[0])
    claims = []
    for line, text, alone in comments:
        if (not alone and line in ends) or (alone and line - 1 in ends and text):
            claims.append(text)
    return claims


def unmet_claims(source: str, printed: str) -> list[str]:
    """The claims of ``source`` that ``printed`` does not bear out: each claim must be one of
    the printed lines (stripped), after the line the claim before it matched."""
    lines = [line.strip() for line in printed.splitlines()]
    unmet = []
    position = 0
    for claim in claimed_output(source):
        try:
            position = lines.index(claim, position) + 1
        except ValueError:
            unmet.append(claim)
    return unmet
