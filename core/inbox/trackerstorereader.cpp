#include "trackerstorereader.h"

#include "parallel.h"
#include "trackerstoreconnection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct TrackerStoreReaderMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::TrackerStoreReader)
};

std::optional<QString> optionalText(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

EventRow rowFrom(const QSqlQuery &query)
{
    EventRow row;
    row.id = query.value(0).toLongLong();
    row.senderId = query.value(1).toString();
    row.typeName = query.value(2).toString();
    const QVariant timestamp = query.value(3);
    if (!timestamp.isNull())
        row.timestamp = timestamp.toDouble();
    row.intentName = optionalText(query.value(4));
    row.actionName = optionalText(query.value(5));
    if (!query.value(6).isNull())
        row.data = query.value(6).toString().toUtf8();
    return row;
}

struct ParsedEvent
{
    Event event;
    QString problem;
};

QList<ParsedEvent> parseEvents(const QList<QPair<qint64, QByteArray>> &rows)
{
    const QList<QList<ParsedEvent>> parts =
        Parallel::mapSlices(rows.size(), 256, [&rows](Parallel::Slice slice) {
            QList<ParsedEvent> parsed;
            parsed.reserve(slice.end - slice.begin);
            for (qsizetype i = slice.begin; i < slice.end; ++i) {
                QJsonParseError error;
                const QJsonDocument json = QJsonDocument::fromJson(rows.at(i).second, &error);
                Result<Event> event = Event::fromJson(json.object());
                if (error.error == QJsonParseError::NoError && event)
                    parsed.append({*event, {}});
                else
                    parsed.append({Event(),
                                   TrackerStoreReaderMessages::tr("row %1 holds no event")
                                       .arg(rows.at(i).first)});
            }
            return parsed;
        });
    QList<ParsedEvent> all;
    all.reserve(rows.size());
    for (const QList<ParsedEvent> &part : parts)
        all += part;
    return all;
}

} // namespace

Error TrackerStoreReader::queryError(const QString &what, const QString &message) const
{
    return makeError(TrackerStoreReaderMessages::tr("%1 failed: %2").arg(what, message.trimmed()),
                     m_connection.address().displayName());
}

Result<TrackerStoreReader::Snapshot> TrackerStoreReader::snapshot()
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(u"SELECT count(*), coalesce(max(id), 0) FROM events"_s) || !query.next())
        return queryError(TrackerStoreReaderMessages::tr("counting the events"),
                          query.lastError().text());
    return Snapshot{query.value(0).toLongLong(), query.value(1).toLongLong()};
}

Status TrackerStoreReader::readRows(qint64 afterId, qint64 upToId,
                                    const std::function<bool(QList<EventRow> &&)> &sink,
                                    int batchSize)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, sender_id, type_name, timestamp, intent_name, action_name, "
                  "CASE WHEN type_name = 'user' THEN data END FROM events "
                  "WHERE id > ? AND id <= ? ORDER BY id LIMIT ?"_s);
    qint64 from = afterId;
    while (from < upToId) {
        query.bindValue(0, from);
        query.bindValue(1, upToId);
        query.bindValue(2, batchSize);
        if (!query.exec())
            return queryError(TrackerStoreReaderMessages::tr("reading the events"),
                              query.lastError().text());
        QList<EventRow> batch;
        batch.reserve(batchSize);
        while (query.next())
            batch.append(rowFrom(query));
        query.finish();
        if (batch.isEmpty())
            break;
        from = batch.last().id;
        const bool more = batch.size() == batchSize;
        if (!sink(std::move(batch)) || !more)
            break;
    }
    return {};
}

Result<TrackerStoreReader::ConversationEvents>
TrackerStoreReader::readConversation(const QString &senderId, qint64 beforeId, int limit)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    const QString before = beforeId > 0 ? u" AND id < ?"_s : QString();
    // `id + 0`: ordered by the key itself, PostgreSQL walks the whole key
    // index backwards for the last rows (117 ms in 1.2 M rows) instead of
    // using Rasa's sender_id index and sorting those few (5 ms).
    const QString last = limit >= 0 ? u" ORDER BY id + 0 DESC LIMIT ?"_s : u" ORDER BY id"_s;
    query.prepare(u"SELECT id, data FROM events WHERE sender_id = ?"_s + before + last);
    int bound = 0;
    query.bindValue(bound++, senderId);
    if (beforeId > 0)
        query.bindValue(bound++, beforeId);
    if (limit >= 0)
        query.bindValue(bound++, limit);
    if (!query.exec())
        return queryError(TrackerStoreReaderMessages::tr("reading the conversation"),
                          query.lastError().text());
    QList<QPair<qint64, QByteArray>> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toString().toUtf8()});
    if (limit >= 0)
        std::reverse(rows.begin(), rows.end());
    ConversationEvents result;
    const QList<ParsedEvent> parsed = parseEvents(rows);
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        if (!parsed.at(i).problem.isEmpty()) {
            result.problems.append(parsed.at(i).problem);
            continue;
        }
        result.events.append(parsed.at(i).event);
        result.ids.append(rows.at(i).first);
    }
    return result;
}

Result<QJsonObject> TrackerStoreReader::readEvent(qint64 id)
{
    QSqlQuery query(m_connection.database());
    query.prepare(u"SELECT data FROM events WHERE id = ?"_s);
    query.bindValue(0, id);
    if (!query.exec())
        return queryError(TrackerStoreReaderMessages::tr("reading an event"),
                          query.lastError().text());
    if (!query.next())
        return makeError(TrackerStoreReaderMessages::tr("row %1 is gone").arg(id),
                         m_connection.address().displayName());
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

} // namespace Coach
