// TrackerStoreAddress::fromEndpoints: the bot's endpoints.yml, read as Rasa
// reads it (rasa/utils/endpoints.py, SQLTrackerStore.get_db_url).
#include "envinterpolation.h"
#include "trackerstoreaddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include <optional>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct TrackerStoreAddressMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::TrackerStoreAddress)
};

//! The scalars of the `tracker_store` section after Rasa's expansion;
//! a missing key and YAML null are both absent.
class Section
{
public:
    Section(const YAML::Node &node, const EnvInterpolation &environment)
        : m_node(node), m_environment(environment)
    { }

    Result<std::optional<QString>> text(const char *key) const { return scalar(m_node[key]); }
    Result<QMap<QString, QString>> map(const char *key) const;

private:
    Result<std::optional<QString>> scalar(const YAML::Node &node) const;

    YAML::Node m_node;
    const EnvInterpolation &m_environment;
};

Result<std::optional<QString>> Section::scalar(const YAML::Node &node) const
{
    if (!node.IsDefined() || node.IsNull())
        return std::optional<QString>();
    if (!node.IsScalar())
        return makeError(TrackerStoreAddressMessages::tr("expected a single value at line %1")
                             .arg(node.Mark().line + 1));
    const QString value = QString::fromStdString(node.Scalar());
    const bool plain = node.Tag() == "?";
    if (plain && (value == u"~" || value.compare(u"null", Qt::CaseInsensitive) == 0))
        return std::optional<QString>();
    if (!plain || !EnvInterpolation::isExpanded(value))
        return std::optional<QString>(value);
    Result<QString> expanded = m_environment.expand(value);
    if (!expanded)
        return makeError(TrackerStoreAddressMessages::tr("line %1: %2")
                             .arg(node.Mark().line + 1)
                             .arg(expanded.error().message));
    return std::optional<QString>(*expanded);
}

Result<QMap<QString, QString>> Section::map(const char *key) const
{
    QMap<QString, QString> result;
    const YAML::Node node = m_node[key];
    if (!node.IsDefined() || node.IsNull())
        return result;
    if (!node.IsMap())
        return makeError(TrackerStoreAddressMessages::tr("\"%1\" must be a mapping")
                             .arg(QString::fromLatin1(key)));
    for (const auto &item : node) {
        Result<std::optional<QString>> value = scalar(item.second);
        if (!value)
            return value.error();
        result.insert(QString::fromStdString(item.first.Scalar()), value->value_or(QString()));
    }
    return result;
}

//! A complete SQLAlchemy URL in `url:`: sqlite:///relative, sqlite:////absolute,
//! postgresql://user:password@host:port/db?options.
Result<TrackerStoreAddress> fromCompleteUrl(const QString &text, const QDir &base)
{
    if (text.startsWith(u"sqlite://", Qt::CaseInsensitive)) {
        TrackerStoreAddress address;
        const QString path = text.mid(10); // after the third slash
        address.database = QDir::cleanPath(base.absoluteFilePath(path));
        return address;
    }
    return TrackerStoreAddress::fromUrl(text);
}

//! Host, port, user, password and database of the separate keys.
Status readPostgresKeys(const Section &section, TrackerStoreAddress &address)
{
    std::optional<QString> host, port, database, user, password;
    const std::pair<const char *, std::optional<QString> *> keys[] = {{"url", &host},
                                                                      {"port", &port},
                                                                      {"db", &database},
                                                                      {"username", &user},
                                                                      {"password", &password}};
    for (const auto &[key, target] : keys) {
        Result<std::optional<QString>> value = section.text(key);
        if (!value)
            return value.error();
        *target = *value;
    }
    Result<QMap<QString, QString>> options = section.map("query");
    if (!options)
        return options.error();
    // Rasa: a port inside `url` wins over `port`.
    const QUrl hostUrl(u"scheme://"_s + host.value_or(u"localhost"_s));
    address.host = hostUrl.host().isEmpty() ? host.value_or(u"localhost"_s) : hostUrl.host();
    bool ok = true;
    address.port = hostUrl.port() > 0 ? hostUrl.port() : port.value_or(u"5432"_s).toInt(&ok);
    if (!ok || address.port <= 0 || address.port > 65535)
        return makeError(TrackerStoreAddressMessages::tr("\"port\" is not a port number"));
    address.database = database.value_or(u"rasa.db"_s);
    address.user = user.value_or(QString());
    address.password = password.value_or(QString());
    address.options = *options;
    return {};
}

Result<TrackerStoreAddress> readSection(const Section &section, const QDir &base)
{
    Result<std::optional<QString>> type = section.text("store_type");
    if (type && !type->has_value())
        type = section.text("type");
    if (!type)
        return type.error();
    if (!type->has_value())
        return makeError(TrackerStoreAddressMessages::tr(
            "the tracker store has no type; Rasa keeps conversations in memory then"));
    if (type->value().toLower() != u"sql")
        return makeError(
            TrackerStoreAddressMessages::tr(
                "the tracker store is of type \"%1\"; the inbox reads SQL tracker stores")
                .arg(**type));
    Result<std::optional<QString>> url = section.text("url");
    if (!url)
        return url.error();
    if (url->has_value() && url->value().contains(u"://"))
        return fromCompleteUrl(**url, base);
    Result<std::optional<QString>> dialectName = section.text("dialect");
    if (!dialectName)
        return dialectName.error();
    TrackerStoreAddress address;
    address.schema = qEnvironmentVariable("POSTGRESQL_SCHEMA");
    if (dialectName->value_or(u"sqlite"_s).section(u'+', 0, 0).toLower() == u"sqlite") {
        Result<std::optional<QString>> database = section.text("db");
        if (!database)
            return database.error();
        address.schema.clear();
        address.database = QDir::cleanPath(base.absoluteFilePath(database->value_or(u"rasa.db"_s)));
        return address;
    }
    Result<TrackerStoreAddress> probe = TrackerStoreAddress::fromUrl(**dialectName + u"://x/y"_s);
    if (!probe)
        return probe.error();
    address.dialect = TrackerStoreAddress::Dialect::PostgreSql;
    if (Status status = readPostgresKeys(section, address); !status)
        return status.error();
    return address;
}

} // namespace

Result<TrackerStoreAddress> TrackerStoreAddress::fromEndpoints(const QString &path,
                                                               const EnvInterpolation &environment)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.errorString(), path);
    YAML::Node root;
    try {
        root = YAML::Load(file.readAll().toStdString());
    } catch (const YAML::Exception &error) {
        return makeError(TrackerStoreAddressMessages::tr("not valid YAML at line %1: %2")
                             .arg(error.mark.line + 1)
                             .arg(QString::fromStdString(error.msg)),
                         path);
    }
    const YAML::Node section = root.IsMap() ? root["tracker_store"] : YAML::Node();
    if (!section.IsDefined() || section.IsNull())
        return makeError(TrackerStoreAddressMessages::tr("there is no tracker_store section"),
                         path);
    if (!section.IsMap())
        return makeError(TrackerStoreAddressMessages::tr("tracker_store must be a mapping"), path);
    Result<TrackerStoreAddress> address =
        readSection(Section(section, environment), QFileInfo(path).absoluteDir());
    if (!address)
        return makeError(address.error().message, path);
    return address;
}

} // namespace Coach
