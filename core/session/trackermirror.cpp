#include "trackermirror.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

bool isSessionStartAction(const Event &event)
{
    return event.isAction(u"action_session_start"_s);
}

bool extendsLocal(const EventList &server, const EventList &local)
{
    return server.size() >= local.size() && TrackerMirror::sameEvent(server.first(), local.first())
        && TrackerMirror::sameEvent(server.at(local.size() - 1), local.last());
}

//! A user message or an action of the bot: something the annotator would
//! miss (session starts, `action_listen` and slots carried over are not).
bool hasTurns(const EventList &events)
{
    return std::any_of(events.cbegin(), events.cend(), [](const Event &event) {
        return event.type() == EventType::User
            || (event.type() == EventType::Action && !event.isActionListen()
                && !isSessionStartAction(event));
    });
}

//! Where the server's events start in the document when the server kept
//! only the document's last sessions (Rasa 3.x stores only the last session
//! after a fork posted a session start): the index of that
//! action_session_start, or -1 when the server's events are no such tail.
qsizetype tailStart(const EventList &server, const EventList &local)
{
    if (server.isEmpty() || !isSessionStartAction(server.first()))
        return -1;
    for (qsizetype start = local.size() - 1; start > 0; --start) {
        if (!isSessionStartAction(local.at(start)))
            continue;
        const qsizetype overlap = local.size() - start;
        if (server.size() < overlap)
            continue;
        bool same = true;
        for (qsizetype i = 0; same && i < overlap; ++i)
            same = TrackerMirror::sameEvent(server.at(i), local.at(start + i));
        if (same)
            return start;
    }
    return -1;
}

TrackerMirror::ResumePlan adopt(EventList append, EventList synced, qsizetype skipped = 0)
{
    return {TrackerMirror::ResumePlan::Kind::Adopt, std::move(append), std::move(synced), skipped};
}

TrackerMirror::ResumePlan plan(TrackerMirror::ResumePlan::Kind kind)
{
    return {kind, {}, {}, 0};
}

} // namespace

bool TrackerMirror::sameEvent(const Event &a, const Event &b)
{
    return a.typeName() == b.typeName() && a.timestamp() == b.timestamp() && a.name() == b.name()
        && a.text() == b.text();
}

bool TrackerMirror::isFreshConversation(const EventList &serverEvents)
{
    return std::all_of(serverEvents.cbegin(), serverEvents.cend(), [](const Event &event) {
        switch (event.type()) {
        case EventType::SessionStarted:
        case EventType::Slot:
            return true;
        case EventType::Action:
            return event.isActionListen() || isSessionStartAction(event);
        default:
            return false;
        }
    });
}

TrackerMirror::ResumePlan TrackerMirror::planResume(const EventList &local,
                                                    const EventList &serverEvents)
{
    using Kind = ResumePlan::Kind;
    const bool fresh = isFreshConversation(serverEvents);
    if (local.isEmpty()) {
        // A conversation chosen to continue; a made-up session start is not
        // taken over.
        return fresh ? adopt({}, {}) : adopt(serverEvents, serverEvents);
    }
    const bool extends = !serverEvents.isEmpty() && extendsLocal(serverEvents, local);
    if (extends
        && !hasTurns(serverEvents.mid(local.size()))) // what we have, or a session start added
        return adopt(serverEvents.mid(local.size()), serverEvents);
    if (extends)
        return plan(
            Kind::ServerContinues); // a step in flight at a kill, or changes discarded at quit
    if (fresh)
        return plan(Kind::Rebuild);
    if (const qsizetype skipped = tailStart(serverEvents, local); skipped > 0)
        return adopt(serverEvents.mid(local.size() - skipped), serverEvents, skipped);
    // Nothing of value under the id (a session start, what was just posted):
    // the server lost it. Other turns: someone else's, or it went on elsewhere.
    return plan(hasTurns(serverEvents) ? Kind::Ask : Kind::RebuildAside);
}

void TrackerMirror::reset()
{
    m_serverCount = 0;
    m_lastServerEvent = Event();
}

void TrackerMirror::markSynced(const EventList &serverEvents, qsizetype skipped)
{
    m_serverCount = serverEvents.size() + skipped;
    m_lastServerEvent = serverEvents.isEmpty() ? Event() : serverEvents.last();
}

bool TrackerMirror::endsAtSynced(const EventList &serverEvents) const
{
    return serverEvents.isEmpty() || sameEvent(serverEvents.last(), m_lastServerEvent);
}

bool TrackerMirror::continuesAt(const EventList &serverEvents, qsizetype known) const
{
    return known <= 0
        || (serverEvents.size() >= known
            && sameEvent(serverEvents.at(known - 1), m_lastServerEvent));
}

qsizetype TrackerMirror::syncedBeforeSession(const EventList &local) const
{
    for (qsizetype i = std::min(m_serverCount, local.size()) - 1; i >= 0; --i) {
        if (local.at(i).type() != EventType::SessionStarted)
            continue;
        const bool withAction = i > 0 && isSessionStartAction(local.at(i - 1));
        return withAction ? i - 1 : i;
    }
    return 0;
}

std::optional<EventList> TrackerMirror::follow(const EventList &local,
                                               const EventList &serverEvents)
{
    // Rasa 3.x answers POST /messages with the events of the last session
    // only (from its action_session_start on), whatever include_events asks
    // for, and stores just those: after a fork that drops the stories before
    // the restart (seen on 3.6.21).
    qsizetype skipped = 0;
    if (!continuesAt(serverEvents, m_serverCount)) {
        skipped = syncedBeforeSession(local);
        if (skipped == 0 || skipped >= m_serverCount
            || !continuesAt(serverEvents, m_serverCount - skipped))
            return std::nullopt;
    }
    const qsizetype known = m_serverCount - skipped;
    EventList added = serverEvents.size() > known ? serverEvents.mid(known) : EventList();
    markSynced(serverEvents, skipped);
    return added;
}

} // namespace Coach
