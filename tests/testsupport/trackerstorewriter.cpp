#include "trackerstorewriter.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Coach::TestSupport {

namespace {

Error sqlError(const QString &what, const QSqlError &error)
{
    return makeError(u"%1: %2"_s.arg(what, error.text()));
}

QString literal(const std::optional<QString> &text)
{
    if (!text)
        return u"NULL"_s;
    return u'\'' + QString(*text).replace(u'\'', u"''"_s) + u'\'';
}

} // namespace

bool TrackerStoreWriter::isPostgreSql() const
{
    return m_database.driverName() == u"QPSQL";
}

Status TrackerStoreWriter::createTable()
{
    const QStringList statements = isPostgreSql()
        ? QStringList{u"CREATE TABLE events (id SERIAL NOT NULL, sender_id VARCHAR(255) NOT NULL, "
                      "type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255), "
                      "action_name VARCHAR(255), data TEXT, PRIMARY KEY (id))"_s,
                      u"CREATE INDEX ix_events_sender_id ON events (sender_id)"_s}
        : QStringList{
            u"CREATE TABLE events (\n\tid INTEGER NOT NULL, \n\tsender_id VARCHAR(255) NOT NULL, "
            "\n\ttype_name VARCHAR(255) NOT NULL, \n\ttimestamp FLOAT, \n\tintent_name "
            "VARCHAR(255), "
            "\n\taction_name VARCHAR(255), \n\tdata TEXT, \n\tPRIMARY KEY (id)\n)"_s,
            u"CREATE INDEX ix_events_sender_id ON events (sender_id)"_s};
    QSqlQuery query(m_database);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return sqlError(u"creating the events table"_s, query.lastError());
    }
    return {};
}

Status TrackerStoreWriter::insert(const QList<TrackerStoreRow> &rows)
{
    if (rows.isEmpty())
        return {};
    if (!m_database.transaction())
        return sqlError(u"starting a transaction"_s, m_database.lastError());
    const Status status = isPostgreSql() ? insertPostgreSql(rows) : insertSqlite(rows);
    if (!status) {
        m_database.rollback();
        return status;
    }
    if (!m_database.commit())
        return sqlError(u"committing"_s, m_database.lastError());
    return {};
}

Status TrackerStoreWriter::insertPostgreSql(const QList<TrackerStoreRow> &rows)
{
    // Many rows per statement: a million single INSERTs take minutes.
    QSqlQuery query(m_database);
    constexpr qsizetype PerStatement = 500;
    for (qsizetype first = 0; first < rows.size(); first += PerStatement) {
        QString sql =
            u"INSERT INTO events (sender_id, type_name, timestamp, intent_name, action_name, data) VALUES "_s;
        const qsizetype last = std::min(rows.size(), first + PerStatement);
        for (qsizetype i = first; i < last; ++i) {
            const TrackerStoreRow &row = rows.at(i);
            const QString timestamp =
                row.timestamp ? QString::fromLatin1(pythonFloatRepr(*row.timestamp)) : u"NULL"_s;
            sql += (i == first ? u"("_s : u", ("_s)
                + QStringList{literal(row.senderId),
                              literal(row.typeName),
                              timestamp,
                              literal(row.intentName),
                              literal(row.actionName),
                              literal(QString::fromUtf8(row.data))}
                      .join(u", "_s)
                + u')';
        }
        if (!query.exec(sql))
            return sqlError(u"inserting events"_s, query.lastError());
    }
    return {};
}

Status TrackerStoreWriter::insertSqlite(const QList<TrackerStoreRow> &rows)
{
    QSqlQuery query(m_database);
    query.prepare(
        u"INSERT INTO events (sender_id, type_name, timestamp, intent_name, action_name, data) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s);
    const auto text = [](const std::optional<QString> &value) {
        return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::QString));
    };
    for (const TrackerStoreRow &row : rows) {
        query.bindValue(0, row.senderId);
        query.bindValue(1, row.typeName);
        query.bindValue(
            2, row.timestamp ? QVariant(*row.timestamp) : QVariant(QMetaType(QMetaType::Double)));
        query.bindValue(3, text(row.intentName));
        query.bindValue(4, text(row.actionName));
        query.bindValue(5, QString::fromUtf8(row.data));
        if (!query.exec())
            return sqlError(u"inserting events"_s, query.lastError());
    }
    return {};
}

Status TrackerStoreWriter::write(TrackerStoreGenerator &generator)
{
    if (Status status = createTable(); !status)
        return status;
    QList<TrackerStoreRow> batch;
    Status status;
    generator.generate([&](const TrackerStoreRow &row) {
        if (!status)
            return; // the first failure is the answer; the rest is not written
        batch.append(row);
        if (batch.size() >= 20000) {
            status = insert(batch);
            batch.clear();
        }
    });
    if (!status)
        return status;
    return insert(batch);
}

} // namespace Coach::TestSupport
