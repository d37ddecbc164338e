#pragma once

#include "inboxservice.h"
#include "inboxsource.h"

#include <QObject>

namespace Coach {

//! InboxService's half on the worker thread: owns the InboxSource (and so
//! the connection). Called through queued invocations only.
class InboxWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxWorker)

public:
    explicit InboxWorker(std::shared_ptr<std::atomic<bool>> cancel)
        : m_cancel(std::move(cancel)) { }

    void open(const Coach::TrackerStoreAddress &address, const QString &password,
              const QString &cacheFile);
    void close();
    void refresh();
    void loadConversation(const QString &senderId, int tail);
    void loadEvent(qint64 rowId);

Q_SIGNALS:
    void openFinished(const QString &error, bool needsPassword);
    void indexChanged(const Coach::InboxService::Snapshot &index);
    void refreshFinished(const QString &error);
    void progressChanged(qint64 done, qint64 total);
    void conversationLoaded(const QString &senderId, const Coach::EventList &events, bool complete,
                            const QStringList &problems);
    void conversationFailed(const QString &senderId, const QString &error);
    void eventLoaded(qint64 rowId, const QJsonObject &event);

private:
    std::unique_ptr<InboxSource> m_source;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace Coach
