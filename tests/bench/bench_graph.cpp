// Story graph benchmarks (built with the tests, not run by ctest):
//   build+merge for 100, 1,000 and 10,000 generated stories,
//   merge+layout+SVG for 400 stories (everything drawn), the panel's
//   strategy (neighbourhood, capped) for 400, 2,000 and 10,000 stories,
//   and the incremental update of the live
//   graph after one confirmed turn in a 2,000-story project.
// Stories are generated like the synthetic Rasa fixture: 2-6 turns, each an
// intent out of 40 followed by 1-3 actions out of 80 (60 utter_, 20 action_).
#include "graph/graphbuilder.h"
#include "graph/graphrenderer.h"
#include "graph/graphservice.h"
#include "graph/storyexpander.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTextStream>

#include <ctime>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

Event intentEvent(const QString &intent)
{
    return Event::fromJson(
               QJsonObject{
                   {u"event"_s, u"user"_s},
                   {u"text"_s, QJsonValue()},
                   {u"parse_data"_s, QJsonObject{{u"intent"_s, QJsonObject{{u"name"_s, intent}}}}}})
        .value();
}

QString randomAction(QRandomGenerator &random)
{
    const int n = int(random.bounded(80));
    return n < 60 ? u"utter_%1"_s.arg(n) : u"action_%1"_s.arg(n - 60);
}

StorySteps generateStories(int count, quint32 seed)
{
    QRandomGenerator random{seed};
    StorySteps steps;
    for (int s = 0; s < count; ++s) {
        StoryStep step;
        step.name = u"story_%1"_s.arg(s);
        const int turns = int(random.bounded(2, 7));
        for (int t = 0; t < turns; ++t) {
            step.items.append(StoryItem{{intentEvent(u"intent_%1"_s.arg(random.bounded(40)))}});
            const int actions = int(random.bounded(1, 4));
            for (int a = 0; a < actions; ++a)
                step.items.append(StoryItem{{Event::action(randomAction(random))}});
        }
        steps.append(step);
    }
    return steps;
}

// Wall and CPU time: the benchmark machine is shared, so the CPU time of
// this thread is the steadier number.
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = cpuNow();
    }
    QString elapsed() const
    {
        return u"%1 ms (CPU %2 ms)"_s.arg(m_wall.elapsed()).arg((cpuNow() - m_cpu) / 1000000);
    }

private:
    static qint64 cpuNow()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void benchBuildMerge(int stories)
{
    const StorySteps steps = generateStories(stories, 42);
    GraphStrings strings;
    Stopwatch timer;
    const Result<ExpandedStories> expanded = StoryExpander(strings).expand(steps);
    const QString expandTime = timer.elapsed();
    QList<const GraphSequence *> sequences;
    for (const GraphSequence &sequence : expanded->sequences)
        sequences.append(&sequence);
    timer.restart();
    const std::optional<StoryGraph> graph = GraphBuilder(strings).build(sequences, -1);
    const QString buildTime = timer.elapsed();
    out() << u"build+merge %1 stories: %2 (%3 nodes before merging, %4 after, %5 edges; "
             "expanding the stories took %6)\n"_s.arg(stories)
                 .arg(buildTime)
                 .arg(graph->preMergeNodeCount)
                 .arg(graph->nodes.size())
                 .arg(graph->edges.size())
                 .arg(expandTime);
    out().flush();
}

void benchDraw(int stories)
{
    const StorySteps steps = generateStories(stories, 7);
    GraphStrings strings;
    const Result<ExpandedStories> expanded = StoryExpander(strings).expand(steps);
    QList<const GraphSequence *> sequences;
    for (const GraphSequence &sequence : expanded->sequences)
        sequences.append(&sequence);
    Stopwatch timer;
    const std::optional<StoryGraph> graph = GraphBuilder(strings).build(sequences, -1);
    const QString mergeTime = timer.elapsed();
    timer.restart();
    GraphRenderer::Options options;
    options.maxNodes = 1000000; // draw everything
    const std::optional<RenderedGraph> rendered = GraphRenderer::render(*graph, options);
    const QString drawTime = timer.elapsed();
    out() << u"merge+layout+SVG %1 stories: build+merge %2, layout+SVG %3 (%4 nodes, %5 edges, "
             "%6 layout, %7 KiB of SVG)\n"_s.arg(stories)
                 .arg(mergeTime, drawTime)
                 .arg(graph->nodes.size())
                 .arg(graph->edges.size())
                 .arg(rendered->engine)
                 .arg(rendered->svg.size() / 1024);
    out().flush();
}

// The panel's strategy: Rasa's neighbourhood of a conversation that follows
// the first story for two turns, drawn with the panel's default options
// (dot up to 120 nodes, the layered layout beyond, at most 800 nodes).
void benchPanelStrategy(int stories)
{
    const StorySteps steps = generateStories(stories, 7);
    GraphStrings strings;
    const Result<ExpandedStories> expanded = StoryExpander(strings).expand(steps);
    GraphSequence conversation;
    conversation.kind = SequenceKind::Conversation;
    int users = 0;
    for (const GraphSequence &sequence : expanded->sequences.mid(0, 1)) {
        for (const GraphStep &step : sequence.steps) {
            if (step.type == GraphStep::Type::User && ++users > 2)
                break;
            conversation.steps.append(step);
        }
    }
    QList<const GraphSequence *> sequences;
    for (const GraphSequence &sequence : expanded->sequences)
        sequences.append(&sequence);
    sequences.append(&conversation);
    Stopwatch timer;
    const std::optional<StoryGraph> graph =
        GraphBuilder(strings).build(sequences, int(sequences.size()) - 1);
    const QString mergeTime = timer.elapsed();
    timer.restart();
    const std::optional<RenderedGraph> rendered = GraphRenderer::render(*graph, {});
    const QString drawTime = timer.elapsed();
    out() << u"panel strategy %1 stories: build+merge %2, layout+SVG %3 (%4 of %5 nodes drawn, "
             "%6 layout, %7 KiB of SVG)\n"_s.arg(stories)
                 .arg(mergeTime, drawTime)
                 .arg(rendered->shownNodes)
                 .arg(rendered->totalNodes)
                 .arg(rendered->engine)
                 .arg(rendered->svg.size() / 1024);
    out().flush();
}

Event userEvent(const QString &intent)
{
    return Event::user(intent,
                       ParseData(QJsonObject{{u"intent"_s, QJsonObject{{u"name"_s, intent}}},
                                             {u"text"_s, intent}}));
}

// One interactive session over a 2,000-story project: after each confirmed
// turn (user message + bot actions) the panel asks for a new graph; the
// time is from the request to the result arriving on the UI thread.
void benchIncremental(int stories, int turns)
{
    const StorySteps steps = generateStories(stories, 11);
    GraphService service;
    QSignalSpy loaded(&service, &GraphService::trainingLoaded);
    QSignalSpy ready(&service, &GraphService::graphReady);
    service.setTrainingData(steps);
    loaded.wait(60000);
    // The conversation follows the first story (so training paths match).
    GraphRequest request;
    request.conversations.append(GraphConversation{u"default"_s, {Event::actionListen()}});
    request.currentConversation = 0;
    service.requestGraph(request); // first plot: also sizes the full graph once
    ready.wait(60000);
    qint64 worst = 0, total = 0;
    int turn = 0;
    EventList &events = request.conversations.first().events;
    for (const StoryItem &item : steps.first().items) {
        const Event &event = item.event();
        if (event.type() == EventType::User) {
            if (turn++ == turns)
                break;
            events.append(userEvent(event.parseData().intentName()));
            continue;
        }
        events.append(event);
        QElapsedTimer timer;
        timer.start();
        const int before = int(ready.size());
        service.requestGraph(request);
        while (ready.size() == before)
            ready.wait(60000);
        const qint64 ms = timer.elapsed();
        const GraphResult result = ready.last().first().value<GraphResult>();
        worst = std::max(worst, ms);
        total += ms;
        out() << u"  after %1 events: %2 ms, worker CPU %8 ms (build %3 ms, layout+SVG %4 ms, %5 "
                 "nodes, %6) — %7\n"_s.arg(events.size())
                     .arg(ms)
                     .arg(result.buildMs)
                     .arg(result.renderMs)
                     .arg(result.rendered.shownNodes)
                     .arg(result.rendered.engine, result.status)
                     .arg(result.cpuMs);
        out().flush();
    }
    events.append(Event::actionListen());
    out() << u"incremental update, %1-story project: worst %2 ms over the turns\n"_s.arg(stories)
                 .arg(worst);
    Q_UNUSED(total);
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    for (int stories : {100, 1000, 10000})
        benchBuildMerge(stories);
    benchDraw(400);
    for (int stories : {400, 2000, 10000})
        benchPanelStrategy(stories);
    benchIncremental(2000, 4);
    return 0;
}
