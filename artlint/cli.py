"""The command line: parse arguments, call the linter, hand the report to a reporter, set the exit code."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from artlint.cache import clean
from artlint.command import EXIT_USAGE, cli_session, fail_usage, planned_jobs, run_command
from artlint.config import load_settings
from artlint.errors import ArtlintError
from artlint.findings import Severity
from artlint.jobs import parse_jobs
from artlint.scaffold import new_rule
from artlint.schemas import load_schema
from artlint.version import __version__
from artlint.workers import WorkerSetup


class JobsType(click.ParamType):
    name = "N|auto"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        try:
            return parse_jobs(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


JOBS = JobsType()


def common_options(func: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.argument("paths", nargs=-1, type=str),
        click.option("--config", type=click.Path(path_type=Path, dir_okay=False), help="Config file (default: nearest .artlint.yaml or pyproject.toml)."),
        click.option("--select", multiple=True, help="Rules to run: codes, prefixes or names, comma-separated."),
        click.option("--ignore", multiple=True, help="Rules not to run, added to the config's ignore list."),
        click.option("--format", "output_format", help="Output format: text (default; github when GITHUB_ACTIONS=true), json, jsonl, sarif, github, junit, gitlab, html, or a plugin's."),
        click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to a file."),
        click.option("--output-format", "output_format_file", multiple=True, metavar="FORMAT=FILE", help="Also write a report in FORMAT to FILE (repeatable)."),
        click.option("--statistics", is_flag=True, help="Counts per rule and per site, and the share of articles affected."),
        click.option("--max-rate", multiple=True, metavar="RULE=SHARE", help="Fail only when more than SHARE of the articles have RULE's findings (e.g. unrelated-spillover=0.02)."),
        click.option("-j", "--jobs", type=JOBS, help="Worker processes: 1 to 256, or auto (the default, or the config's `jobs`): one process for less than 4 MB of input, else one per CPU, at most 8."),
        click.option("--no-cache", is_flag=True, help="Check every file again, ignoring the cache."),
        click.option("--force-exclude", is_flag=True, help="Apply the config's exclude globs to files named on the command line too."),
        click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path), help="Report only findings not in this baseline file."),
        click.option("--write-baseline", type=click.Path(dir_okay=False, path_type=Path), help="Record all of today's findings in this baseline file."),
        click.option("--prune-baseline", is_flag=True, help="With --baseline: drop entries that no longer occur."),
        click.option("--stdin-filename", help="The name (and so the format) of the article read from '-'; without it, JSON, JSON Lines, Markdown with front matter or plain text, by how the input opens."),
        click.option("--fail-level", type=click.Choice([s.value for s in Severity]), help="Lowest severity that fails the run."),
        click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are reported."),
        click.option("--show-fixes", is_flag=True, help="Show what each fix does."),
        click.option("--disable-plugin", multiple=True, help="Do not load this plugin (entry point or distribution name)."),
        click.option("--require-plugin", multiple=True, help="Fail (exit 2) unless this plugin is installed and loads."),
        click.option("--corpus", is_flag=True, help="Also run the corpus-level rules (duplicate-article, site-boilerplate): a first pass learns from every article."),
        click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True, help="Where to run: this machine, or a Dask cluster (pip install 'artlint[dask]')."),
        click.option("--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler's address (default: start a local cluster)."),
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
    """Report problems in article files (.txt, .md, .markdown, .json, .jsonl, .jsonl.gz, .ndjson), folders, or '-' for stdin."""
    sys.exit(run_command(options, fix=False))


@main.command()
@common_options
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes an editor might disagree with.")
@click.option("--diff", is_flag=True, help="Print a unified diff of the fixes and write nothing.")
def fix(**options: Any) -> None:
    """Apply fixes in place (atomically), then report what is left."""
    sys.exit(run_command(options, fix=True))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="The pack file to write.")
@click.option("--config", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--code-prefix", default="SITE", show_default=True, help="Letters of the learned rules' codes.")
@click.option("-j", "--jobs", type=JOBS, help="Worker processes, as for `artlint check`.")
def learn(paths: tuple[str, ...], output: Path, config: Path | None, code_prefix: str, jobs: int | None) -> None:
    """Learn each site's boilerplate lines from a corpus and write them as a YAML rule pack to review and commit."""
    from artlint.corpus.learn import dump_pack, learn_pack

    session = _guarded(lambda: cli_session({"config": config, "select": ("site-boilerplate",)}))
    workers = _guarded(lambda: planned_jobs(session, list(paths), session.settings.jobs if jobs is None else jobs))
    setup = WorkerSetup(session.settings, session.linter.select, session.linter.ignore)
    pack = _guarded(lambda: learn_pack(session.linter, list(paths), output.stem, code_prefix, workers, setup))
    output.write_text(dump_pack(pack), encoding="utf-8")
    phrases = sum(len(rule["match"]["phrases"]) for rule in pack["rules"])
    click.echo(f"artlint: wrote {phrases} phrases of {len(pack['rules'])} sites to {output}; review them, then add "
               f"`packs: [{output.as_posix()}]` to .artlint.yaml", err=True)


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
    session = _guarded(lambda: cli_session(options))
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
    session = _guarded(lambda: cli_session(options))
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
    session = _guarded(lambda: cli_session(options))
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
        fail_usage(str(exc))
