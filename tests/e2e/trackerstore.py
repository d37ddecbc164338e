#!/usr/bin/env python3
"""The SQL tracker store of a real Rasa: drive a conversation, dump its rows.

  trackerstore.py converse --url URL --token TOKEN --sender ID --out FILE
      Talks to a moodbot server through Rasa's REST channel (POST
      /webhooks/rest/webhook), triggers one intent from outside
      (POST /conversations/ID/trigger_intent), restarts, talks again, then
      writes what the server's HTTP API says about the conversation: every
      user event's text, intent name and confidence (null when the event has
      none) and the timestamps, as the truth the inbox must show.

  trackerstore.py check --exe RASA_COACH --truth FILE -- STORE_ARGS...
      Runs `rasa-coach inbox STORE_ARGS` and checks that the conversation
      of FILE (written by converse) is listed with the user turns, latest
      intent, lowest confidence and first/last event the server reported,
      and that every filter finds it, or not, exactly as it should.

  trackerstore.py dump (--sqlite PATH | --postgres URL) --out FILE
      Writes the `events` table exactly as Rasa left it: the table's DDL and
      every row (id, sender_id, type_name, timestamp, intent_name,
      action_name, data), for tests/data/trackerstore/.

Only the standard library, except psycopg2 for --postgres (Rasa's own venv
has it). The token is never printed.
"""

import argparse
import datetime
import http.client
import json
import sqlite3
import subprocess
import sys
import urllib.parse

# The script: messages with non-ASCII text (stored as \\u escapes by Rasa),
# SQL wildcard characters, an externally triggered intent (no confidence)
# and a /restart in the middle.
MESSAGES_BEFORE_RESTART = [
    "hello there",
    "I am feeling very good, Grüße von Müller 😀",
    "100% great_mood",
]
TRIGGERED_INTENT = "greet"
# A second conversation with an id beyond ASCII (and beyond the BMP).
UNICODE_SENDER = "zürich-😀"
MESSAGES_AFTER_RESTART = [
    "/restart",
    "hi",
    "I am sad",
    "yes",
]


class Server:
    def __init__(self, url, token):
        parsed = urllib.parse.urlsplit(url)
        self.host, self.port, self.token = parsed.hostname, parsed.port or 80, token

    def call(self, method, path, body=None, query=None):
        query = dict(query or {})
        query["token"] = self.token
        connection = http.client.HTTPConnection(self.host, self.port, timeout=120)
        payload = None if body is None else json.dumps(body)
        connection.request(method, path + "?" + urllib.parse.urlencode(query), body=payload,
                           headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        text = response.read().decode("utf-8")
        if response.status >= 300:
            raise SystemExit(f"trackerstore.py: {method} {path}: HTTP {response.status}: {text[:300]}")
        return json.loads(text) if text else None


def tracker_events(server, quoted):
    return server.call("GET", f"/conversations/{quoted}/tracker", query={"include_events": "ALL"})["events"]


def converse(args):
    server = Server(args.url, args.token)
    sender = args.sender
    if not sender.isascii():
        # Rasa 3.6 does not percent-decode the id in /conversations/<id>/...
        # paths: "%C3%BC" would be another conversation. Non-ASCII ids come
        # in through the REST channel (JSON body) only.
        raise SystemExit("trackerstore.py: --sender must be ASCII")
    quoted = urllib.parse.quote(sender, safe="")
    server.call("POST", "/webhooks/rest/webhook", {"sender": UNICODE_SENDER, "message": "Hallo, Grüße"})
    for text in MESSAGES_BEFORE_RESTART:
        server.call("POST", "/webhooks/rest/webhook", {"sender": sender, "message": text})
    server.call("POST", f"/conversations/{quoted}/trigger_intent", {"name": TRIGGERED_INTENT})
    # Rasa 2.8's GET .../tracker holds the latest session only, and /restart
    # starts a new one: read it before and after, keep each event once.
    events = tracker_events(server, quoted)
    for text in MESSAGES_AFTER_RESTART:
        server.call("POST", "/webhooks/rest/webhook", {"sender": sender, "message": text})
    seen = {(e["event"], e["timestamp"]) for e in events}
    after = tracker_events(server, quoted)
    events += [e for e in after if (e["event"], e["timestamp"]) not in seen]
    if not any(e.get("event") == "user" and e.get("text") == "/restart" for e in events):
        # Rasa 2.8 shows neither session the /restart message: it ended the
        # first, and the second starts after it. Its parse is fixed.
        events.append({"event": "user", "text": "/restart", "timestamp": after[0]["timestamp"] - 1e-6,
                       "parse_data": {"intent": {"name": "restart", "confidence": 1.0}}})
    events.sort(key=lambda e: e["timestamp"])
    users = [e for e in events if e.get("event") == "user"]
    truth = {
        "sender_id": sender,
        "events": len(events),
        "first_event": events[0]["timestamp"],
        "last_event": events[-1]["timestamp"],
        "user_events": [
            {
                "text": e.get("text"),
                "intent": ((e.get("parse_data") or {}).get("intent") or {}).get("name"),
                "confidence": ((e.get("parse_data") or {}).get("intent") or {}).get("confidence"),
            }
            for e in users
        ],
        "actions": sorted({e["name"] for e in events if e.get("event") == "action"}),
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
        f.write("\n")


COLUMNS = "id, sender_id, type_name, timestamp, intent_name, action_name, data"


def dump_sqlite(path):
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    ddl = [row[0] for row in connection.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'events' AND sql IS NOT NULL ORDER BY type DESC, name")]
    rows = connection.execute(f"SELECT {COLUMNS} FROM events ORDER BY id").fetchall()
    return "sqlite", ddl, rows


def dump_postgres(url):
    import psycopg2  # in Rasa's virtualenv

    connection = psycopg2.connect(url)
    cursor = connection.cursor()
    cursor.execute("""SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
                      FROM information_schema.columns WHERE table_name = 'events' ORDER BY ordinal_position""")
    ddl = [" ".join(str(part) for part in column) for column in cursor.fetchall()]
    cursor.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'events' ORDER BY indexname")
    ddl += [row[0] for row in cursor.fetchall()]
    cursor.execute(f"SELECT {COLUMNS} FROM events ORDER BY id")
    return "postgresql", ddl, cursor.fetchall()


def dump(args):
    dialect, ddl, rows = dump_sqlite(args.sqlite) if args.sqlite else dump_postgres(args.postgres)
    keys = COLUMNS.split(", ")
    document = {
        "dialect": dialect,
        "schema": ddl,
        # repr() keeps every digit of the float timestamps
        "rows": [{key: (repr(value) if key == "timestamp" and value is not None else value)
                  for key, value in zip(keys, row)} for row in rows],
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1, ensure_ascii=False)
        f.write("\n")


def inbox(exe, store, *flags):
    """The conversations `rasa-coach inbox` lists for these flags, by sender id."""
    command = [exe, "inbox", *store, *flags, "--format", "json", "--no-cache"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise SystemExit(f"trackerstore.py: {' '.join(flags) or 'no filter'}: exit {result.returncode}: {result.stderr}")
    listed = json.loads(result.stdout)
    if listed["total"] != len(listed["conversations"]):
        raise SystemExit("trackerstore.py: total differs from the listed conversations without --limit")
    return {c["sender_id"]: c for c in listed["conversations"]}


def check(args):
    with open(args.truth, encoding="utf-8") as f:
        truth = json.load(f)
    sender = truth["sender_id"]
    users = truth["user_events"]
    confidences = [u["confidence"] for u in users if u["confidence"] is not None]
    expected = {
        "sender_id": sender,
        "user_turns": len(users),
        "first_event": truth["first_event"],
        "last_event": truth["last_event"],
        "min_intent_confidence": min(confidences) if confidences else None,
        "latest_intent": users[-1]["intent"] if users else None,
    }
    failures = []
    listed = inbox(args.exe, args.store)
    shown = dict(listed.get(sender) or {})
    # Rasa 2.8's tracker begins at session_started, a moment after the
    # action_session_start row that is the store's first event.
    if abs(shown.get("first_event", 0) - expected["first_event"]) < 0.05:
        shown["first_event"] = expected["first_event"]
    if shown != expected:
        failures.append(f"listed as {listed.get(sender)}, the server says {expected}")
    if UNICODE_SENDER not in listed or listed[UNICODE_SENDER]["user_turns"] != 1:
        failures.append(f"{UNICODE_SENDER!r} is not listed with one user turn")
    lowest, turns = expected["min_intent_confidence"], expected["user_turns"]
    probes = [
        (True, "--intent", expected["latest_intent"]),
        (True, "--intent", "no_such_intent", "--intent", users[0]["intent"]),
        (False, "--intent", "no_such_intent"),
        (True, "--action", "utter_greet"),
        (False, "--action", "session_started"),
        (True, "--text", "MÜLLER"),  # stored as M\u00fcller
        (True, "--text", "100%"),
        (False, "--text", "0%_"),  # % and _ are no wildcards
        (False, "--text", "Great, carry on!"),  # bot text is no user text
        (True, "--below", repr(lowest + 1e-9)),
        (False, "--below", repr(lowest)),
        (True, "--min-turns", str(turns)),
        (False, "--min-turns", str(turns + 1)),
        (True, "--since", iso(truth["last_event"] - 1), "--until", iso(truth["last_event"] + 2)),
        (False, "--since", iso(truth["last_event"] + 2)),
    ]
    for found, *flags in probes:
        if (sender in inbox(args.exe, args.store, *flags)) != found:
            failures.append(f"{' '.join(flags)}: expected the conversation to be {'in' if found else 'out'}")
    for failure in failures:
        print(f"trackerstore.py: {failure}", file=sys.stderr)
    return 1 if failures else 0


def iso(timestamp):
    """Whole seconds, UTC, as ISO 8601 (rounded away from the conversation by the callers)."""
    return datetime.datetime.fromtimestamp(int(timestamp), datetime.timezone.utc).isoformat()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    talk = commands.add_parser("converse")
    talk.add_argument("--url", required=True)
    talk.add_argument("--token", required=True)
    talk.add_argument("--sender", required=True)
    talk.add_argument("--out", required=True)
    verify = commands.add_parser("check")
    verify.add_argument("--exe", required=True)
    verify.add_argument("--truth", required=True)
    verify.add_argument("store", nargs="+")
    rows = commands.add_parser("dump")
    source = rows.add_mutually_exclusive_group(required=True)
    source.add_argument("--sqlite")
    source.add_argument("--postgres")
    rows.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.command == "check":
        return check(args)
    converse(args) if args.command == "converse" else dump(args)


if __name__ == "__main__":
    sys.exit(main())
