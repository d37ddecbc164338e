#include "core/helpers/graphfixtures.h"

#include "export/storyreader.h"
#include "graph/graphbuilder.h"
#include "graph/graphvizlayout.h"
#include "graph/layeredlayout.h"
#include "graph/storyexpander.h"
#include "testsupport/testdata.h"

#include <QLineF>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

StoryGraph fixtureGraph(const QString &stories, int limit = -1)
{
    Result<StorySteps> steps = StoryReader::readFile(TestSupport::dataPath(stories));
    if (!steps) {
        QTest::qFail(qPrintable(steps.error().toString()), __FILE__, __LINE__);
        return {};
    }
    if (limit >= 0)
        steps.value().resize(limit);
    GraphStrings strings;
    const Result<ExpandedStories> expanded = StoryExpander(strings).expand(*steps);
    QList<const GraphSequence *> sequences;
    for (const GraphSequence &sequence : expanded->sequences)
        sequences.append(&sequence);
    return *GraphBuilder(strings).build(sequences, -1);
}

// A graph with loops: conversations that repeat an action after a message.
StoryGraph loopingGraph()
{
    return Testing::graphOf({u"a /x b /y a /x b"_s, u"a /z c /w a"_s, u"b /q b /q b"_s});
}

double distanceToBox(const QPointF &point, const QRectF &box)
{
    const double dx = std::max({box.left() - point.x(), 0.0, point.x() - box.right()});
    const double dy = std::max({box.top() - point.y(), 0.0, point.y() - box.bottom()});
    return std::hypot(dx, dy);
}

// Shared checks: boxes of one row never overlap, every edge leaves its source
// box and its arrow touches its target box, everything fits the canvas.
void checkGeometry(const StoryGraph &graph, const GraphLayout &layout)
{
    QCOMPARE(layout.nodes.size(), graph.nodes.size());
    QCOMPARE(layout.edges.size(), graph.edges.size());
    const QRectF canvas(QPointF(0, 0), layout.size);
    for (int i = 0; i < layout.nodes.size(); ++i) {
        QVERIFY(canvas.contains(layout.nodes.at(i)));
        for (int j = i + 1; j < layout.nodes.size(); ++j)
            QVERIFY2(!layout.nodes.at(i).intersects(layout.nodes.at(j)),
                     qPrintable(u"nodes %1 and %2 overlap"_s.arg(graph.nodes.at(i).id)
                                    .arg(graph.nodes.at(j).id)));
    }
    for (int e = 0; e < graph.edges.size(); ++e) {
        const GraphLayout::EdgePath &path = layout.edges.at(e);
        const QRectF from = layout.nodes.at(graph.indexOf(graph.edges.at(e).from));
        const QRectF to = layout.nodes.at(graph.indexOf(graph.edges.at(e).to));
        QVERIFY(!path.points.isEmpty());
        QVERIFY2(distanceToBox(path.points.first(), from) < 3.0, qPrintable(QString::number(e)));
        QVERIFY2(distanceToBox(path.arrowTo, to) < 3.0, qPrintable(QString::number(e)));
        if (path.bezier)
            QCOMPARE((path.points.size() - 1) % 3, 0);
    }
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void laysOutRasaFixtures_data();
    void laysOutRasaFixtures();
    void handlesCycles();
    void keepsEdgesPointingDown();
    void canBeCancelled();
    void graphvizLaysOutSmallGraphs();
};

void TestGraphLayout::laysOutRasaFixtures_data()
{
    QTest::addColumn<QString>("stories");
    QTest::newRow("moodbot") << u"rasa/examples/moodbot/data/stories.yml"_s;
    QTest::newRow("synthetic 100") << u"graph/synthetic_100_stories.yml"_s;
}

void TestGraphLayout::laysOutRasaFixtures()
{
    QFETCH(QString, stories);
    const StoryGraph graph = fixtureGraph(stories);
    const std::optional<GraphLayout> layout = LayeredLayout::run(graph);
    QVERIFY(layout);
    QCOMPARE(layout->engine, u"layered"_s);
    checkGeometry(graph, *layout);
}

void TestGraphLayout::handlesCycles()
{
    const StoryGraph graph = loopingGraph();
    const std::optional<GraphLayout> layout = LayeredLayout::run(graph);
    QVERIFY(layout);
    checkGeometry(graph, *layout);
}

void TestGraphLayout::keepsEdgesPointingDown()
{
    const StoryGraph graph = fixtureGraph(u"rasa/examples/moodbot/data/stories.yml"_s);
    const GraphLayout layout = *LayeredLayout::run(graph);
    // the moodbot graph has no cycle: every edge goes down, START on top
    for (int e = 0; e < graph.edges.size(); ++e) {
        const QRectF from = layout.nodes.at(graph.indexOf(graph.edges.at(e).from));
        const QRectF to = layout.nodes.at(graph.indexOf(graph.edges.at(e).to));
        QVERIFY(to.top() > from.bottom());
    }
    QCOMPARE(layout.nodes.at(graph.indexOf(0)).top(), 24.0);
}

void TestGraphLayout::canBeCancelled()
{
    const StoryGraph graph = fixtureGraph(u"graph/synthetic_100_stories.yml"_s);
    LayeredLayout::Options options;
    options.cancelled = [] { return true; };
    QVERIFY(!LayeredLayout::run(graph, options));
}

void TestGraphLayout::graphvizLaysOutSmallGraphs()
{
    for (const StoryGraph &graph :
         {fixtureGraph(u"rasa/examples/moodbot/data/stories.yml"_s), loopingGraph(),
          fixtureGraph(u"graph/synthetic_100_stories.yml"_s, 6)}) {
        const Result<GraphLayout> layout = GraphvizLayout::run(graph);
        QVERIFY2(layout.isOk(), qPrintable(layout.error().toString()));
        QCOMPARE(layout->engine, u"dot"_s);
        checkGeometry(graph, *layout);
    }
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
