#include "conversationfeeder.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Coach {

ConversationFeeder::ConversationFeeder(InteractiveSession *session, const EventList &events,
                                       QObject *parent)
    : QObject(parent), m_session(session), m_messages(typedMessages(events))
{
    connect(session, &InteractiveSession::stateChanged, this, &ConversationFeeder::onStateChanged);
}

QStringList ConversationFeeder::typedMessages(const EventList &events)
{
    QStringList messages;
    for (const Event &event : events) {
        if (event.type() == EventType::User && !event.text().trimmed().isEmpty()
            && !event.text().startsWith(u'/')
            && !event.metadata().value("is_external"_L1).toBool()) {
            messages.append(event.text());
        }
    }
    return messages;
}

Status ConversationFeeder::start()
{
    if (!m_session)
        return makeError(QCoreApplication::translate("Coach::ConversationFeeder", "no session"));
    if (m_messages.isEmpty())
        return makeError(QCoreApplication::translate("Coach::ConversationFeeder",
                                                     "the conversation has no typed user message"));
    if (Status status = m_session->newConversation(); !status)
        return status;
    m_started = true;
    onStateChanged(m_session->state());
    return {};
}

void ConversationFeeder::onStateChanged(InteractiveSession::State state)
{
    if (!m_started || state != InteractiveSession::State::AwaitingUserMessage)
        return;
    if (m_sent >= m_messages.size()) {
        m_started = false;
        Q_EMIT finished();
        return;
    }
    if (m_session->sendUserMessage(m_messages.at(m_sent))) {
        ++m_sent;
        Q_EMIT progressChanged(m_sent, total());
    }
}

} // namespace Coach
