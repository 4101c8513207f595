"""The command line: parse arguments, call the linter, hand the report to a reporter, set the exit code."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from artlint.baseline import apply_baseline, load_baseline, prune_baseline, write_baseline
from artlint.builtin.engine import FixRejected
from artlint.cache import Cache, clean, run_key
from artlint.config import load_settings
from artlint.delivery import deliver
from artlint.errors import ArtlintError
from artlint.findings import Severity
from artlint.gates import judge
from artlint.linter import FileResult
from artlint.report import Report
from artlint.plugins import plugin_sources
from artlint.reporters.text import report_text
from artlint.run import RunOptions, WorkerSetup, run_files
from artlint.scaffold import new_rule
from artlint.schemas import load_schema
from artlint.session import Session, open_session
from artlint.version import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _split(values: Sequence[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _session(options: dict[str, Any]) -> Session:
    """The run's session; a plugin that failed is reported here, one line each, and the run goes on
    without it (the exit code is 2 all the same)."""
    session = open_session(
        config=options.get("config"),
        select=_split(options.get("select") or ()) or None,
        ignore=_split(options.get("ignore") or ()),
        disabled_plugins=_split(options.get("disable_plugin") or ()),
        required_plugins=_split(options.get("require_plugin") or ()),
        strict=False,
    )
    for error in session.errors:
        click.echo(f"artlint: error: {error}", err=True)
    return session


def _fail(message: str) -> None:
    click.echo(f"artlint: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def common_options(func: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.argument("paths", nargs=-1, type=str),
        click.option("--config", type=click.Path(path_type=Path, dir_okay=False), help="Config file (default: nearest .artlint.yaml or pyproject.toml)."),
        click.option("--select", multiple=True, help="Rules to run: codes, prefixes or names, comma-separated."),
        click.option("--ignore", multiple=True, help="Rules not to run, added to the config's ignore list."),
        click.option("--format", "output_format", help="Output format: text (default; github when GITHUB_ACTIONS=true), json, jsonl, sarif, github, junit, gitlab, or a plugin's."),
        click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to a file."),
        click.option("--output-format", "output_format_file", multiple=True, metavar="FORMAT=FILE", help="Also write a report in FORMAT to FILE (repeatable)."),
        click.option("--statistics", is_flag=True, help="Counts per rule and per site, and the share of articles affected."),
        click.option("--max-rate", multiple=True, metavar="RULE=SHARE", help="Fail only when more than SHARE of the articles have RULE's findings (e.g. unrelated-spillover=0.02)."),
        click.option("-j", "--jobs", type=click.IntRange(1, 256), default=1, show_default=True, help="Worker processes."),
        click.option("--no-cache", is_flag=True, help="Check every file again, ignoring the cache."),
        click.option("--force-exclude", is_flag=True, help="Apply the config's exclude globs to files named on the command line too."),
        click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path), help="Report only findings not in this baseline file."),
        click.option("--write-baseline", type=click.Path(dir_okay=False, path_type=Path), help="Record all of today's findings in this baseline file."),
        click.option("--prune-baseline", is_flag=True, help="With --baseline: drop entries that no longer occur."),
        click.option("--stdin-filename", help="The name (and so the format) of the article read from '-'."),
        click.option("--fail-level", type=click.Choice([s.value for s in Severity]), help="Lowest severity that fails the run."),
        click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are reported."),
        click.option("--show-fixes", is_flag=True, help="Show what each fix does."),
        click.option("--disable-plugin", multiple=True, help="Do not load this plugin (entry point or distribution name)."),
        click.option("--require-plugin", multiple=True, help="Fail (exit 2) unless this plugin is installed and loads."),
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
    paths = list(options["paths"] or ["."])
    diff = options.get("diff", False)
    try:
        session = _session(options)
        outputs = _outputs(session, options)
        max_rates = {**session.settings.max_rate, **_rates(options.get("max_rate") or ())}
        for token in max_rates:
            session.registry.matching(token)
        report = Report(fixing=fix, unsafe_fixes=options.get("unsafe_fixes", False), dry_run=diff,
                        rules=dict(session.registry.rules))
        progress = Progress.for_run(outputs)
        run_options = RunOptions(
            fix=fix, unsafe=report.unsafe_fixes, diff=diff, jobs=options["jobs"] or 1, force_exclude=options["force_exclude"],
            stdin=sys.stdin.buffer.read() if "-" in paths else None, stdin_filename=options["stdin_filename"],
            cache=None if fix or options["no_cache"] else make_cache(session),
            progress=progress,
        )
        setup = WorkerSetup(session.settings, session.linter.select, session.linter.ignore,
                            _split(options.get("disable_plugin") or ()))
        usage_errors = bool(session.errors)
        for result in run_files(session.linter, paths, run_options, setup):
            report.results.append(result)
            if result.error:
                click.echo(f"artlint: error: {result.error}", err=True)
                usage_errors = True
            elif fix:
                try:
                    written = deliver(result, diff, sys.stdout, sys.stdout.buffer)
                    if written:
                        click.echo(f"artlint: note: {result.path} is a symlink; fixed its target {written}", err=True)
                except OSError as exc:
                    click.echo(f"artlint: error: {result.path}: cannot write: {exc.strerror or exc}", err=True)
                    usage_errors = True
        if progress:
            progress.done()
        _apply_baseline(report, options)
    except ArtlintError as exc:
        _fail(str(exc))
        return EXIT_USAGE
    level = Severity(options["fail_level"]) if options["fail_level"] else session.settings.fail_level
    verdict = judge(report, level, max_rates)
    report.gates = verdict.gates
    render = {"show_fixes": options.get("show_fixes", False), "statistics": options.get("statistics", False)}
    for reporter, target in sorted(outputs, key=lambda output: output[1] is None):  # files first, console last
        try:
            _write_report(reporter, report, target, render, err=diff or (fix and "-" in paths))
        except BrokenPipeError:  # `artlint check | head`: the reader has seen enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except OSError as exc:
            _fail(f"{target or 'the console'}: cannot write the report: {exc.strerror or exc}")
    if usage_errors:
        return EXIT_USAGE
    if options["exit_zero"]:
        return EXIT_OK
    if diff:
        changes = any(r.output is not None for r in report.results)
        broken = any(f.code.startswith("ART9") for f in report.findings)
        return EXIT_FINDINGS if changes or broken else EXIT_OK
    if fix and any(f.code == FixRejected.code for f in report.findings):
        return EXIT_USAGE  # a fix broke an invariant: the original was kept, and someone must look
    return EXIT_FINDINGS if verdict.failed else EXIT_OK


def _outputs(session: Session, options: dict[str, Any]) -> list[tuple[Any, Path | None]]:
    """(reporter, file or None for the console) for --format/-o and each --output-format FMT=FILE."""
    def reporter(name: str) -> Any:
        found = session.registry.reporters.get(name)
        if found is None:
            raise ArtlintError(f"unknown format {name!r}; known: {', '.join(sorted(session.registry.reporters))}")
        return found

    name = options["output_format"] or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    outputs = [(reporter(name), options.get("output"))]
    for spec in options.get("output_format_file") or ():
        fmt, sep, target = spec.partition("=")
        if not sep or not target:
            raise ArtlintError(f"--output-format takes FORMAT=FILE, not {spec!r}")
        outputs.append((reporter(fmt), Path(target)))
    return outputs


def _rates(specs: Sequence[str]) -> dict[str, float]:
    rates = {}
    for spec in _split(specs):
        rule, sep, value = spec.partition("=")
        try:
            rate = float(value.rstrip("%")) / (100 if value.endswith("%") else 1)
        except ValueError:
            rate = -1.0
        if not sep or not 0 <= rate <= 1:
            raise ArtlintError(f"--max-rate takes RULE=SHARE with a share from 0 to 1 (or a percentage), not {spec!r}")
        rates[rule.strip()] = rate
    return rates


def _apply_baseline(report: Report, options: dict[str, Any]) -> None:
    written: Path | None = options.get("write_baseline")
    if written is not None:
        count = write_baseline(written, report)
        click.echo(f"artlint: wrote {count} findings to the baseline {written}", err=True)
        return
    used: Path | None = options.get("baseline")
    if used is None:
        if options.get("prune_baseline"):
            raise ArtlintError("--prune-baseline needs --baseline FILE")
        return
    known = load_baseline(used)
    if options.get("prune_baseline"):
        pruned = prune_baseline(used, known, report)
        click.echo(f"artlint: pruned {pruned} entries that no longer occur from {used}", err=True)
    report.baselined = apply_baseline(report, known, used.resolve().parent)


def _write_report(reporter: Any, report: Report, target: Path | None, render: dict[str, Any], err: bool) -> None:
    if target is not None:
        with open(target, "w", encoding="utf-8", errors="backslashreplace") as handle:
            reporter(report, handle, render)
        return
    reporter(report, sys.stderr if err else sys.stdout, render)


class Progress:
    """A one-line count of files checked on a terminal's stderr; never in CI logs or machine formats."""

    def __init__(self) -> None:
        self.count = 0
        self.shown = time.monotonic()

    @classmethod
    def for_run(cls, outputs: list[tuple[Any, Path | None]]) -> Progress | None:
        text_on_console = all(target is not None or reporter is report_text for reporter, target in outputs)
        if os.environ.get("CI") or not sys.stderr.isatty() or not text_on_console:
            return None
        return cls()

    def __call__(self, result: FileResult) -> None:
        self.count += 1
        now = time.monotonic()
        if now - self.shown > 0.5:
            self.shown = now
            sys.stderr.write(f"\rartlint: {self.count} files checked")
            sys.stderr.flush()

    def done(self) -> None:
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()


def make_cache(session: Session) -> Cache:
    settings, linter, plugins = session.settings, session.linter, session.plugins
    parts = [repr(settings), repr(linter.select), repr(linter.ignore), repr(sorted(plugins.versions.items()))]
    code = [*plugin_sources(plugins), *(str(p) for p in Path(__file__).parent.rglob("*.py"))]
    parts.extend(f"{path}:{stat.st_mtime_ns}:{stat.st_size}" for path in code if (stat := os.stat(path)))
    files = [*session.registry.pack_paths, *session.registry.lexicon_paths]
    return Cache(settings.root, run_key(parts, files))


@main.command("clean")
@click.option("--config", type=click.Path(path_type=Path, dir_okay=False))
def clean_command(config: Path | None) -> None:
    """Remove the cache folder (.artlint_cache) beside the configuration, or in the current folder."""
    settings = _guarded(lambda: load_settings(config))
    removed = clean(settings.root)
    click.echo(f"artlint: {'removed' if removed else 'no'} cache in {settings.root}")


def plugin_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option("--require-plugin", multiple=True, help="Fail (exit 2) unless this plugin loads.")(func)
    func = click.option("--disable-plugin", multiple=True, help="Do not load this plugin.")(func)
    return click.option("--config", type=click.Path(path_type=Path, dir_okay=False))(func)


@main.command()
@plugin_options
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
def rules(output_format: str, **options: Any) -> None:
    """List every rule: code, name, family, fix, severity, plugin and summary."""
    session = _guarded(lambda: _session(options))
    entries = sorted(session.registry.rules.values(), key=lambda r: r.code)
    if output_format == "json":
        click.echo(json.dumps([r.describe() for r in entries], indent=2, ensure_ascii=False))
        return
    width = max(len(r.name) for r in entries)
    click.echo(f"{'code':<8}{'name':<{width + 2}}{'family':<13}{'fix':<16}{'severity':<9}summary [plugin]")
    for r in entries:
        click.echo(f"{r.code:<8}{r.name:<{width + 2}}{r.family:<13}{r.fixable:<16}{r.severity:<9}{r.summary} [{r.origin}]")


@main.command()
@click.argument("name")
@plugin_options
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
def rule(name: str, output_format: str, **options: Any) -> None:
    """Print a rule's manual (by code or name)."""
    session = _guarded(lambda: _session(options))
    found = session.registry.lookup(name) or _guarded(lambda: session.registry.matching(name))[0]
    if output_format == "json":
        click.echo(json.dumps({**found.describe(), "documentation": found.documentation()}, indent=2, ensure_ascii=False))
        return
    click.echo(f"{found.code} {found.name} ({found.family}, {found.severity}, fix: {found.fixable}; from {found.origin})\n")
    click.echo(found.documentation())


@main.command()
@plugin_options
def plugins(**options: Any) -> None:
    """List loaded plugins with their versions, hooks and rules."""
    session = _guarded(lambda: _session(options))
    pm = session.plugins.manager
    from artlint.hookspecs import HOOKSPEC_VERSION

    click.echo(f"hookspec version {HOOKSPEC_VERSION}")
    for name, plugin in sorted(pm.list_name_plugin()):
        hooks = sorted(h.name for h in pm.get_hookcallers(plugin) or [])
        owned = sorted(r.name for r in session.registry.rules.values() if r.origin == name)
        version = session.plugins.versions.get(name, "")
        click.echo(f"{name} {version}: hooks {', '.join(hooks) or '-'}; rules {', '.join(owned) or '-'}")
    if session.errors:
        sys.exit(EXIT_USAGE)


@main.command("new-rule")
@click.argument("name")
@click.option("--code", required=True, help="The rule's code: letters and three digits, e.g. SITE101.")
@click.option("--kind", type=click.Choice(["yaml", "python"]), default="yaml", show_default=True)
@click.option("--dir", "folder", type=click.Path(file_okay=False, path_type=Path), default=Path("."))
def new_rule_command(name: str, code: str, kind: str, folder: Path) -> None:
    """Write a working rule (YAML pack or Python plugin module) and its case files, ready to edit."""
    written = _guarded(lambda: new_rule(name, code, kind, folder))
    for path in written:
        click.echo(f"wrote {path}")
    use = f"packs: [{written[0].as_posix()}]" if kind == "yaml" else f"plugins: [{written[0].stem}]"
    click.echo(f"next: add `{use}` to .artlint.yaml, edit the rule and its cases, and test them with "
               f"artlint.testing (load_cases / check_case); see docs/plugins.md")


@main.command()
@click.argument("name", type=click.Choice(["config", "rule-pack", "lexicon", "report", "baseline"]))
def schema(name: str) -> None:
    """Print one of artlint's JSON Schemas."""
    click.echo(json.dumps(load_schema(name), indent=2))


def _guarded(make: Callable[[], Any]) -> Any:
    try:
        return make()
    except ArtlintError as exc:
        _fail(str(exc))
