#pragma once

#include "model/domain.h"
#include "model/story.h"

#include <QJsonObject>
#include <QString>

namespace Coach {

//! What a story line means, shared by the YAML and Markdown story readers:
//! user steps, events named in story syntax, intent messages.
namespace StoryEvents {

//! A user step: intent (confidence 1.0), entities and the plain text (null
//! for intent-only steps). A text without intent is marked
//! `use_text_for_featurization`, as Rasa's end-to-end steps are.
Event user(const QString &intent, const QString &text, const QList<Entity> &entities);

//! A `bot:` step: an action with only `action_text`.
Event botText(const QString &text);

//! The events a story line `name{params}` stands for (Rasa's
//! Event.from_story_string with ActionExecuted as default): `slot` gives one
//! event per key, `form`/`active_loop`, `restart`, `rewind`, `undo`,
//! `followup`, ... their event, any other name an action.
EventList fromStoryString(const QString &name, const QJsonObject &params);

//! An intent message `/intent@0.9{"entity": "value"}` (or without `/`),
//! parsed as Rasa's RegexInterpreter does: list values give several
//! entities. `ok` is false when the JSON part is not an object.
struct IntentMessage
{
    QString intent;
    QList<Entity> entities;
    bool ok = true;
};
IntentMessage parseIntentMessage(const QString &text);

//! The value Rasa gives a slot named without value in `slot_was_set`:
//! "filled" for text slots, true for bool slots, else null.
QJsonValue bareSlotValue(const Domain *domain, const QString &slot);

} // namespace StoryEvents

//! Collects the items of one `story`/`rule` block into story steps with
//! Rasa's checkpoint semantics: checkpoints before the first item are start
//! checkpoints; a checkpoint after items ends the step, and the next item
//! starts a new step (same name) whose start checkpoints are those ends.
class StoryStepBuilder
{
public:
    StoryStepBuilder(StoryStep::Kind kind, const QString &name, const QString &sourceFile,
                     int sourceLine);

    void addCheckpoint(const QString &name, const QJsonObject &slotConditions = {});
    void addItem(StoryItem item);
    void addEvent(const Event &event) { addItem(StoryItem{{event}}); }
    //! The step being built; rule properties are set here before items.
    StoryStep &current() { return m_current; }
    StorySteps finish();

private:
    StorySteps m_done;
    StoryStep m_current;
};

} // namespace Coach
