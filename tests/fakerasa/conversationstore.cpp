#include "conversationstore.h"

#include <QDateTime>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

void ConversationStore::clear()
{
    m_events.clear();
    m_order.clear();
}

void ConversationStore::save(const Tracker &tracker)
{
    if (!m_events.contains(tracker.senderId()))
        m_order.append(tracker.senderId());
    m_events.insert(tracker.senderId(), tracker.events());
}

Tracker ConversationStore::stored(const QString &id) const
{
    return m_model->trackerFor(id, m_events.value(id));
}

Tracker ConversationStore::withInitialSession(const QString &id)
{
    Tracker tracker = stored(id);
    if (tracker.events().isEmpty())
        startSession(tracker);
    return tracker;
}

Tracker ConversationStore::withSessionUpdate(const QString &id)
{
    Tracker tracker = stored(id);
    if (tracker.events().isEmpty() || sessionExpired(tracker))
        startSession(tracker);
    return tracker;
}

bool ConversationStore::sessionExpired(const Tracker &tracker) const
{
    const double minutes = m_model->domain().sessionConfig().sessionExpirationTime;
    if (minutes <= 0)
        return false;
    const EventList &events = tracker.events();
    const auto user = std::find_if(events.crbegin(), events.crend(),
                                   [](const Event &e) { return e.type() == EventType::User; });
    if (user == events.crend() || !user->timestamp())
        return false;
    const double nowSeconds = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    return (nowSeconds - *user->timestamp()) / 60.0 > minutes;
}

void ConversationStore::startSession(Tracker &tracker)
{
    append(tracker, actionEvent(u"action_session_start"_s, QJsonValue(), 1.0));
    const EventList events = m_model->actions().sessionStartEvents(tracker);
    for (const Event &event : events) {
        if (event.isActionListen())
            append(tracker, actionEvent(event.name(), QJsonValue(), QJsonValue()));
        else
            append(tracker, event);
    }
}

Event ConversationStore::actionEvent(const QString &name, const QJsonValue &policy,
                                     const QJsonValue &confidence)
{
    QJsonObject json;
    json.insert("event"_L1, u"action"_s);
    json.insert("name"_L1, name);
    json.insert("policy"_L1, policy);
    json.insert("confidence"_L1, confidence);
    json.insert("action_text"_L1, QJsonValue());
    json.insert("hide_rule_turn"_L1, false);
    return Event::fromJson(json).value();
}

double ConversationStore::now()
{
    const double clock = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    m_lastTime = std::max(clock, m_lastTime + 0.000001);
    return m_lastTime;
}

QString ConversationStore::assistantId() const
{
    // Rasa 3.5+ writes a generated id into a config without one; the fake
    // cannot, so it stamps Rasa's placeholder then.
    const QString configured = m_model->bot().config.assistantId;
    return configured.isEmpty() ? u"placeholder_default"_s : configured;
}

void ConversationStore::append(Tracker &tracker, Event event, bool modelMetadata)
{
    QJsonObject json = event.toJson();
    if (!json.value("timestamp"_L1).isDouble())
        json.insert("timestamp"_L1, now());
    const RasaVersion &version = m_model->version();
    if (modelMetadata && !version.isV2()) {
        QJsonObject metadata = json.value("metadata"_L1).toObject();
        if (!metadata.contains("model_id"_L1))
            metadata.insert("model_id"_L1, m_model->modelId());
        if (version.hasAssistantId() && !metadata.contains("assistant_id"_L1))
            metadata.insert("assistant_id"_L1, assistantId());
        json.insert("metadata"_L1, metadata);
    }
    tracker.update(Event::fromJson(json).value());
}

} // namespace Coach::FakeRasa
