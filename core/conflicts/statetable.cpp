#include "statetable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Coach {

size_t qHash(const DialogueState &state, size_t seed) noexcept
{
    QtPrivate::QHashCombine combine;
    seed = combine(seed, state.user);
    seed = combine(seed, state.action);
    seed = combine(seed, state.loop);
    for (const auto &[slot, feature] : state.slotFeatures) {
        seed = combine(seed, slot);
        seed = combine(seed, feature);
    }
    return seed;
}

size_t qHash(const UserPart &part, size_t seed) noexcept
{
    return qHashMulti(seed, part.intent, part.text, part.entities);
}

size_t qHash(const ActionPart &part, size_t seed) noexcept
{
    return qHashMulti(seed, part.name, part.text);
}

StateTable::StateTable()
{
    m_listen = action({string(u"action_listen"_s), -1});
    m_unlikely = action({string(u"action_unlikely_intent"_s), -1});
}

qint32 StateTable::string(const QString &text)
{
    return intern(m_strings, m_stringIds, text);
}

QString StateTable::actionLabel(qint32 action) const
{
    const ActionPart &part = m_actions.at(action);
    return part.name >= 0 ? text(part.name) : text(part.text);
}

std::pair<QString, QString> StateTable::previousEvent(qint32 state) const
{
    const DialogueState &current = m_states.at(state);
    if (current.action >= 0) {
        const ActionPart &action = m_actions.at(current.action);
        if (action.name >= 0 && current.action != m_listen)
            return {u"action"_s, text(action.name)};
        if (action.name < 0 && action.text >= 0)
            return {u"bot utterance"_s, text(action.text)};
    }
    if (current.user >= 0) {
        const UserPart &user = m_users.at(current.user);
        if (user.intent >= 0)
            return {u"intent"_s, text(user.intent)};
        if (user.text >= 0)
            return {u"user utterance"_s, text(user.text)};
    }
    return {};
}

namespace {

//! The translation context of these messages (lupdate reads it).
struct StateTableMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::StateTable)
};

} // namespace

QString StateTable::describe(qint32 state) const
{
    const DialogueState &current = m_states.at(state);
    QStringList parts;
    if (current.user >= 0) {
        const UserPart &user = m_users.at(current.user);
        if (user.intent >= 0)
            parts.append(StateTableMessages::tr("intent %1").arg(text(user.intent)));
        if (user.text >= 0)
            parts.append(StateTableMessages::tr("text “%1”").arg(text(user.text)));
        if (user.entities >= 0)
            parts.append(StateTableMessages::tr("entities %1").arg(text(user.entities)));
    }
    if (current.action >= 0)
        parts.append(StateTableMessages::tr("after %1").arg(actionLabel(current.action)));
    if (!current.slotFeatures.isEmpty()) {
        QStringList slotNames;
        for (const auto &[slot, feature] : current.slotFeatures)
            slotNames.append(u"%1=%2"_s.arg(text(slot), text(feature)));
        parts.append(StateTableMessages::tr("slots %1").arg(slotNames.join(u", "_s)));
    }
    if (current.loop >= 0)
        parts.append(StateTableMessages::tr("active loop %1").arg(text(current.loop)));
    return parts.isEmpty() ? StateTableMessages::tr("the start of the conversation")
                           : parts.join(u"; "_s);
}

} // namespace Coach
