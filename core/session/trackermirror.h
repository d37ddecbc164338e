#pragma once

#include "model/event.h"

#include <optional>

namespace Coach {

//! What the server holds of the current conversation, as far as the session
//! knows: how many of the document's events it had at the last sync, and
//! the last of them. Bookkeeping and decisions only (no signals, no
//! network), so the rules for a server's tracker are tested on their own
//! (docs/engine.md, "Resume and rebuild").
class TrackerMirror
{
public:
    //! What to do with the server's events for a conversation being resumed.
    struct ResumePlan
    {
        enum class Kind {
            Adopt, //!< take `append`, then the server holds `synced`
            ServerContinues, //!< the server's events go on after the document's: ask
            Rebuild, //!< nothing stored under the id: post the document's events
            RebuildAside, //!< the server lost it (no turns): post them under a new id
            Ask, //!< other turns under the id: ask which side wins
        };
        Kind kind = Kind::Adopt;
        EventList append; //!< Adopt: events new to the document
        EventList synced; //!< Adopt: what the server then holds
        qsizetype skipped = 0; //!< Adopt: document events before what it holds
    };

    //! Same event for sync purposes: type, timestamp, name and text.
    static bool sameEvent(const Event &a, const Event &b);
    //! A GET tracker answer for a conversation the server never stored: only
    //! the session start it makes up in memory (spec §2.3).
    static bool isFreshConversation(const EventList &serverEvents);
    static ResumePlan planResume(const EventList &local, const EventList &serverEvents);

    //! Forgets the server's copy (another conversation, a new connection).
    void reset();
    //! The server holds `serverEvents`, after `skipped` document events it
    //! no longer keeps (Rasa 3.x after a fork keeps only the last session).
    void markSynced(const EventList &serverEvents, qsizetype skipped = 0);
    //! How many of the document's events the server holds (skipped ones
    //! counted: the index of the first event it does not have).
    qsizetype serverCount() const { return m_serverCount; }
    //! Whether the server's events end where the last sync left them.
    bool endsAtSynced(const EventList &serverEvents) const;
    //! For the tracker the server answered a step with: the events new to
    //! the document, and the mirror follows; nothing (and no change) when it
    //! does not continue what was synced.
    std::optional<EventList> follow(const EventList &local, const EventList &serverEvents);

private:
    //! Synced events before the last session start: what a 3.x tracker of
    //! the last session only leaves out.
    qsizetype syncedBeforeSession(const EventList &local) const;
    bool continuesAt(const EventList &serverEvents, qsizetype known) const;

    qsizetype m_serverCount = 0;
    Event m_lastServerEvent;
};

} // namespace Coach
