#include "inboxindex.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

bool isFallbackAction(const QString &name)
{
    return name == u"action_default_fallback" || name == u"action_two_stage_fallback";
}

void insertSorted(QList<int> &list, int value)
{
    const auto at = std::lower_bound(list.begin(), list.end(), value);
    if (at == list.end() || *at != value)
        list.insert(at, value);
}

void lowerTo(std::optional<double> &target, std::optional<double> value)
{
    if (value && (!target || *value < *target))
        target = value;
}

void raiseTo(std::optional<double> &target, std::optional<double> value)
{
    if (value && (!target || *value > *target))
        target = value;
}

} // namespace

InboxIndex::UserData InboxIndex::decodeUserData(const QByteArray &data)
{
    UserData user;
    const QJsonObject event = QJsonDocument::fromJson(data).object();
    const QJsonValue text = event.value("text"_L1);
    if (text.isString()) {
        user.text = text.toString();
        user.folded = user.text.toCaseFolded();
    }
    const QJsonValue confidence = event.value("parse_data"_L1)
                                      .toObject()
                                      .value("intent"_L1)
                                      .toObject()
                                      .value("confidence"_L1);
    if (confidence.isDouble())
        user.confidence = confidence.toDouble();
    return user;
}

void InboxIndex::addRow(const EventRow &row)
{
    addRow(row, row.typeName == u"user" ? decodeUserData(row.data) : UserData());
}

void InboxIndex::addRow(const EventRow &row, const UserData &user)
{
    const int index = conversationFor(row.senderId);
    Conversation &conversation = m_conversations[index];
    ++conversation.events;
    lowerTo(conversation.firstEvent, row.timestamp);
    raiseTo(conversation.lastEvent, row.timestamp);
    if (row.typeName == u"user") {
        const int intent = row.intentName ? internName(*row.intentName) : NoName;
        ++conversation.userTurns;
        conversation.latestIntent = intent;
        if (intent != NoName)
            insertSorted(conversation.intents, intent);
        lowerTo(conversation.minConfidence, user.confidence);
        conversation.messages.append(static_cast<int>(m_messages.size()));
        m_messages.append(
            Message{row.id, index, row.timestamp, user.text, user.folded, intent, user.confidence});
    } else if (row.typeName == u"action" && row.actionName) {
        insertSorted(conversation.actions, internName(*row.actionName));
        conversation.fallback = conversation.fallback || isFallbackAction(*row.actionName);
    }
    ++m_rowCount;
    m_maxRowId = std::max(m_maxRowId, row.id);
}

int InboxIndex::internName(const QString &name)
{
    const auto found = m_nameIds.constFind(name);
    if (found != m_nameIds.cend())
        return *found;
    const int id = static_cast<int>(m_names.size());
    m_names.append(name);
    m_nameIds.insert(name, id);
    return id;
}

int InboxIndex::conversationFor(const QString &senderId)
{
    const auto found = m_senders.constFind(senderId);
    if (found != m_senders.cend())
        return *found;
    const int index = static_cast<int>(m_conversations.size());
    m_conversations.append(Conversation{});
    m_conversations.last().senderId = senderId;
    m_senders.insert(senderId, index);
    return index;
}

QStringList InboxIndex::names(const QList<int> &ids) const
{
    QStringList result;
    result.reserve(ids.size());
    for (int id : ids)
        result.append(name(id));
    return result;
}

} // namespace Coach
