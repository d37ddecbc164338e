#pragma once

#include "rasarequest.h"

#include "model/event.h"
#include "model/tracker.h"

#include <QJsonObject>
#include <QList>

namespace Coach {

//! A message the bot sent while running an action (collecting channel).
struct BotMessage
{
    QString recipientId;
    QString text;
    QJsonObject json; //!< image, buttons, elements, quick_replies, attachment, custom, …
};

//! POST /conversations/{id}/execute (auth): runs an action for real and
//! answers `{"tracker", "messages"}`. The body is the full `action` event;
//! the server reads name, policy and confidence. An action the server does
//! not know fails with 500 ConversationError (the normal path for actions
//! created during a session; the caller then appends the event instead).
class ExecuteRequest final : public RasaRequest
{
    Q_OBJECT

public:
    explicit ExecuteRequest(const QString &conversationId, const Event &action,
                            EventVerbosity verbosity = EventVerbosity::AfterRestart,
                            QObject *parent = nullptr);

    QString actionName() const { return m_actionName; }
    const TrackerSnapshot &tracker() const { return m_tracker; }
    const QList<BotMessage> &messages() const { return m_messages; }

protected:
    Status parse(const QJsonDocument &document) override;

private:
    Status readMessages(const QJsonValue &value);

    QString m_actionName;
    EventVerbosity m_verbosity;
    TrackerSnapshot m_tracker;
    QList<BotMessage> m_messages;
};

} // namespace Coach
