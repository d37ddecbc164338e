#!/usr/bin/env python3
"""Runs clang-tidy (.clang-tidy: every finding is an error) over the project's
own sources in BUILD_DIR/compile_commands.json, in parallel.

Usage: scripts/tidy.py BUILD_DIR [--all] [--no-cache] [-j N]

By default it checks core/, ui/ and app/ (--all: tests/ too); generated files
(moc, resources) and Qt's headers are not checked, project headers are,
through the files that include them.

A file found clean is remembered in a cache (COACH_TIDY_CACHE, default
~/.cache/rasa-coach-tidy) under a hash of everything its result depends on:
the preprocessed source (every header it includes; the checkout's and build
tree's paths replaced, so that fresh clones share it), the compile flags,
.clang-tidy and the clang-tidy version. Such a file is not checked again
while none of that changes; a file with findings is never cached.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import pathlib
import re
import shlex
import shutil
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b\[[0-9;]*m")
FINDING = re.compile(r": (warning|error): ")


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build")
    parser.add_argument("--all", action="store_true", help="also check tests/")
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument("-j", type=int, default=os.cpu_count() or 2)
    return parser.parse_args()


def tool(*names):
    for name in names:
        if shutil.which(name):
            return name
    sys.exit(f"tidy: none of {', '.join(names)} found (scripts/deps.sh installs clang-tidy)")


def preprocess_command(entry):
    """The entry's compile command turned into `-E -P` to stdout."""
    words = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
    if os.path.basename(words[0]) == "ccache":
        words = words[1:]
    result, skip = [], False
    for word in words:
        if skip:
            skip = False
        elif word in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
        elif word not in ("-c", "-MD", "-MMD"):
            result.append(word)
    return result + ["-E", "-P", "-o", "-"]


def cache_key(entry, build, salt):
    """Hash of what the clang-tidy result of this file depends on, or None."""
    done = subprocess.run(preprocess_command(entry), cwd=entry["directory"],
                          capture_output=True)
    if done.returncode != 0:
        return None
    text = done.stdout.replace(str(build).encode(), b"@BUILD@").replace(str(ROOT).encode(), b"@ROOT@")
    flags = " ".join(preprocess_command(entry)).replace(str(build), "@BUILD@").replace(str(ROOT), "@ROOT@")
    digest = hashlib.sha256(salt)
    digest.update(flags.encode())
    digest.update(os.path.relpath(entry["file"], ROOT).encode())
    digest.update(text)
    return digest.hexdigest()


def check(entry, build, cache, salt, tidy, header_filter):
    """Returns (file, cached, findings text)."""
    key = None if cache is None else cache_key(entry, build, salt)
    if key and (cache / key).exists():
        return entry["file"], True, ""
    done = subprocess.run([tidy, "-p", str(build), "--quiet", f"--header-filter={header_filter}",
                           entry["file"]], capture_output=True, text=True)
    output = ANSI.sub("", done.stdout + done.stderr)
    findings = [line for line in output.splitlines() if FINDING.search(line)]
    if done.returncode == 0 and not findings:
        if key:
            (cache / key).touch()
        return entry["file"], False, ""
    return entry["file"], False, "\n".join(findings) or output.strip() or f"clang-tidy exit {done.returncode}"


def main():
    options = arguments()
    build = pathlib.Path(options.build).resolve()
    database = build / "compile_commands.json"
    if not database.exists():
        sys.exit(f"tidy: no {database} (configure and build first)")
    tidy = tool("clang-tidy", "clang-tidy-14")
    folders = "core|ui|app|tests" if options.all else "core|ui|app"
    wanted = re.compile(rf"^{re.escape(str(ROOT))}/({folders})/.*\.cpp$")
    entries = [e for e in json.loads(database.read_text()) if wanted.match(e["file"])]
    if not entries:
        sys.exit(f"tidy: no sources of {folders} in {database}")
    header_filter = rf"^{re.escape(str(ROOT))}/({folders})/"
    version = subprocess.run([tidy, "--version"], capture_output=True, text=True).stdout
    salt = (version + (ROOT / ".clang-tidy").read_text() + header_filter.replace(str(ROOT), "@ROOT@")).encode()
    cache = None
    if not options.no_cache:
        cache = pathlib.Path(os.environ.get("COACH_TIDY_CACHE")
                             or pathlib.Path.home() / ".cache" / "rasa-coach-tidy")
        cache.mkdir(parents=True, exist_ok=True)

    started = time.monotonic()
    failed, cached, findings = [], 0, set()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.j)) as pool:
        jobs = [pool.submit(check, e, build, cache, salt, tidy, header_filter) for e in entries]
        for job in concurrent.futures.as_completed(jobs):
            name, was_cached, found = job.result()
            cached += was_cached
            if found:
                failed.append(name)
                findings.update(found.splitlines())
    # A header's findings come once per file that includes it: print each once.
    for line in sorted(findings):
        print(line.replace(str(ROOT) + "/", ""))
    seconds = round(time.monotonic() - started)
    summary = f"{len(entries)} files ({cached} clean in the cache) in {seconds} s"
    if failed:
        print(f"tidy: findings in {len(failed)} of {summary}", file=sys.stderr)
        return 1
    print(f"tidy: no findings, {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
