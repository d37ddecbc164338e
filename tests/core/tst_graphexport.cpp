#include "graph/graphbuilder.h"
#include "graph/graphexport.h"
#include "graph/graphinput.h"
#include "graph/storyexpander.h"
#include "model/domain.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

Event userEvent(const QString &text, const QString &intent)
{
    const QJsonObject parseData{{u"intent"_s, QJsonObject{{u"name"_s, intent}}}, {u"text"_s, text}};
    return Event::user(text, ParseData(parseData));
}

//! The graph `rasa-coach graph` draws for a fixture; with `conversation`,
//! that conversation is added as the current one (active, dashed and
//! waiting nodes).
StoryGraph fixtureGraph(const QString &stories, const QString &domainFile,
                        const EventList &conversation = {})
{
    const Result<Domain> domain = Domain::fromFile(TestSupport::dataPath(domainFile));
    const Result<StorySteps> steps = readGraphStories({TestSupport::dataPath(stories)}, *domain);
    if (!steps)
        qWarning() << steps.error().toString();
    GraphStrings strings;
    ExpansionOptions options;
    options.trackerLimit = conversation.isEmpty() ? 100 : 0;
    const ExpandedStories expanded =
        StoryExpander(strings, options).expand(steps.valueOr({})).value();
    QList<GraphSequence> parts = GraphSequences::conversationParts(conversation, 0, strings, true);
    QList<const GraphSequence *> sequences;
    for (const GraphSequence &sequence : expanded.sequences)
        sequences.append(&sequence);
    for (const GraphSequence &part : parts)
        sequences.append(&part);
    const int current = parts.isEmpty() ? -1 : int(sequences.size() - 1);
    return *GraphBuilder(strings).build(sequences, current);
}

//! DOT as the command wrote it before the JSON was streamed: the label, then
//! every other JSON attribute in key order.
QByteArray referenceDot(const StoryGraph &graph)
{
    const auto quoted = [](QString text) -> QByteArray {
        text.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
        return '"' + text.toUtf8() + '"';
    };
    const QJsonObject nodes = GraphExport::toJson(graph)[u"nodes"_s].toObject();
    QByteArray dot = "digraph story_graph {\n";
    for (const StoryGraphNode &node : graph.nodes) {
        dot += "  " + QByteArray::number(node.id) + " [label=" + quoted(node.displayLabel);
        const QJsonObject attributes = nodes[QString::number(node.id)].toObject();
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            if (it.key() != u"label"_s) {
                dot += ", " + it.key().toUtf8() + '='
                    + quoted(it->isDouble() ? QString::number(it->toInt()) : it->toString());
            }
        }
        dot += "];\n";
    }
    for (const QJsonValue &edge : GraphExport::toJson(graph)[u"edges"_s].toArray()) {
        const QJsonObject attributes = edge[2].toObject();
        dot += "  " + edge[0].toString().toUtf8() + " -> " + edge[1].toString().toUtf8()
            + " [class=" + quoted(attributes[u"class"_s].toString());
        if (attributes.contains(u"label"_s))
            dot += ", label=\"\"";
        dot += "];\n";
    }
    return dot + "}\n";
}

} // namespace

class TestGraphExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamsWhatQJsonDocumentWrites_data();
    void streamsWhatQJsonDocumentWrites();
    void writesEveryAttributeToDot();
    void writesBigGraphsInParts();
    void writesAnEmptyGraph();
};

void TestGraphExport::streamsWhatQJsonDocumentWrites_data()
{
    QTest::addColumn<QString>("stories");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("withConversation");
    const QString moodDomain = u"rasa/examples/moodbot/domain.yml"_s;
    QTest::newRow("moodbot") << u"rasa/examples/moodbot/data"_s << moodDomain << false;
    QTest::newRow("moodbot, conversation") << u"rasa/examples/moodbot/data"_s << moodDomain << true;
    QTest::newRow("synthetic") << u"graph/synthetic_100_stories.yml"_s
                               << u"graph/synthetic_domain.yml"_s << true;
    QTest::newRow("formbot") << u"rasa/examples/formbot/data"_s
                             << u"rasa/examples/formbot/domain.yml"_s << false;
    QTest::newRow("end-to-end texts")
        << u"rasa/data/test_yaml_stories/stories_hybrid_e2e.yml"_s << moodDomain << false;
    QTest::newRow("annotations")
        << u"rasa/data/test_yaml_stories/test_stories_entity_annotations.yml"_s << moodDomain
        << true;
}

void TestGraphExport::streamsWhatQJsonDocumentWrites()
{
    QFETCH(QString, stories);
    QFETCH(QString, domain);
    QFETCH(bool, withConversation);
    EventList conversation;
    if (withConversation) {
        // Quotes, a backslash, a newline, non-ASCII and a lone surrogate.
        conversation = {Event::actionListen(),
                        userEvent(u"say \"hi\" \\ ok\nnext é 中 😀 "_s + QChar(0xD800), u"greet"_s),
                        Event::action(u"utter_greet"_s), Event::actionListen()};
    }
    const StoryGraph graph = fixtureGraph(stories, domain, conversation);
    QVERIFY(graph.nodes.size() > 3);
    QCOMPARE(GraphExport::toJsonText(graph),
             QJsonDocument(GraphExport::toJson(graph)).toJson(QJsonDocument::Indented));
}

void TestGraphExport::writesEveryAttributeToDot()
{
    const StoryGraph graph = fixtureGraph(
        u"rasa/examples/moodbot/data"_s, u"rasa/examples/moodbot/domain.yml"_s,
        {Event::actionListen(), userEvent(u"hi"_s, u"greet"_s), Event::actionListen()});
    QCOMPARE(GraphExport::toDot(graph), referenceDot(graph));
}

void TestGraphExport::writesBigGraphsInParts()
{
    // Enough nodes and edges for several slices (at least four, even on one
    // core), each kind of node and edge among them: the parts must join
    // seamlessly.
    const GraphNodeKind kinds[] = {GraphNodeKind::Action, GraphNodeKind::Intent,
                                   GraphNodeKind::Ellipsis, GraphNodeKind::End};
    StoryGraph graph;
    for (int i = 0; i < 30000; ++i) {
        StoryGraphNode node;
        node.id = i % 7 == 0 ? -3 - i : i;
        node.kind = kinds[i % 4];
        node.label = i % 5 == 0 ? QString() : u"node \"%1\" é"_s.arg(i);
        node.displayLabel = node.label;
        node.intent = node.kind == GraphNodeKind::Intent ? u"intent_%1"_s.arg(i % 40) : QString();
        node.flags = quint8(i % 4);
        graph.nodes.append(node);
    }
    for (int i = 0; i < 70000; ++i)
        graph.edges.append(StoryGraphEdge{i % 30000, (i * 7) % 30000, quint8(i % 4), i % 3 == 0});
    QCOMPARE(GraphExport::toJsonText(graph),
             QJsonDocument(GraphExport::toJson(graph)).toJson(QJsonDocument::Indented));
}

void TestGraphExport::writesAnEmptyGraph()
{
    const StoryGraph graph;
    QCOMPARE(GraphExport::toJsonText(graph),
             QJsonDocument(GraphExport::toJson(graph)).toJson(QJsonDocument::Indented));
}

QTEST_GUILESS_MAIN(TestGraphExport)
#include "tst_graphexport.moc"
