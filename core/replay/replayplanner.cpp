#include "replayplanner.h"

#include "model/tracker.h"
#include "session/sessiondata.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

constexpr auto kUnlikelyIntent = "action_unlikely_intent"_L1;

bool hasUserMessage(const EventList &events)
{
    return std::any_of(events.cbegin(), events.cend(),
                       [](const Event &event) { return event.type() == EventType::User; });
}

//! What the server holds of each session of each restart-delimited part:
//! its applied events (a session start resets them, so a part is replayed
//! as the server saw it), without a last user message the bot never
//! answered. Stories keep a part whole (StoryBuilder); a replay predicts
//! from what the server's tracker applies.
QList<EventList> appliedSessions(const EventList &events)
{
    QList<EventList> parts;
    for (const EventList &part : EventRules::splitAtRestarts(events)) {
        for (const EventList &session : EventRules::splitAtSessions(part)) {
            EventList applied = EventRules::applied(session);
            qsizetype cut = applied.size();
            for (qsizetype i = applied.size() - 1; i >= 0; --i) {
                if (applied.at(i).type() == EventType::Action)
                    break;
                if (applied.at(i).type() == EventType::User)
                    cut = i;
            }
            applied.resize(cut);
            if (hasUserMessage(applied))
                parts.append(std::move(applied));
        }
    }
    return parts;
}

//! Where each event of `part` stands in `events`. Parts hold copies of the
//! conversation's events, in order, so the same event data is found
//! moving forward; an event made up by the split (none today) gets -1.
QList<int> locate(const EventList &part, const EventList &events, qsizetype &cursor)
{
    QList<int> indices;
    indices.reserve(part.size());
    for (const Event &event : part) {
        qsizetype found = -1;
        for (qsizetype i = cursor; i < events.size(); ++i) {
            if (events.at(i).sharesDataWith(event)) {
                found = i;
                break;
            }
        }
        if (found >= 0)
            cursor = found + 1;
        indices.append(int(found));
    }
    return indices;
}

//! Events the engine posts after the question about an action and before
//! the action itself: the annotator's answer to a form (spec §5.6 step 6).
bool isFormAnswer(const Event &event)
{
    return event.type() == EventType::ActionExecutionRejected
        || event.type() == EventType::LoopInterrupted;
}

qsizetype stateBefore(const EventList &part, qsizetype action)
{
    qsizetype start = action;
    while (start > 0 && isFormAnswer(part.at(start - 1)))
        --start;
    return start;
}

} // namespace

ReplaySession ReplayPlanner::session(const QString &file, const SessionData &data)
{
    ReplaySession session;
    session.file = file;
    for (int i = 0; i < data.conversations.size(); ++i) {
        const Conversation &conversation = data.conversations.at(i);
        session.parts += parts(i, conversation.id, conversation.events);
    }
    return session;
}

QList<ReplayPart> ReplayPlanner::parts(int conversation, const QString &id, const EventList &events)
{
    QList<ReplayPart> parts;
    qsizetype cursor = 0;
    const QList<EventList> split = appliedSessions(events);
    for (const EventList &applied : split) {
        ReplayPart part;
        part.conversation = conversation;
        part.conversationId = id;
        part.part = int(parts.size());
        part.events = applied;
        part.turns = turns(applied, locate(applied, events, cursor));
        parts.append(std::move(part));
    }
    return parts;
}

QList<ReplayTurn> ReplayPlanner::turns(const EventList &part, const QList<int> &eventIndices)
{
    QList<ReplayTurn> turns;
    bool listening = false; // the current turn reached action_listen
    for (qsizetype i = 0; i < part.size(); ++i) {
        const Event &event = part.at(i);
        if (event.type() == EventType::User) {
            ReplayTurn turn;
            turn.index = int(turns.size());
            turn.eventIndex = eventIndices.value(i, -1);
            turn.partEvent = i;
            turn.user = event;
            turns.append(turn);
            listening = false;
            continue;
        }
        const QString name =
            event.type() == EventType::Action ? event.actionNameOrText() : QString();
        // action_unlikely_intent is advisory (Rasa's export leaves it out of
        // stories): it is posted as recorded but not compared.
        if (turns.isEmpty() || listening || name.isEmpty() || name == kUnlikelyIntent)
            continue;
        ReplayAction action;
        action.expected = name;
        action.eventIndex = eventIndices.value(i, -1);
        action.partEvent = i;
        action.stateEnd = stateBefore(part, i);
        turns.last().actions.append(action);
        listening = event.isActionListen();
    }
    return turns;
}

} // namespace Coach
