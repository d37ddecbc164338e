#pragma once

#include "graphstrings.h"

#include "model/event.h"

#include <QList>
#include <QString>
#include <QVector>

namespace Coach {

//! One event of a sequence as the story graph sees it. Only user messages
//! and actions matter to Rasa's visualisation; everything else is kept as
//! `Other` so that event indices stay meaningful.
struct GraphStep
{
    enum class Type : quint8 { User, Action, Other };

    Type type = Type::Other;
    //! Action: the action name ("" for end-to-end bot text). User: the edge
    //! key, i.e. the intent name (or what Rasa 2.x's regex interpreter reads
    //! from the text when the message has no intent); Null when there is none.
    qint32 name = GraphStrings::Null;
    //! User: the message text (Null for intent-only story steps).
    //! Action: the end-to-end bot text, for display only.
    qint32 text = GraphStrings::Null;
    //! Index of the event in its source (conversation event list or story
    //! step items); -1 for synthesized events.
    qint32 event = -1;
};

enum class SequenceKind : quint8 { Story, Rule, Conversation };

//! One event sequence fed to the graph: an expanded training story path or
//! one part of a conversation (conversations split at restarts).
struct GraphSequence
{
    SequenceKind kind = SequenceKind::Story;
    int source = -1; //!< story step index or conversation index
    int part = 0; //!< part of the conversation (after `part` restarts)
    QString title; //!< story name(s) or conversation name, for tooltips
    QVector<GraphStep> steps;
};

//! Turning Rasa events into graph steps, the way visualize_neighborhood reads
//! them (spec §7.2, §7.6).
namespace GraphSequences {

//! The intent Rasa 2.x's RegexInterpreter reads from a message text:
//! an optional leading `/`, then everything up to `{` or `@`, trimmed.
//! Null when the text has no such part (empty, or starts with `{`).
QString intentFromText(const QString &text);

//! The step for one event. A user event's key is its intent name when the
//! parse data has an intent object, else the regex interpretation of its text.
GraphStep stepFromEvent(const Event &event, int index, GraphStrings &strings);

//! A conversation's events split at `restart` events into parts (empty parts
//! dropped), each part a sequence whose steps keep the index of the event in
//! `events`. With `hideSessionStart`, `action_session_start` actions are left
//! out so that the conversation lines up with training stories (which never
//! contain them); Rasa itself keeps them.
QList<GraphSequence> conversationParts(const EventList &events, int conversation,
                                       GraphStrings &strings, bool hideSessionStart);

//! Rasa's _length_of_common_action_prefix: walks the user/action steps of both
//! sequences; two user steps match whatever they say, two actions with the
//! same name count one (action_listen included); anything else stops.
int commonActionPrefix(const GraphSequence &current, const GraphSequence &other);

} // namespace GraphSequences

} // namespace Coach
