#pragma once

#include "result.h"

#include "model/event.h"
#include "session/interactivesession.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Coach {

//! "Correct it" on the connected server: a real user's typed messages,
//! sent one by one into a new conversation of the live session. Each is
//! sent when the bot listens again, so the annotator answers every NLU and
//! action question as in live annotation; the corrected conversation is the
//! session's new one.
class ConversationFeeder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationFeeder)

public:
    ConversationFeeder(InteractiveSession *session, const EventList &events,
                       QObject *parent = nullptr);

    //! The messages that will be sent: typed user texts (not `/restart` or
    //! externally triggered intents).
    static QStringList typedMessages(const EventList &events);
    //! Starts a new conversation on the server and sends the first message
    //! once the bot listens.
    Status start();
    int sent() const { return m_sent; }
    int total() const { return static_cast<int>(m_messages.size()); }

Q_SIGNALS:
    void progressChanged(int sent, int total);
    void finished();

private:
    void onStateChanged(InteractiveSession::State state);

    QPointer<InteractiveSession> m_session;
    QStringList m_messages;
    int m_sent = 0;
    bool m_started = false;
};

} // namespace Coach
