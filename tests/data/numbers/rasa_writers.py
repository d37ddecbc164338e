"""Writes nlu.yml and nlu.json (Rasa 3.6.21 writers), nlu.md (Rasa 2.8.34, without the
synonyms its Markdown writer crashes on for number values) and stories.yml / stories.md.
Run from this folder:

    ~/.cache/rasa-coach-e2e/venv-3.6/bin/python rasa_writers.py . && \
    ~/.cache/rasa-coach-e2e/venv-2.8/bin/python rasa_writers.py . md
"""
import sys
from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader, RasaYAMLWriter
from rasa.shared.nlu.training_data.formats.rasa import RasaWriter
out = sys.argv[1]
version = '"2.0"' if len(sys.argv) > 2 else '"3.1"'
src = '''version: ''' + version + '''
nlu:
- intent: inform
  examples: |
    - book a table for [4]{"entity": "number", "value": 4}
    - [four]{"entity": "number", "value": 4} people
    - for [2.5]{"entity": "number", "value": 2.5} hours
    - [zero]{"entity": "number", "value": 0} children
- intent: greet
  examples: |
    - hello
'''
td = RasaYAMLReader().reads(src)
if len(sys.argv) > 2 and sys.argv[2] == "md":
    from rasa.shared.nlu.training_data.formats.markdown import MarkdownWriter
    td.entity_synonyms = {}
    open(out + "/nlu.md", "w").write(MarkdownWriter().dumps(td))
else:
    open(out + "/nlu.yml", "w").write(RasaYAMLWriter().dumps(td))
    open(out + "/nlu.json", "w").write(RasaWriter().dumps(td))

from rasa.shared.core.events import UserUttered, ActionExecuted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.core.training_data.story_writer.yaml_story_writer import YAMLStoryWriter
ev = [ActionExecuted("action_listen"),
 UserUttered("book for 4 people, 2.5 hours", intent={"name": "inform", "confidence": 1.0},
   entities=[{"entity": "number", "value": 4, "start": 9, "end": 10}, {"entity": "hours", "value": 2.5, "start": 19, "end": 22}]),
 ActionExecuted("utter_ok")]
t = DialogueStateTracker.from_events("numbers", ev)
story_steps = [t.as_story().story_steps[0]]
if len(sys.argv) > 2:
    from rasa.shared.core.training_data.story_writer.markdown_story_writer import MarkdownStoryWriter
    open(sys.argv[1] + "/stories.md", "w").write(MarkdownStoryWriter().dumps(story_steps))
else:
    open(sys.argv[1] + "/stories.yml", "w").write(YAMLStoryWriter().dumps(story_steps))
