#pragma once

#include "graphrenderer.h"
#include "graphsequence.h"
#include "result.h"

#include "model/story.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace Coach {

//! One conversation of the session, as the graph needs it.
struct GraphConversation
{
    QString name;
    EventList events; //!< every event (include_events=ALL), restarts included
};

//! What to draw. Conversations are split at restarts (spec §7.6); the last
//! part of the current conversation is Rasa's `current` sequence, which
//! limits how far training stories are drawn and is highlighted.
struct GraphRequest
{
    QList<GraphConversation> conversations;
    int currentConversation = -1;
    //! The predicted action not confirmed yet: appended to the current part
    //! and drawn dashed (Rasa plots it before each confirmation).
    QString pendingAction;
    //! Rasa's visualize_neighborhood; false draws every story in full
    //! (visualize_stories).
    bool neighbourhood = true;
    //! Leave `action_session_start` out of conversations so that they line
    //! up with the training stories (Rasa compares them literally, so with a
    //! 2.x/3.x server no training story would ever match).
    bool hideSessionStart = true;
    int maxHistory = 2;
    //! Nodes drawn by the previous request keep their place (the live panel);
    //! false lays the graph out afresh.
    bool keepPositions = false;
    GraphRenderer::Options render;
};

//! The answer to a GraphRequest.
struct GraphResult
{
    quint64 generation = 0;
    RenderedGraph rendered;
    QString status; //!< a one-line summary for the panel
    QStringList warnings;
    qint64 buildMs = 0; //!< sequences, build and merge
    qint64 renderMs = 0; //!< layout and SVG
    //! CPU time the worker thread spent on it (-1 where the platform cannot
    //! tell); wall times on a busy machine say little.
    qint64 cpuMs = -1;
    //! The previous result again: the request drew the same graph.
    bool reused = false;
};

//! Does the graph work off the UI thread (it lives on GraphService's
//! thread). It caches what does not change between turns: the expanded
//! training sequences and the size of the full training graph. A request
//! whose generation is no longer the latest is dropped before and during
//! the work (merging, layout), so fast typing never queues stale work.
class GraphWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphWorker)

public:
    explicit GraphWorker(std::shared_ptr<std::atomic<quint64>> latest, QObject *parent = nullptr);
    ~GraphWorker() override;

    //! Expands the training data and caches it.
    void setTraining(const Coach::StorySteps &steps);
    //! Reads the training data with `reader` (on this thread: reading a big
    //! project takes a while) and caches it; a failure leaves no training
    //! data and a warning that says why.
    void loadTraining(const std::function<Coach::Result<Coach::StorySteps>()> &reader);
    void render(const Coach::GraphRequest &request, quint64 generation);

Q_SIGNALS:
    void trainingLoaded(int paths, const QStringList &warnings);
    void progressed(quint64 generation, const QString &status);
    void rendered(const Coach::GraphResult &result);
    void failed(quint64 generation, const QString &message);

private:
    struct Cache;
    QList<GraphSequence> conversationSequences(const GraphRequest &request, int &current);
    QString statusFor(const GraphRequest &request, const RenderedGraph &rendered) const;
    int fullGraphSize();

    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Cache> m_cache;
};

} // namespace Coach

Q_DECLARE_METATYPE(Coach::GraphRequest)
Q_DECLARE_METATYPE(Coach::GraphResult)
