#include "export/storyreader.h"
#include "graph/graphservice.h"
#include "testsupport/testdata.h"

#include <QSignalSpy>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

Event userEvent(const QString &intent, const QString &text)
{
    return Event::user(
        text,
        ParseData(QJsonObject{{u"intent"_s, QJsonObject{{u"name"_s, intent}}}, {u"text"_s, text}}));
}

GraphRequest moodRequest(const QString &pending = {})
{
    GraphConversation conversation;
    conversation.name = u"default"_s;
    conversation.events = {Event::action(u"action_session_start"_s),
                           Event::sessionStarted(),
                           Event::actionListen(),
                           userEvent(u"greet"_s, u"hello"_s),
                           Event::action(u"utter_greet"_s),
                           Event::actionListen()};
    GraphRequest request;
    request.conversations = {conversation};
    request.currentConversation = 0;
    request.pendingAction = pending;
    return request;
}

QList<quint64> generations(const QSignalSpy &ready)
{
    QList<quint64> result;
    for (const QList<QVariant> &arguments : ready)
        result.append(arguments.first().value<GraphResult>().generation);
    return result;
}

StorySteps moodStories()
{
    return StoryReader::readFile(TestSupport::dataPath(u"rasa/examples/moodbot/data/stories.yml"_s))
        .value();
}

} // namespace

class TestGraphService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsTheSessionWithTrainingStories();
    void dropsSupersededRequests();
    void cancelsRequests();
    void reusesUnchangedResults();
    void drawsPendingActionDashed();
    void drawsConversationsWhenStoriesExplode();
};

void TestGraphService::drawsTheSessionWithTrainingStories()
{
    GraphService service;
    QSignalSpy loaded(&service, &GraphService::trainingLoaded);
    QSignalSpy ready(&service, &GraphService::graphReady);
    QSignalSpy started(&service, &GraphService::graphStarted);
    service.setTrainingData(moodStories());
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.first().at(0).toInt(), 3);
    const quint64 generation = service.requestGraph(moodRequest());
    QVERIFY(service.isBusy());
    QVERIFY(ready.wait());
    QVERIFY(!service.isBusy());
    const GraphResult result = ready.first().first().value<GraphResult>();
    QCOMPARE(result.generation, generation);
    QVERIFY(result.rendered.svg.contains("<svg"));
    QVERIFY2(result.status.startsWith(u"Showing the neighbourhood of this conversation: "_s),
             qPrintable(result.status));
    QVERIFY(!started.isEmpty());
    QVERIFY(started.first().at(1).toString().startsWith(u"Laying out 4 stories"_s));
    // the user's message is a node of the current conversation, ready to fork
    bool sawMessage = false;
    for (const GraphNodeInfo &node : result.rendered.nodes) {
        if (node.kind == GraphNodeKind::Intent && node.label == u"hello"_s) {
            sawMessage = true;
            QCOMPARE(node.conversation, 0);
            QCOMPARE(node.eventIndex, 3);
            QVERIFY(node.active);
        }
    }
    QVERIFY(sawMessage);
}

void TestGraphService::dropsSupersededRequests()
{
    GraphService service;
    QSignalSpy ready(&service, &GraphService::graphReady);
    service.setTrainingData(moodStories());
    service.requestGraph(moodRequest());
    service.requestGraph(moodRequest(u"utter_happy"_s));
    const quint64 last = service.requestGraph(moodRequest(u"utter_cheer_up"_s));
    QVERIFY(ready.wait());
    // The worker answers in order: once a later request is answered, no
    // result of the superseded ones can come any more.
    const quint64 witness = service.requestGraph(moodRequest(u"utter_greet"_s));
    QTRY_VERIFY(generations(ready).contains(witness));
    QCOMPARE(generations(ready), (QList<quint64>{last, witness}));
}

void TestGraphService::cancelsRequests()
{
    GraphService service;
    QSignalSpy ready(&service, &GraphService::graphReady);
    QSignalSpy busy(&service, &GraphService::busyChanged);
    service.setTrainingData(moodStories());
    service.requestGraph(moodRequest());
    service.cancel();
    QVERIFY(!service.isBusy());
    QCOMPARE(busy.size(), 2);
    // A later request answered means the cancelled one never will be.
    const quint64 witness = service.requestGraph(moodRequest(u"utter_greet"_s));
    QVERIFY(ready.wait());
    QTRY_VERIFY(!service.isBusy());
    QCOMPARE(generations(ready), QList<quint64>{witness});
}

void TestGraphService::reusesUnchangedResults()
{
    GraphService service;
    QSignalSpy ready(&service, &GraphService::graphReady);
    service.setTrainingData(moodStories());
    service.requestGraph(moodRequest());
    QVERIFY(ready.wait());
    service.requestGraph(moodRequest());
    QVERIFY(ready.wait());
    service.requestGraph(moodRequest(u"utter_happy"_s)); // a different graph
    QVERIFY(ready.wait());
    const GraphResult first = ready.at(0).first().value<GraphResult>();
    const GraphResult second = ready.at(1).first().value<GraphResult>();
    const GraphResult third = ready.at(2).first().value<GraphResult>();
    QVERIFY(!first.reused);
    QVERIFY(second.reused);
    QCOMPARE(second.rendered.svg, first.rendered.svg);
    QCOMPARE(second.generation, first.generation + 1);
    QVERIFY(!third.reused);
    QVERIFY(third.rendered.svg != first.rendered.svg);
}

void TestGraphService::drawsPendingActionDashed()
{
    GraphService service;
    QSignalSpy ready(&service, &GraphService::graphReady);
    service.setTrainingData(moodStories());
    service.requestGraph(moodRequest(u"utter_happy"_s));
    QVERIFY(ready.wait());
    const GraphResult result = ready.first().first().value<GraphResult>();
    const auto pending = std::find_if(result.rendered.nodes.cbegin(), result.rendered.nodes.cend(),
                                      [](const GraphNodeInfo &node) { return node.pending; });
    QVERIFY(pending != result.rendered.nodes.cend());
    QCOMPARE(pending->label, u"utter_happy"_s);
    QVERIFY(pending->dashed && pending->active);
}

void TestGraphService::drawsConversationsWhenStoriesExplode()
{
    QByteArray yaml = "stories:\n- story: many\n  steps:\n";
    for (int i = 0; i < 18; ++i)
        yaml += "  - or:\n    - intent: a\n    - intent: b\n  - action: utter_"
            + QByteArray::number(i) + "\n";
    GraphService service;
    QSignalSpy loaded(&service, &GraphService::trainingLoaded);
    QSignalSpy ready(&service, &GraphService::graphReady);
    service.setTrainingData(StoryReader::readYaml(yaml).value());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().at(0).toInt(), 0);
    QVERIFY(loaded.first().at(1).toStringList().first().contains(u"50000"_s));
    service.requestGraph(moodRequest());
    QVERIFY(ready.wait());
    const GraphResult result = ready.first().first().value<GraphResult>();
    QCOMPARE(result.warnings, loaded.first().at(1).toStringList());
    QVERIFY(result.rendered.elementIndex.size() >= 4); // START, hello, utter_greet, "?"
}

QTEST_GUILESS_MAIN(TestGraphService)
#include "tst_graphservice.moc"
