#pragma once

#include "inboxindex.h"
#include "result.h"
#include "trackerstoreaddress.h"
#include "trackerstoreconnection.h"
#include "trackerstorereader.h"

#include <QString>

#include <functional>

namespace Coach {

//! A tracker store as the inbox sees it: the read-only connection, and an
//! InboxIndex kept current by refresh(). The index may be cached in a file
//! of the app's own (the bot's role may only SELECT, so the speed cannot
//! come from indexes on the bot's table): a refresh then reads only the
//! rows added since, and rebuilds when the store no longer matches the
//! cache (rows deleted, a row committed late, another database). The cache
//! holds users' messages: it is written with owner-only permissions and
//! can be switched off (empty cache file).
class InboxSource final
{
public:
    InboxSource() = default;

    //! Opens the store read-only and checks its events table; loads the
    //! cache file when it belongs to this store.
    Status open(const TrackerStoreAddress &address, const QString &password = {},
                const QString &cacheFile = {});
    //! The connection wants a password (PostgreSQL) after open() failed.
    bool needsPassword() const { return m_connection.isPasswordError(); }

    struct RefreshStats
    {
        qint64 rowsRead = 0;
        bool rebuilt = false; //!< read everything (no or stale cache)
    };
    //! Brings the index up to date. `progress(done, total)` (rows) may
    //! return false to cancel (the index is then unchanged).
    Result<RefreshStats> refresh(const std::function<bool(qint64, qint64)> &progress = {});

    const InboxIndex &index() const { return m_index; }
    TrackerStoreReader &reader() { return m_reader; }
    const TrackerStoreAddress &address() const { return m_connection.address(); }

    //! Where the app caches the index of a store (the user's cache folder).
    static QString defaultCacheFile(const TrackerStoreAddress &address);

private:
    Result<RefreshStats> readInto(InboxIndex &index, qint64 upToId, qint64 total,
                                  const std::function<bool(qint64, qint64)> &progress);
    bool loadCache();
    Status saveCache() const;

    TrackerStoreConnection m_connection;
    TrackerStoreReader m_reader{m_connection};
    InboxIndex m_index;
    QString m_cacheFile;
};

} // namespace Coach
