"""A bounded-time fuzzer over artlint's readers and fix engine. Every input is read as an article file
(.txt, .md, .json, .jsonl, .jsonl.gz), checked, and fixed with safe and with unsafe fixes through the real
Linter.process, and every property of tests/property/article_properties.py is asserted (never raises,
idempotent, no added words, spans inside fields, untouched without a fix, output parses, JSON layout kept,
fixes settle).

Engines: `atheris` (coverage-guided libFuzzer over artlint's own code; the default when it is installed) feeds
raw bytes as each format, and also drives the Hypothesis article strategies with its bytes, so that mutations
reach deep into well-formed files; `hypothesis` runs the same strategies at high example counts (the `fuzz`
profile) and shrinks what fails.

A failing input is shrunk and saved to tests/property/crashes/ under the name of the property it broke and
the format's extension; tests/property/test_fix_properties.py replays every file there. Failures already in
that folder are recognised and not saved again.

Usage: python benchmarks/fuzz.py [--seconds N] [--engine atheris|hypothesis] [--corpus DIR]
Exit status: 0 when nothing new failed, 1 when a new failing input was saved.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import subprocess
import sys
import tempfile
import time
import traceback
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

ROOT = Path(__file__).resolve().parent.parent
PROPERTY_TESTS = ROOT / "tests" / "property"
CRASHES = PROPERTY_TESTS / "crashes"
FORMATS = (".txt", ".md", ".json", ".jsonl", ".jsonl.gz")
STRUCTURED = 8
"""Selector bytes below len(FORMATS) pick a format for the raw bytes that follow; the rest drive the strategies."""
SLOW_SECONDS = 10.0
DICTIONARY = [
    "---", "...", "# ", "\r\n", "\r", "\n", "\\n", "\\r\\n", "\\u00e9", "\\ud83d\\ude00", "\\ud800", "\\/", '\\"',
    '"title"', '"headline"', '"text"', '"body"', '"maintext"', '"content"', '"articleBody"', '"date"', '"published"',
    '"date_publish"', '"publish_date"', '"datePublished"', '"url"', '"author"', '"authors"', '"byline"', '"id"',
    "null", "true", "false", "{}", "[]", "title: ", "date: ", "date: 2024-06-21", "Advertisement", "Share",
    "Share this article", "3 min read", "Reading time: 4 minutes", "Explore", "More from The Coast Post",
    "You may also like", "Related", "Read more", "March 14, 2025", "14 March 2024", "2025-03-14", "14.03.2025",
    "WORLD", "\xef\xbb\xbf", "\xc2\xa0", "\xe2\x80\xa8",
]

KNOWN: set[str] = set()
"""Signatures of failures already saved (or found in the crash folder at start)."""
SAVED: list[Path] = []


def _import_properties() -> object:
    sys.path.insert(0, str(PROPERTY_TESTS))
    import article_properties

    return article_properties


# -- checking one input ---------------------------------------------------------------------------


def signature(exc: BaseException) -> str:
    """What failed, stable across inputs that break the same promise the same way."""
    prop = getattr(exc, "prop", None)
    if prop is not None:
        message = re.sub(r"(raised \w+):.*", r"\1", str(exc).split("\n")[0])  # the rule and its error, not the text
        return f"{prop}:" + re.sub(r"'[^']*'|\"[^\"]*\"|b'[^']*'|\d+", "_", message)[:100]
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/artlint/" in f.filename] or \
        traceback.extract_tb(exc.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"crash:{type(exc).__name__}:{where}"


def failure(name: str, data: bytes) -> tuple[str, str] | None:
    """(signature, message) of the first property the input breaks, or None."""
    properties = _import_properties()
    started = time.monotonic()
    try:
        properties.check_all(name, data)  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001 - every exception is a finding of the fuzzer
        return signature(exc), "".join(traceback.format_exception_only(type(exc), exc)).strip()
    if time.monotonic() - started > SLOW_SECONDS:
        return f"slow:{Path(name).suffix}", f"took {time.monotonic() - started:.1f}s"
    return None


def check(name: str, data: bytes) -> None:
    """Check one input; save it (shrunk) when it breaks a promise in a way not seen before."""
    found = failure(name, data)
    if found is None or found[0] in KNOWN:
        return
    sig, message = found
    KNOWN.add(sig)
    name, data = shrink(name, data, sig)
    path = save(name, data, sig)
    print(f"\nNEW FAILURE {sig}\n  {message[:500]}\n  saved {path.relative_to(ROOT)} ({len(data)} bytes)", flush=True)


def save(name: str, data: bytes, sig: str) -> Path:
    CRASHES.mkdir(parents=True, exist_ok=True)
    ext = next((e for e in (".jsonl.gz", ".markdown", ".ndjson", *FORMATS) if name.endswith(e)), Path(name).suffix)
    slug = re.sub(r"[^a-z0-9]+", "-", sig.split(":")[0].lower()).strip("-") or "failure"
    path = CRASHES / f"{slug}-{hashlib.sha1(data).hexdigest()[:12]}{ext}"
    path.write_bytes(data)
    SAVED.append(path)
    return path


def shrink(name: str, data: bytes, sig: str, budget: float = 30.0) -> tuple[str, bytes]:
    """A smaller input that fails the same way: drop lines, then ever smaller byte chunks (time-bounded)."""
    compressed, plain = name.endswith(".gz"), data
    if compressed:
        try:
            plain = gzip.decompress(data)
        except (OSError, EOFError, zlib.error):  # a broken gzip stream is the input itself
            compressed, plain = False, data
    deadline = time.monotonic() + budget

    def fails(candidate: bytes) -> bool:
        raw = gzip.compress(candidate, mtime=0) if compressed else candidate
        found = failure(name, raw)
        return found is not None and found[0] == sig

    for pieces in (lambda b: b.splitlines(keepends=True), lambda b: [b[i:i + 1] for i in range(len(b))]):
        parts = pieces(plain)
        size = max(1, len(parts) // 2)
        while size >= 1 and time.monotonic() < deadline:
            start, changed = 0, False
            while start < len(parts) and time.monotonic() < deadline:
                candidate = parts[:start] + parts[start + size:]
                if candidate and fails(b"".join(candidate)):
                    parts, changed = candidate, True
                else:
                    start += size
            if not changed:
                size //= 2
        plain = b"".join(parts)
        if len(plain) > 4096:
            break  # byte by byte would not finish
    return name, gzip.compress(plain, mtime=0) if compressed else plain


def known_failures() -> None:
    """Replay the crash folder: what still fails there is known, and not saved again."""
    for path in sorted(CRASHES.glob("*")) if CRASHES.is_dir() else []:
        if path.is_file() and not path.name.startswith("."):
            found = failure(path.name, path.read_bytes())
            if found is not None:
                KNOWN.add(found[0])
                print(f"known failure (still in the crash folder): {found[0]}  {path.name}", flush=True)


# -- inputs ---------------------------------------------------------------------------------------


def split_input(buffer: bytes) -> tuple[str, bytes] | None:
    """A raw-mode input: the selector byte picks the format; None for a structured-mode input."""
    if not buffer or buffer[0] % STRUCTURED >= len(FORMATS):
        return None
    ext = FORMATS[buffer[0] % STRUCTURED]
    data = buffer[1:]
    return "fuzz" + ext, gzip.compress(data, mtime=0) if ext.endswith(".gz") else data


def seeds() -> Iterator[bytes]:
    """Raw-mode seeds: the bundled examples, the rule case files and the crash folder, each behind its selector."""
    import yaml

    def selected(name: str, data: bytes) -> bytes | None:
        for index, ext in enumerate(FORMATS):
            if name.endswith(ext) or (ext == ".md" and name.endswith(".markdown")) or \
                    (ext == ".jsonl" and name.endswith(".ndjson")):
                if ext == ".jsonl.gz":
                    try:
                        data = gzip.decompress(data)
                    except (OSError, EOFError, zlib.error):
                        return None
                return bytes([index]) + data
        return None

    for path in sorted((ROOT / "examples").rglob("*")):
        if path.is_file() and (seed := selected(path.name, path.read_bytes())):
            yield seed
    suffix = {"text": ".txt", "markdown": ".md", "json": ".json", "jsonl": ".jsonl"}
    for path in sorted((ROOT / "tests" / "rules" / "cases").rglob("*.yaml")):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(case, dict) and isinstance(case.get("input"), str):
            name = "case" + suffix.get(case.get("format", "text"), ".txt")
            if seed := selected(name, case["input"].encode("utf-8")):
                yield seed
    for path in sorted(CRASHES.glob("*")) if CRASHES.is_dir() else []:
        if path.is_file() and not path.name.startswith(".") and (seed := selected(path.name, path.read_bytes())):
            yield seed


def fuzz_strategy() -> SearchStrategy[tuple[str, bytes]]:
    """Generated article files (twice as likely) and hostile bytes, as in the property tests."""
    sys.path.insert(0, str(PROPERTY_TESTS))
    from article_strategies import article_files, hostile_files
    from hypothesis import strategies as st

    return st.one_of(article_files(), article_files(), hostile_files())


def driven(consume: Callable[[tuple[str, bytes]], None]) -> Callable[[bytes], object]:
    """The strategy driven by a fuzzer's bytes (Hypothesis's fuzz_one_input), each file handed to `consume`."""
    from hypothesis import HealthCheck, given, settings

    @settings(database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(fuzz_strategy())
    def structured(file: tuple[str, bytes]) -> None:
        consume(file)

    return structured.hypothesis.fuzz_one_input  # type: ignore[attr-defined]


def generated_file(buffer: bytes) -> tuple[str, bytes] | None:
    """The file a structured-mode input stands for."""
    captured: list[tuple[str, bytes]] = []
    driven(captured.append)(buffer[1:])
    return captured[0] if captured else None


# -- engines --------------------------------------------------------------------------------------


def atheris_worker(argv: list[str]) -> None:
    """Runs under libFuzzer until -max_total_time; artlint's own code is instrumented for coverage."""
    import pkgutil

    import atheris

    with atheris.instrument_imports(include=["artlint"]):
        import artlint

        for module in pkgutil.walk_packages(artlint.__path__, "artlint."):
            if not module.name.endswith("__main__"):  # that one runs the CLI
                __import__(module.name)
    hooks = getattr(atheris, "enabled_hooks", None)  # comparison hooks guide mutations towards matching text
    if hooks is not None:
        for hook in ("RegEx", "str"):
            hooks.add(hook)
    _import_properties()
    known_failures()
    structured = driven(lambda file: check(*file))

    def one_input(buffer: bytes) -> None:
        raw = split_input(buffer)
        if raw is not None:
            check(*raw)
        else:
            structured(buffer[1:])

    atheris.Setup(argv, one_input)
    atheris.Fuzz()


def run_atheris(seconds: int, corpus: Path) -> int:
    """Run the libFuzzer worker (restarted if it stops early on a hang or a crash of its own) until the time is up."""
    corpus.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + seconds
    with tempfile.TemporaryDirectory(prefix="artlint-fuzz-") as scratch:
        seed_dir, artifacts = Path(scratch, "seeds"), Path(scratch, "artifacts")
        seed_dir.mkdir()
        artifacts.mkdir()
        for index, seed in enumerate(seeds()):
            (seed_dir / f"seed-{index:04d}").write_bytes(seed)
        dictionary = Path(scratch, "artlint.dict")
        dictionary.write_text("".join(f'"{_dict_escape(token)}"\n' for token in DICTIONARY), encoding="ascii")
        executions = 0
        while (left := int(deadline - time.monotonic())) > 5:
            command = [sys.executable, __file__, "--worker", f"-max_total_time={left}", "-timeout=60",
                       "-rss_limit_mb=4096", "-max_len=8192", "-len_control=0", "-print_final_stats=1",
                       f"-dict={dictionary}",
                       f"-artifact_prefix={artifacts}/", str(corpus), str(seed_dir)]
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                       errors="replace")
            assert process.stdout is not None
            tail: list[str] = []
            for line in process.stdout:
                tail = [*tail[-29:], line]
                # atheris's RegEx hook warns without a line break, so a line of ours may follow its text
                for marker in ("NEW FAILURE", "known failure"):
                    if marker in line:
                        line = line[line.index(marker):]
                if line.startswith(("NEW FAILURE", "  ", "known failure", "stat::number_of_executed_units")) or \
                        "DONE" in line or "pulse" in line or "==" in line[:3]:
                    print(line, end="", flush=True)
                if line.startswith("stat::number_of_executed_units"):
                    executions += int(line.split(":")[-1])
                if line.startswith("  saved "):
                    SAVED.append(ROOT / line.split()[1])
            process.wait()
            if process.returncode != 0 and not any(artifacts.iterdir()):
                print("".join(tail), f"the fuzzer stopped with status {process.returncode}", sep="", flush=True)
                return 2
            for artifact in sorted(artifacts.iterdir()):
                buffer = artifact.read_bytes()
                raw = split_input(buffer) or generated_file(buffer) or ("unknown.txt", buffer)
                kind = artifact.name.split("-")[0]  # crash, timeout, oom, slow-unit
                path = save(*raw, f"{kind}:")
                KNOWN.add(f"{kind}:{artifact.name}")
                print(f"\nNEW FAILURE libFuzzer {kind}: saved {path.relative_to(ROOT)}", flush=True)
                artifact.unlink()
            if process.returncode == 0:
                break
        print(f"atheris: {executions} inputs in {seconds - max(0, int(deadline - time.monotonic()))}s")
    return 1 if SAVED else 0


def _dict_escape(token: str) -> str:
    return "".join(c if " " <= c <= "~" and c not in '"\\' else f"\\x{ord(c):02x}" for c in token.encode(
        "latin-1", "backslashreplace").decode("latin-1"))


def run_hypothesis(seconds: int) -> int:
    """The strategies at high example counts (the `fuzz` profile), in rounds until the time is up."""
    from hypothesis import given, settings

    sys.path.insert(0, str(PROPERTY_TESTS))
    from article_strategies import register_profiles

    register_profiles()
    known_failures()
    deadline = time.monotonic() + seconds
    examples = 0

    @settings(settings.get_profile("fuzz"), max_examples=200)
    @given(fuzz_strategy())
    def fuzz(file: tuple[str, bytes]) -> None:
        nonlocal examples
        examples += 1
        if time.monotonic() < deadline:
            check(*file)

    while time.monotonic() < deadline:
        fuzz()
    print(f"hypothesis: {examples} inputs in {seconds}s")
    return 1 if SAVED else 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--worker"]:
        atheris_worker([sys.argv[0], *args[1:]])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--seconds", type=int, default=600, help="how long to fuzz (default 600)")
    parser.add_argument("--engine", choices=["atheris", "hypothesis"], default=None,
                        help="default: atheris when it is installed, else hypothesis")
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "artlint-fuzz-corpus",
                        help="libFuzzer's growing corpus, kept between runs (default: %(default)s)")
    options = parser.parse_args(args)
    engine = options.engine
    if engine is None:
        try:
            import atheris  # noqa: F401
        except ImportError:
            engine = "hypothesis"
        else:
            engine = "atheris"
    print(f"fuzzing with {engine} for {options.seconds}s; failures go to {CRASHES.relative_to(ROOT)}/", flush=True)
    started = time.monotonic()
    status = run_atheris(options.seconds, options.corpus) if engine == "atheris" else run_hypothesis(options.seconds)
    print(f"done after {time.monotonic() - started:.0f}s: "
          f"{len(SAVED)} new failing input(s) saved" + "".join(f"\n  {p.relative_to(ROOT)}" for p in SAVED))
    return status


if __name__ == "__main__":
    sys.exit(main())
