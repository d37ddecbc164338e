#include "export/storyreader.h"
#include "graph/graphbuilder.h"
#include "graph/storyexpander.h"
#include "testsupport/referencemerger.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

//! NodeMerger, Rasa's literal algorithm, or no merging.
enum class Merge { Fast, Reference, None };

StoryGraph buildGraph(GraphStrings &strings, const QList<GraphSequence> &sequences, int current,
                      Merge merger, int maxHistory = 2)
{
    QList<const GraphSequence *> pointers;
    for (const GraphSequence &sequence : sequences)
        pointers.append(&sequence);
    GraphBuildOptions options;
    options.mergeNodes = merger != Merge::None;
    if (merger == Merge::Reference) {
        options.merge = [](MergeGraph &graph, const GraphStrings &strings, int history) {
            TestSupport::ReferenceMerger(graph, strings, history).run();
        };
    }
    options.maxHistory = maxHistory;
    return GraphBuilder(strings).build(pointers, current, options).value();
}

QString labelKey(const QJsonValue &label)
{
    return label.isNull() ? u"<null>"_s : u"'"_s + label.toString() + u"'"_s;
}

QString labelKey(const StoryGraphNode &node)
{
    return node.label.isNull() ? u"<null>"_s : u"'"_s + node.label + u"'"_s;
}

// The whole graph as text: ids, labels, classes and edges in order.
QString dump(const StoryGraph &graph)
{
    QString text;
    for (const StoryGraphNode &node : graph.nodes)
        text += u"%1 %2 [%3]\n"_s.arg(node.id).arg(labelKey(node), node.cssClass());
    for (const StoryGraphEdge &edge : graph.edges)
        text += u"%1 -> %2 %3\n"_s.arg(edge.from).arg(edge.to).arg(edge.flags);
    return text;
}

} // namespace

class TestGraphBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesRasaFixtures_data();
    void matchesRasaFixtures();
    void fastMergeEqualsReference_data();
    void fastMergeEqualsReference();
    void noneEdgeBlocksKeyedEdge();
    void drawsNeighbourhoodOfCurrentConversation();
    void marksPendingActionDashed();
    void waitingNodeShowsIntent();
    void emptySequenceLinksStartToEnd();
    void waitingNodeMergesWithSameNamedAction();
};

void TestGraphBuilder::matchesRasaFixtures_data()
{
    QTest::addColumn<QString>("stories");
    QTest::addColumn<QString>("expected");
    QTest::newRow("moodbot") << u"rasa/examples/moodbot/data/stories.yml"_s
                             << u"graph/moodbot_stories_graph.json"_s;
    QTest::newRow("synthetic 100")
        << u"graph/synthetic_100_stories.yml"_s << u"graph/synthetic_100_graph.json"_s;
}

void TestGraphBuilder::matchesRasaFixtures()
{
    QFETCH(QString, stories);
    QFETCH(QString, expected);
    GraphStrings strings;
    ExpansionOptions expansion;
    expansion.trackerLimit = 100; // visualize_stories
    const Result<StorySteps> steps = StoryReader::readFile(TestSupport::dataPath(stories));
    QVERIFY2(steps.isOk(), qPrintable(steps.error().toString()));
    const Result<ExpandedStories> expanded = StoryExpander(strings, expansion).expand(*steps);
    QVERIFY2(expanded.isOk(), qPrintable(expanded.error().toString()));
    const StoryGraph graph = buildGraph(strings, expanded->sequences, -1, Merge::Fast);

    const QJsonObject rasa = TestSupport::readJson(TestSupport::dataPath(expected)).toObject();
    const QJsonObject rasaNodes = rasa.value(u"nodes"_s).toObject();
    const QJsonArray rasaEdges = rasa.value(u"edges"_s).toArray();
    QCOMPARE(graph.nodes.size(), rasaNodes.size());
    QCOMPARE(graph.edges.size(), rasaEdges.size());

    std::map<QString, int> expectedLabels, actualLabels;
    for (const QJsonValue &node : rasaNodes)
        ++expectedLabels[labelKey(node[u"label"_s])];
    for (const StoryGraphNode &node : graph.nodes)
        ++actualLabels[labelKey(node)];
    QCOMPARE(actualLabels, expectedLabels);

    // Beyond the counts: the same ids with the same labels and the same edges.
    for (const StoryGraphNode &node : graph.nodes) {
        const QJsonObject rasaNode = rasaNodes.value(QString::number(node.id)).toObject();
        QVERIFY2(!rasaNode.isEmpty(), qPrintable(u"no node %1 in Rasa's graph"_s.arg(node.id)));
        QCOMPARE(labelKey(node), labelKey(rasaNode.value(u"label"_s)));
        QCOMPARE(node.cssClass(), rasaNode.value(u"class"_s).toString());
    }
    for (int i = 0; i < graph.edges.size(); ++i) {
        const QJsonArray rasaEdge = rasaEdges.at(i).toArray();
        QCOMPARE(QString::number(graph.edges.at(i).from), rasaEdge.at(0).toString());
        QCOMPARE(QString::number(graph.edges.at(i).to), rasaEdge.at(1).toString());
        QCOMPARE(graph.edges.at(i).labelled, rasaEdge.at(2).toObject().contains(u"label"_s));
    }
}

namespace {

// Random conversations over few labels, so that merges, self loops, parallel
// edges, NONE edges, end-to-end texts and ellipses all happen often.
QList<GraphSequence> randomSequences(GraphStrings &strings, QRandomGenerator &random, int count)
{
    const int listen = strings.intern(u"action_listen"_s);
    QList<GraphSequence> sequences;
    for (int s = 0; s < count; ++s) {
        GraphSequence sequence;
        const int length = int(random.bounded(0, 9));
        for (int e = 0; e < length; ++e) {
            GraphStep step;
            step.event = e;
            const quint32 roll = random.bounded(10);
            if (roll < 3) {
                step.type = GraphStep::Type::User;
                step.name = strings.intern(u"intent_%1"_s.arg(random.bounded(3)));
                if (random.bounded(3) == 0)
                    step.text = strings.intern(u"text %1"_s.arg(random.bounded(4)));
            } else if (roll < 5) {
                step.type = GraphStep::Type::Action;
                step.name = listen;
            } else if (roll < 9) {
                // now and then an action named like an intent, so that the
                // waiting node ("?" or the intent) can merge with actions
                step.type = GraphStep::Type::Action;
                step.name =
                    strings.intern(random.bounded(4) == 0 ? u"intent_%1"_s.arg(random.bounded(2))
                                                          : u"utter_%1"_s.arg(random.bounded(4)));
            }
            sequence.steps.append(step);
        }
        sequences.append(sequence);
    }
    return sequences;
}

} // namespace

void TestGraphBuilder::fastMergeEqualsReference_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("maxHistory");
    for (int seed = 1; seed <= 600; ++seed)
        QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed << (seed % 5 == 0 ? 3 : 2);
}

void TestGraphBuilder::fastMergeEqualsReference()
{
    QFETCH(int, seed);
    QFETCH(int, maxHistory);
    QRandomGenerator random{quint32(seed)};
    GraphStrings strings;
    const QList<GraphSequence> sequences =
        randomSequences(strings, random, int(random.bounded(1, 14)));
    // most cases have a current conversation, anywhere in the list
    const int current = seed % 4 != 0 ? int(random.bounded(int(sequences.size()))) : -1;
    const QString fast = dump(buildGraph(strings, sequences, current, Merge::Fast, maxHistory));
    const QString reference =
        dump(buildGraph(strings, sequences, current, Merge::Reference, maxHistory));
    QCOMPARE(fast, reference);
    const QString unmerged = dump(buildGraph(strings, sequences, current, Merge::None, maxHistory));
    QVERIFY(!unmerged.isEmpty());
}

namespace {

// Sequences written as "greet > utter_greet | listen": "|"-free tokens; a
// token starting with '/' is a user message with that intent, "listen" is
// action_listen, anything else an action.
GraphSequence sequence(GraphStrings &strings, const QString &text)
{
    GraphSequence result;
    int index = 0;
    for (const QString &token : text.split(u' ', Qt::SkipEmptyParts)) {
        GraphStep step;
        step.event = index++;
        if (token.startsWith(u'/')) {
            step.type = GraphStep::Type::User;
            step.name = strings.intern(token.mid(1));
        } else {
            step.type = GraphStep::Type::Action;
            step.name = strings.intern(token == u"listen"_s ? u"action_listen"_s : token);
        }
        result.steps.append(step);
    }
    return result;
}

const StoryGraphNode *findNode(const StoryGraph &graph, const QString &label)
{
    for (const StoryGraphNode &node : graph.nodes) {
        if (node.label == label)
            return &node;
    }
    return nullptr;
}

} // namespace

void TestGraphBuilder::noneEdgeBlocksKeyedEdge()
{
    GraphStrings strings;
    const QList<GraphSequence> sequences{sequence(strings, u"x"_s),
                                         sequence(strings, u"/greet x"_s)};
    const StoryGraph graph = buildGraph(strings, sequences, -1, Merge::Fast);
    // the two x nodes merge; START -> x already has a NONE edge, so Rasa's
    // _add_edge drops the keyed one and no intent node appears
    QCOMPARE(dump(graph),
             u"0 'START' [start active]\n-1 'END' [end]\n1 'x' []\n"
             "0 -> 1 0\n1 -> -1 0\n"_s);
    const StoryGraph unmerged = buildGraph(strings, sequences, -1, Merge::None);
    QCOMPARE(unmerged.nodes.size(), 5); // START, END, two x, one intent node
}

void TestGraphBuilder::drawsNeighbourhoodOfCurrentConversation()
{
    GraphStrings strings;
    const QList<GraphSequence> sequences{
        sequence(strings, u"listen /greet utter_greet listen /mood_great utter_happy listen"_s),
        sequence(strings, u"listen /bye utter_bye listen /thanks utter_welcome listen"_s),
        sequence(strings, u"listen /greet utter_greet listen"_s),
    };
    const StoryGraph graph = buildGraph(strings, sequences, 2, Merge::Fast);
    QVERIFY(graph.hasCurrent());
    const StoryGraphNode *greet = findNode(graph, u"utter_greet"_s);
    QVERIFY(greet);
    QVERIFY(greet->isActive());
    QCOMPARE(greet->currentRef.sequence, 2);
    // the story that agrees drawn to its end (Rasa draws about twice the
    // common prefix), the other cut after one action with "..."
    QVERIFY(findNode(graph, u"utter_happy"_s));
    QVERIFY(!findNode(graph, u"utter_happy"_s)->isActive());
    QVERIFY(findNode(graph, u"utter_bye"_s));
    QVERIFY(!findNode(graph, u"utter_welcome"_s));
    QVERIFY(findNode(graph, u"..."_s));
    const StoryGraphNode *waiting = findNode(graph, u"  ?  "_s);
    QVERIFY(waiting);
    QCOMPARE(waiting->kind, GraphNodeKind::Waiting);
    QCOMPARE(waiting->cssClass(), u"intent dashed active"_s);
}

void TestGraphBuilder::marksPendingActionDashed()
{
    GraphStrings strings;
    const QList<GraphSequence> sequences{sequence(strings, u"listen /greet utter_greet listen"_s),
                                         sequence(strings, u"listen /greet utter_greet"_s)};
    const StoryGraph graph = buildGraph(strings, sequences, 1, Merge::Fast);
    const StoryGraphNode *greet = findNode(graph, u"utter_greet"_s);
    QVERIFY(greet);
    QCOMPARE(greet->cssClass(), u"dashed active"_s);
    QVERIFY(!findNode(graph, u"TMP"_s));
    for (const StoryGraphNode &node : graph.nodes)
        QVERIFY(node.kind != GraphNodeKind::Tmp);
}

void TestGraphBuilder::waitingNodeShowsIntent()
{
    GraphStrings strings;
    const QList<GraphSequence> sequences{sequence(strings, u"listen /greet listen"_s)};
    const StoryGraph graph = buildGraph(strings, sequences, 0, Merge::Fast);
    const StoryGraphNode *waiting = findNode(graph, u"greet"_s);
    QVERIFY(waiting);
    QCOMPARE(waiting->kind, GraphNodeKind::Waiting);
    // the message leads to the waiting node through an intent node
    const StoryGraphNode *intent = nullptr;
    for (const StoryGraphNode &node : graph.nodes) {
        if (node.kind == GraphNodeKind::Intent)
            intent = &node;
    }
    QVERIFY(intent);
    QCOMPARE(intent->displayLabel, u"greet"_s);
    QVERIFY(intent->label.isNull());
}

void TestGraphBuilder::emptySequenceLinksStartToEnd()
{
    GraphStrings strings;
    const StoryGraph graph = buildGraph(strings, {GraphSequence{}}, -1, Merge::Fast);
    QCOMPARE(dump(graph), u"0 'START' [start active]\n-1 'END' [end]\n0 -> -1 0\n"_s);
}

void TestGraphBuilder::waitingNodeMergesWithSameNamedAction()
{
    // The waiting node has no successors, so Rasa's "either side has no
    // outgoing edges" clause merges it with any action of the same label.
    GraphStrings strings;
    const QList<GraphSequence> sequences{
        sequence(strings, u"listen /a ask x listen"_s),
        sequence(strings, u"listen /b y listen /ask listen"_s),
    };
    for (auto merger : {Merge::Fast, Merge::Reference}) {
        const StoryGraph graph = buildGraph(strings, sequences, 1, merger);
        const StoryGraphNode *ask = findNode(graph, u"ask"_s);
        QVERIFY(ask);
        QCOMPARE(ask->kind, GraphNodeKind::Action);
        QCOMPARE(ask->cssClass(), u"dashed active"_s);
        int asks = 0;
        for (const StoryGraphNode &node : graph.nodes)
            asks += node.label == u"ask"_s ? 1 : 0;
        QCOMPARE(asks, 1);
    }
}

QTEST_GUILESS_MAIN(TestGraphBuilder)
#include "tst_graphbuilder.moc"
