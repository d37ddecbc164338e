#include "graphworker.h"

#include "graphbuilder.h"
#include "logging.h"
#include "storyexpander.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#ifdef Q_OS_UNIX
#include <ctime>
#endif

using namespace Qt::StringLiterals;

namespace Coach {

struct GraphWorker::Cache
{
    GraphStrings strings;
    QList<GraphSequence> training;
    QStringList trainingWarnings;
    int fullGraphNodes = -1; // nodes of the full training graph, computed once
    quint64 lastKey = 0;
    GraphResult last;
    IncrementalLayout::Memory positions; // where the last drawing put its nodes
};

namespace {

quint64 requestKey(const QList<GraphSequence> &sequences, int current, const GraphRequest &request)
{
    quint64 key = qHash(request.neighbourhood) ^ (quint64(request.maxHistory) << 8)
        ^ (quint64(quint32(current)) << 20) ^ (quint64(request.render.maxNodes) << 40);
    for (const GraphSequence &sequence : sequences) {
        key = key * 1099511628211ULL + quint64(sequence.steps.size());
        for (const GraphStep &step : sequence.steps)
            key = (key ^ quint64(quint32(step.name)) ^ (quint64(quint32(step.text)) << 29)
                   ^ (quint64(step.type) << 60) ^ quint64(quint32(step.event)) << 13)
                * 0x100000001b3ULL;
    }
    return key;
}

qint64 threadCpuMs()
{
#ifdef Q_OS_UNIX
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0)
        return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
#endif
    return -1;
}

} // namespace

GraphWorker::GraphWorker(std::shared_ptr<std::atomic<quint64>> latest, QObject *parent)
    : QObject(parent), m_latest(std::move(latest)), m_cache(std::make_unique<Cache>())
{ }

GraphWorker::~GraphWorker() = default;

void GraphWorker::setTraining(const StorySteps &steps)
{
    m_cache = std::make_unique<Cache>();
    Result<ExpandedStories> expanded = StoryExpander(m_cache->strings).expand(steps);
    if (!expanded) {
        // Like Rasa above its cap: draw the conversations only, and say why.
        m_cache->trainingWarnings.append(expanded.error().message);
    } else {
        m_cache->training = expanded->sequences;
        for (const QString &checkpoint : expanded->unusedCheckpoints)
            m_cache->trainingWarnings.append(
                tr("Checkpoint %1 connects to nothing.").arg(checkpoint));
    }
    Q_EMIT trainingLoaded(int(m_cache->training.size()), m_cache->trainingWarnings);
}

void GraphWorker::loadTraining(const std::function<Result<StorySteps>()> &reader)
{
    const Result<StorySteps> steps = reader();
    if (steps) {
        setTraining(*steps);
        return;
    }
    m_cache = std::make_unique<Cache>();
    m_cache->trainingWarnings.append(
        tr("The training stories could not be read: %1").arg(steps.error().toString()));
    Q_EMIT trainingLoaded(0, m_cache->trainingWarnings);
}

QList<GraphSequence> GraphWorker::conversationSequences(const GraphRequest &request, int &current)
{
    // Other conversations first, the current one last: Rasa's current part
    // is the last sequence.
    QList<GraphSequence> parts;
    current = -1;
    QList<int> order;
    for (int i = 0; i < request.conversations.size(); ++i) {
        if (i != request.currentConversation)
            order.append(i);
    }
    if (request.currentConversation >= 0
        && request.currentConversation < request.conversations.size())
        order.append(request.currentConversation);
    for (int index : order) {
        const GraphConversation &conversation = request.conversations.at(index);
        QList<GraphSequence> split = GraphSequences::conversationParts(
            conversation.events, index, m_cache->strings, request.hideSessionStart);
        for (GraphSequence &part : split)
            part.title = conversation.name;
        if (index == request.currentConversation) {
            if (split.isEmpty()) {
                split.append(
                    GraphSequence{SequenceKind::Conversation, index, 0, conversation.name, {}});
            }
            if (!request.pendingAction.isEmpty()) {
                GraphStep pending;
                pending.type = GraphStep::Type::Action;
                pending.name = m_cache->strings.intern(request.pendingAction);
                split.last().steps.append(pending);
            }
            if (!split.last().steps.isEmpty())
                current = int(parts.size() + split.size() - 1);
        }
        parts.append(split);
    }
    return parts;
}

int GraphWorker::fullGraphSize()
{
    if (m_cache->fullGraphNodes < 0) {
        QList<const GraphSequence *> sequences;
        for (const GraphSequence &sequence : std::as_const(m_cache->training))
            sequences.append(&sequence);
        const std::optional<StoryGraph> graph = GraphBuilder(m_cache->strings).build(sequences, -1);
        m_cache->fullGraphNodes = graph ? int(graph->nodes.size()) : 0;
    }
    return m_cache->fullGraphNodes;
}

QString GraphWorker::statusFor(const GraphRequest &request, const RenderedGraph &rendered) const
{
    int total = rendered.totalNodes;
    if (request.neighbourhood && m_cache->fullGraphNodes > total)
        total = m_cache->fullGraphNodes;
    if (rendered.shownNodes < total) {
        const char *text = request.currentConversation >= 0
            ? QT_TR_NOOP("Showing the neighbourhood of this conversation: %L1 of %L2 nodes")
            : QT_TR_NOOP("Showing the nodes nearest to START: %L1 of %L2 nodes");
        return tr(text).arg(rendered.shownNodes).arg(total);
    }
    return tr("%n training paths, %1 nodes", nullptr, int(m_cache->training.size()))
        .arg(QLocale().toString(total));
}

void GraphWorker::render(const GraphRequest &request, quint64 generation)
{
    const auto cancelled = [latest = m_latest, generation] { return latest->load() != generation; };
    if (cancelled())
        return;
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuMs();
    int current = -1;
    const QList<GraphSequence> conversations = conversationSequences(request, current);
    Q_EMIT progressed(
        generation,
        tr("Laying out %L1 stories…").arg(m_cache->training.size() + conversations.size()));
    QList<const GraphSequence *> sequences;
    for (const GraphSequence &sequence : std::as_const(m_cache->training))
        sequences.append(&sequence);
    const int currentIndex = current >= 0 ? int(sequences.size()) + current : -1;
    for (const GraphSequence &sequence : conversations)
        sequences.append(&sequence);
    const quint64 key = requestKey(conversations, currentIndex, request);
    if (key == m_cache->lastKey && m_cache->last.generation != 0) {
        GraphResult again = m_cache->last;
        again.generation = generation;
        again.reused = true;
        Q_EMIT rendered(again);
        return;
    }
    GraphBuildOptions build;
    build.maxHistory = request.maxHistory;
    build.cancelled = cancelled;
    const std::optional<StoryGraph> graph =
        GraphBuilder(m_cache->strings)
            .build(sequences, request.neighbourhood ? currentIndex : -1, build);
    if (!graph)
        return;
    GraphResult result;
    result.generation = generation;
    result.buildMs = timer.restart();
    GraphRenderer::Options render = request.render;
    render.cancelled = cancelled;
    std::optional<RenderedGraph> drawn = GraphRenderer::render(
        *graph, render, request.keepPositions ? &m_cache->positions : nullptr);
    if (!drawn)
        return;
    result.renderMs = timer.elapsed();
    result.rendered = std::move(*drawn);
    if (request.neighbourhood && currentIndex >= 0)
        fullGraphSize();
    result.status = statusFor(request, result.rendered);
    result.warnings = m_cache->trainingWarnings;
    if (cpuStart >= 0)
        result.cpuMs = threadCpuMs() - cpuStart;
    qCDebug(lcGraph) << "graph" << generation << "built in" << result.buildMs << "ms, drawn in"
                     << result.renderMs << "ms with" << result.rendered.engine;
    m_cache->lastKey = key;
    m_cache->last = result;
    Q_EMIT rendered(result);
}

} // namespace Coach
