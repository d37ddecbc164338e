#pragma once

#include "inboxindex.h"
#include "trackerstoreaddress.h"

#include "model/event.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Coach {

class InboxWorker;

//! The UI thread's handle on a tracker store: every query runs on a worker
//! thread (a QtSql connection belongs to its thread), the index arrives as
//! an immutable snapshot, and the store is checked for new rows every few
//! seconds while it is open. A long conversation arrives twice: its last
//! events first (shown at once), then all of them.
class InboxService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxService)

public:
    using Snapshot = std::shared_ptr<const InboxIndex>;

    explicit InboxService(QObject *parent = nullptr);
    ~InboxService() override;

    //! Opens a store (closing the one before); openFinished() tells how it went.
    void open(const TrackerStoreAddress &address, const QString &password,
              const QString &cacheFile);
    void close();
    //! Reads new rows now (also done by the timer).
    void refresh();
    //! How often refresh() runs while a store is open; 0 stops it.
    void setRefreshInterval(int milliseconds);
    //! Loads one conversation: `tail` events first when it has more.
    void loadConversation(const QString &senderId, int tail = 300);
    //! Loads one stored event (e.g. a message's full parse with its ranking).
    void loadEvent(qint64 rowId);
    //! Stops a refresh in progress (the index stays as it was).
    void cancel();

    bool isOpen() const { return m_open; }
    Snapshot index() const { return m_index; }
    const TrackerStoreAddress &address() const { return m_address; }

Q_SIGNALS:
    //! `error` is empty on success; `needsPassword` when PostgreSQL wants one.
    void openFinished(const QString &error, bool needsPassword);
    void indexChanged(const Coach::InboxService::Snapshot &index);
    void refreshFailed(const QString &error);
    void progressChanged(qint64 done, qint64 total);
    //! `complete` is false for the first part of a long conversation.
    void conversationLoaded(const QString &senderId, const Coach::EventList &events, bool complete,
                            const QStringList &problems);
    void conversationFailed(const QString &senderId, const QString &error);
    void eventLoaded(qint64 rowId, const QJsonObject &event);

private:
    QThread m_thread;
    InboxWorker *m_worker = nullptr; // lives on m_thread
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QTimer m_timer;
    Snapshot m_index;
    TrackerStoreAddress m_address;
    bool m_open = false;
    bool m_refreshing = false;
};

} // namespace Coach

Q_DECLARE_METATYPE(Coach::InboxService::Snapshot)
