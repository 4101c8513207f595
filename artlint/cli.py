"""The command line: parse arguments, call the linter, hand the report to a reporter, set the exit code."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from artlint.delivery import deliver
from artlint.errors import ArtlintError
from artlint.findings import Severity
from artlint.report import Report
from artlint.schemas import load_schema
from artlint.session import Session, open_session
from artlint.version import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _split(values: Sequence[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _session(options: dict[str, Any]) -> Session:
    return open_session(
        config=options.get("config"),
        select=_split(options.get("select") or ()) or None,
        ignore=_split(options.get("ignore") or ()),
        disabled_plugins=_split(options.get("disable_plugin") or ()),
    )


def _fail(message: str) -> None:
    click.echo(f"artlint: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def common_options(func: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.argument("paths", nargs=-1, type=str),
        click.option("--config", type=click.Path(path_type=Path, dir_okay=False), help="Config file (default: nearest .artlint.yaml or pyproject.toml)."),
        click.option("--select", multiple=True, help="Rules to run: codes, prefixes or names, comma-separated."),
        click.option("--ignore", multiple=True, help="Rules not to run, added to the config's ignore list."),
        click.option("--format", "output_format", default="text", show_default=True, help="Output format: text, json, or a plugin's."),
        click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to a file."),
        click.option("--stdin-filename", help="The name (and so the format) of the article read from '-'."),
        click.option("--fail-level", type=click.Choice([s.value for s in Severity]), help="Lowest severity that fails the run."),
        click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are reported."),
        click.option("--show-fixes", is_flag=True, help="Show what each fix does."),
        click.option("--disable-plugin", multiple=True, help="Do not load this plugin (entry point name)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="artlint")
def main() -> None:
    """artlint: find and fix debris in scraped news articles."""


@main.command()
@common_options
def check(**options: Any) -> None:
    """Report problems in article files (.txt, .md, .json, .jsonl, .jsonl.gz), folders, or '-' for stdin."""
    sys.exit(_run(options, fix=False))


@main.command()
@common_options
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes an editor might disagree with.")
@click.option("--diff", is_flag=True, help="Print a unified diff of the fixes and write nothing.")
def fix(**options: Any) -> None:
    """Apply fixes in place (atomically), then report what is left."""
    sys.exit(_run(options, fix=True))


def _run(options: dict[str, Any], fix: bool) -> int:
    paths = options["paths"] or ["."]
    try:
        session = _session(options)
        reporter = session.registry.reporters.get(options["output_format"])
        if reporter is None:
            raise ArtlintError(f"unknown format {options['output_format']!r}; known: {', '.join(sorted(session.registry.reporters))}")
        unsafe, diff = options.get("unsafe_fixes", False), options.get("diff", False)
        report = Report(fixing=fix, unsafe_fixes=unsafe, dry_run=diff, rules=dict(session.registry.rules))
        usage_errors = False
        stdin = sys.stdin.buffer.read() if "-" in paths else None
        results = session.linter.run(paths, fix=fix, unsafe=unsafe, stdin=stdin, stdin_filename=options["stdin_filename"])
        for result in results:
            report.results.append(result)
            if result.error:
                click.echo(f"artlint: error: {result.error}", err=True)
                usage_errors = True
                continue
            if fix:
                try:
                    deliver(result, diff, sys.stdout, sys.stdout.buffer)
                except OSError as exc:
                    click.echo(f"artlint: error: {result.path}: cannot write: {exc.strerror or exc}", err=True)
                    usage_errors = True
    except ArtlintError as exc:
        _fail(str(exc))
        return EXIT_USAGE
    try:
        _write_report(reporter, report, options, err=diff or (fix and "-" in paths))
    except OSError as exc:
        _fail(f"{options['output']}: cannot write the report: {exc.strerror or exc}")
    if usage_errors:
        return EXIT_USAGE
    if options["exit_zero"]:
        return EXIT_OK
    if diff:
        changes = any(r.output is not None for r in report.results)
        broken = any(f.code.startswith("ART9") for f in report.findings)
        return EXIT_FINDINGS if changes or broken else EXIT_OK
    level = Severity(options["fail_level"]) if options["fail_level"] else session.settings.fail_level
    worst = report.worst()
    return EXIT_FINDINGS if worst is not None and worst.rank >= level.rank else EXIT_OK


def _write_report(reporter: Any, report: Report, options: dict[str, Any], err: bool) -> None:
    output: Path | None = options.get("output")
    render = {"show_fixes": options.get("show_fixes", False)}
    if output is not None:
        with open(output, "w", encoding="utf-8", errors="backslashreplace") as handle:
            reporter(report, handle, render)
        return
    reporter(report, sys.stderr if err else sys.stdout, render)


@main.command()
@click.option("--config", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
def rules(config: Path | None, output_format: str) -> None:
    """List every rule: code, name, fix, plugin and summary."""
    session = _guarded(lambda: open_session(config=config))
    entries = sorted(session.registry.rules.values(), key=lambda r: r.code)
    if output_format == "json":
        click.echo(json.dumps([
            {"code": r.code, "name": r.name, "severity": str(r.severity), "origin": r.origin, "summary": r.summary}
            for r in entries
        ], indent=2))
        return
    width = max(len(r.name) for r in entries)
    for rule in entries:
        click.echo(f"{rule.code}  {rule.name:<{width}}  {rule.severity:<7}  {rule.summary}  [{rule.origin}]")


@main.command()
@click.argument("name")
@click.option("--config", type=click.Path(path_type=Path, dir_okay=False))
def rule(name: str, config: Path | None) -> None:
    """Print a rule's documentation (by code or name)."""
    session = _guarded(lambda: open_session(config=config))
    found = session.registry.lookup(name)
    if found is None:
        _guarded(lambda: session.registry.matching(name))
        found = session.registry.matching(name)[0]
    click.echo(f"{found.code} {found.name} ({found.severity}, from {found.origin})\n")
    click.echo(found.documentation())


@main.command()
@click.option("--config", type=click.Path(path_type=Path, dir_okay=False))
def plugins(config: Path | None) -> None:
    """List loaded plugins with their versions, hooks and rules."""
    session = _guarded(lambda: open_session(config=config))
    pm = session.plugins.manager
    from artlint.hookspecs import HOOKSPEC_VERSION

    click.echo(f"hookspec version {HOOKSPEC_VERSION}")
    for name, plugin in sorted(pm.list_name_plugin()):
        hooks = sorted(h.name for h in pm.get_hookcallers(plugin) or [])
        owned = sorted(r.name for r in session.registry.rules.values() if r.origin == name)
        version = session.plugins.versions.get(name, "")
        click.echo(f"{name} {version}: hooks {', '.join(hooks) or '-'}; rules {', '.join(owned) or '-'}")


@main.command()
@click.argument("name", type=click.Choice(["config", "rule-pack", "lexicon", "report"]))
def schema(name: str) -> None:
    """Print one of artlint's JSON Schemas."""
    click.echo(json.dumps(load_schema(name), indent=2))


def _guarded(make: Callable[[], Any]) -> Any:
    try:
        return make()
    except ArtlintError as exc:
        _fail(str(exc))
