#pragma once

#include "model/event.h"
#include "model/parsedata.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a replay checks and what it found: plain values shared by the
// planner (expected side), the replayer (predicted side), the reports and
// the window. See docs/replay.md for the semantics.

namespace Coach {

//! The same entities by type, value, role, group and span, in any order.
bool sameEntityAnnotations(const QList<Entity> &a, const QList<Entity> &b);

//! One annotated action of a turn and the model's prediction for it.
struct ReplayAction
{
    QString expected; //!< annotated action name (or end-to-end bot text)
    int eventIndex = -1; //!< the action event in the session conversation; -1 if unknown
    qsizetype partEvent = -1; //!< the action event in ReplayPart::events
    //! Part events [0, stateEnd) are the state in which the annotator was
    //! asked; events [stateEnd, partEvent) are the form answers posted after
    //! that question (action_execution_rejected, loop_interrupted).
    qsizetype stateEnd = -1;

    // Filled by the replay.
    bool replayed = false;
    QString predicted;
    double confidence = 0.0;
    QString policy;
    //! The model first predicted action_unlikely_intent here; as `rasa test`
    //! does, that is a warning and the prediction after it counts.
    bool unlikelyIntentFirst = false;

    bool agrees() const { return predicted == expected; }
};

//! One user turn: the message, then the bot's actions until it listens.
struct ReplayTurn
{
    int index = 0; //!< user turn within its part, from 0
    int eventIndex = -1; //!< the user event in the session conversation; -1 if unknown
    qsizetype partEvent = -1; //!< the user event in ReplayPart::events
    Event user; //!< the annotated user event: text, intent, entities
    QList<ReplayAction> actions;

    // Filled by the replay.
    bool replayed = false;
    //! The text went through /model/parse (a user event without text, which
    //! only other clients send, has nothing to parse: its NLU is not compared).
    bool parsed = false;
    ParseData predicted; //!< the /model/parse answer for the text
    qint64 elapsedMs = 0;

    QString text() const { return user.text(); }
    QString expectedIntent() const { return user.parseData().intentName(); }
    std::optional<double> expectedConfidence() const { return user.parseData().intentConfidence(); }
    QList<Entity> expectedEntities() const { return user.userEntities(); }
    QString predictedIntent() const { return predicted.intentName(); }
    double predictedConfidence() const { return predicted.intentConfidence().value_or(0.0); }
    QList<Entity> predictedEntities() const { return predicted.entities(); }
    QStringList expectedActions() const;
    QStringList predictedActions() const;

    bool intentAgrees() const { return !parsed || predictedIntent() == expectedIntent(); }
    //! Same entities by type, value, role, group and span, in any order.
    bool entitiesAgree() const;
    bool actionsAgree() const;
    //! Intent, entities and every action agree (false until replayed).
    bool agrees() const;
};

//! One conversation part (split as for export: StoryBuilder::storyParts),
//! replayed in its own scratch conversation.
struct ReplayPart
{
    int conversation = -1; //!< index of the conversation in its session
    QString conversationId;
    int part = 0; //!< index among the conversation's parts, from 0
    EventList events; //!< the part's applied events: what the server is told
    QList<ReplayTurn> turns;
};

//! One session file and its parts.
struct ReplaySession
{
    QString file;
    QList<ReplayPart> parts;
};

//! The counts of a report's summary.
struct ReplaySummary
{
    int sessions = 0;
    int conversations = 0; //!< conversation parts
    int turns = 0;
    int differing = 0;

    static ReplaySummary of(const QList<ReplaySession> &sessions);
};

} // namespace Coach
