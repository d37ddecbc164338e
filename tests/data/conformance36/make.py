"""Writes expected/stories.yml (Rasa 3.6.21's interactive export) and
expected/stories.md (Rasa 2.8.34's Markdown story writer, given all events of
the conversation) for every case folder here. Run from this folder:

    ~/.cache/rasa-coach-e2e/venv-3.6/bin/python make.py yml
    ~/.cache/rasa-coach-e2e/venv-2.8/bin/python make.py md
"""
import json
import os
import sys

from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
import rasa.shared.core.events


def cases():
    return sorted(d for d in os.listdir(".") if os.path.isdir(d))


def write_yaml(case):
    from rasa.core.training import interactive

    events = json.load(open(os.path.join(case, "tracker.json")))["events"]
    target = os.path.join(case, "expected", "stories.yml")
    if os.path.exists(target):
        os.remove(target)
    interactive._write_stories_to_file(target, events, Domain.empty())


def write_markdown(case):
    from rasa.shared.core.training_data.story_writer.markdown_story_writer import (
        MarkdownStoryWriter,
    )
    from rasa.shared.core.training_data.structures import Story

    events = json.load(open(os.path.join(case, "tracker.json")))["events"]
    stories = []
    for part in rasa.shared.core.events.split_events(
        [rasa.shared.core.events.Event.from_parameters(e) for e in events],
        rasa.shared.core.events.Restarted,
        include_splitting_event=False,
    ):
        tracker = DialogueStateTracker.from_events("interactive", part)
        story = Story.from_events(list(tracker.events), "interactive_story_%d" % (len(stories) + 1))
        stories += story.story_steps
    text = MarkdownStoryWriter().dumps(stories)
    # interactive writes "\n" + each story
    open(os.path.join(case, "expected", "stories.md"), "w").write("\n" + text)


for case in cases():
    (write_yaml if sys.argv[1] == "yml" else write_markdown)(case)
