#!/usr/bin/env python3
"""Fails when a source file includes a folder its layer may not use.

The layers of coach_core, lowest first (docs/development.md has the
picture): a folder may include itself and the folders listed for it.
ui/ may include any core folder, app/ anything; core/ never includes ui/ or
app/ headers (the core-alone stage also proves that by building it alone).

Usage: scripts/check-layers.py [ROOT]      (exit 1 and one line per edge)
"""
import pathlib
import re
import sys

ALLOWED = {
    "model": set(),
    "rasa": {"model"},
    "export": {"model"},
    "session": {"model", "rasa", "export"},
    "graph": {"model", "export", "session"},
    "conflicts": {"model", "export"},
    "replay": {"model", "rasa", "export", "session"},
    "inbox": {"model", "export", "session"},
    "project": {"model", "rasa", "session"},
    "cli": {"model", "rasa", "export", "session", "graph", "conflicts", "replay", "inbox",
            "project"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z]+)/', re.M)


def violations(root):
    core = root / "core"
    for path in sorted(core.rglob("*")):
        if path.suffix not in (".h", ".cpp") or path.parent == core:
            continue
        folder = path.relative_to(core).parts[0]
        if folder not in ALLOWED:
            yield f"{path.relative_to(root)}: core/{folder} is not a known layer (add it to {__file__})"
            continue
        for used in INCLUDE.findall(path.read_text(encoding="utf-8")):
            if used in ALLOWED and used != folder and used not in ALLOWED[folder]:
                yield f"{path.relative_to(root)}: core/{folder} may not include core/{used}"


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent)
    found = list(violations(root.resolve()))
    for line in found:
        print(line)
    if found:
        print(f"check-layers: {len(found)} includes cross the layers", file=sys.stderr)
        return 1
    print("check-layers: every core include follows the layers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
