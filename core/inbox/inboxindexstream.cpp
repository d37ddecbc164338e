// InboxIndex::write/read: the app's cache of an index (InboxSource).
#include "inboxindex.h"

#include <QDataStream>

#include <algorithm>

namespace Coach {

namespace {

constexpr quint32 StreamMagic = 0x43494e58; // "CINX"
constexpr quint32 StreamVersion = 1;

QDataStream &operator<<(QDataStream &out, const std::optional<double> &value)
{
    return out << value.has_value() << value.value_or(0.0);
}

QDataStream &operator>>(QDataStream &in, std::optional<double> &value)
{
    bool present = false;
    double number = 0;
    in >> present >> number;
    value = present ? std::optional<double>(number) : std::nullopt;
    return in;
}

void writeConversation(QDataStream &out, const InboxIndex::Conversation &c)
{
    out << c.senderId << qint32(c.events) << qint32(c.userTurns) << c.firstEvent << c.lastEvent
        << c.minConfidence << qint32(c.latestIntent) << c.fallback << c.intents << c.actions
        << c.messages;
}

void readConversation(QDataStream &in, InboxIndex::Conversation &c)
{
    qint32 events = 0, turns = 0, latest = 0;
    in >> c.senderId >> events >> turns >> c.firstEvent >> c.lastEvent >> c.minConfidence >> latest
        >> c.fallback >> c.intents >> c.actions >> c.messages;
    c.events = events;
    c.userTurns = turns;
    c.latestIntent = latest;
}

void writeMessage(QDataStream &out, const InboxIndex::Message &m)
{
    out << m.id << qint32(m.conversation) << m.timestamp << m.text << qint32(m.intent)
        << m.confidence;
}

void readMessage(QDataStream &in, InboxIndex::Message &m)
{
    qint32 conversation = 0, intent = 0;
    in >> m.id >> conversation >> m.timestamp >> m.text >> intent >> m.confidence;
    m.conversation = conversation;
    m.intent = intent;
    m.folded = m.text.toCaseFolded();
}

bool inRange(const QList<int> &ids, qsizetype size, bool allowNone = false)
{
    return std::all_of(ids.cbegin(), ids.cend(), [&](int id) {
        return (id >= 0 && id < size) || (allowNone && id == InboxIndex::NoName);
    });
}

} // namespace

//! Every reference in a read index points inside it.
bool InboxIndex::isConsistent() const
{
    for (const Conversation &c : m_conversations) {
        if (!inRange(c.intents, m_names.size()) || !inRange(c.actions, m_names.size())
            || !inRange(c.messages, m_messages.size())
            || !inRange({c.latestIntent}, m_names.size(), true)) {
            return false;
        }
    }
    return std::all_of(m_messages.cbegin(), m_messages.cend(), [&](const Message &m) {
        return m.conversation >= 0 && m.conversation < m_conversations.size()
            && inRange({m.intent}, m_names.size(), true);
    });
}

void InboxIndex::write(QDataStream &out) const
{
    out << StreamMagic << StreamVersion << m_rowCount << m_maxRowId << m_names
        << qint64(m_conversations.size()) << qint64(m_messages.size());
    for (const Conversation &conversation : m_conversations)
        writeConversation(out, conversation);
    for (const Message &message : m_messages)
        writeMessage(out, message);
}

bool InboxIndex::read(QDataStream &in)
{
    quint32 magic = 0, version = 0;
    qint64 conversations = 0, messages = 0;
    InboxIndex index;
    in >> magic >> version;
    if (magic != StreamMagic || version != StreamVersion)
        return false;
    in >> index.m_rowCount >> index.m_maxRowId >> index.m_names >> conversations >> messages;
    // A damaged count must not allocate gigabytes.
    const qint64 limit = 100'000'000;
    if (in.status() != QDataStream::Ok || conversations < 0 || messages < 0 || conversations > limit
        || messages > limit) {
        return false;
    }
    index.m_conversations.resize(conversations);
    for (Conversation &conversation : index.m_conversations)
        readConversation(in, conversation);
    index.m_messages.resize(messages);
    for (Message &message : index.m_messages)
        readMessage(in, message);
    if (in.status() != QDataStream::Ok || !index.isConsistent())
        return false;
    for (qsizetype i = 0; i < index.m_names.size(); ++i)
        index.m_nameIds.insert(index.m_names.at(i), static_cast<int>(i));
    for (qsizetype i = 0; i < index.m_conversations.size(); ++i)
        index.m_senders.insert(index.m_conversations.at(i).senderId, static_cast<int>(i));
    *this = std::move(index);
    return true;
}

} // namespace Coach
