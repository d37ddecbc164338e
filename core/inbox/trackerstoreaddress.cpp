#include "trackerstoreaddress.h"

#include "envinterpolation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct TrackerStoreAddressMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::TrackerStoreAddress)
};

//! "postgresql", "postgresql+psycopg2", "postgres" → PostgreSQL; "sqlite" → SQLite.
Result<TrackerStoreAddress::Dialect> dialectFromName(const QString &name)
{
    const QString base = name.section(u'+', 0, 0).toLower();
    if (base == u"postgresql" || base == u"postgres")
        return TrackerStoreAddress::Dialect::PostgreSql;
    if (base == u"sqlite")
        return TrackerStoreAddress::Dialect::Sqlite;
    return makeError(TrackerStoreAddressMessages::tr(
                         "the SQL dialect \"%1\" is not supported (PostgreSQL and SQLite are)")
                         .arg(name));
}

Result<TrackerStoreAddress> postgresFromUrl(const QUrl &url)
{
    TrackerStoreAddress address;
    address.dialect = TrackerStoreAddress::Dialect::PostgreSql;
    address.host = url.host();
    address.port = url.port(5432);
    address.user = url.userName();
    address.password = url.password();
    address.database = url.path().mid(1);
    if (address.host.isEmpty() || address.database.isEmpty() || address.database.contains(u'/'))
        return makeError(
            TrackerStoreAddressMessages::tr("expected postgresql://USER@HOST:PORT/DATABASE"));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        address.options.insert(key, value);
    return address;
}

} // namespace

Result<TrackerStoreAddress> TrackerStoreAddress::fromUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"sqlite://", Qt::CaseInsensitive)) {
        QString path = trimmed.mid(9);
        if (path.startsWith(u"//"))
            path = path.mid(1); // SQLAlchemy's sqlite:////abs/path
        if (!QDir::isAbsolutePath(path))
            return makeError(TrackerStoreAddressMessages::tr(
                                 "expected sqlite:///ABSOLUTE/PATH to the database file"),
                             text);
        TrackerStoreAddress address;
        address.database = QDir::cleanPath(path);
        return address;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return makeError(TrackerStoreAddressMessages::tr(
                             "expected postgresql://USER@HOST:PORT/DATABASE or sqlite:///PATH"),
                         text);
    Result<Dialect> dialect = dialectFromName(url.scheme());
    if (!dialect)
        return dialect.error();
    if (*dialect == Dialect::Sqlite)
        return makeError(TrackerStoreAddressMessages::tr(
                             "expected sqlite:///ABSOLUTE/PATH to the database file"),
                         text);
    Result<TrackerStoreAddress> address = postgresFromUrl(url);
    if (!address)
        return makeError(address.error().message, url.toDisplayString(QUrl::RemovePassword));
    return address;
}

QString TrackerStoreAddress::displayName() const
{
    if (dialect == Dialect::Sqlite)
        return u"sqlite://"_s + database;
    const QString who = user.isEmpty() ? QString() : user + u'@';
    return u"postgresql://%1%2:%3/%4"_s.arg(who, host).arg(port).arg(database);
}

QString TrackerStoreAddress::identity() const
{
    if (dialect == Dialect::Sqlite)
        return u"sqlite://"_s + QFileInfo(database).absoluteFilePath();
    const QString inSchema = schema.isEmpty() ? QString() : u"#"_s + schema;
    return u"postgresql://%1:%2/%3%4"_s.arg(host.toLower()).arg(port).arg(database, inSchema);
}

} // namespace Coach
