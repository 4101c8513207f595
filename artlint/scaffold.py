"""`artlint new-rule`: a working YAML or Python rule with its case files, ready to edit."""

from __future__ import annotations

import re
from pathlib import Path

from artlint.errors import ArtlintError

_NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_CODE = re.compile(r"^[A-Z]{2,8}[0-9]{3}$")

YAML_RULE = """\
pack: {name}
description: Site rules of our team.
rules:
  - code: {code}
    name: {name}
    kind: line-match
    severity: warning
    fix: safe
    summary: A promo line of our site left in the article.
    message: "site promo left in the body: {{text!r}}"
    why: >-
      The site repeats this promo under every article; it is not part of the story.
    example:
      before: "The harbour reopened on Monday. / Read the Morning Brief every day at 7"
      after: "The harbour reopened on Monday."
    fix_safety: "Safe: the whole line is the promo, word for word."
    # hosts: [example.com]          # only articles whose URL host is (below) one of these
    match:
      phrases:
        - Read the Morning Brief every day at 7
      # patterns: ['Photo \\\\d+ of \\\\d+']   # regular expressions a whole line must match
      # prefixes: [Sign up for the Morning Brief]
"""

PYTHON_RULE = '''\
"""{name}: a rule of our own, registered as a local plugin (`plugins: [{module}]` in .artlint.yaml)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from artlint import Applicability, Fix, Rule, Span, hookimpl
from artlint.findings import Finding

PROMO = "read the morning brief every day at 7"


class {cls}(Rule):
    """A promo line of our site left in the article.

    Why
    The site repeats this promo under every article; it is not part of the story.

    Example
    before: The harbour reopened on Monday. / Read the Morning Brief every day at 7
    after:  The harbour reopened on Monday.

    Fix safety
    Safe: the whole line is the promo, word for word.
    """

    code = "{code}"
    name = "{name}"
    fixable = "safe"

    def check(self, article: Any, options: Mapping[str, Any]) -> Iterator[Finding]:
        body = article.body
        for line in body.lines:
            if line.text.strip().rstrip(".").casefold() == PROMO:
                fix = Fix.delete(body.lines_span("body", line.number, line.number), Applicability.SAFE, "delete the line")
                yield self.finding(Span("body", line.start, line.end), "site promo left in the body", fix)


@hookimpl
def artlint_register_rules(register: Any) -> None:
    register({cls})
'''

FAIL_CASE = """\
rule: {name}
input: |
  Harbour reopens after storm
  March 14, 2025

  The harbour reopened on Monday.
  Read the Morning Brief every day at 7
findings:
  - {{code: {code}, line: 5, fix: safe}}
fixed: |
  Harbour reopens after storm
  March 14, 2025

  The harbour reopened on Monday.
"""

PASS_CASE = """\
rule: {name}
input: |
  Harbour reopens after storm
  March 14, 2025

  Readers of the Morning Brief learned of the reopening first, every day at 7.
findings: []
"""


def new_rule(name: str, code: str, kind: str, folder: Path) -> list[Path]:
    """Write the rule and its pass and fail case files into `folder`; returns the paths written."""
    if not _NAME.match(name):
        raise ArtlintError(f"rule name {name!r} must be kebab-case, like 'site-promo'")
    if not _CODE.match(code):
        raise ArtlintError(f"rule code {code!r} must be letters and three digits, like 'SITE101'")
    module = name.replace("-", "_")
    cls = "".join(part.title() for part in name.split("-"))
    if kind == "yaml":
        rule_file, text = folder / f"{name}.yaml", YAML_RULE.format(name=name, code=code)
    else:
        rule_file, text = folder / f"{module}.py", PYTHON_RULE.format(name=name, code=code, module=module, cls=cls)
    cases = folder / "cases" / name
    files = {
        rule_file: text,
        cases / "fail.yaml": FAIL_CASE.format(name=name, code=code),
        cases / "pass.yaml": PASS_CASE.format(name=name),
    }
    existing = [str(p) for p in files if p.exists()]
    if existing:
        raise ArtlintError(f"{existing[0]} exists already; nothing was written")
    for path, content in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return list(files)
