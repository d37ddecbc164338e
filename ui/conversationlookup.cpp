#include "conversationlookup.h"

#include "rasa/rasaclient.h"
#include "rasa/trackerrequest.h"

#include <QDateTime>
#include <QLocale>

#include <chrono>

namespace Coach {

namespace {

//! The user messages of a tracker, and the last one's text and time.
QString summary(const QString &id, const EventList &events)
{
    int messages = 0;
    const Event *last = nullptr;
    for (const Event &event : events) {
        if (event.type() == EventType::User) {
            ++messages;
            last = &event;
        }
    }
    if (!last) {
        return ConversationLookup::tr("The server holds no messages for “%1”: the conversation "
                                      "starts there.")
            .arg(id);
    }
    const QDateTime time =
        QDateTime::fromMSecsSinceEpoch(qint64(last->timestamp().value_or(0) * 1000));
    return ConversationLookup::tr("The server holds %n user message(s) for “%1”; the last, on %2: "
                                  "“%3”. Connecting continues this conversation.",
                                  nullptr, messages)
        .arg(id, QLocale().toString(time, QLocale::ShortFormat), last->text());
}

} // namespace

ConversationLookup::ConversationLookup(QObject *parent)
    : QObject(parent), m_client(new RasaClient(this))
{ }

ConversationLookup::~ConversationLookup()
{
    cancel();
}

void ConversationLookup::start(const QUrl &url, const QString &token, const QString &jwt,
                               const QString &id, int timeoutMs)
{
    cancel();
    m_client->setBaseUrl(url);
    m_client->setAuthToken(token);
    m_client->setJwt(jwt);
    m_client->setTimeout(std::chrono::milliseconds(timeoutMs));
    m_request = then(
        m_client->tracker(id, EventVerbosity::All), this,
        [this, id](const TrackerRequest &request) {
            m_request.clear();
            Q_EMIT finished(id, true, summary(id, request.tracker().events));
        },
        [this, id](const ApiError &error) {
            m_request.clear();
            if (error.kind != ApiError::Kind::Cancelled)
                Q_EMIT finished(id, false, error.title() + u' ' + error.userMessage());
        });
}

void ConversationLookup::cancel()
{
    if (m_request)
        m_request->cancel();
    m_request.clear();
}

} // namespace Coach
