#include "inboxconnector.h"

#include "inbox/envinterpolation.h"
#include "inbox/inboxservice.h"
#include "inbox/inboxsource.h"
#include "inbox/postgresreviewstore.h"
#include "inbox/sessionreviewstore.h"
#include "keyringstore.h"

#include "session/sessiondocument.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Coach {

InboxConnector::InboxConnector(InboxService *service, QObject *parent)
    : QObject(parent), m_service(service)
{
    connect(m_service, &InboxService::openFinished, this, &InboxConnector::onOpenFinished);
}

InboxConnector::~InboxConnector() = default;

Result<TrackerStoreAddress> InboxConnector::parse(const QString &store)
{
    const QString text = store.trimmed();
    if (text.isEmpty())
        return makeError(tr("Name the tracker store: postgresql://USER@HOST:PORT/DB, "
                            "sqlite:///PATH or the bot's endpoints.yml."));
    const QFileInfo file(text);
    if (!text.contains(u"://"_s)
        && (text.endsWith(u".yml"_s) || text.endsWith(u".yaml"_s) || file.isFile()))
        return TrackerStoreAddress::fromEndpoints(file.absoluteFilePath(), EnvInterpolation());
    return TrackerStoreAddress::fromUrl(text);
}

QString InboxConnector::knownPassword(const TrackerStoreAddress &address) const
{
    if (!address.password.isEmpty() || !address.isPostgreSql())
        return address.password;
    QString environment = qEnvironmentVariable("RASA_COACH_DB_PASSWORD");
    if (!environment.isEmpty())
        return environment;
    return KeyringStore::isAvailable() ? KeyringStore::read(KeyringStore::databaseKey(address))
                                       : QString();
}

void InboxConnector::connectTo(const QString &store, const QString &reviewDatabase,
                               SessionDocument *document, const QString &annotator)
{
    Result<TrackerStoreAddress> address = parse(store);
    if (!address) {
        Q_EMIT failed(address.error().toString());
        return;
    }
    m_address = *address;
    m_reviewDatabase = reviewDatabase.trimmed();
    m_document = document;
    m_annotator = annotator;
    m_asked = false;
    m_pendingRemember.reset();
    m_password = knownPassword(m_address);
    m_service->open(m_address, m_password, InboxSource::defaultCacheFile(m_address));
}

std::optional<QString> InboxConnector::askPassword(const TrackerStoreAddress &address)
{
    if (!m_prompt)
        return std::nullopt;
    m_pendingRemember = m_prompt(address.displayName());
    return m_pendingRemember ? std::optional<QString>(m_pendingRemember->password) : std::nullopt;
}

void InboxConnector::onOpenFinished(const QString &error, bool needsPassword)
{
    if (error.isEmpty()) {
        if (m_pendingRemember && m_pendingRemember->remember)
            (void)KeyringStore::write(KeyringStore::databaseKey(m_address),
                                      m_pendingRemember->password);
        m_pendingRemember.reset();
        if (const Status status = setUpReviews(); !status)
            Q_EMIT failed(status.error().toString());
        Q_EMIT connected();
        return;
    }
    if (needsPassword && !m_asked) {
        m_asked = true;
        if (const std::optional<QString> password = askPassword(m_address)) {
            m_password = *password;
            m_service->open(m_address, m_password, InboxSource::defaultCacheFile(m_address));
            return;
        }
    }
    Q_EMIT failed(error);
}

Status InboxConnector::setUpReviews()
{
    m_reviews.reset();
    const QString store = m_address.identity();
    if (m_reviewDatabase.isEmpty()) {
        m_reviews = std::make_unique<SessionReviewStore>(m_document, store, m_annotator);
    } else {
        const bool sameDatabase = m_reviewDatabase == u"store";
        Result<TrackerStoreAddress> database = sameDatabase
            ? Result<TrackerStoreAddress>(m_address)
            : TrackerStoreAddress::fromUrl(m_reviewDatabase);
        if (!database)
            return database.error();
        auto shared = std::make_unique<PostgresReviewStore>(store, m_annotator);
        const QString password = sameDatabase ? m_password : knownPassword(*database);
        if (Status status = shared->open(*database, password); !status) {
            m_reviews = std::make_unique<SessionReviewStore>(m_document, store, m_annotator);
            Q_EMIT reviewStoreChanged(m_reviews.get());
            return makeError(tr("Reviews stay in this session: %1").arg(status.error().toString()));
        }
        m_reviews = std::move(shared);
    }
    Q_EMIT reviewStoreChanged(m_reviews.get());
    return {};
}

} // namespace Coach
