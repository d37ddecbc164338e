#include "trackerstoreconnection.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct TrackerStoreConnectionMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::TrackerStoreConnection)
};

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return u"coach-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

//! libpq keeps a value in single quotes with \ and ' escaped.
QString conninfoValue(QString value)
{
    value.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + value + u'\'';
}

} // namespace

TrackerStoreConnection::~TrackerStoreConnection()
{
    close();
}

void TrackerStoreConnection::close()
{
    if (m_name.isEmpty())
        return;
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

Status TrackerStoreConnection::open(const TrackerStoreAddress &address, const QString &password,
                                    Access access)
{
    close();
    m_address = address;
    m_passwordError = false;
    m_name = uniqueConnectionName();
    const Status status =
        address.isPostgreSql() ? openPostgreSql(password, access) : openSqlite(access);
    if (!status) {
        close();
        return makeError(status.error().message, address.displayName());
    }
    return {};
}

Status TrackerStoreConnection::openSqlite(Access access)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return makeError(TrackerStoreConnectionMessages::tr(
            "the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)"));
    const QFileInfo file(m_address.database);
    if (access == Access::ReadOnly && !file.isFile())
        return makeError(TrackerStoreConnectionMessages::tr("there is no database file"));
    m_database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_database.setDatabaseName(m_address.database);
    // Rasa may be writing: wait for its lock instead of failing at once.
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (access == Access::ReadOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    m_database.setConnectOptions(options);
    if (!m_database.open())
        return makeError(m_database.lastError().text());
    return {};
}

Status TrackerStoreConnection::openPostgreSql(const QString &password, Access access)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return makeError(TrackerStoreConnectionMessages::tr(
            "the Qt PostgreSQL driver is not installed (Debian: libqt6sql6-psql)"));
    m_database = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
    m_database.setHostName(m_address.host);
    m_database.setPort(m_address.port);
    m_database.setDatabaseName(m_address.database);
    m_database.setUserName(m_address.user);
    m_database.setPassword(m_address.password.isEmpty() ? password : m_address.password);
    QStringList server;
    if (access == Access::ReadOnly)
        server << u"-c default_transaction_read_only=on"_s;
    if (!m_address.schema.isEmpty())
        server << u"-c search_path=%1"_s.arg(m_address.schema);
    QStringList options{u"connect_timeout=10"_s, u"application_name=rasa-coach"_s};
    if (!server.isEmpty())
        options << u"options="_s + conninfoValue(server.join(u' '));
    for (auto it = m_address.options.cbegin(); it != m_address.options.cend(); ++it)
        options << it.key() + u'=' + conninfoValue(it.value());
    m_database.setConnectOptions(options.join(u';'));
    if (!m_database.open()) {
        const QString message = m_database.lastError().text();
        m_passwordError = message.contains(u"password"_s, Qt::CaseInsensitive);
        return makeError(message.trimmed());
    }
    return {};
}

Status TrackerStoreConnection::checkEventsTable()
{
    QSqlQuery query(m_database);
    if (query.exec(u"SELECT id, sender_id, type_name, timestamp, intent_name, action_name, data "
                   "FROM events WHERE 1 = 0"_s)) {
        return {};
    }
    return makeError(TrackerStoreConnectionMessages::tr(
                         "no readable events table with Rasa's columns (id, sender_id, type_name, "
                         "timestamp, intent_name, action_name, data): %1")
                         .arg(query.lastError().text().trimmed()),
                     m_address.displayName());
}

} // namespace Coach
