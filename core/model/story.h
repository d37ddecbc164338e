#pragma once

#include "event.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVarLengthArray>

namespace Coach {

//! A checkpoint of a story step, with optional slot conditions
//! (`- checkpoint: name` / `> name{"slot": value}`).
struct Checkpoint
{
    QString name;
    QJsonObject slotConditions;
    bool operator==(const Checkpoint &other) const = default;
};

//! One step of a story: a single event, or an OR group of user messages.
struct StoryItem
{
    //! One event, or several user events for `or:`. The one event is kept
    //! inline: an export builds an item for every event of every story.
    QVarLengthArray<Event, 1> alternatives;

    bool isOrGroup() const { return alternatives.size() > 1; }
    const Event &event() const { return alternatives.first(); }
};

//! One story or rule block of a training-data file, as Rasa's story readers
//! produce it (StoryStep): start checkpoints, items, end checkpoints.
//! User steps are `user` events whose parse_data holds the intent (and, for
//! `user:` steps, the text with use_text_for_featurization); `bot:` steps are
//! actions with action_text; `slot_was_set` items are `slot` events.
struct StoryStep
{
    enum class Kind { Story, Rule };

    Kind kind = Kind::Story;
    QString name;
    QList<Checkpoint> startCheckpoints;
    QList<StoryItem> items;
    QList<Checkpoint> endCheckpoints;

    // Rules only.
    EventList conditions;
    bool conversationStart = false;
    bool waitForUserInput = true;

    QString sourceFile; //!< where it was read, for messages
    int sourceLine = 0;
};

using StorySteps = QList<StoryStep>;

} // namespace Coach
