"""Command line: ``declutter [options] FILE|DIR|- ...``.

Exit codes: 0 every input gave an article body; 1 at least one input could not
be read (one line on stderr each, the others are still processed); 3 no error
but at least one input had no article body; 2 bad usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from . import __version__
from .config import Config
from .errors import DeclutterError
from .model import Article
from .pipeline import clean
from .render import explain, to_markdown

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_EMPTY = 0, 1, 2, 3

#: Files picked up when a directory is given.
INPUT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")
OUTPUT_SUFFIX = {"text": ".txt", "json": ".json", "markdown": ".md"}


def render(article: Article, fmt: str, *, show_explain: bool) -> str:
    if show_explain:
        return explain(article)
    if fmt == "json":
        return article.to_json()
    if fmt == "markdown":
        return to_markdown(article)
    return article.text


def expand(paths: list[str]) -> Iterator[str]:
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            yield from (str(f) for f in sorted(path.rglob("*")) if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES)
        else:
            yield p


def read(p: str) -> bytes:
    return sys.stdin.buffer.read() if p == "-" else Path(p).read_bytes()


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="declutter",
        description="Clean scraped article text or HTML into a structured article.",
    )
    ap.add_argument("inputs", nargs="+", help="files, directories, or - for standard input")
    ap.add_argument("-f", "--format", choices=("text", "json", "markdown"), default="text")
    ap.add_argument("-o", "--output", help="directory to write one output file per input")
    ap.add_argument("--explain", action="store_true", help="print every block with its label, kind and rule")
    ap.add_argument("--mode", choices=("auto", "article", "page"), default="auto",
                    help="article text, whole-page text dump, or decide automatically")
    ap.add_argument("--version", action="version", version=f"declutter {__version__}")
    return ap


def main(argv: list[str] | None = None) -> int:
    """The command; a reader that stops early (``declutter x.txt | head``) ends it quietly."""
    try:
        return _main(argv)
    except BrokenPipeError:
        try:  # Python flushes stdout again at exit: point it at nothing first
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return EXIT_OK


def _main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    config = Config(mode=args.mode)
    files = list(expand(args.inputs))
    outdir = Path(args.output) if args.output else None
    if outdir:
        outdir.mkdir(parents=True, exist_ok=True)
    show_progress = outdir is not None and len(files) > 1 and sys.stderr.isatty()
    errors = empties = 0
    for n, f in enumerate(files, 1):
        try:
            article = clean(read(f), config)
        except (OSError, DeclutterError) as exc:
            errors += 1
            print(f"declutter: {f}: {exc}", file=sys.stderr)
            continue
        if not article.paragraphs:
            empties += 1
        out = render(article, args.format, show_explain=args.explain)
        if outdir:
            name = "stdin" if f == "-" else Path(f).stem
            (outdir / (name + OUTPUT_SUFFIX[args.format])).write_text(out + "\n", encoding="utf-8")
        else:
            if len(files) > 1:
                print(f"==> {f} <==")
            print(out)
        if show_progress:
            print(f"\r[{n}/{len(files)}] {f[-50:]:<50}", end="", file=sys.stderr, flush=True)
    if show_progress:
        print(file=sys.stderr)
    if errors:
        return EXIT_ERROR
    return EXIT_EMPTY if empties else EXIT_OK
