#!/usr/bin/env python3
"""The naive inbox: Rasa's own SQLTrackerStore.retrieve per conversation.

Run with a Rasa venv's python (3.6: retrieve_full_tracker is async):
  naive_retrieve.py --host H --port P --db D --user U [--sample N] [--long SENDER]

Prints JSON: the time to list the store's conversations with the inbox's
columns the way a script on Rasa's API would (keys(), then every tracker;
--sample N retrieves only the first N senders and extrapolates), and to
retrieve one long conversation. No password: the benchmark's server trusts
loopback connections of its superuser.
"""

import argparse
import asyncio
import inspect
import json
import logging
import time

logging.disable(logging.WARNING)

from rasa.core.tracker_store import SQLTrackerStore  # noqa: E402
from rasa.shared.core.domain import Domain  # noqa: E402


def call(function, *args):
    result = function(*args)
    return asyncio.get_event_loop().run_until_complete(result) if inspect.isawaitable(result) else result


def summary(tracker):
    users = [e for e in tracker.events if e.type_name == "user"]
    confidences = [u.intent.get("confidence") for u in users if u.intent.get("confidence") is not None]
    return len(users), min(confidences) if confidences else None


def main():
    parser = argparse.ArgumentParser()
    for name in ("host", "db", "user"):
        parser.add_argument(f"--{name}", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--long", default="long-conversation")
    args = parser.parse_args()
    store = SQLTrackerStore(Domain.empty(), dialect="postgresql", host=args.host, port=args.port,
                            db=args.db, username=args.user)
    retrieve = getattr(store, "retrieve_full_tracker", store.retrieve)

    started = time.perf_counter()
    tracker = call(retrieve, args.long)
    long_ms = (time.perf_counter() - started) * 1000
    long_events = len(tracker.events) if tracker else 0

    started = time.perf_counter()
    senders = list(call(store.keys))
    keys_ms = (time.perf_counter() - started) * 1000
    chosen = senders[: args.sample] if args.sample else senders
    started = time.perf_counter()
    for sender in chosen:
        summary(call(retrieve, sender))
    listing_ms = (time.perf_counter() - started) * 1000
    print(json.dumps({
        "conversations": len(senders),
        "retrieved": len(chosen),
        "keys_ms": round(keys_ms),
        "listing_ms": round(listing_ms),
        "listing_all_ms_estimate": round(keys_ms + listing_ms * len(senders) / max(1, len(chosen))),
        "long_conversation_ms": round(long_ms),
        "long_conversation_events": long_events,
    }))


if __name__ == "__main__":
    main()
