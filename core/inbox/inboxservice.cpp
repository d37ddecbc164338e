#include "inboxservice.h"

#include "inboxworker.h"

namespace Coach {

InboxService::InboxService(QObject *parent)
    : QObject(parent), m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<Snapshot>();
    qRegisterMetaType<EventList>();
    m_worker = new InboxWorker(m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &InboxWorker::openFinished, this,
            [this](const QString &error, bool needsPassword) {
                m_open = error.isEmpty();
                Q_EMIT openFinished(error, needsPassword);
                if (m_open)
                    refresh();
            });
    connect(m_worker, &InboxWorker::indexChanged, this, [this](const Snapshot &index) {
        m_index = index;
        Q_EMIT indexChanged(index);
    });
    connect(m_worker, &InboxWorker::refreshFinished, this, [this](const QString &error) {
        m_refreshing = false;
        if (!error.isEmpty())
            Q_EMIT refreshFailed(error);
    });
    connect(m_worker, &InboxWorker::progressChanged, this, &InboxService::progressChanged);
    connect(m_worker, &InboxWorker::conversationLoaded, this, &InboxService::conversationLoaded);
    connect(m_worker, &InboxWorker::conversationFailed, this, &InboxService::conversationFailed);
    connect(m_worker, &InboxWorker::eventLoaded, this, &InboxService::eventLoaded);
    m_timer.setInterval(10000);
    connect(&m_timer, &QTimer::timeout, this, &InboxService::refresh);
    m_thread.setObjectName(QStringLiteral("InboxWorker"));
    m_thread.start();
}

InboxService::~InboxService()
{
    m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

void InboxService::open(const TrackerStoreAddress &address, const QString &password,
                        const QString &cacheFile)
{
    m_open = false;
    m_address = address;
    m_index.reset();
    m_cancel->store(true); // a refresh of the store before stops
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, address, password, cacheFile] {
        worker->open(address, password, cacheFile);
    });
    if (m_timer.interval() > 0)
        m_timer.start();
}

void InboxService::close()
{
    m_open = false;
    m_timer.stop();
    m_index.reset();
    m_cancel->store(true);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); });
}

void InboxService::refresh()
{
    if (!m_open || m_refreshing)
        return;
    m_refreshing = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->refresh(); });
}

void InboxService::setRefreshInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
    if (milliseconds <= 0)
        m_timer.stop();
    else if (m_open)
        m_timer.start();
}

void InboxService::loadConversation(const QString &senderId, int tail)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, senderId, tail] {
        worker->loadConversation(senderId, tail);
    });
}

void InboxService::loadEvent(qint64 rowId)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, rowId] { worker->loadEvent(rowId); });
}

void InboxService::cancel()
{
    m_cancel->store(true);
}

} // namespace Coach
