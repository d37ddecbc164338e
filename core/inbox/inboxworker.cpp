#include "inboxworker.h"

#include <QElapsedTimer>

namespace Coach {

void InboxWorker::open(const TrackerStoreAddress &address, const QString &password,
                       const QString &cacheFile)
{
    m_source = std::make_unique<InboxSource>();
    const Status status = m_source->open(address, password, cacheFile);
    if (!status) {
        const bool needsPassword = m_source->needsPassword();
        m_source.reset();
        Q_EMIT openFinished(status.error().toString(), needsPassword);
        return;
    }
    Q_EMIT openFinished({}, false);
    if (!m_source->index().isEmpty()) // the cache: something to show before the first refresh
        Q_EMIT indexChanged(std::make_shared<const InboxIndex>(m_source->index()));
}

void InboxWorker::close()
{
    m_source.reset();
}

void InboxWorker::refresh()
{
    if (!m_source) {
        Q_EMIT refreshFinished({});
        return;
    }
    m_cancel->store(false);
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const Result<InboxSource::RefreshStats> stats =
        m_source->refresh([this, &sinceProgress](qint64 done, qint64 total) {
            if (sinceProgress.elapsed() > 100) {
                Q_EMIT progressChanged(done, total);
                sinceProgress.restart();
            }
            return !m_cancel->load();
        });
    if (!stats) {
        Q_EMIT refreshFinished(stats.error().toString());
        return;
    }
    if (stats->rowsRead > 0 || stats->rebuilt)
        Q_EMIT indexChanged(std::make_shared<const InboxIndex>(m_source->index()));
    Q_EMIT refreshFinished({});
}

void InboxWorker::loadEvent(qint64 rowId)
{
    if (m_source)
        Q_EMIT eventLoaded(rowId, m_source->reader().readEvent(rowId).valueOr({}));
}

void InboxWorker::loadConversation(const QString &senderId, int tail)
{
    if (!m_source)
        return;
    const int total = [&] {
        const int i = m_source->index().conversationIndex(senderId);
        return i < 0 ? -1 : m_source->index().conversations().at(i).events;
    }();
    qint64 firstShown = 0;
    QStringList problems;
    EventList shown;
    if (total < 0 || total > tail) {
        const Result<TrackerStoreReader::ConversationEvents> last =
            m_source->reader().readConversation(senderId, 0, tail);
        if (!last) {
            Q_EMIT conversationFailed(senderId, last.error().toString());
            return;
        }
        if (last->ids.size() < tail) { // it was all of it
            Q_EMIT conversationLoaded(senderId, last->events, true, last->problems);
            return;
        }
        Q_EMIT conversationLoaded(senderId, last->events, false, last->problems);
        firstShown = last->ids.first();
        shown = last->events;
        problems = last->problems;
    }
    const Result<TrackerStoreReader::ConversationEvents> rest =
        m_source->reader().readConversation(senderId, firstShown);
    if (!rest) {
        Q_EMIT conversationFailed(senderId, rest.error().toString());
        return;
    }
    Q_EMIT conversationLoaded(senderId, rest->events + shown, true, rest->problems + problems);
}

} // namespace Coach
