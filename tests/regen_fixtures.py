"""Regenerate golden ``expected.json`` files from the library's current output.

    python tests/regen_fixtures.py SLUG [SLUG ...]          # show the diff only
    python tests/regen_fixtures.py --write SLUG [SLUG ...]  # show it, then write
    python tests/regen_fixtures.py --all                    # diff every fixture

Goldens are hand-checked: a regenerated file is only as right as the output
it copies.  So the script never writes without ``--write`` and explicit slugs
(``--all`` is refused together with ``--write``), and always prints the diff
first; read it before committing.  An ``"xfail"`` note in the old file is kept
(and flagged) so that a regeneration does not silently drop it.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_fixtures import ARTICLES, fixture_dirs, project, run  # noqa: E402


def render(data: dict[str, object]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def regen(slug: str, *, write: bool) -> bool:
    """Print the diff for one fixture; write it if asked.  True when it changed."""
    d = ARTICLES / slug
    if not d.is_dir():
        raise SystemExit(f"no such fixture: {slug} (in {ARTICLES})")
    path = d / "expected.json"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    new_data = project(run(d))
    if old:
        xfail = json.loads(old).get("xfail")
        if xfail:
            new_data["xfail"] = xfail
            print(f"note: {slug} keeps its xfail marker ({xfail!r}); "
                  "remove it by hand if fixed")
    new = render(new_data)
    if old == new:
        print(f"{slug}: unchanged")
        return False
    sys.stdout.writelines(
        difflib.unified_diff(
            old.splitlines(True), new.splitlines(True),
            f"{slug}/expected.json (golden)", f"{slug}/expected.json (current output)",
        )
    )
    if write:
        path.write_text(new, encoding="utf-8")
        print(f"{slug}: written")
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("slugs", nargs="*", help="fixture directory names")
    ap.add_argument("--write", action="store_true", help="write the regenerated expected.json")
    ap.add_argument("--all", action="store_true", help="diff every fixture (not with --write)")
    args = ap.parse_args(argv)
    if args.all and args.write:
        ap.error("--write needs explicit slugs; review each golden on its own")
    slugs = [d.name for d in fixture_dirs()] if args.all else args.slugs
    if not slugs:
        ap.error("give at least one slug, or --all")
    changed = [s for s in slugs if regen(s, write=args.write)]
    print(f"{len(changed)} of {len(slugs)} fixture(s) differ from the current output")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
