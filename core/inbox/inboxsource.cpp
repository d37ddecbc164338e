#include "inboxsource.h"

#include "parallel.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

constexpr quint32 CacheMagic = 0x52434943; // "RCIC"
constexpr quint32 CacheVersion = 1;

//! Decodes the user rows of a batch on all cores, then applies the batch.
void applyBatch(InboxIndex &index, const QList<EventRow> &batch)
{
    const QList<QList<InboxIndex::UserData>> decoded =
        Parallel::mapSlices(batch.size(), 2048, [&batch](Parallel::Slice slice) {
            QList<InboxIndex::UserData> users;
            users.reserve(slice.end - slice.begin);
            for (qsizetype i = slice.begin; i < slice.end; ++i) {
                const EventRow &row = batch.at(i);
                users.append(row.typeName == u"user" ? InboxIndex::decodeUserData(row.data)
                                                     : InboxIndex::UserData());
            }
            return users;
        });
    qsizetype i = 0;
    for (const QList<InboxIndex::UserData> &part : decoded) {
        for (const InboxIndex::UserData &user : part)
            index.addRow(batch.at(i++), user);
    }
}

} // namespace

QString InboxSource::defaultCacheFile(const TrackerStoreAddress &address)
{
    const QByteArray key =
        QCryptographicHash::hash(address.identity().toUtf8(), QCryptographicHash::Sha256);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return QDir(folder).filePath(
        u"inbox/%1.index"_s.arg(QString::fromLatin1(key.toHex().left(32))));
}

Status InboxSource::open(const TrackerStoreAddress &address, const QString &password,
                         const QString &cacheFile)
{
    m_index = InboxIndex();
    m_cacheFile = cacheFile;
    if (Status status = m_connection.open(address, password); !status)
        return status;
    if (Status status = m_connection.checkEventsTable(); !status)
        return status;
    if (!m_cacheFile.isEmpty() && !loadCache())
        m_index = InboxIndex();
    return {};
}

Result<InboxSource::RefreshStats>
InboxSource::refresh(const std::function<bool(qint64, qint64)> &progress)
{
    Result<TrackerStoreReader::Snapshot> snapshot = m_reader.snapshot();
    if (!snapshot)
        return snapshot.error();
    const bool shrunk =
        snapshot->maxId < m_index.maxRowId() || snapshot->rowCount < m_index.rowCount();
    InboxIndex updated = shrunk ? InboxIndex() : m_index;
    Result<RefreshStats> stats =
        readInto(updated, snapshot->maxId, snapshot->rowCount - updated.rowCount(), progress);
    if (!stats)
        return stats;
    stats.value().rebuilt = shrunk || m_index.isEmpty();
    if (updated.rowCount() != snapshot->rowCount && !stats->rebuilt) {
        // Rows appeared below the cached ids or went away: read all again.
        updated = InboxIndex();
        stats = readInto(updated, snapshot->maxId, snapshot->rowCount, progress);
        if (!stats)
            return stats;
        stats.value().rebuilt = true;
    }
    const bool changed = stats->rowsRead > 0 || stats->rebuilt;
    m_index = std::move(updated);
    if (changed && !m_cacheFile.isEmpty())
        (void)saveCache(); // a cache that cannot be written only costs time next run
    return stats;
}

Result<InboxSource::RefreshStats>
InboxSource::readInto(InboxIndex &index, qint64 upToId, qint64 total,
                      const std::function<bool(qint64, qint64)> &progress)
{
    RefreshStats stats;
    bool cancelled = false;
    const Status status = m_reader.readRows(index.maxRowId(), upToId, [&](QList<EventRow> &&batch) {
        applyBatch(index, batch);
        stats.rowsRead += batch.size();
        cancelled = progress && !progress(stats.rowsRead, std::max(total, stats.rowsRead));
        return !cancelled;
    });
    if (!status)
        return status.error();
    if (cancelled)
        return makeError(QCoreApplication::translate("Coach::InboxSource", "cancelled"),
                         address().displayName());
    return stats;
}

bool InboxSource::loadCache()
{
    QFile file(m_cacheFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QDataStream in(&file);
    quint32 magic = 0, version = 0;
    QString identity;
    QByteArray payload, digest;
    in >> magic >> version >> identity >> payload >> digest;
    if (in.status() != QDataStream::Ok || magic != CacheMagic || version != CacheVersion
        || identity != address().identity()
        || digest != QCryptographicHash::hash(payload, QCryptographicHash::Sha256)) {
        return false;
    }
    QDataStream indexStream(payload);
    return m_index.read(indexStream);
}

Status InboxSource::saveCache() const
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        m_index.write(out);
    }
    QDir().mkpath(QFileInfo(m_cacheFile).absolutePath());
    QSaveFile file(m_cacheFile);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(file.errorString(), m_cacheFile);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QDataStream out(&file);
    out << CacheMagic << CacheVersion << address().identity() << payload
        << QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    if (!file.commit())
        return makeError(file.errorString(), m_cacheFile);
    return {};
}

} // namespace Coach
