#include "export/storyreader.h"
#include "graph/graphbuilder.h"
#include "graph/graphrenderer.h"
#include "graph/storyexpander.h"
#include "testsupport/testdata.h"

#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    GraphStrings strings;
    QList<GraphSequence> sequences;

    StoryGraph build(int current = -1)
    {
        QList<const GraphSequence *> pointers;
        for (const GraphSequence &sequence : sequences)
            pointers.append(&sequence);
        return *GraphBuilder(strings).build(pointers, current);
    }
};

void loadStories(Fixture &fixture, const QString &file)
{
    const Result<StorySteps> steps = StoryReader::readFile(TestSupport::dataPath(file));
    QVERIFY(steps.isOk());
    fixture.sequences = StoryExpander(fixture.strings).expand(*steps)->sequences;
}

// The moodbot conversation "hi -> utter_greet, I'm sad -> ..." with the
// bot's next action still to be confirmed.
void addConversation(Fixture &fixture, int conversation)
{
    const auto user = [](const QString &intent, const QString &text) {
        return Event::user(text,
                           ParseData(QJsonObject{{u"intent"_s, QJsonObject{{u"name"_s, intent}}},
                                                 {u"text"_s, text}}));
    };
    const EventList events{Event::action(u"action_session_start"_s),
                           Event::sessionStarted(),
                           Event::actionListen(),
                           user(u"greet"_s, u"hi"_s),
                           Event::action(u"utter_greet"_s),
                           Event::actionListen(),
                           user(u"mood_unhappy"_s, u"I'm sad"_s),
                           Event::action(u"utter_cheer_up"_s)};
    fixture.sequences.append(
        GraphSequences::conversationParts(events, conversation, fixture.strings, true));
}

} // namespace

class TestGraphRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usesDotForSmallGraphs();
    void usesLayeredLayoutForBigGraphs();
    void reducesHugeGraphsToANeighbourhood();
    void describesNodesForClicks();
    void findsNodesAtPoints();
};

void TestGraphRenderer::usesDotForSmallGraphs()
{
    Fixture fixture;
    loadStories(fixture, u"rasa/examples/moodbot/data/stories.yml"_s);
    const std::optional<RenderedGraph> rendered = GraphRenderer::render(fixture.build(), {});
    QVERIFY(rendered);
    QCOMPARE(rendered->engine, u"dot"_s);
    QCOMPARE(rendered->shownNodes, 15);
    QCOMPARE(rendered->totalNodes, 15);
    QVERIFY(!rendered->isReduced());
    QVERIFY(rendered->svg.contains("<svg"));
    QCOMPARE(rendered->nodes.size(), 15);
    QCOMPARE(rendered->elementIndex.size(), 15);
}

void TestGraphRenderer::usesLayeredLayoutForBigGraphs()
{
    Fixture fixture;
    loadStories(fixture, u"graph/synthetic_100_stories.yml"_s);
    GraphRenderer::Options options;
    options.maxNodes = 2000; // above the panel's cap: drawn in full
    const std::optional<RenderedGraph> rendered = GraphRenderer::render(fixture.build(), options);
    QVERIFY(rendered);
    QCOMPARE(rendered->engine, u"layered"_s);
    QCOMPARE(rendered->totalNodes, 1160);
    QVERIFY(!rendered->isReduced());
}

void TestGraphRenderer::reducesHugeGraphsToANeighbourhood()
{
    Fixture fixture;
    loadStories(fixture, u"graph/synthetic_100_stories.yml"_s);
    const StoryGraph graph = fixture.build();
    GraphRenderer::Options options;
    options.maxNodes = 200;
    const std::optional<RenderedGraph> rendered = GraphRenderer::render(graph, options);
    QVERIFY(rendered);
    QVERIFY(rendered->isReduced());
    QCOMPARE(rendered->shownNodes, 200);
    QCOMPARE(rendered->totalNodes, 1160);
    int markers = 0, hidden = 0;
    for (const GraphNodeInfo &node : rendered->nodes) {
        if (node.hiddenNeighbours > 0) {
            ++markers;
            hidden += node.hiddenNeighbours;
            QCOMPARE(node.label, u"+%1 more"_s.arg(node.hiddenNeighbours));
        }
    }
    QVERIFY(markers > 0);
    QCOMPARE(rendered->nodes.size(), 200 + markers);
    QVERIFY(hidden >= markers);
    // START is always kept, and every kept edge links kept nodes
    QVERIFY(rendered->elementIndex.contains(u"node-0"_s));
    const StoryGraph &drawn = *rendered->graph;
    for (const StoryGraphEdge &edge : drawn.edges)
        QVERIFY(drawn.indexOf(edge.from) >= 0 && drawn.indexOf(edge.to) >= 0);
}

void TestGraphRenderer::describesNodesForClicks()
{
    Fixture fixture;
    loadStories(fixture, u"rasa/examples/moodbot/data/stories.yml"_s);
    addConversation(fixture, 4);
    const int current = int(fixture.sequences.size()) - 1;
    const std::optional<RenderedGraph> rendered = GraphRenderer::render(fixture.build(current), {});
    QVERIFY(rendered);
    const GraphNodeInfo *message = nullptr, *pending = nullptr, *story = nullptr;
    for (const GraphNodeInfo &node : rendered->nodes) {
        if (node.kind == GraphNodeKind::Intent && node.label == u"I'm sad"_s)
            message = &node;
        if (node.pending)
            pending = &node;
        if (node.label == u"utter_happy"_s && !story)
            story = &node; // the happy path's, drawn up to END
    }
    QVERIFY(message);
    QVERIFY(message->active);
    QCOMPARE(message->conversation, 4);
    QCOMPARE(message->eventIndex, 6); // index in the full event list
    QCOMPARE(message->intent, u"mood_unhappy"_s);
    QVERIFY(pending);
    QCOMPARE(pending->label, u"utter_cheer_up"_s);
    QVERIFY(pending->dashed);
    QVERIFY(story);
    QVERIFY(!story->active);
    QCOMPARE(story->conversation, -1);
    QCOMPARE(story->source, u"happy path"_s);
}

void TestGraphRenderer::findsNodesAtPoints()
{
    Fixture fixture;
    loadStories(fixture, u"rasa/examples/moodbot/data/stories.yml"_s);
    const RenderedGraph rendered = *GraphRenderer::render(fixture.build(), {});
    for (int i = 0; i < rendered.nodes.size(); ++i)
        QCOMPARE(rendered.nodeAt(rendered.nodes.at(i).box.center()), i);
    QCOMPARE(rendered.nodeAt(QPointF(-50, -50)), -1);
}

QTEST_GUILESS_MAIN(TestGraphRenderer)
#include "tst_graphrenderer.moc"
