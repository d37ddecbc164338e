#include "inboxfilter.h"

#include "inboxindex.h"
#include "reviewstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct InboxFilterMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::InboxFilter)
};

//! Name ids of the given names that the index knows (unknown ones cannot match).
QList<int> knownIds(const InboxIndex &index, const QStringList &names)
{
    QList<int> ids;
    for (const QString &name : names) {
        const int id = index.nameId(name);
        if (id != InboxIndex::NoName)
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool intersects(const QList<int> &sortedA, const QList<int> &sortedB)
{
    auto a = sortedA.cbegin();
    auto b = sortedB.cbegin();
    while (a != sortedA.cend() && b != sortedB.cend()) {
        if (*a == *b)
            return true;
        *a < *b ? ++a : ++b;
    }
    return false;
}

//! Which conversations have a user message containing the folded needle.
QList<bool> conversationsWithText(const InboxIndex &index, const QString &text)
{
    QList<bool> found(index.conversations().size(), false);
    const QString needle = text.toCaseFolded();
    for (const InboxIndex::Message &message : index.messages()) {
        if (!found.at(message.conversation) && message.folded.contains(needle))
            found[message.conversation] = true;
    }
    return found;
}

bool matchesReview(const InboxFilter &filter, const ConversationReview *review)
{
    const bool reviewed = review && review->reviewed;
    if (filter.review == InboxFilter::Review::Reviewed && !reviewed)
        return false;
    if (filter.review == InboxFilter::Review::NotReviewed && reviewed)
        return false;
    if (filter.tags.isEmpty())
        return true;
    return review && std::any_of(filter.tags.cbegin(), filter.tags.cend(), [&](const QString &tag) {
               return review->tags.contains(tag);
           });
}

class Matcher
{
public:
    Matcher(const InboxIndex &index, const InboxFilter &filter,
            const QHash<QString, ConversationReview> &reviews)
        : m_filter(filter)
        , m_reviews(reviews)
        , m_intents(knownIds(index, filter.intents))
        , m_actions(knownIds(index, filter.actions))
    {
        if (!filter.text.isEmpty())
            m_text = conversationsWithText(index, filter.text);
    }

    bool matches(int i, const InboxIndex::Conversation &c) const
    {
        if (!m_filter.intents.isEmpty() && !intersects(c.intents, m_intents))
            return false;
        if (!m_filter.actions.isEmpty() && !intersects(c.actions, m_actions))
            return false;
        if (m_filter.below && !(c.minConfidence && *c.minConfidence < *m_filter.below))
            return false;
        if (m_filter.since && !(c.lastEvent && *c.lastEvent >= *m_filter.since))
            return false;
        if (m_filter.until && !(c.lastEvent && *c.lastEvent <= *m_filter.until))
            return false;
        if (c.userTurns < m_filter.minTurns)
            return false;
        if (!m_text.isEmpty() && !m_text.at(i))
            return false;
        if (m_filter.review == InboxFilter::Review::Any && m_filter.tags.isEmpty())
            return true;
        const auto review = m_reviews.constFind(c.senderId);
        return matchesReview(m_filter, review == m_reviews.cend() ? nullptr : &*review);
    }

private:
    const InboxFilter &m_filter;
    const QHash<QString, ConversationReview> &m_reviews;
    QList<int> m_intents;
    QList<int> m_actions;
    QList<bool> m_text;
};

//! UTF-16 code unit rearranged so that comparing units compares code
//! points: surrogates (beyond U+FFFF) sort after U+E000–U+FFFF.
char16_t codePointOrder(char16_t unit)
{
    if (unit >= 0xD800 && unit <= 0xDFFF)
        return static_cast<char16_t>(unit + 0x2000);
    if (unit >= 0xE000)
        return static_cast<char16_t>(unit - 0x800);
    return unit;
}

} // namespace

int InboxQuery::compareCodePoints(QStringView a, QStringView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        const char16_t x = a.at(i).unicode();
        const char16_t y = b.at(i).unicode();
        if (x != y)
            return codePointOrder(x) < codePointOrder(y) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

QList<int> InboxQuery::run(const InboxIndex &index, const InboxFilter &filter,
                           const QHash<QString, ConversationReview> &reviews)
{
    const QList<InboxIndex::Conversation> &conversations = index.conversations();
    const Matcher matcher(index, filter, reviews);
    QList<int> result;
    for (qsizetype i = 0; i < conversations.size(); ++i) {
        if (matcher.matches(static_cast<int>(i), conversations.at(i)))
            result.append(static_cast<int>(i));
    }
    std::sort(result.begin(), result.end(), [&](int x, int y) {
        const InboxIndex::Conversation &a = conversations.at(x);
        const InboxIndex::Conversation &b = conversations.at(y);
        if (a.lastEvent != b.lastEvent) {
            if (!a.lastEvent || !b.lastEvent)
                return a.lastEvent.has_value();
            return *a.lastEvent > *b.lastEvent;
        }
        return compareCodePoints(a.senderId, b.senderId) < 0;
    });
    return result;
}

Result<double> InboxQuery::parseTimestamp(const QString &text)
{
    static const QRegularExpression zone(u"(Z|[+-]\\d\\d(:?\\d\\d)?)$"_s);
    static const QRegularExpression dateOnly(u"^\\d{4}-\\d\\d-\\d\\d$"_s);
    const QString trimmed = text.trimmed();
    QDateTime time;
    if (dateOnly.match(trimmed).hasMatch()) {
        time = QDateTime(QDate::fromString(trimmed, Qt::ISODate), QTime(0, 0), QTimeZone::utc());
    } else {
        time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (time.isValid() && !zone.match(trimmed).hasMatch())
            time = QDateTime(time.date(), time.time(), QTimeZone::utc());
    }
    if (!time.isValid())
        return makeError(
            InboxFilterMessages::tr("\"%1\" is not an ISO 8601 date or time (e.g. 2024-05-01 or "
                                    "2024-05-01T12:30:00Z)")
                .arg(text));
    return static_cast<double>(time.toMSecsSinceEpoch()) / 1000.0;
}

bool InboxFilter::isEmpty() const
{
    return *this == InboxFilter();
}

} // namespace Coach

namespace Coach {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<double> readNumber(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QStringList readStrings(const QJsonObject &json, QLatin1StringView key)
{
    QStringList result;
    for (const QJsonValue value : json.value(key).toArray()) {
        if (value.isString())
            result.append(value.toString());
    }
    return result;
}

} // namespace

QJsonObject InboxFilter::toJson() const
{
    static const char *const reviewNames[] = {"any", "not_reviewed", "reviewed"};
    return QJsonObject{
        {u"intents"_s, QJsonArray::fromStringList(intents)},
        {u"actions"_s, QJsonArray::fromStringList(actions)},
        {u"below"_s, optionalNumber(below)},
        {u"since"_s, optionalNumber(since)},
        {u"until"_s, optionalNumber(until)},
        {u"min_turns"_s, minTurns},
        {u"text"_s, text},
        {u"review"_s, QString::fromLatin1(reviewNames[static_cast<int>(review)])},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
    };
}

InboxFilter InboxFilter::fromJson(const QJsonObject &json)
{
    InboxFilter filter;
    filter.intents = readStrings(json, "intents"_L1);
    filter.actions = readStrings(json, "actions"_L1);
    filter.below = readNumber(json, "below"_L1);
    filter.since = readNumber(json, "since"_L1);
    filter.until = readNumber(json, "until"_L1);
    filter.minTurns = std::max(0, json.value("min_turns"_L1).toInt());
    filter.text = json.value("text"_L1).toString();
    const QString review = json.value("review"_L1).toString();
    filter.review = review == u"reviewed" ? Review::Reviewed
        : review == u"not_reviewed"       ? Review::NotReviewed
                                          : Review::Any;
    filter.tags = readStrings(json, "tags"_L1);
    return filter;
}

} // namespace Coach
