#include "testdatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Coach::TestSupport {

namespace {

QString uniqueName(const QString &prefix)
{
    static QAtomicInt counter;
    return u"%1_%2_%3"_s.arg(prefix)
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Result<TrackerStoreAddress> TestDatabase::serverAddress()
{
    const QString url = qEnvironmentVariable("COACH_TEST_POSTGRES_URL");
    if (url.isEmpty()) {
        return makeError(
            u"COACH_TEST_POSTGRES_URL is not set: tests labelled postgres need the server "
            "that scripts/postgres.sh starts (scripts/postgres.sh run ctest -L postgres)"_s);
    }
    return TrackerStoreAddress::fromUrl(url);
}

QSqlDatabase TestDatabase::connect(const TrackerStoreAddress &address, const QString &name)
{
    QSqlDatabase database =
        QSqlDatabase::addDatabase(address.isPostgreSql() ? u"QPSQL"_s : u"QSQLITE"_s, name);
    database.setDatabaseName(address.database);
    database.setHostName(address.host);
    database.setPort(address.port);
    database.setUserName(address.user);
    database.open();
    return database;
}

Status TestDatabase::create()
{
    m_connectionName = uniqueName(u"test_writer"_s);
    if (m_dialect == Dialect::PostgreSql)
        return createPostgreSql();
    m_address.dialect = TrackerStoreAddress::Dialect::Sqlite;
    m_address.database = m_dir.filePath(u"rasa.db"_s);
    m_writer = connect(m_address, m_connectionName);
    if (!m_writer.isOpen())
        return makeError(m_writer.lastError().text());
    return {};
}

Status TestDatabase::createPostgreSql()
{
    Result<TrackerStoreAddress> server = serverAddress();
    if (!server)
        return server.error();
    const QString admin = uniqueName(u"test_admin"_s);
    {
        QSqlDatabase database = connect(*server, admin);
        QSqlQuery query(database);
        m_address = *server;
        m_address.database = uniqueName(u"coach_test"_s);
        if (!database.isOpen() || !query.exec(u"CREATE DATABASE "_s + m_address.database)) {
            const QString message =
                database.isOpen() ? query.lastError().text() : database.lastError().text();
            return makeError(
                u"cannot create a database on %1: %2"_s.arg(server->displayName(), message));
        }
    }
    QSqlDatabase::removeDatabase(admin);
    m_writer = connect(m_address, m_connectionName);
    if (!m_writer.isOpen())
        return makeError(m_writer.lastError().text());
    return {};
}

Status TestDatabase::createReadOnlyRole(const QString &name, const QString &password)
{
    QSqlQuery query(m_writer);
    const QString quoted = QString(password).replace(u'\'', u"''"_s);
    if (!query.exec(u"DROP ROLE IF EXISTS %1"_s.arg(name))
        || !query.exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(name, quoted))
        || !query.exec(u"GRANT SELECT ON events TO %1"_s.arg(name))) {
        return makeError(query.lastError().text());
    }
    return {};
}

TestDatabase::~TestDatabase()
{
    if (m_connectionName.isEmpty())
        return;
    m_writer.close();
    m_writer = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_dialect != Dialect::PostgreSql || m_address.database.isEmpty())
        return;
    const Result<TrackerStoreAddress> server = serverAddress();
    if (!server)
        return;
    const QString admin = uniqueName(u"test_admin"_s);
    {
        QSqlDatabase database = connect(*server, admin);
        QSqlQuery(database).exec(
            u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_address.database));
    }
    QSqlDatabase::removeDatabase(admin);
}

} // namespace Coach::TestSupport
