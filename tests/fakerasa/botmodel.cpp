#include "botmodel.h"

#include "intentmessageparser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

namespace {

//! The tracker's slots before anything happened. Seen on 2.8.34 and 3.6.21:
//! `requested_slot` only with forms, `session_started_metadata` always.
QList<SlotValue> initialSlots(const Domain &domain, const RasaVersion &version)
{
    QList<SlotValue> values = domain.initialSlotValues(2);
    const bool present = std::any_of(values.cbegin(), values.cend(), [](const SlotValue &v) {
        return v.name == "session_started_metadata"_L1;
    });
    if (version.hasLateTwoEightFeatures() && !present)
        values.append({u"session_started_metadata"_s, QJsonValue()});
    return values;
}

} // namespace

BotModel::BotModel(Bot bot, const RasaVersion &version)
    : m_bot(std::move(bot))
    , m_version(version)
    , m_actions(m_bot, version)
    , m_slotDefaults(initialSlots(m_bot.domain, version))
{
    m_nlu.train(m_bot.nlu, m_bot.domain, m_bot.config, version);
    const auto resolver = [this](const QString &text) { return m_nlu.intentOf(text); };
    m_policy.train(m_bot.stories, m_bot.rules, m_actions.actionNames(), resolver);
}

QJsonObject BotModel::parse(const QString &text) const
{
    if (const auto intent = IntentMessageParser::parse(text, m_version, m_bot.domain))
        return *intent;
    return m_nlu.parse(text);
}

Prediction BotModel::predict(const Tracker &tracker) const
{
    return m_policy.predict(tracker, m_actions.actionNames(), m_slotDefaults);
}

ActionOutcome BotModel::run(const QString &action, const Tracker &tracker) const
{
    return m_actions.run(action, tracker);
}

Tracker BotModel::emptyTracker(const QString &conversationId) const
{
    // Like Rasa, a slot the domain does not declare is never set.
    return Tracker(conversationId, m_slotDefaults, false);
}

Tracker BotModel::trackerFor(const QString &conversationId, const EventList &events) const
{
    Tracker tracker = emptyTracker(conversationId);
    tracker.update(events);
    return tracker;
}

QString BotModel::modelId() const
{
    return QString::fromLatin1(m_bot.fingerprint.left(32).leftJustified(32, '0'));
}

QString BotModel::modelFile() const
{
    if (m_version.isV2())
        return u"models/20240101-000000.tar.gz"_s;
    return u"20240101-000000-%1.tar.gz"_s.arg(modelId().left(8));
}

} // namespace Coach::FakeRasa
