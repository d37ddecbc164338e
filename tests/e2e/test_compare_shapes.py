#!/usr/bin/env python3
"""Self-test of compare_shapes.py: it must accept noise and catch real changes.

Run: python3 tests/e2e/test_compare_shapes.py (run.sh does, before anything else).
"""

import contextlib
import copy
import io
import json
import os
import sys
import tempfile
import unittest
import unittest.mock

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare_shapes  # noqa: E402

TRACKER = {
    "sender_id": "c1",
    "slots": {"cuisine": "italian", "requested_slot": None},
    "latest_message": {"intent": {"name": "greet", "confidence": 0.91},
                       "entities": [], "text": "hi", "message_id": "aa"},
    "latest_event_time": 1700000000.5,
    "events": [
        {"event": "action", "timestamp": 1700000000.1, "name": "action_listen",
         "policy": None, "confidence": None},
        {"event": "user", "timestamp": 1700000000.2, "text": "hi",
         "parse_data": {"intent": {"name": "greet", "confidence": 0.91}, "entities": []}},
        {"event": "slot", "timestamp": 1700000000.3, "name": "cuisine", "value": "italian"},
    ],
}


def step(body, status=200, path="/conversations/c1/tracker"):
    return {"step": "tracker", "request": {"method": "GET", "path": path},
            "response": {"status": status, "content_type": "application/json", "json": body}}


class CompareShapesTest(unittest.TestCase):
    def compare(self, ref, act, *options, ref_name="01_tracker", act_name="01_tracker"):
        with tempfile.TemporaryDirectory() as root:
            for side, record, name in (("ref", ref, ref_name), ("act", act, act_name)):
                os.makedirs(f"{root}/{side}/bot")
                with open(f"{root}/{side}/bot/{name}.json", "w", encoding="utf-8") as handle:
                    json.dump(record, handle)
            out = io.StringIO()
            argv = ["compare_shapes.py", *options, f"{root}/ref", f"{root}/act"]
            with contextlib.redirect_stdout(out), unittest.mock.patch.object(sys, "argv", argv):
                code = compare_shapes.main()
        return code, out.getvalue()

    def changed(self, mutate):
        actual = copy.deepcopy(TRACKER)
        mutate(actual)
        return self.compare(step(TRACKER), step(actual))

    def test_identical_shapes_pass_despite_volatile_values(self):
        def noise(t):
            t["latest_event_time"] = 1800000000  # int instead of float: both numbers
            t["events"][1]["parse_data"]["intent"]["confidence"] = 1
            t["latest_message"]["message_id"] = "bb"
            t["events"][0]["timestamp"] = 5.0
        code, out = self.changed(noise)
        self.assertEqual(code, 0, out)
        self.assertIn("0 difference(s)", out)

    def test_missing_and_unexpected_keys_fail(self):
        code, out = self.changed(lambda t: t.pop("latest_message") and t.update(extra=1))
        self.assertEqual(code, 1)
        self.assertIn("key 'latest_message' missing", out)
        self.assertIn("key 'extra' unexpected", out)

    def test_type_change_fails(self):
        code, out = self.changed(lambda t: t["slots"].update(cuisine=["italian"]))
        self.assertEqual(code, 1)
        self.assertIn("body.slots.cuisine: type string (reference) vs list", out)

    def test_null_versus_value_fails(self):
        code, out = self.changed(lambda t: t["events"][0].update(policy="RulePolicy"))
        self.assertEqual(code, 1)
        self.assertIn("events[0].policy: type null", out)

    def test_event_sequence_change_fails(self):
        code, out = self.changed(lambda t: t["events"].insert(2, {"event": "action",
                                                                  "name": "action_extract_slots"}))
        self.assertEqual(code, 1)
        self.assertIn("event types differ", out)

    def test_event_type_is_compared_as_a_value(self):
        code, out = self.changed(lambda t: t["events"][2].update(event="user"))
        self.assertEqual(code, 1)

    def test_list_length_change_fails(self):
        code, out = self.changed(lambda t: t["latest_message"]["entities"].append({"entity": "x"}))
        self.assertEqual(code, 1)
        self.assertIn("latest_message.entities: length 0 (reference) vs 1", out)

    def test_status_and_error_reason_fail(self):
        error = {"status": "failure", "reason": "NotFound", "code": 404, "message": "x"}
        code, out = self.compare(step(error, 404), step(dict(error, reason="Not found"), 404))
        self.assertEqual(code, 1)
        self.assertIn("value \"NotFound\" (reference) vs \"Not found\"", out)
        code, out = self.compare(step(error, 404), step(error, 200))
        self.assertIn("status", out)
        self.assertEqual(code, 1)

    def test_event_names_are_compared(self):
        code, out = self.changed(lambda t: t["events"][2].update(name="number"))
        self.assertEqual(code, 1)
        self.assertIn("events[2].name: value \"cuisine\" (reference) vs \"number\"", out)

    def test_values_only_with_option(self):
        def rename(t):
            t["latest_message"]["text"] = "hello"
        actual = copy.deepcopy(TRACKER)
        rename(actual)
        self.assertEqual(self.compare(step(TRACKER), step(actual))[0], 0)
        code, out = self.compare(step(TRACKER), step(actual), "--values")
        self.assertEqual(code, 1)
        self.assertIn("hello", out)

    def test_missing_step_and_other_request_fail(self):
        code, out = self.compare(step(TRACKER), step(TRACKER), act_name="01_other")
        self.assertEqual(code, 1)
        self.assertIn("step missing from the actual recording", out)
        code, out = self.compare(step(TRACKER), step(TRACKER, path="/conversations/c2/tracker"))
        self.assertEqual(code, 1)
        self.assertIn("request", out)

    def test_summary_folds_repeated_differences(self):
        def add_metadata(t):
            for event in t["events"]:
                event["metadata"] = {"model_id": "m"}
        actual = copy.deepcopy(TRACKER)
        add_metadata(actual)
        code, out = self.compare(step(TRACKER), step(actual), "--summary")
        self.assertEqual(code, 1)
        self.assertIn("body.events[*]: key 'metadata' unexpected  (x3, first in bot/01_tracker", out)

    def test_empty_reference_is_a_usage_error(self):
        with tempfile.TemporaryDirectory() as root:
            argv = ["compare_shapes.py", root, root]
            with contextlib.redirect_stderr(io.StringIO()), \
                    unittest.mock.patch.object(sys, "argv", argv):
                self.assertEqual(compare_shapes.main(), 2)


if __name__ == "__main__":
    unittest.main(verbosity=1)
