#!/usr/bin/env python3
"""Reports the state of Qt .ts files: messages, unfinished ones, and
placeholder mismatches (a translation must use the same %1..%9 and %n as its
source; %L1 counts as %1). Exit status 1 when anything needs a translator."""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(\d|n)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def translations_of(message):
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
    return translation, texts


def check(path):
    problems = []
    total = unfinished = 0
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source") or ""
            translation, texts = translations_of(message)
            if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(texts):
                unfinished += 1
                problems.append(f"unfinished: {name}: {source!r}")
                continue
            for text in texts:
                if placeholders(text) != placeholders(source):
                    problems.append(f"placeholders differ: {name}: {source!r} -> {text!r}")
    return total, unfinished, problems


def main(paths):
    failed = False
    for path in paths:
        total, unfinished, problems = check(path)
        language = path.rsplit("_", 1)[-1].removesuffix(".ts")
        print(f"{language}: {total} messages, {unfinished} unfinished, "
              f"{len(problems) - unfinished} placeholder problems")
        for problem in problems[:50]:
            print(f"  {problem}")
        if len(problems) > 50:
            print(f"  … and {len(problems) - 50} more")
        failed = failed or bool(problems) or total == 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
