#include "graphservice.h"

namespace Coach {

GraphService::GraphService(QObject *parent)
    : QObject(parent), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<Coach::GraphResult>();
    qRegisterMetaType<Coach::GraphRequest>();
    m_worker = new GraphWorker(m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &GraphWorker::rendered, this, &GraphService::onRendered);
    connect(m_worker, &GraphWorker::trainingLoaded, this, &GraphService::trainingLoaded);
    connect(m_worker, &GraphWorker::progressed, this,
            [this](quint64 generation, const QString &status) {
                if (generation == m_latest->load())
                    Q_EMIT graphStarted(generation, status);
            });
    m_thread.setObjectName(QStringLiteral("graph"));
    m_thread.start(QThread::LowPriority);
}

GraphService::~GraphService()
{
    m_latest->fetch_add(1); // cancels the work in flight
    m_thread.quit();
    m_thread.wait();
}

void GraphService::setTrainingData(const StorySteps &steps)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, steps] { worker->setTraining(steps); }, Qt::QueuedConnection);
}

void GraphService::loadTrainingData(std::function<Result<StorySteps>()> reader)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, reader = std::move(reader)] { worker->loadTraining(reader); },
        Qt::QueuedConnection);
}

quint64 GraphService::requestGraph(const GraphRequest &request)
{
    const quint64 generation = m_latest->fetch_add(1) + 1;
    const bool wasBusy = isBusy();
    m_pending = generation;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request, generation] { worker->render(request, generation); },
        Qt::QueuedConnection);
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    return generation;
}

void GraphService::cancel()
{
    if (!isBusy())
        return;
    m_latest->fetch_add(1);
    m_pending = 0;
    Q_EMIT busyChanged(false);
}

void GraphService::onRendered(const GraphResult &result)
{
    if (result.generation != m_latest->load())
        return; // superseded while it was drawn
    m_pending = 0;
    Q_EMIT graphReady(result);
    Q_EMIT busyChanged(false);
}

} // namespace Coach
