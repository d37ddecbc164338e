#pragma once

#include "graphworker.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Coach {

//! The UI thread's handle on the graph worker: owns its thread, numbers
//! requests, and only passes on the result of the latest one. Requesting a
//! graph while one is being built cancels the older one (the worker checks
//! the generation while it merges and lays out), so the panel can ask after
//! every turn without ever waiting on stale work.
class GraphService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphService)

public:
    explicit GraphService(QObject *parent = nullptr);
    ~GraphService() override;

    //! New training data (stories and rules of the bot project); expanded on
    //! the worker thread and cached there.
    void setTrainingData(const StorySteps &steps);
    //! Same, but `reader` runs on the worker thread too, so reading a big
    //! bot project never blocks the UI. Requests made after this call see
    //! the new data.
    void loadTrainingData(std::function<Result<StorySteps>()> reader);
    //! Returns the generation of the request; graphReady() carries it.
    quint64 requestGraph(const GraphRequest &request);
    //! Drops the request in flight, if any.
    void cancel();
    bool isBusy() const { return m_pending != 0; }
    quint64 latestGeneration() const { return m_latest->load(); }

Q_SIGNALS:
    void trainingLoaded(int paths, const QStringList &warnings);
    void graphStarted(quint64 generation, const QString &status);
    void graphReady(const Coach::GraphResult &result);
    void busyChanged(bool busy);

private:
    void onRendered(const GraphResult &result);

    QThread m_thread;
    GraphWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_pending = 0;
};

} // namespace Coach
