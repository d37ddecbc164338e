#!/usr/bin/env python3
"""Compare the JSON shapes of two recordings made by record.py.

Usage: compare_shapes.py REFERENCE_DIR ACTUAL_DIR [--values]

Both folders hold <bot>/<NN>_<step>.json files (or are one <bot> folder).
For every step present in either recording it compares:
  * the request line (method and path) — the recordings must follow the same script;
  * the HTTP status code and the media type of the response;
  * the body's shape: object keys, value types (int and float are both "number"),
    list lengths and each element's shape, recursively;
  * values that carry meaning rather than noise: the `event` type and `name` of events,
    the error `status`/`reason`/`code` fields, and (with --values) every other string,
    boolean and null-ness, except volatile keys (timestamps, ids, confidences, paths).
Volatile values (timestamps, ids, confidences, scores, model paths) are never compared.
Prints every difference (with --summary: each kind of difference once, with a
count, list indices folded to [*]) and exits 1 if there is any, 2 on usage errors.
"""

import argparse
import collections
import json
import os
import re
import sys

# Keys whose values change from run to run or from server to server.
VOLATILE_KEYS = {
    "timestamp", "latest_event_time", "message_id", "model_id", "model_file", "fingerprint",
    "confidence", "score", "confidence_entity", "confidence_role", "confidence_group",
    "elapsed_ms", "id", "sender_id", "assistant_id", "version", "minimum_compatible_version",
    "help", "message", "trained_at",
}
# Keys whose values are compared even without --values.
MEANINGFUL_KEYS = {"event", "status", "reason", "code"}
# Inside an event: the action, slot or loop name, and the slot value are not noise either
# (they do not depend on NLU confidences; the script decides which actions run).
EVENT_MEANINGFUL_KEYS = {"name"}


def json_type(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    return "object"


class Comparer:
    def __init__(self, compare_values):
        self.compare_values = compare_values
        self.differences = []

    def report(self, where, text):
        self.differences.append(f"{where}: {text}")

    def compare(self, where, key, ref, act):
        ref_type, act_type = json_type(ref), json_type(act)
        if ref_type != act_type:
            self.report(where, f"type {ref_type} (reference) vs {act_type} ({short(ref)} vs {short(act)})")
            return
        if ref_type == "object":
            self.compare_objects(where, ref, act)
        elif ref_type == "list":
            self.compare_lists(where, ref, act)
        elif key in VOLATILE_KEYS:
            return
        elif (key in MEANINGFUL_KEYS or self.compare_values) and ref != act:
            self.report(where, f"value {short(ref)} (reference) vs {short(act)}")

    def compare_objects(self, where, ref, act):
        for key in sorted(set(ref) - set(act)):
            self.report(where, f"key '{key}' missing (reference has {short(ref[key])})")
        for key in sorted(set(act) - set(ref)):
            self.report(where, f"key '{key}' unexpected (value {short(act[key])})")
        is_event = "event" in ref and "event" in act
        for key in sorted(set(ref) & set(act)):
            if is_event and key in EVENT_MEANINGFUL_KEYS and ref[key] != act[key]:
                self.report(f"{where}.{key}", f"value {short(ref[key])} (reference) vs {short(act[key])}")
                continue
            self.compare(f"{where}.{key}", key, ref[key], act[key])

    def compare_lists(self, where, ref, act):
        if is_event_list(ref) or is_event_list(act):
            ref_types, act_types = event_types(ref), event_types(act)
            if ref_types != act_types:
                self.report(where, f"event types differ:\n      reference {ref_types}\n"
                                   f"      actual    {act_types}")
                return
        elif len(ref) != len(act):
            self.report(where, f"length {len(ref)} (reference) vs {len(act)}")
        for index, (ref_item, act_item) in enumerate(zip(ref, act)):
            self.compare(f"{where}[{index}]", None, ref_item, act_item)


def is_event_list(items):
    return bool(items) and all(isinstance(item, dict) and "event" in item for item in items)


def event_types(items):
    return [item.get("event") if isinstance(item, dict) else json_type(item) for item in items]


def short(value):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 70 else text[:67] + "..."


def media_type(content_type):
    return (content_type or "").split(";")[0].strip().lower()


def compare_step(comparer, name, ref, act):
    req_ref, req_act = ref["request"], act["request"]
    for field in ("method", "path"):
        if req_ref.get(field) != req_act.get(field):
            comparer.report(f"{name} request", f"{field} {req_ref.get(field)!r} vs {req_act.get(field)!r}")
    res_ref, res_act = ref["response"], act["response"]
    if res_ref["status"] != res_act["status"]:
        comparer.report(f"{name} status", f"{res_ref['status']} (reference) vs {res_act['status']}")
    if media_type(res_ref.get("content_type")) != media_type(res_act.get("content_type")):
        comparer.report(f"{name} content type",
                        f"{res_ref.get('content_type')!r} (reference) vs {res_act.get('content_type')!r}")
    if ("json" in res_ref) != ("json" in res_act):
        kind = lambda res: "JSON" if "json" in res else "text"
        comparer.report(f"{name} body", f"{kind(res_ref)} (reference) vs {kind(res_act)}")
    elif "json" in res_ref:
        comparer.compare(f"{name} body", None, res_ref["json"], res_act["json"])


def summarise(differences):
    """Folds differences that only differ in step, list index or value."""
    counts = collections.Counter()
    first_step = {}
    for difference in differences:
        step, _sep, rest = difference.partition(" ")
        rest = re.sub(r"\[\d+\]", "[*]", rest)
        rest = re.sub(r" \((value|reference has) .*\)$", "", rest)
        rest = re.sub(r" \(.* vs .*\)$", "", rest)
        counts[rest] += 1
        first_step.setdefault(rest, step.rstrip(":"))
    return [f"{text}  (x{count}, first in {first_step[text]})" if count > 1
            else f"{text}  (in {first_step[text]})" for text, count in counts.most_common()]


def load_steps(folder):
    """step key ("<bot>/<NN>_<step>") -> record, for a recording folder."""
    steps = {}
    for root, _dirs, files in os.walk(folder):
        for file in files:
            if file.endswith(".json"):
                path = os.path.join(root, file)
                key = os.path.relpath(path, folder)[:-len(".json")]
                with open(path, encoding="utf-8") as handle:
                    steps[key] = json.load(handle)
    return steps


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference")
    parser.add_argument("actual")
    parser.add_argument("--values", action="store_true",
                        help="also compare non-volatile strings, booleans and numbers")
    parser.add_argument("--summary", action="store_true",
                        help="print each kind of difference once, with a count")
    args = parser.parse_args()
    try:
        ref_steps, act_steps = load_steps(args.reference), load_steps(args.actual)
    except (OSError, ValueError) as error:
        print(f"compare_shapes.py: cannot read recordings: {error}", file=sys.stderr)
        return 2
    if not ref_steps:
        print(f"compare_shapes.py: no recording in {args.reference}", file=sys.stderr)
        return 2
    comparer = Comparer(args.values)
    for key in sorted(set(ref_steps) | set(act_steps)):
        if key not in act_steps:
            comparer.report(key, "step missing from the actual recording")
        elif key not in ref_steps:
            comparer.report(key, "step not in the reference recording")
        else:
            compare_step(comparer, key, ref_steps[key], act_steps[key])
    lines = summarise(comparer.differences) if args.summary else comparer.differences
    try:
        for line in lines:
            print(line)
    except BrokenPipeError:
        return 1
    print(f"compare_shapes.py: {len(ref_steps)} reference steps, "
          f"{len(comparer.differences)} difference(s) ({args.reference} vs {args.actual})")
    return 1 if comparer.differences else 0


if __name__ == "__main__":
    sys.exit(main())
