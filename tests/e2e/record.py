#!/usr/bin/env python3
"""Drive scripted conversations against a Rasa server and record every exchange.

Usage: record.py --url http://127.0.0.1:PORT --token TOKEN --bot moodbot|formbot --out DIR

Writes one JSON file per step to DIR/<bot>/<NN>_<step>.json with the request
(method, path, query with the token replaced by "<token>", headers, body) and
the response (status, content type, JSON body or text). Needs only the
standard library, so any Python 3.8+ runs it.

The script is the same for every server (Rasa 2.8, Rasa 3.6, the fake server):
it never branches on the version, so recordings can be compared step by step
(compare_shapes.py). A step that depends on an earlier answer (the NLU
correction re-posts the latest user event) reads it from the recorded answer.
The server must be fresh: conversation ids are fixed so that paths compare.
"""

import argparse
import http.client
import json
import sys
import time
import urllib.parse

TOKEN_PLACEHOLDER = "<token>"
TIMEOUT_S = 120


class Recorder:
    """Sends requests to one server and writes each exchange to a file."""

    def __init__(self, url, token, out_dir, bot):
        parsed = urllib.parse.urlsplit(url)
        if parsed.scheme != "http" or not parsed.hostname:
            raise SystemExit(f"record.py: unsupported URL {url!r} (expected http://host:port)")
        self.host = parsed.hostname
        self.port = parsed.port or 80
        self.token = token
        self.dir = out_dir.rstrip("/") + "/" + bot
        self.count = 0
        self.last = None

    def call(self, step, method, path, query=None, body=None, raw_body=None,
             headers=None, token="valid"):
        """Performs one request and records it; returns the parsed response."""
        query = dict(query or {})
        sent_query = dict(query)
        if token == "valid":
            query["token"] = self.token
            sent_query["token"] = TOKEN_PLACEHOLDER
        elif token is not None:
            query["token"] = token
            sent_query["token"] = token
        all_headers = {"Content-Type": "application/json"}
        all_headers.update(headers or {})
        if raw_body is None and body is not None:
            raw_body = json.dumps(body)
        response = self._send(method, path, query, raw_body, all_headers)
        self.count += 1
        record = {
            "step": step,
            "request": {"method": method, "path": path, "query": sent_query,
                        "headers": all_headers,
                        "body": body if body is not None else raw_body},
            "response": response,
        }
        self._write(step, record)
        self.last = response
        return response

    def _send(self, method, path, query, raw_body, headers):
        target = urllib.parse.quote(path)
        if query:
            target += "?" + urllib.parse.urlencode(query)
        conn = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT_S)
        started = time.monotonic()
        try:
            data = raw_body.encode("utf-8") if raw_body is not None else None
            conn.request(method, target, body=data, headers=headers)
            reply = conn.getresponse()
            payload = reply.read()
            content_type = reply.getheader("Content-Type", "")
            status = reply.status
        except (OSError, http.client.HTTPException) as error:
            raise SystemExit(f"record.py: {method} {path} failed: {error}") from error
        finally:
            conn.close()
        elapsed_ms = round((time.monotonic() - started) * 1000)
        return {"status": status, "content_type": content_type,
                "elapsed_ms": elapsed_ms, **decode_body(payload)}

    def _write(self, step, record):
        import os
        os.makedirs(self.dir, exist_ok=True)
        name = f"{self.dir}/{self.count:02d}_{step}.json"
        with open(name + ".tmp", "w", encoding="utf-8") as handle:
            json.dump(record, handle, indent=1, ensure_ascii=False, sort_keys=True)
            handle.write("\n")
        os.replace(name + ".tmp", name)


def decode_body(payload):
    """JSON body when it parses, else the text (e.g. `Hello from Rasa`, YAML)."""
    text = payload.decode("utf-8", errors="replace")
    try:
        return {"json": json.loads(text)}
    except ValueError:
        return {"text": text}


def action_event(name, policy=None, confidence=None):
    """An `action` event as interactive learning sends it to /execute."""
    return {"event": "action", "timestamp": time.time(), "name": name,
            "policy": policy, "confidence": confidence,
            "action_text": None, "hide_rule_turn": False}


def latest_user_event(response):
    """The last `user` event of a tracker in a recorded response."""
    body = response.get("json") or {}
    tracker = body.get("tracker", body)
    for event in reversed(tracker.get("events") or []):
        if event.get("event") == "user":
            return event
    raise SystemExit("record.py: no user event in the tracker to correct")


def corrected(user_event, intent, entities):
    """The user event with corrected parse data, as interactive posts it."""
    event = dict(user_event)
    event["parse_data"] = {"intent": {"name": intent, "confidence": 1.0},
                           "entities": entities, "text": user_event.get("text")}
    return event


def say(r, step, base, text, **options):
    """POST /messages exactly as interactive learning sends a user message."""
    return r.call(step, "POST", base + "/messages",
                  body={"sender": "user", "text": text, "parse_data": None}, **options)


def execute(r, step, base, action, policy=None, confidence=None):
    """POST /execute with the action event interactive learning sends."""
    return r.call(step, "POST", base + "/execute", body=action_event(action, policy, confidence))


def conversation_basics(r):
    """Unprotected routes, status, domain variants and authentication errors."""
    r.call("root", "GET", "/", token=None)
    r.call("version", "GET", "/version", token=None)
    r.call("status", "GET", "/status")
    r.call("domain_json", "GET", "/domain", headers={"Accept": "application/json"})
    r.call("domain_yaml", "GET", "/domain", headers={"Accept": "application/x-yaml"})
    r.call("domain_html_406", "GET", "/domain", headers={"Accept": "text/html"})
    r.call("domain_wrong_token_401", "GET", "/domain", token="wrong-token",
           headers={"Accept": "application/json"})
    r.call("domain_no_token_401", "GET", "/domain", token=None,
           headers={"Accept": "application/json"})
    r.call("status_wrong_token_401", "GET", "/status", token="wrong-token")


def new_conversation(r, cid):
    """A tracker that does not exist yet, with every include_events value."""
    path = f"/conversations/{cid}/tracker"
    r.call("tracker_new_default", "GET", path)
    for verbosity in ("ALL", "APPLIED", "AFTER_RESTART", "NONE"):
        r.call(f"tracker_new_{verbosity.lower()}", "GET", path,
               query={"include_events": verbosity})
    r.call("tracker_new_lowercase_all", "GET", path, query={"include_events": "all"})
    r.call("tracker_invalid_verbosity_400", "GET", path, query={"include_events": "SOME"})


def unknown_conversations(r, cid):
    """Predict / execute on conversations that were never written."""
    r.call("predict_unknown_conversation", "POST", f"/conversations/{cid}-unknown1/predict")
    r.call("execute_unknown_conversation", "POST", f"/conversations/{cid}-unknown2/execute",
           body=action_event("utter_greet"))


def moodbot(r):
    cid = "mood"
    base = f"/conversations/{cid}"
    conversation_basics(r)
    new_conversation(r, cid)
    unknown_conversations(r, cid)
    r.call("message_wrong_sender_400", "POST", base + "/messages",
           body={"sender": "bot", "text": "hello", "parse_data": None})
    say(r, "message_wrong_token_401", base, "hello", token="wrong-token")
    say(r, "message_text", base, "hello")
    r.call("tracker_after_message", "GET", base + "/tracker",
           query={"include_events": "AFTER_RESTART"})
    r.call("predict_after_greet", "POST", base + "/predict")
    execute(r, "execute_utter_greet", base, "utter_greet", "policy_1_RulePolicy", 1.0)
    r.call("predict_listen", "POST", base + "/predict")
    execute(r, "execute_action_listen", base, "action_listen", "policy_1_RulePolicy", 1.0)
    mood_corrections(r, base)
    mood_events(r, base)


def mood_corrections(r, base):
    """Intent syntax, an NLU correction, a new action, undo and rewind."""
    reply = say(r, "message_intent_confidence", base, "/mood_unhappy@0.5")
    user = latest_user_event(reply)
    r.call("correct_nlu", "POST", base + "/tracker/events",
           body=[{"event": "rewind", "timestamp": time.time()},
                 action_event("action_listen"),
                 corrected(user, "mood_great", [])])
    r.call("predict_after_correction", "POST", base + "/predict")
    execute(r, "execute_utter_happy", base, "utter_happy", "policy_1_RulePolicy", 1.0)
    execute(r, "execute_new_action_500", base, "utter_brand_new")
    r.call("append_new_action", "POST", base + "/tracker/events",
           body=action_event("utter_brand_new"))
    r.call("undo_action", "POST", base + "/tracker/events",
           body={"event": "undo", "timestamp": time.time()})
    execute(r, "execute_action_listen_2", base, "action_listen")
    say(r, "message_intent_entities", base, '/greet{"name": "Ada", "mood": ["a", "b"]}')
    r.call("rewind_user", "POST", base + "/tracker/events",
           body=[{"event": "rewind", "timestamp": time.time()}, action_event("action_listen")])
    say(r, "message_unknown_intent", base, "/unknown_intent")
    r.call("predict_unknown_intent", "POST", base + "/predict")
    r.call("tracker_applied", "GET", base + "/tracker", query={"include_events": "APPLIED"})


def mood_events(r, base):
    """Event posting edge cases, restart, PUT, final trackers."""
    events = base + "/tracker/events"
    r.call("events_unknown_type", "POST", events, body={"event": "no_such_event"})
    r.call("events_slot_without_value", "POST", events, body={"event": "slot", "name": "x"})
    r.call("events_without_type", "POST", events, body={"name": "action_listen"})
    r.call("events_empty_list", "POST", events, body=[])
    r.call("events_not_json_400", "POST", events, raw_body="this is not json")
    r.call("execute_without_name_400", "POST", base + "/execute", body={"event": "action"})
    r.call("restart", "POST", events, body={"event": "restart", "timestamp": time.time()})
    r.call("restart_listen", "POST", events, body=action_event("action_listen"))
    r.call("tracker_all_after_restart", "GET", base + "/tracker", query={"include_events": "ALL"})
    r.call("tracker_after_restart", "GET", base + "/tracker")
    now = time.time()
    r.call("put_events", "PUT", events, body=[
        {"event": "action", "timestamp": now, "name": "action_session_start"},
        {"event": "session_started", "timestamp": now},
        action_event("action_listen"),
        {"event": "user", "timestamp": now, "text": "hi",
         "parse_data": {"intent": {"name": "greet", "confidence": 1.0}, "entities": [],
                        "text": "hi"}},
    ])
    r.call("tracker_after_put", "GET", base + "/tracker", query={"include_events": "ALL"})
    r.call("put_single_object", "PUT", events, body={"event": "restart"})
    r.call("story", "GET", base + "/story")
    odd_requests(r, base)


def odd_requests(r, base):
    """Requests a client may send by mistake: what comes back, and in which shape."""
    r.call("domain_no_accept", "GET", "/domain")
    r.call("message_empty_body", "POST", base + "/messages", raw_body="")
    r.call("message_without_text", "POST", base + "/messages", body={"sender": "user"})
    r.call("unknown_route_404", "GET", "/no/such/route")
    r.call("wrong_method_405", "GET", base + "/predict")


def formbot(r):
    cid = "form"
    base = f"/conversations/{cid}"
    r.call("status", "GET", "/status")
    r.call("domain_json", "GET", "/domain", headers={"Accept": "application/json"})
    say(r, "message_with_entity", base, "i want italian food")
    form_turn(r, base, "activate", "restaurant_form")
    execute(r, "execute_action_listen", base, "action_listen")
    say(r, "message_inform_number", base, '/inform{"number": "4"}')
    form_turn(r, base, "fill", "restaurant_form")
    form_turn(r, base, "submit", "utter_submit")
    form_turn(r, base, "values", "utter_slots_values")
    form_turn(r, base, "listen", "action_listen")
    form_rejection(r, base)
    r.call("tracker_all", "GET", base + "/tracker", query={"include_events": "ALL"})


def form_turn(r, base, label, action):
    """Predict, then execute the given action (what the annotator confirms)."""
    r.call(f"predict_{label}", "POST", base + "/predict")
    execute(r, f"execute_{label}", base, action)


def form_rejection(r, base):
    """A form that cannot extract its slot, and the events interactive posts."""
    events = base + "/tracker/events"
    r.call("restart", "POST", events, body={"event": "restart", "timestamp": time.time()})
    r.call("restart_listen", "POST", events, body=action_event("action_listen"))
    say(r, "message_request", base, "/request_restaurant")
    form_turn(r, base, "activate_again", "restaurant_form")
    execute(r, "execute_listen_again", base, "action_listen")
    say(r, "message_deny", base, "/deny")
    form_turn(r, base, "rejected", "restaurant_form")
    r.call("post_execution_rejected", "POST", events,
           body={"event": "action_execution_rejected", "name": "restaurant_form"})
    r.call("post_loop_interrupted", "POST", events,
           body={"event": "loop_interrupted", "is_interrupted": True})
    r.call("tracker_active_loop", "GET", base + "/tracker")


SCENARIOS = {"moodbot": moodbot, "formbot": formbot}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--bot", required=True, choices=sorted(SCENARIOS))
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    recorder = Recorder(args.url, args.token, args.out, args.bot)
    started = time.monotonic()
    SCENARIOS[args.bot](recorder)
    print(f"record.py: {args.bot}: {recorder.count} exchanges recorded in "
          f"{time.monotonic() - started:.1f} s to {recorder.dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
