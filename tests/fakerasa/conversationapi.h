#pragma once

#include "apitypes.h"
#include "botmodel.h"
#include "conversationstore.h"
#include "requestparsing.h"

#include <QJsonArray>
#include <QString>

#include <optional>

namespace Coach::FakeRasa {

//! The conversation endpoints of Rasa's HTTP API (spec §2.3) on top of the
//! in-memory store; status codes, messages and quirks as in Rasa's
//! server.py of the configured version. Authentication and the "model
//! loaded" check happen before these handlers are called.
class ConversationApi
{
public:
    void setModel(const BotModel *model);
    ConversationStore &store() { return m_store; }
    const ConversationStore &store() const { return m_store; }

    //! GET …/tracker?include_events=&until=
    ApiReply tracker(const QString &id, const ApiRequest &request);
    //! POST …/messages
    ApiReply postMessage(const QString &id, const ApiRequest &request);
    //! POST …/predict
    ApiReply predict(const QString &id, const ApiRequest &request);
    //! POST …/execute; the reply's tracker is the state before the action
    //! ran, as Rasa 2.x and 3.x return it.
    ApiReply execute(const QString &id, const ApiRequest &request);
    //! POST …/tracker/events
    ApiReply appendEvents(const QString &id, const ApiRequest &request);
    //! PUT …/tracker/events
    ApiReply replaceEvents(const QString &id, const ApiRequest &request);

private:
    struct PostedEvents
    {
        EventList events;
        EventVerbosity verbosity = EventVerbosity::AfterRestart;
    };

    const RasaVersion &version() const { return m_model->version(); }
    std::optional<ApiReply> missingConversation(const QString &id) const;
    ApiReply trackerReply(const Tracker &tracker, EventVerbosity verbosity) const;
    std::optional<QJsonObject> messageParseData(const QJsonObject &body, ApiReply *error) const;
    void logUserMessage(Tracker &tracker, const QJsonValue &text, QJsonObject parse);
    QJsonArray runAction(Tracker &tracker, const QString &name, const QJsonObject &body,
                         ApiReply *error);
    Result<EventList> postedEvents(const QJsonValue &body) const;
    //! The body of POST/PUT …/tracker/events, checked as Rasa checks it.
    Result<PostedEvents, ApiReply> readEvents(const ApiRequest &request,
                                              const QString &emptyMessage, bool requireArray) const;
    std::optional<ApiReply> invalidEvents(const ApiRequest &request, const JsonBody &body) const;
    static bool beginsWithSessionStart(const EventList &events);

    const BotModel *m_model = nullptr;
    ConversationStore m_store;
};

} // namespace Coach::FakeRasa
